import { getContext, setContext } from 'svelte';
import type { CellKey } from '$lib/document';
import type { MessageKey, Params } from '$lib/i18n';

/** What a cell needs to know about a note attached to it (a bad input or a warning). */
export interface CellNote {
  message: MessageKey;
  params: Params;
  level: 'error' | 'warning';
}

export interface NoteSource {
  noteOf(key: CellKey): CellNote | undefined;
}

const KEY = Symbol('cell-notes');

/** The workbook page provides its notes once; every Cell below finds the note for its key. */
export const provideNotes = (source: NoteSource) => setContext(KEY, source);
export const notesInScope = (): NoteSource | undefined => getContext<NoteSource | undefined>(KEY);
