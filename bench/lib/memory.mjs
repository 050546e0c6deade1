// Peak JavaScript heap of a page while something runs, from the DevTools protocol
// (Performance.getMetrics: JSHeapUsedSize / JSHeapTotalSize of the page's main isolate, exact,
// unlike performance.memory, which Chromium rounds). Sampled every `intervalMs`; a sample is also
// taken at start and stop, so short peaks between samples can be missed: the figure is a floor of
// the true peak. Kept out of bench/cases/ (the runner loads every file there as a case).

/**
 * @param {import('playwright-core').Page} page
 * @param {{ intervalMs?: number, collectGarbageFirst?: boolean }} [options]
 */
export async function startMemorySampler(page, { intervalMs = 100, collectGarbageFirst = true } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  if (collectGarbageFirst) await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  let peakUsed = 0;
  let peakTotal = 0;
  let samples = 0;
  let stopped = false;
  const sample = async () => {
    try {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (/** @type {string} */ name) => metrics.find((m) => m.name === name)?.value ?? 0;
      peakUsed = Math.max(peakUsed, value('JSHeapUsedSize'));
      peakTotal = Math.max(peakTotal, value('JSHeapTotalSize'));
      samples++;
    } catch {
      // The page navigated or closed between samples; the next one counts.
    }
  };
  await sample();
  const startUsed = peakUsed;
  /** @type {Promise<void>} */
  const loop = (async () => {
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
      if (!stopped) await sample();
    }
  })();
  return {
    /** Stops sampling; sizes in bytes. */
    async stop() {
      stopped = true;
      await loop;
      await sample();
      await cdp.detach().catch(() => {});
      return { startUsed, peakUsed, peakTotal, samples };
    },
  };
}

/** Bytes to MB (10^6), two decimals. @param {number} bytes */
export const toMB = (bytes) => Math.round(bytes / 1e4) / 100;

/**
 * The JS heap of a page once it is quiet, after a garbage collection: a page's resting size.
 * @param {import('playwright-core').Page} page
 */
export async function restingHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach().catch(() => {});
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}
