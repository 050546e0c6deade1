import { createWorkbook, newId, renameWorkbook, type SeedLocale } from '../document';
import { templateSeed, type TemplateId } from '../document/templates';
import type { WorkbookSummary } from '../persistence';
import { interpretName, type InputVerdict } from './cell-input';
import { ensureDemoWorkbook, repos } from './repositories';

// The schema (zod) is needed only when a whole workbook is read, so the first page loads without it.
const loadRestore = () => import('../document/restore');

/** The home page's list of workbooks, live across tabs, and the operations on whole workbooks. */
export class WorkbookList {
  items = $state.raw<WorkbookSummary[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);
  #unwatch: (() => void) | undefined;

  async start(locale: SeedLocale): Promise<void> {
    try {
      await ensureDemoWorkbook(locale);
      this.#unwatch = repos().workbooks.watchList(
        (items) => {
          this.items = items;
          this.loaded = true;
        },
        (error) => (this.error = String(error)),
      );
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  stop(): void {
    this.#unwatch?.();
  }

  async create(name: string, locale: SeedLocale, template: TemplateId = 'blank'): Promise<string> {
    const doc = createWorkbook(templateSeed(template, locale, name));
    await repos().workbooks.create(doc);
    return doc.id;
  }

  async duplicate(id: string, nameOfCopy: (name: string) => string): Promise<string | null> {
    const { restoreWorkbook } = await loadRestore();
    const record = await repos().workbooks.get(id);
    const restored = record ? restoreWorkbook(record.doc) : null;
    if (!restored?.ok) return null;
    const now = new Date().toISOString();
    const copy = { ...restored.doc, id: newId(), name: nameOfCopy(restored.doc.name).slice(0, 100), createdAt: now, updatedAt: now };
    await repos().workbooks.create(copy);
    return copy.id;
  }

  async rename(id: string, name: string): Promise<InputVerdict> {
    const verdict = interpretName(name, 100);
    if (!verdict.ok) return verdict;
    const { restoreWorkbook } = await loadRestore();
    // Re-read and retry on a conflict: a rename must not overwrite edits made in an open tab.
    for (let attempt = 0; attempt < 3; attempt++) {
      const record = await repos().workbooks.get(id);
      const restored = record ? restoreWorkbook(record.doc) : null;
      if (!record || !restored?.ok) return verdict;
      const doc = { ...renameWorkbook(restored.doc, verdict.raw), updatedAt: new Date().toISOString() };
      const result = await repos().workbooks.save(doc, record.rev);
      if (result.ok) return verdict;
    }
    return verdict;
  }

  async remove(id: string): Promise<void> {
    await repos().workbooks.remove(id);
  }
}
