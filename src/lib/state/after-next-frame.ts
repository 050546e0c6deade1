/**
 * Runs `run` once, in a task after the next painted frame (a task posted from its animation frame),
 * or after the `frames`-th. A hidden page draws no frames: there it runs in the next task (and
 * without a DOM, as in Node). No timer stands in for a late frame: a long first render must not
 * let `run` go before its paint.
 */
export function afterNextFrame(run: () => void, frames = 1): void {
  const hidden = typeof document === 'undefined' || document.visibilityState === 'hidden';
  if (hidden || typeof requestAnimationFrame !== 'function') {
    setTimeout(run, 0);
    return;
  }
  const frame = (left: number) => requestAnimationFrame(() => (left > 1 ? frame(left - 1) : setTimeout(run, 0)));
  frame(frames);
}
