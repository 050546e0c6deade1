import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { stageKey, type CellKey } from '../../../src/lib/document';
import { GridCursor, clearSelection, copySelection, funnelCsv, pasteIntoSelection, pastedCells } from '../../../src/lib/state';
import { sessionOpener } from '../../fixtures/sessions';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

// The grid's paste, clear, copy and CSV against a real session: real HyperFormula, fake IndexedDB.
const openSession = sessionOpener();

async function open() {
  const session = await openSession(exampleOneWorkbook());
  const ids = session.doc.stages.map((s) => s.id);
  const value = (key: CellKey) => session.cells.slot(key).value;
  return { session, cursor: new GridCursor(session), ids, value };
}
const tsv = (text: string) => pastedCells({ text }, () => null);

describe('pasting into the grid', () => {
  it('reads 50万 and 25% as typing them would', async () => {
    const { session, cursor, ids, value } = await open();
    // The second stage's rate is 50% in the example, so 25% is a change.
    cursor.select(stageKey(ids[1], 'rate'));
    pasteIntoSelection(session, cursor, tsv('25%\t\t50万\r\n'));
    expect([value(stageKey(ids[1], 'rate')), value(stageKey(ids[1], 'actual'))]).toEqual([
      { type: 'number', value: 0.25 },
      { type: 'number', value: 500000 },
    ]);
  });

  it('writes down a column and the dependent cells follow', async () => {
    const { session, cursor, ids, value } = await open();
    const before = value(stageKey(ids[0], 'required'));
    cursor.select(stageKey(ids[0], 'rate'));
    pasteIntoSelection(session, cursor, tsv('50%\r\n50%\r\n'));
    expect(value(stageKey(ids[0], 'required'))).not.toEqual(before);
  });

  it('is undone in one step', async () => {
    const { session, cursor, ids } = await open();
    const original = session.doc;
    cursor.select(stageKey(ids[0], 'rate'));
    pasteIntoSelection(session, cursor, tsv('10%\r\n20%\r\n30%\r\n'));
    session.undo();
    expect(session.doc.cells).toEqual(original.cells);
  });

  it('replaces a computed cell’s formula with a pasted formula', async () => {
    const { session, cursor, ids } = await open();
    cursor.select(stageKey(ids[0], 'required'));
    pasteIntoSelection(session, cursor, tsv('=1000\r\n'));
    expect(session.contentOf(stageKey(ids[0], 'required'))).toBe('=1000');
  });

  it('reports values aimed at computed cells and leaves their formulas', async () => {
    const { session, cursor, ids } = await open();
    cursor.select(stageKey(ids[0], 'rate'));
    pasteIntoSelection(session, cursor, tsv('30%\t999\r\n'));
    expect([cursor.pasteReport?.readOnly, session.isDefault(stageKey(ids[0], 'required'))]).toEqual([[stageKey(ids[0], 'required')], true]);
  });

  it('reports cells beyond the last stage', async () => {
    const { session, cursor, ids } = await open();
    cursor.select(stageKey(ids.at(-1)!, 'actual'));
    pasteIntoSelection(session, cursor, tsv('1\r\n2\r\n3\r\n'));
    expect(cursor.pasteReport?.outside).toBe(2);
  });

  it('reports text a number cell cannot take, and writes the rest', async () => {
    const { session, cursor, ids, value } = await open();
    cursor.select(stageKey(ids[0], 'actual'));
    pasteIntoSelection(session, cursor, tsv('lots\r\n70\r\n'));
    expect([cursor.pasteReport?.rejected.map((r) => r.message), value(stageKey(ids[1], 'actual'))]).toEqual([
      ['input.notANumber'],
      { type: 'number', value: 70 },
    ]);
  });

  it('selects the cells it wrote', async () => {
    const { session, cursor, ids } = await open();
    cursor.select(stageKey(ids[0], 'actual'));
    pasteIntoSelection(session, cursor, tsv('1\r\n2\r\n'));
    expect([cursor.selected, cursor.inRange(stageKey(ids[1], 'actual'))]).toEqual([stageKey(ids[0], 'actual'), true]);
  });

  it('renames stages pasted into the name column', async () => {
    const { session, cursor, ids } = await open();
    cursor.select(stageKey(ids[0], 'name'));
    pasteIntoSelection(session, cursor, tsv('线索\r\n商机\r\n'));
    expect(session.doc.stages.slice(0, 2).map((s) => s.name)).toEqual(['线索', '商机']);
  });
});

describe('clearing, copying and exporting the grid', () => {
  it('clears a range of inputs in one step and keeps stage names', async () => {
    const { session, cursor, ids, value } = await open();
    cursor.select(stageKey(ids[0], 'name'));
    cursor.extendTo(stageKey(ids[1], 'actual'));
    pasteIntoSelection(session, cursor, tsv('A\t40%\t\t100\r\nB\t60%\t\t40\r\n'));
    clearSelection(session, cursor);
    expect([session.doc.stages[0].name, value(stageKey(ids[1], 'actual'))]).toEqual(['A', { type: 'empty' }]);
  });

  it('copies a range as TSV of plain numbers and percentages', async () => {
    const { session, cursor, ids } = await open();
    cursor.select(stageKey(ids[0], 'rate'));
    cursor.extendTo(stageKey(ids[1], 'required'));
    const required = (i: number) => String((session.cells.slot(stageKey(ids[i], 'required')).value as { value: number }).value);
    expect(copySelection(session, cursor)?.text).toBe(`25%\t${required(0)}\r\n50%\t${required(1)}\r\n`);
  });

  it('exports every stage with a header row and a neutralised formula-like name', async () => {
    const { session, ids } = await open();
    session.enter(stageKey(ids[0], 'name'), '=HYPERLINK("http://example.com","x")');
    const lines = funnelCsv(session, (id) => id).split('\r\n');
    expect([lines.length - 2, lines[1].startsWith(`"'=HYPERLINK(`)]).toEqual([ids.length, true]);
  });
});

describe('a paste that changes nothing', () => {
  it('adds no step of undo', async () => {
    const { session, cursor, ids } = await open();
    const names = session.doc.stages.map((s) => s.name);
    cursor.select(stageKey(ids[0], 'name'));
    pasteIntoSelection(session, cursor, tsv(`${names[0]}\t25%\r\n`));
    expect(session.history.canUndo).toBe(false);
  });
});
