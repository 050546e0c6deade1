import { it } from 'vitest';
import { FunnelEngine } from '../../../src/lib/engine';
import { topNeeded, rateNeededAtStage, solve, rateSensitivity, seekCell, seekBounds } from '../../../src/lib/what-if';
import { createWorkbook, demoSeed, stageKey, assumptionKey } from '../../../src/lib/document';
import { exampleOneWorkbook } from '../../fixtures/workbooks';
import { whatIfWorkbook } from './fixtures';
it('dbg', () => {
  const pick = (r: any) => r.ok ? { x: r.x ?? r.rate ?? r.top, exact: r.exact, it: r.iterations, ev: r.evaluations } : r;
  console.log('sqrt2', pick(solve((x) => x * x, 2, { lo: 0, hi: 2 })));
  console.log('sqrt2 x0', pick(solve((x) => x * x, 2, { lo: 0, hi: 1e6, x0: 1 })));
  console.log('linear', pick(solve((x) => 3 * x - 7, 11, { lo: -100, hi: 100 })));
  console.log('step', pick(solve((x) => Math.floor(10 * x), 3.5, { lo: 0, hi: 1 })));
  for (const perStage of [false, true]) {
    const doc = whatIfWorkbook({ perStage });
    for (const s of doc.stages.slice(0, 3)) { const t = performance.now(); const r = rateNeededAtStage(FunnelEngine, doc, s.id); console.log('rate', perStage, pick(r), (performance.now() - t).toFixed(0) + 'ms'); }
    let t = performance.now(); console.log('top', perStage, pick(topNeeded(FunnelEngine, doc)), (performance.now() - t).toFixed(0) + 'ms');
    t = performance.now(); const sens = rateSensitivity(FunnelEngine, doc); console.log('sens', (performance.now() - t).toFixed(0) + 'ms');
  }
  const demo = createWorkbook(demoSeed('en'));
  let t = performance.now(); console.log('demo top', pick(topNeeded(FunnelEngine, demo)), (performance.now() - t).toFixed(0) + 'ms');
  for (const s of demo.stages.slice(0, 4)) { t = performance.now(); console.log('demo rate', pick(rateNeededAtStage(FunnelEngine, demo, s.id)), (performance.now() - t).toFixed(0) + 'ms'); }
  t = performance.now(); const sens = rateSensitivity(FunnelEngine, demo); console.log('demo sens', (performance.now() - t).toFixed(0) + 'ms', JSON.stringify(sens.ok && sens.rows.map(r => [r.name, r.plusOnePoint.dWon, r.plusTenPercent.dWon])));
  const ch = stageKey(demo.stages[0].id, 'actual');
  t = performance.now(); console.log('demo seek', pick(seekCell(FunnelEngine, demo, { set: assumptionKey('forecastRevenue'), to: 5_000_000, changing: ch, ...seekBounds(ch, 360) })), (performance.now() - t).toFixed(0) + 'ms');
});
import { ScratchEngine } from '../../../src/lib/what-if';
import { setCell } from '../../../src/lib/document';
it('reuse', () => {
  const demo = createWorkbook(demoSeed('en'));
  const s = new ScratchEngine(FunnelEngine, demo);
  let d = demo;
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    d = setCell(d, stageKey(demo.stages[1].id, 'rate'), String(0.4 + i / 100));
    const t = performance.now(); rateSensitivity(s, d); times.push(performance.now() - t);
  }
  console.log('reuse sens ms', times.map((t) => t.toFixed(0)).join(' '));
  const times2: number[] = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); rateNeededAtStage(s, d, demo.stages[0].id); topNeeded(s, d); times2.push(performance.now() - t); }
  console.log('reuse rate+top ms', times2.map((t) => t.toFixed(0)).join(' '));
});
