import { describe, expect, it } from 'vitest';
import { VirtualRows } from '../../../src/lib/components/virtual-rows.svelte';

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('rows of a long table rendered while in view', () => {
  it('renders every row of a short table, with no spacers', () => {
    const rows = new VirtualRows(() => rowsOf(79));
    expect(rows.virtual).toBe(false);
    expect(rows.visible).toHaveLength(79);
    expect([rows.above, rows.below]).toEqual([0, 0]);
  });

  it('renders the rows in view and a margin below them at the top of a long table', () => {
    const rows = new VirtualRows(() => rowsOf(2000));
    rows.viewport = 660; // 20 rows of 33 px
    expect(rows.visible).toEqual(rowsOf(32)); // 20 in view + 12 of margin
    expect(rows.above).toBe(0);
    expect(rows.below).toBe((2000 - 32) * 33);
  });

  it('follows the scroll, keeping the spacers as tall as the rows they stand for', () => {
    const rows = new VirtualRows(() => rowsOf(2000));
    rows.viewport = 660;
    rows.scrollTop = 1000 * 33;
    expect(rows.visible[0]).toBe(988);
    expect(rows.visible.at(-1)).toBe(1031);
    expect(rows.above + rows.visible.length * 33 + rows.below).toBe(2000 * 33);
  });

  it('scrolls a row out of view to the middle, and leaves a row in view where it is', () => {
    const rows = new VirtualRows(() => rowsOf(2000));
    rows.viewport = 660;
    const scroller = { scrollTop: 0 } as HTMLElement;
    rows.reveal(scroller, 5);
    expect(scroller.scrollTop).toBe(0);
    rows.reveal(scroller, 500);
    expect(scroller.scrollTop).toBe(500 * 33 - 330);
    expect(rows.visible).toContain(500);
  });

  it('reveals a row from the scroll position the table reported, never reading the scroller’s (that read forces a layout)', () => {
    const rows = new VirtualRows(() => rowsOf(2000));
    rows.viewport = 660;
    let reads = 0;
    let position = 0;
    const scroller = {
      get scrollTop() {
        reads++;
        return position;
      },
      set scrollTop(value: number) {
        position = value;
      },
    } as unknown as HTMLElement;
    rows.reveal(scroller, 500);
    expect(position).toBe(500 * 33 - 330);
    expect(rows.scrollTop).toBe(500 * 33 - 330);
    rows.reveal(scroller, 501); // in view now: left where it is
    expect(position).toBe(500 * 33 - 330);
    expect(reads).toBe(0);
  });

  it('reveals the last row no further down than the table can scroll', () => {
    const rows = new VirtualRows(() => rowsOf(2000));
    rows.viewport = 660;
    const scroller = { scrollTop: 0 } as HTMLElement;
    rows.reveal(scroller, 1999);
    expect(scroller.scrollTop).toBe(2002 * 33 - 660);
    expect(rows.visible).toContain(1999);
  });
});
