/**
 * Runs `run` once, in a task after the next painted frame (a task posted from its animation frame),
 * or after `hiddenMs` when no frame comes (a hidden tab draws none).
 */
export function afterNextFrame(run: () => void, hiddenMs = 250): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, hiddenMs);
}
