import { HyperFormula, type ExportedChange, ExportedCellChange } from 'hyperformula';
import { ASSUMPTIONS, ROOT_NODE, isTextKey, parseCellKey, type CellKey, type WorkbookDoc } from '../document';
import { EMPTY, fromEngine, type CellValue } from './cell-value';
import { takeSnapshot, type EngineSnapshot } from './engine-snapshot';
import { ASSUMPTIONS_SHEET, FIRST_ROW, FUNNEL_SHEET, Layout, SHEETS, columnLetter, type Position, type SheetName } from './layout';
import { fillSteps } from './sheet-fill';

const CONFIG = {
  licenseKey: 'gpl-v3',
  // The document keeps its own history; the engine's would double the memory for nothing.
  undoLimit: 0,
  // Inputs reach the engine already parsed; text such as "1/2" must stay text, never become a date.
  dateFormats: [] as string[],
  timeFormats: [] as string[],
  currencySymbol: [] as string[],
};

export type ValueChanges = Map<CellKey, CellValue>;

/**
 * The only module that talks to HyperFormula. It holds one engine workbook built from a Funnelbook
 * document (plus the active scenario's overrides) and, on every update, writes only the cells whose
 * content changed and reports only the values that changed.
 */
export class FunnelEngine {
  // Set by the first step of the build (see `start`).
  private hf!: HyperFormula;
  private layout: Layout;
  private doc: WorkbookDoc;
  private readonly sheetIds = new Map<string, number>();
  /** What each cell holds in the engine now, by key, so updates can write only the differences. */
  private readonly contents = new Map<CellKey, string>();
  private lastRecalcMs = 0;
  /** The rest of the build, while a deferred engine is still being built. */
  private building: Generator<void, void, void> | undefined;

  /**
   * `timing` makes each update leave a 'funnelbook:recalc' user-timing entry for the benchmark; only
   * the engine behind the grid does, not the scenario or what-if engines beside it. `deferred`
   * leaves the sheets to be written by `buildStep`, a little at a time; anything that needs values
   * before that is done finishes the build first.
   */
  constructor(
    doc: WorkbookDoc,
    private readonly options: { timing?: boolean; deferred?: boolean } = {},
  ) {
    this.doc = doc;
    this.layout = new Layout(doc);
    this.building = this.start();
    if (!options.deferred) this.buildNow();
  }

  /** The first build: an empty engine and the names in one step each (~40 and ~30 ms in Chromium), then the cells. */
  private *start(): Generator<void, void, void> {
    this.hf = HyperFormula.buildEmpty(CONFIG);
    for (const name of SHEETS) {
      this.sheetIds.set(name, this.hf.getSheetId(this.hf.addSheet(name))!);
    }
    yield;
    ASSUMPTIONS.forEach((spec, row) => {
      this.hf.addNamedExpression(spec.name, `=${ASSUMPTIONS_SHEET}!$B$${row + 1}`);
    });
    yield;
    yield* this.fillSteps();
  }

  /** Whether every cell is in the engine (always, unless built `deferred` and not finished yet). */
  get built(): boolean {
    return this.building === undefined;
  }

  /** Goes on building: at least one step, then more while `budgetMs` lasts; returns whether the engine is built. */
  buildStep(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    do if (this.building) this.advance();
    while (this.building && performance.now() < until);
    return this.built;
  }

  /** Builds the rest now: written in one go, with one recalculation at the end rather than one per step. */
  buildNow(): void {
    if (!this.hf) this.advance();
    if (!this.building) return;
    this.hf.suspendEvaluation();
    try {
      while (this.building) this.advance();
    } finally {
      const started = performance.now();
      this.hf.resumeEvaluation();
      this.lastRecalcMs += performance.now() - started;
    }
  }

  private advance(): void {
    const started = performance.now();
    const done = this.building!.next().done;
    this.lastRecalcMs += performance.now() - started;
    if (done) this.building = undefined;
  }

  /** How long the engine itself took for the last update, for the benchmark's floor. */
  get recalcMs(): number {
    return this.lastRecalcMs;
  }

  get stageLayout(): Layout {
    return this.layout;
  }

  /** The content a cell should hold for `doc`: the active scenario's override, the user's text, or the default. */
  private desired(doc: WorkbookDoc, key: CellKey): string {
    const parsed = parseCellKey(key);
    if (parsed?.scope === 'stage' && parsed.column === 'name') {
      const stage = doc.stages.find((s) => s.id === parsed.stageId);
      // A leading apostrophe keeps a name such as "=1+1" as text: names are never evaluated.
      return stage ? `'${stage.name}` : '';
    }
    if (parsed?.scope === 'segment' && parsed.column === 'name') {
      const name = parsed.nodeId === ROOT_NODE ? doc.name : doc.segments.find((s) => s.id === parsed.nodeId)?.name;
      return name === undefined || name === '' ? '' : `'${name}`;
    }
    if (!this.layout.isUsed(key)) return '';
    const scenario = doc.activeScenarioId ? doc.scenarios.find((s) => s.id === doc.activeScenarioId) : undefined;
    const typed = scenario?.overrides[key] ?? doc.cells[key];
    if (typed !== undefined && isTextKey(key)) return typed === '' ? '' : `'${typed}`;
    return typed ?? this.layout.defaultContent(key);
  }

  private address(position: Position) {
    return { sheet: this.sheetIds.get(position.sheet)!, row: position.row, col: position.col };
  }

  /** Writes every cell of the current document into cleared sheets, now. */
  private fill(): void {
    const started = performance.now();
    this.hf.batch(() => SHEETS.forEach((sheet) => this.hf.clearSheet(this.sheetIds.get(sheet)!)));
    this.lastRecalcMs = performance.now() - started;
    this.building = this.fillSteps();
    this.buildNow();
  }

  private fillSteps(): Generator<void, void, void> {
    this.contents.clear();
    return fillSteps(this.hf, this.sheetIds, this.layout, (sheet, row, col) => this.contentAt(sheet, row, col));
  }

  /** What the engine cell at a position holds for the current document; records a cell's content by key. */
  private contentAt(sheet: SheetName, row: number, col: number): string {
    if (sheet === ASSUMPTIONS_SHEET && col === 0) return `'${ASSUMPTIONS[row].name}`;
    // Header row: column names, so the sheet reads well when exported.
    if (sheet !== ASSUMPTIONS_SHEET && row < FIRST_ROW) return `'${this.layout.headers(sheet)[col]}`;
    const key = this.layout.keyAt({ sheet, row, col });
    if (!key) return '';
    const known = this.contents.get(key);
    if (known !== undefined) return known;
    const content = this.desired(this.doc, key);
    this.contents.set(key, content);
    return content;
  }

  /**
   * Brings the engine to `doc`. `touched` names the keys that may have changed (all when omitted);
   * a different list of stages rebuilds the layout. Returns the values that changed.
   */
  update(doc: WorkbookDoc, touched?: Iterable<CellKey>): { changes: ValueChanges; rebuilt: boolean } {
    this.buildNow();
    // Most edits keep the very same stages array; only a different one can change the layout.
    const sameRows =
      doc.stages === this.doc.stages &&
      doc.opportunities === this.doc.opportunities &&
      doc.segments === this.doc.segments &&
      doc.grain === this.doc.grain;
    const nextLayout = sameRows ? this.layout : new Layout(doc);
    if (nextLayout.signature !== this.layout.signature) {
      this.doc = doc;
      this.layout = nextLayout;
      this.fill();
      return { changes: this.allValues(), rebuilt: true };
    }
    this.doc = doc;
    const writes: [CellKey, string][] = [];
    for (const key of touched ?? this.layout.keys()) {
      const content = this.desired(doc, key);
      if (this.contents.get(key) !== content && this.layout.position(key)) writes.push([key, content]);
    }
    if (writes.length === 0) return { changes: new Map(), rebuilt: false };
    const started = performance.now();
    const exported = this.hf.batch(() => {
      for (const [key, content] of writes) {
        this.contents.set(key, content);
        this.hf.setCellContents(this.address(this.layout.position(key)!), content === '' ? null : content);
      }
    });
    const ended = performance.now();
    this.lastRecalcMs = ended - started;
    // A user-timing entry lets the benchmark read the engine's own share of an edit.
    if (this.options.timing) performance.measure?.('funnelbook:recalc', { start: started, end: ended });
    return { changes: this.toKeyed(exported), rebuilt: false };
  }

  private toKeyed(exported: ExportedChange[]): ValueChanges {
    const changes: ValueChanges = new Map();
    const sheetName = new Map([...this.sheetIds].map(([name, id]) => [id, name]));
    for (const change of exported) {
      if (!(change instanceof ExportedCellChange)) continue;
      const sheet = sheetName.get(change.address.sheet) as Position['sheet'];
      const key = this.layout.keyAt({ sheet, row: change.address.row, col: change.address.col });
      if (key) changes.set(key, fromEngine(change.newValue));
    }
    return changes;
  }

  valueOf(key: CellKey): CellValue {
    this.buildNow();
    const position = this.layout.position(key);
    return position ? fromEngine(this.hf.getCellValue(this.address(position))) : EMPTY;
  }

  allValues(): ValueChanges {
    return new Map(this.layout.keys().map((key) => [key, this.valueOf(key)]));
  }

  /** What the formula bar shows: the formula or value the cell holds now. */
  contentOf(key: CellKey): string {
    // While a deferred build goes on, a cell not written yet is worked out from the document.
    const content = this.contents.get(key) ?? (this.built || !this.layout.position(key) ? '' : this.desired(this.doc, key));
    return content.startsWith("'") ? content.slice(1) : content;
  }

  /** Whether the cell holds its default formula rather than something the user typed. */
  isDefault(key: CellKey): boolean {
    const scenario = this.doc.activeScenarioId ? this.doc.scenarios.find((s) => s.id === this.doc.activeScenarioId) : undefined;
    return scenario?.overrides[key] === undefined && this.doc.cells[key] === undefined;
  }

  /** The A1 address shown beside the formula bar, e.g. `C4` or `Assumptions!B1`. */
  addressOf(key: CellKey): string {
    const position = this.layout.position(key);
    if (!position) return '';
    const local = `${columnLetter(position.col)}${position.row + 1}`;
    return position.sheet === FUNNEL_SHEET ? local : `${position.sheet}!${local}`;
  }

  /** Whether text starting with '=' parses as a formula; a typo is caught before it is saved. */
  isValidFormula(text: string): boolean {
    this.buildNow();
    return this.hf.validateFormula(text);
  }

  /**
   * Applies a change of the stage list (insert, remove, move) so that every formula the user typed
   * keeps pointing at the same cells, as a spreadsheet does when rows move. Returns the document with
   * those formulas rewritten; the engine is left in step with it.
   */
  restructure(next: WorkbookDoc): WorkbookDoc {
    this.buildNow();
    const before = this.doc.stages.map((s) => s.id);
    const after = next.stages.map((s) => s.id);
    const nextLayout = new Layout(next);
    const active = this.doc.activeScenarioId;
    // Each layer's typed formulas are moved in an engine that holds that layer: this one for the
    // layer on screen, a scratch engine for the base or a scenario that is not.
    const rewrite = (layer: string | null, cells: Record<string, string>): Record<string, string> => {
      const typed = Object.keys(cells).filter((key) => cells[key].startsWith('='));
      if (typed.length === 0) return cells;
      const engine = layer === active ? this : new FunnelEngine({ ...this.doc, activeScenarioId: layer });
      try {
        engine.replayRows(before, after);
        const rewritten = { ...cells };
        for (const key of typed) {
          const position = nextLayout.position(key);
          const formula = position ? engine.hf.getCellFormula(engine.address(position)) : undefined;
          if (formula !== undefined) rewritten[key] = formula;
        }
        return rewritten;
      } finally {
        if (engine !== this) engine.destroy();
      }
    };
    const scenarios = next.scenarios.map((scenario) => {
      const overrides = this.doc.scenarios.some((s) => s.id === scenario.id) ? rewrite(scenario.id, scenario.overrides) : scenario.overrides;
      return overrides === scenario.overrides ? scenario : { ...scenario, overrides };
    });
    next = { ...next, cells: rewrite(null, next.cells), scenarios };
    this.doc = next;
    this.layout = nextLayout;
    this.fill();
    return next;
  }

  /** Replays a change of the stage order as row operations, so the engine adjusts references for us. */
  private replayRows(before: readonly string[], after: readonly string[]): void {
    const funnel = this.sheetIds.get(FUNNEL_SHEET)!;
    const rows = [...before];
    for (let i = rows.length - 1; i >= 0; i--) {
      if (!after.includes(rows[i])) {
        this.hf.removeRows(funnel, [i + 1, 1]);
        rows.splice(i, 1);
      }
    }
    after.forEach((id, target) => {
      const at = rows.indexOf(id);
      if (at === -1) {
        this.hf.addRows(funnel, [target + 1, 1]);
        rows.splice(target, 0, id);
      } else if (at !== target) {
        // The engine's target row is "before this row" in the order before the move.
        this.hf.moveRows(funnel, at + 1, 1, at < target ? target + 2 : target + 1);
        rows.splice(at, 1);
        rows.splice(target, 0, id);
      }
    });
  }

  /**
   * Every sheet, formula, value and defined name, for a file export. `sheetName` renames the sheets
   * while they are read (formulas and names then refer to the new names) and restores them after.
   */
  snapshot(sheetName: (name: string) => string = (name) => name): EngineSnapshot {
    this.buildNow();
    const renames = [...this.sheetIds].map(([name, id]) => ({ id, from: name, to: sheetName(name) })).filter((r) => r.to !== r.from);
    // Two passes through temporary names, so that swapping two names never collides midway.
    const via = (r: (typeof renames)[number]) => `__funnelbook_${r.id}`;
    const rename = (pairs: [number, string][]) => pairs.forEach(([id, to]) => this.hf.renameSheet(id, to));
    rename(renames.map((r) => [r.id, via(r)]));
    rename(renames.map((r) => [r.id, r.to]));
    try {
      return takeSnapshot(this.hf, this.layout);
    } finally {
      rename(renames.map((r) => [r.id, via(r)]));
      rename(renames.map((r) => [r.id, r.from]));
    }
  }

  destroy(): void {
    this.building = undefined;
    // A deferred engine let go before its first step has no HyperFormula yet.
    this.hf?.destroy();
  }
}
