/**
 * Runs `run` in a task of its own, so input and rendering get in between: the Prioritized Task
 * Scheduling API where there is one, else a message (zero timeouts would wait 4 ms each). Not its
 * background priority: a page that keeps posting tasks (the cold-start bench's probe did) would
 * hold the build back for good.
 */
export function nextTask(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (run: () => void, options: { priority: string }) => Promise<unknown> } }).scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(run, { priority: 'user-visible' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => run();
  channel.port2.postMessage(null);
}
