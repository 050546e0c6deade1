// Sections below the grid are mounted after the grid has painted, one per task, so a workbook
// opens to a grid one can type into while the charts and tables below are still being built.
import { afterNextFrame } from '$lib/state';

const waiting: (() => void)[] = [];
let running = false;

function next(): void {
  const mount = waiting.shift();
  if (!mount) {
    running = false;
    return;
  }
  mount();
  // A task of its own for each section: a key pressed meanwhile is handled between two of them.
  setTimeout(next, 0);
}

/** Calls `mount` after the next painted frame, after the sections queued before it; returns a cancel. */
export function mountLater(mount: () => void): () => void {
  let cancelled = false;
  const entry = () => {
    if (!cancelled) mount();
  };
  waiting.push(entry);
  if (!running) {
    running = true;
    afterNextFrame(next);
  }
  return () => {
    cancelled = true;
    const at = waiting.indexOf(entry);
    if (at >= 0) waiting.splice(at, 1);
  };
}
