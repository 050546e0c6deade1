import { asScenario, assumptionKey, stageKey, type AssumptionId, type WorkbookDoc } from '../lib/document';
import { FunnelEngine, type CellValue } from '../lib/engine';
import { formatNumber } from '../lib/i18n/format-number';

/** A computed figure as JSON carries it: a number, text, a boolean, null when empty, or an error. */
export type Figure = number | string | boolean | null | { error: string };

export interface StageFigures {
  name: string;
  rate: Figure;
  required: Figure;
  actual: Figure;
  forecast: Figure;
}

export interface Evaluation {
  workbook: string;
  /** The scenario evaluated, or null for the base plan. */
  scenario: string | null;
  stages: StageFigures[];
  /** The key outputs by their defined name (`DealsNeeded`, `ForecastRevenue`…). */
  outputs: Record<string, Figure>;
}

/** The outputs `eval` prints, with how each is shown. */
export const KEY_OUTPUTS: readonly { id: AssumptionId; name: string; kind: 'money' | 'count' | 'percent' }[] = [
  { id: 'target', name: 'Target', kind: 'money' },
  { id: 'avgDeal', name: 'AvgDeal', kind: 'money' },
  { id: 'dealsNeeded', name: 'DealsNeeded', kind: 'count' },
  { id: 'requiredTop', name: 'RequiredTop', kind: 'count' },
  { id: 'idealTotalRate', name: 'IdealTotalRate', kind: 'percent' },
  { id: 'actualTotalRate', name: 'ActualTotalRate', kind: 'percent' },
  { id: 'forecastWon', name: 'ForecastWon', kind: 'count' },
  { id: 'forecastRevenue', name: 'ForecastRevenue', kind: 'money' },
  { id: 'forecastGap', name: 'ForecastGap', kind: 'money' },
];

function figure(value: CellValue): Figure {
  switch (value.type) {
    case 'number':
    case 'text':
    case 'boolean':
      return value.value;
    case 'error':
      return { error: value.display };
    default:
      return null;
  }
}

/** Computes the base plan (scenarioId null) or a scenario with the app's own engine. */
export function evaluate(doc: WorkbookDoc, scenarioId: string | null): Evaluation {
  const engine = new FunnelEngine(asScenario(doc, scenarioId));
  try {
    const value = (key: string) => figure(engine.valueOf(key));
    return {
      workbook: doc.name,
      scenario: doc.scenarios.find((s) => s.id === scenarioId)?.name ?? null,
      stages: doc.stages.map((stage) => ({
        name: stage.name,
        rate: value(stageKey(stage.id, 'rate')),
        required: value(stageKey(stage.id, 'required')),
        actual: value(stageKey(stage.id, 'actual')),
        forecast: value(stageKey(stage.id, 'forecast')),
      })),
      outputs: Object.fromEntries(KEY_OUTPUTS.map((o) => [o.name, value(assumptionKey(o.id))])),
    };
  } finally {
    engine.destroy();
  }
}

/** Text from a file, safe for a terminal: control characters (escape sequences included) are replaced. */
// eslint-disable-next-line no-control-regex
export const printable = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');

const shown = (value: Figure, kind: 'money' | 'count' | 'percent'): string => {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, kind, 'en');
  if (typeof value === 'object') return value.error;
  return printable(String(value));
};

/** Columns padded to their widest entry; the first left-aligned, the others right-aligned. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => [...row[col]].length)));
  return rows
    .map((row) => row.map((text, col) => (col === 0 ? text.padEnd(widths[col]) : text.padStart(widths[col]))).join('  ').trimEnd())
    .join('\n');
}

/** The evaluation as a person reads it in a terminal. */
export function evaluationText(result: Evaluation, label: (id: AssumptionId) => string): string {
  const title = `${printable(result.workbook)} — ${result.scenario === null ? 'base plan' : `scenario “${printable(result.scenario)}”`}`;
  const stages = table([
    ['Stage', 'Rate', 'Required', 'Actual', 'Forecast'],
    ...result.stages.map((s) => [printable(s.name), shown(s.rate, 'percent'), shown(s.required, 'count'), shown(s.actual, 'count'), shown(s.forecast, 'count')]),
  ]);
  const outputs = table(KEY_OUTPUTS.map((o) => [`${label(o.id)} (${o.name})`, shown(result.outputs[o.name], o.kind)]));
  return `${title}\n\n${stages}\n\nKey outputs\n${outputs}\n`;
}
