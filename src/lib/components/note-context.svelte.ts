import { getContext, setContext } from 'svelte';
import type { CellKey } from '$lib/document';
import { i18n } from '$lib/i18n';
import { describeNote, type CellNote } from '$lib/insights';

export interface NoteSource {
  /** The cell's note behind a slot of its own; read `value` in a derived of its own. */
  noteSlot(key: CellKey): { readonly value: CellNote | undefined };
  /** Brings the per-cell notes up to date; run in an effect by `provideNotes`. */
  followNotes(): void;
}

const KEY = Symbol('cell-notes');

/**
 * The workbook page provides its notes once; every Cell below finds the note for its key. Call it
 * while the page's component initialises: its effect keeps each cell's note in step.
 */
export function provideNotes(source: NoteSource): void {
  setContext(KEY, source);
  $effect.pre(() => source.followNotes());
}
export const notesInScope = (): NoteSource | undefined => getContext<NoteSource | undefined>(KEY);

/** A note as a sentence in the user's language. */
export const noteText = (note: CellNote): string => describeNote(note, i18n.t, i18n.number);
