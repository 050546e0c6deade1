// How the insights read the grid: through a `read` function, so the same code serves the engine in
// tests and the reactive cell store in the app, and says exactly what the grid shows.
import type { CellKey, NumberKind } from '../document';
import type { CellValue } from '../engine';
import type { MessageKey, Params } from '../i18n';

export type Read = (key: CellKey) => CellValue;
export type Translate = (key: MessageKey, params?: Params) => string;
export type FormatNumber = (value: number, kind: NumberKind) => string;

/** A finite number, or null for anything else (empty, text, an error). */
export function numberAt(read: Read, key: CellKey): number | null {
  const value = read(key);
  return value.type === 'number' && Number.isFinite(value.value) ? value.value : null;
}

/** A flag is TRUE as a spreadsheet sees it: the boolean TRUE or a non-zero number a user typed. */
export function flagAt(read: Read, key: CellKey): boolean {
  const value = read(key);
  if (value.type === 'boolean') return value.value;
  return value.type === 'number' && value.value !== 0;
}

export function textAt(read: Read, key: CellKey): string {
  const value = read(key);
  if (value.type === 'text') return value.value;
  return value.type === 'number' ? String(value.value) : '';
}

/**
 * A figure a message quotes. Notes are computed without a locale, so a number travels with its kind
 * and is formatted only when the sentence is built; a list of names is joined in the locale's way.
 */
export type NoteParam = string | { value: number; kind: NumberKind } | { names: string[] };
export type NoteParams = Record<string, NoteParam>;

export interface CellNote {
  message: MessageKey;
  params: NoteParams;
  level: 'error' | 'warning';
}

export interface FunnelNote {
  message: MessageKey;
  params: NoteParams;
  /** 'info' says what to type next rather than what is wrong. */
  level: 'error' | 'warning' | 'info';
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** Today's spreadsheet serial by the local calendar, as the engine's TODAY() counts it. */
export function serialOfDay(now: Date): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}
