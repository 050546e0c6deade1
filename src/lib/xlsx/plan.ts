import { isInputKey, kindOfKey, type CellKey } from '../document';
import type { EngineSnapshot, NameSnapshot, SheetSnapshot, SnapshotValue } from '../engine';
import { fileFormula } from './formula-text';
import { numberFormat } from './number-formats';

// What the file will hold, decided without exceljs: sheets, cells (formula or value, number format,
// style), column widths, frozen panes and defined names. Pure, so it is tested without a file.

export type CellStyle = 'header' | 'input' | 'label';

export interface PlannedCell {
  row: number;
  col: number;
  /** File formula text (no leading `=`); absent for a plain value. */
  formula?: string;
  /** The engine's value: a plain cell's content, or a formula's result. */
  value: SnapshotValue;
  numFmt?: string;
  style?: CellStyle;
}

export interface PlannedSheet {
  name: string;
  cells: PlannedCell[];
  /** Column widths in characters, by column index. */
  widths: number[];
  freeze: { rows: number; cols: number } | null;
}

export interface PlannedName {
  name: string;
  refersTo: string;
  /** Index of the sheet the name belongs to; absent for a name of the whole workbook. */
  sheet?: number;
}

export interface WorkbookPlan {
  sheets: PlannedSheet[];
  names: PlannedName[];
}

/** One layer of the workbook: the base (`scenario` null) or a scenario, computed by its own engine. */
export interface LayerSnapshot {
  scenario: string | null;
  snapshot: EngineSnapshot;
  /** The engine's own name of each sheet, by its name in the file (they differ for scenarios). */
  engineSheet: ReadonlyMap<string, string>;
}

/** Looks a message up by key; undefined when there is none. */
export type Labeller = (key: string) => string | undefined;

export interface PlanTexts {
  /** Name of the sheet that sets the scenarios side by side. */
  scenariosSheet: string;
  nameHeader: string;
  labelHeader: string;
  base: string;
}

/**
 * Where the header labels of each engine sheet live in the message catalogue, first match wins; a
 * header without a message (or on a sheet not listed) keeps the column's id.
 */
const HEADER_MESSAGES: Record<string, readonly string[]> = {
  Funnel: ['column.'],
  Mix: ['mix.'],
  Months: ['months.'],
  Opportunities: ['opportunity.'],
  Segments: ['segments.col.', 'assumption.', 'segments.'],
  SegmentStages: ['column.', 'segments.'],
};

const ASSUMPTIONS = 'Assumptions';

/** Characters a text takes on screen: CJK characters are about twice as wide. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

function valueWidth(value: SnapshotValue, numFmt: string | undefined): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'object') return value.error.length;
  if (typeof value === 'string') return displayWidth(value);
  if (numFmt === 'yyyy-mm-dd') return 10;
  if (numFmt?.includes('%')) return Math.max(6, String(Math.round(Math.abs(value) * 100)).length + 5);
  const digits = String(Math.round(Math.abs(value))).length;
  const decimals = numFmt === '#,##0' ? 0 : numFmt ? 3 : Math.min(8, String(value).length - digits);
  return digits + Math.floor((digits - 1) / 3) + decimals + (value < 0 ? 1 : 0);
}

const HEADER_CAP = 24;
const clampWidth = (width: number) => Math.min(60, Math.max(8, Math.ceil(width) + 2));

/** Row 0 is a header row when it holds only plain text that is no Funnelbook cell. */
function hasHeaderRow(sheet: SheetSnapshot): boolean {
  const first = sheet.cells.filter((c) => c.row === 0);
  return sheet.height > 1 && first.length > 0 && first.every((c) => c.formula === undefined && typeof c.value === 'string' && !c.key);
}

function labelOfKey(key: CellKey | undefined, label: Labeller): string | undefined {
  return key?.startsWith('a.') ? label(`assumption.${key.slice(2)}`) : undefined;
}

function planSheet(name: string, engineName: string, sheet: SheetSnapshot, label: Labeller): PlannedSheet {
  const header = hasHeaderRow(sheet);
  const prefixes = HEADER_MESSAGES[engineName] ?? [];
  const headerLabel = (id: string) => prefixes.map((prefix) => label(prefix + id)).find((text) => text !== undefined) ?? id;
  const widths: number[] = [];
  const widen = (col: number, width: number) => (widths[col] = Math.max(widths[col] ?? 0, width));
  const cells: PlannedCell[] = [];
  const labels: PlannedCell[] = [];
  for (const cell of sheet.cells) {
    const planned: PlannedCell = { row: cell.row, col: cell.col, value: cell.value };
    if (header && cell.row === 0) {
      const text = String(cell.value);
      planned.value = headerLabel(text);
      planned.style = 'header';
      widen(cell.col, Math.min(HEADER_CAP, displayWidth(planned.value as string)));
      cells.push(planned);
      continue;
    }
    if (cell.formula !== undefined) {
      const converted = fileFormula(cell.formula);
      if (converted.ok) planned.formula = converted.text;
    }
    if (cell.key) {
      const format = numberFormat(kindOfKey(cell.key), cell.value);
      if (format) planned.numFmt = format;
      if (isInputKey(cell.key)) planned.style = 'input';
      // The Assumptions sheet has a label column beside each value, in the reader's language.
      const text = engineName === ASSUMPTIONS ? labelOfKey(cell.key, label) : undefined;
      if (text) labels.push({ row: cell.row, col: cell.col + 1, value: text, style: 'label' });
    }
    widen(cell.col, valueWidth(planned.value, planned.numFmt));
    cells.push(planned);
  }
  for (const cell of labels) {
    if (sheet.cells.some((c) => c.row === cell.row && c.col === cell.col)) continue;
    widen(cell.col, displayWidth(cell.value as string));
    cells.push(cell);
  }
  return {
    name,
    cells,
    widths: Array.from({ length: widths.length }, (_, i) => clampWidth(widths[i] ?? 0)),
    freeze: header ? { rows: 1, cols: 1 } : null,
  };
}

/** Parses `Sheet!$B$3` or `'Sheet name'!B3` into a sheet name and a zero-based cell. */
export function parseCellRef(text: string): { sheet: string; row: number; col: number } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  const col = [...match[3]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet, row: Number(match[4]) - 1, col };
}

/** The Funnelbook cell a defined name points at, for its number format and label. */
function keyOfName(layer: LayerSnapshot, named: NameSnapshot): CellKey | undefined {
  const ref = parseCellRef(named.expression);
  const sheet = ref && layer.snapshot.sheets.find((s) => s.name === ref.sheet);
  return sheet?.cells.find((c) => c.row === ref!.row && c.col === ref!.col)?.key;
}

/** Every workbook-wide name of every layer, side by side: a live comparison of the scenarios. */
function planComparison(name: string, layers: LayerSnapshot[], label: Labeller, texts: PlanTexts): PlannedSheet {
  const [base, ...scenarios] = layers;
  const titles = [texts.nameHeader, texts.labelHeader, texts.base, ...scenarios.map((l) => l.scenario ?? '')];
  const cells: PlannedCell[] = titles.map((title, col) => ({ row: 0, col, value: title, style: 'header' as const }));
  const widths = titles.map((title) => Math.min(HEADER_CAP, displayWidth(title)));
  const widen = (col: number, width: number) => (widths[col] = Math.max(widths[col], width));
  base.snapshot.names
    .filter((n) => n.scope === undefined)
    .forEach((named, i) => {
      const row = i + 1;
      const key = keyOfName(base, named);
      const text = labelOfKey(key, label) ?? '';
      cells.push({ row, col: 0, value: named.name }, { row, col: 1, value: text, style: 'label' });
      widen(0, displayWidth(named.name));
      widen(1, displayWidth(text));
      layers.forEach((layer, l) => {
        const own = layer.snapshot.names.find((n) => n.name === named.name && n.scope === undefined);
        if (!own) return;
        const numFmt = key ? numberFormat(kindOfKey(key), own.value) : undefined;
        const converted = fileFormula(own.expression);
        // A blank input shows blank, not the 0 a bare reference to an empty cell gives.
        const cell: PlannedCell = { row, col: 2 + l, value: own.value ?? '' };
        if (converted.ok) {
          const ref = parseCellRef(converted.text) ? converted.text : `(${converted.text})`;
          cell.formula = `IF(${ref}="","",${converted.text})`;
        }
        if (numFmt) cell.numFmt = numFmt;
        widen(2 + l, valueWidth(own.value, numFmt));
        cells.push(cell);
      });
    });
  return { name, cells, widths: widths.map(clampWidth), freeze: { rows: 1, cols: 2 } };
}

/**
 * The file's plan: the base layer's sheets with its names for the whole workbook, then (when there
 * are scenarios) a comparison sheet, then each scenario's sheets with the same names scoped to them,
 * so that `=Target/AvgDeal` reads the same on every sheet and uses that scenario's assumptions.
 */
export function planWorkbook(layers: LayerSnapshot[], comparisonSheet: string | null, label: Labeller, texts: PlanTexts): WorkbookPlan {
  const sheets: PlannedSheet[] = [];
  const names: PlannedName[] = [];
  layers.forEach((layer, l) => {
    const kept = layer.snapshot.sheets.filter((sheet) => isNeeded(sheet, layer.snapshot));
    const first = sheets.length;
    for (const sheet of kept) sheets.push(planSheet(sheet.name, layer.engineSheet.get(sheet.name) ?? sheet.name, sheet, label));
    for (const original of layer.snapshot.names) {
      const converted = fileFormula(original.expression);
      if (!converted.ok) continue;
      const named = { ...original, expression: converted.text };
      if (named.scope !== undefined) {
        const at = kept.findIndex((s) => s.name === named.scope);
        if (at >= 0) names.push({ name: named.name, refersTo: named.expression, sheet: first + at });
      } else if (l === 0) {
        names.push({ name: named.name, refersTo: named.expression });
      } else {
        // A scenario's names are scoped to each of its sheets, so its formulas read its own cells.
        kept.forEach((_, i) => names.push({ name: named.name, refersTo: named.expression, sheet: first + i }));
      }
    }
    if (l === 0 && comparisonSheet !== null) sheets.push(planComparison(comparisonSheet, layers, label, texts));
  });
  return { sheets, names };
}

/**
 * A sheet that holds nothing but its header row (no opportunities, a workbook that is not split)
 * is left out unless a formula or a name refers to it: a client's file shows what the plan uses.
 */
function isNeeded(sheet: SheetSnapshot, snapshot: EngineSnapshot): boolean {
  if (sheet.cells.some((c) => c.row > 0)) return true;
  const unquoted = `${sheet.name}!`;
  const quoted = `'${sheet.name.replace(/'/g, "''")}'!`;
  const mentions = (text: string) => text.includes(unquoted) || text.includes(quoted);
  return (
    snapshot.names.some((n) => mentions(n.expression)) ||
    snapshot.sheets.some((other) => other !== sheet && other.cells.some((c) => c.formula !== undefined && mentions(c.formula)))
  );
}
