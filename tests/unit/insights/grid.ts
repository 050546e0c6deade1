// A workbook computed by the real engine, with the edits a user would type; for the insights tests.
import { addOpportunity, setCell, stageKey, type CellKey, type OpportunityColumnId, type StageColumnId, type WorkbookDoc } from '../../../src/lib/document';
import { FunnelEngine } from '../../../src/lib/engine';
import { formatNumber, type Locale } from '../../../src/lib/i18n';
import { translate } from '../../../src/lib/i18n/translate';
import type { FormatNumber, Read, Translate } from '../../../src/lib/insights';

export class Grid {
  doc: WorkbookDoc;
  readonly engine: FunnelEngine;

  constructor(doc: WorkbookDoc) {
    this.doc = doc;
    this.engine = new FunnelEngine(doc);
  }

  read: Read = (key) => this.engine.valueOf(key);

  /** The key of a stage's cell, by the stage's position. */
  at(stage: number, column: StageColumnId): CellKey {
    return stageKey(this.doc.stages[stage].id, column);
  }

  type(key: CellKey, raw: string): this {
    this.doc = setCell(this.doc, key, raw);
    this.engine.update(this.doc, [key]);
    return this;
  }

  typeActuals(actuals: readonly number[]): this {
    actuals.forEach((actual, i) => this.type(this.at(i, 'actual'), String(actual)));
    return this;
  }

  addOpportunity(id: string, cells: Partial<Record<OpportunityColumnId, string>>): this {
    this.doc = addOpportunity(this.doc, id, cells);
    this.engine.update(this.doc);
    return this;
  }

  number(key: CellKey): number {
    const value = this.read(key);
    return value.type === 'number' ? value.value : NaN;
  }
}

/** The message and number functions the app passes, for one locale. */
export function speak(locale: Locale): { t: Translate; number: FormatNumber } {
  return { t: (key, params) => translate(locale, key, params), number: (value, kind) => formatNumber(value, kind, locale) };
}
