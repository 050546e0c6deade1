// Notes about the funnel as a whole: why there is nothing to compare yet, or why no stage can be ranked.
import { stageKey, type DocShape } from '../document';
import { isEmptyFunnel } from '../domain';
import { numberAt, type FunnelNote, type Read } from './read';

export function funnelNotes(doc: DocShape, read: Read): FunnelNote[] {
  const stages = doc.stages;
  if (isEmptyFunnel(stages.length)) return [{ message: 'insights.funnel.noStages', params: {}, level: 'warning' }];
  if (stages.length === 1) return [{ message: 'insights.funnel.oneStage', params: {}, level: 'info' }];
  const actual = stages.map((stage) => numberAt(read, stageKey(stage.id, 'actual')));
  // The comparison (funnel formula 3) needs observed entries; until some are typed there is only the plan.
  if (actual.every((a) => a === null)) return [{ message: 'insights.funnel.noActual', params: {}, level: 'info' }];
  const notes: FunnelNote[] = [];
  const missing = stages.slice(0, -1).filter((_, i) => actual[i] === null);
  if (missing.length > 0) {
    notes.push({ message: 'insights.funnel.actualMissing', params: { stages: { names: missing.map((s) => s.name) } }, level: 'warning' });
  }
  // Gains are measured in won deals: without the last stage's entries, or with none won, they cannot rank.
  const won = actual[actual.length - 1];
  const last = stages[stages.length - 1].name;
  if (won === null) notes.push({ message: 'insights.funnel.wonMissing', params: { stage: last }, level: 'info' });
  else if (won === 0) notes.push({ message: 'insights.funnel.noneWon', params: { stage: last }, level: 'warning' });
  return notes;
}
