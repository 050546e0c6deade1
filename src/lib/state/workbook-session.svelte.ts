import {
  ROOT_NODE,
  addSegment,
  removeSegment,
  renameSegment,
  segmentKey,
  setGrain,
  type Grain,
  addOpportunity,
  addScenario,
  removeScenario,
  renameScenario,
  setActiveScenario,
  setCellsInActiveLayer,
  typedInActiveLayer,
  assumptionKey,
  parseCellKey,
  removeOpportunity,
  type OpportunityColumnId,
  insertStage,
  moveStage,
  newId,
  removeStage,
  renameStage,
  renameWorkbook,
  restoreWorkbook,
  setPeriodLabel,
  stageKey,
  kindOfKey,
  type CellKey,
  type RoundingMode,
  type WorkbookDoc,
} from '../document';
import type { MessageKey, Params } from '../i18n';
import { readUnsaved, clearUnsaved } from '../persistence';
import { formatNumberForEdit, loadAllMessages } from '../i18n';
import { interpretCellInput, interpretName, type InputVerdict } from './cell-input';
import { repos } from './repositories';
import { unpackValues } from './saved-values';
import { SessionCore } from './session-core.svelte';

export type OpenResult =
  | { ok: true; session: WorkbookSession }
  | { ok: false; message: MessageKey; params?: Params };

/** One open workbook and the edits a person makes to it (the keeping of it is SessionCore's). */
export class WorkbookSession extends SessionCore {
  static async open(id: string): Promise<OpenResult> {
    // The engine (HyperFormula) is loaded only when a workbook opens, keeping the first page light;
    // the features' strings come with it. Both start loading now, while the record is read.
    const loading = Promise.all([import('../engine'), loadAllMessages()]);
    loading.catch(() => {}); // a record that cannot be opened never awaits it
    const [record, stored] = await Promise.all([repos().workbooks.get(id), repos().values.get(id)]);
    if (!record) return { ok: false, message: 'workbook.notFound' };
    const restored = restoreWorkbook(record.doc);
    if (!restored.ok) {
      const problem = restored.problem.kind === 'invalid' ? `${restored.problem.path}: ${restored.problem.message}` : restored.problem.kind;
      return { ok: false, message: 'workbook.unreadable', params: { problem } };
    }
    // Edits the page had not yet written when it went away, if nobody saved over them since.
    const unsaved = readUnsaved(id);
    const recovered = unsaved?.baseRev === record.rev ? restoreWorkbook(unsaved.doc) : undefined;
    if (unsaved && !recovered?.ok) clearUnsaved(id);
    const doc = recovered?.ok ? recovered.doc : restored.doc;
    const [{ FunnelEngine }] = await loading;
    // Values saved beside exactly this document paint the grid before the engine is built.
    const exact = !recovered?.ok && restored.dropped.length === 0 && stored?.rev === record.rev;
    const saved = exact ? unpackValues(stored.entries) : null;
    const session = new WorkbookSession(doc, FunnelEngine, record.rev, recovered?.ok === true, saved);
    session.damaged = restored.dropped;
    return { ok: true, session };
  }

  /**
   * The formula or value a cell holds, for the formula bar and the editor; re-read whenever the
   * document changes. A plain rate reads as the percentage the cell shows (0.25 -> 25%).
   */
  contentOf(key: CellKey): string {
    void this.doc;
    const content = this.engineForText.contentOf(key);
    if (kindOfKey(key) !== 'percent' || content === '' || content.startsWith('=')) return content;
    const value = Number(content);
    return Number.isFinite(value) ? formatNumberForEdit(value, 'percent') : content;
  }

  isDefault(key: CellKey): boolean {
    void this.doc;
    return this.engineForText.isDefault(key);
  }

  addressOf(key: CellKey): string {
    void this.doc;
    return this.engineForText.addressOf(key);
  }

  get rounding(): RoundingMode {
    // The value in force, so a scenario's own rounding shows too.
    const value = this.cells.slot(assumptionKey('perStage')).value;
    return value.type === 'number' && value.value === 0 ? 'exact' : 'per-stage';
  }

  /** Applies typed text to a cell, or returns why it cannot be taken (the cell keeps its value). */
  enter(key: CellKey, text: string, options: { coalesce?: boolean } = {}): InputVerdict {
    const parsed = parseCellKey(key);
    if (parsed?.scope === 'stage' && parsed.column === 'name') {
      const verdict = interpretName(text);
      if (verdict.ok) this.renameStage(parsed.stageId, verdict.raw);
      return verdict;
    }
    const verdict = interpretCellInput(key, text, (formula) => this.engine.isValidFormula(formula));
    if (verdict.ok && verdict.raw !== typedInActiveLayer(this.doc, key)) {
      this.commitCells([[key, verdict.raw]], options.coalesce ? key : undefined);
    }
    return verdict;
  }

  /**
   * Applies many typed texts as ONE step of undo (a paste, clearing a range): each is read exactly
   * as `enter` reads it; those that cannot be taken are returned and leave their cell as it was.
   */
  enterMany(entries: readonly { key: CellKey; text: string }[]): { applied: CellKey[]; rejected: { key: CellKey; verdict: Extract<InputVerdict, { ok: false }> }[] } {
    let renamed = this.doc;
    const patch: [CellKey, string][] = [];
    const applied: CellKey[] = [];
    const rejected: { key: CellKey; verdict: Extract<InputVerdict, { ok: false }> }[] = [];
    for (const { key, text } of entries) {
      const parsed = parseCellKey(key);
      const isName = parsed?.scope === 'stage' && parsed.column === 'name';
      const verdict = isName ? interpretName(text) : interpretCellInput(key, text, (formula) => this.engine.isValidFormula(formula));
      if (!verdict.ok) {
        rejected.push({ key, verdict });
        continue;
      }
      if (isName) {
        if (renamed.stages.find((s) => s.id === parsed.stageId)?.name !== verdict.raw) renamed = renameStage(renamed, parsed.stageId, verdict.raw);
      } else if (verdict.raw !== typedInActiveLayer(this.doc, key)) patch.push([key, verdict.raw]);
      applied.push(key);
    }
    // Cells alone go in as typed cells do; with stage names, as one new document.
    if (renamed === this.doc) {
      if (patch.length > 0) this.commitCells(patch);
    } else this.commit(setCellsInActiveLayer(renamed, patch), applied);
    return { applied, rejected };
  }

  resetToDefault(key: CellKey): void {
    if (typedInActiveLayer(this.doc, key) !== '') this.commitCells([[key, '']]);
  }

  /** Creates a scenario (a copy of `from` when given) and switches to it; returns its id. */
  addScenario(name: string, from?: string): string {
    const id = newId(8);
    this.commit(addScenario(this.doc, id, name, from), undefined);
    return id;
  }

  renameScenario(id: string, name: string): InputVerdict {
    const verdict = interpretName(name);
    if (verdict.ok) this.commit(renameScenario(this.doc, id, verdict.raw), []);
    return verdict;
  }

  removeScenario(id: string): void {
    this.commit(removeScenario(this.doc, id), undefined);
  }

  /** Switches the grid to a scenario, or back to the base with null. */
  switchScenario(id: string | null): void {
    if (id !== this.doc.activeScenarioId) this.commit(setActiveScenario(this.doc, id), undefined);
  }

  /** Adds a segment (a team, rep, region…) under the company (null) or another segment; returns its id. */
  addSegment(dimension: string, name: string, parentId: string | null): InputVerdict & { id?: string } {
    const verdict = interpretName(name);
    if (!verdict.ok) return verdict;
    const id = newId(8);
    this.commit(addSegment(this.doc, { id, dimension, name: verdict.raw, parentId }), undefined);
    return { ...verdict, id };
  }

  renameSegment(id: string, name: string): InputVerdict {
    const verdict = interpretName(name);
    if (verdict.ok) this.commit(renameSegment(this.doc, id, verdict.raw), [segmentKey(id, 'name')]);
    return verdict;
  }

  /** Removes a segment with the segments below it and what was typed in them (undo brings them back). */
  removeSegment(id: string): void {
    this.commit(removeSegment(this.doc, id), undefined);
  }

  /** Actuals per month, per quarter, or as totals (null). */
  setGrain(grain: Grain | null): void {
    if (grain !== this.doc.grain) this.commit(setGrain(this.doc, grain), undefined);
  }

  renameStage(stageId: string, name: string): void {
    this.commit(renameStage(this.doc, stageId, name), [stageKey(stageId, 'name')]);
  }

  renameWorkbook(name: string): InputVerdict {
    const verdict = interpretName(name, 100);
    if (verdict.ok && verdict.raw !== this.doc.name) this.commit(renameWorkbook(this.doc, verdict.raw), [segmentKey(ROOT_NODE, 'name')]);
    return verdict;
  }

  setPeriodLabel(label: string): void {
    if (label !== this.doc.period.label) this.commit(setPeriodLabel(this.doc, label.slice(0, 60)), []);
  }

  setRounding(mode: RoundingMode): void {
    this.commitCells([[assumptionKey('perStage'), mode === 'exact' ? '0' : '1']]);
  }

  /** Inserts a stage at `index`; returns its id. */
  addStage(index: number, name: string): string {
    const id = newId(8);
    this.commit(insertStage(this.doc, index, { id, name }), undefined, true);
    return id;
  }

  removeStage(stageId: string): void {
    this.commit(removeStage(this.doc, stageId), undefined, true);
  }

  moveStage(from: number, to: number): void {
    if (to < 0 || to >= this.doc.stages.length || from === to) return;
    this.commit(moveStage(this.doc, from, to), undefined, true);
  }

  /** Adds an open opportunity row; returns its id. */
  addOpportunity(cells: Partial<Record<OpportunityColumnId, string>> = {}): string {
    const id = newId(8);
    this.commit(addOpportunity(this.doc, id, cells), undefined);
    return id;
  }

  removeOpportunity(id: string): void {
    this.commit(removeOpportunity(this.doc, id), undefined);
  }

  /**
   * This year's ideal funnel from last year's actual rates plus the improvements: each ideal rate
   * becomes a live formula pointing at its plan rate, so later edits of either keep flowing through.
   */
  adoptPlanRates(): void {
    const patch: [CellKey, string][] = [];
    for (const stage of this.doc.stages.slice(0, -1)) {
      const plan = this.engine.valueOf(stageKey(stage.id, 'planRate'));
      if (plan.type === 'number') patch.push([stageKey(stage.id, 'rate'), `=${this.engine.addressOf(stageKey(stage.id, 'planRate'))}`]);
    }
    if (patch.length > 0) this.commitCells(patch);
  }

  /** A prepared edit of many cells and rows at once (e.g. a CRM import) as one step of undo. */
  applyEdit(edit: (doc: WorkbookDoc) => WorkbookDoc): void {
    const next = edit(this.doc);
    if (next !== this.doc) this.commit(next, undefined);
  }
}
