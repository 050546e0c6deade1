import type { OpenResult } from './workbook-session.svelte';
import { WorkbookSession } from './workbook-session.svelte';

/**
 * Opens a workbook for a page (the grid, the report) and lets it go when the page leaves or the id
 * changes; a session that finishes opening after that is disposed at once.
 */
export class WorkbookLoader {
  result = $state.raw<OpenResult | null>(null);

  /** Starts opening `id`; call the returned function to let the session go (an $effect cleanup). */
  open(id: string): () => void {
    let current: WorkbookSession | null = null;
    let cancelled = false;
    this.result = null;
    WorkbookSession.open(id).then(
      (opened) => {
        if (cancelled) {
          if (opened.ok) opened.session.dispose();
          return;
        }
        if (opened.ok) current = opened.session;
        this.result = opened;
      },
      (error: unknown) => {
        this.result = { ok: false, message: 'home.storageError', params: { message: String(error) } };
      },
    );
    return () => {
      cancelled = true;
      current?.dispose();
    };
  }
}
