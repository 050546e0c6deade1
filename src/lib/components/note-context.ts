import { getContext, setContext } from 'svelte';
import type { CellKey } from '$lib/document';
import { i18n } from '$lib/i18n';
import { describeNote, type CellNote } from '$lib/insights';

export interface NoteSource {
  noteOf(key: CellKey): CellNote | undefined;
}

const KEY = Symbol('cell-notes');

/** The workbook page provides its notes once; every Cell below finds the note for its key. */
export const provideNotes = (source: NoteSource) => setContext(KEY, source);
export const notesInScope = (): NoteSource | undefined => getContext<NoteSource | undefined>(KEY);

/** A note as a sentence in the user's language. */
export const noteText = (note: CellNote): string => describeNote(note, i18n.t, i18n.number);
