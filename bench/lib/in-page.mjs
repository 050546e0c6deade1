// Helpers the benchmarks run inside the page (serialised by page.evaluate) and the small waits
// around them: storing a workbook, reading it back (the floor of opening), probing when an opened
// grid is painted, and timing one commit from Enter to the painted frame.

/** Stores a record in the app's database; the database must exist already (Dexie creates it). */
export async function putRecordInPage(/** @type {any} */ record) {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('funnelbook');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('indexedDB.open blocked'));
  });
  try {
    if (!db.objectStoreNames.contains('workbooks')) throw new Error(`no 'workbooks' store (have: ${[...db.objectStoreNames]})`);
    await new Promise((resolve, reject) => {
      const tx = db.transaction('workbooks', 'readwrite');
      tx.objectStore('workbooks').put(record);
      tx.oncomplete = () => resolve(undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/**
 * The floor of opening a workbook: reading its record out of IndexedDB (open the database, get the
 * record, deserialise it), in milliseconds, median of three.
 * @param {string} id
 */
export async function timedRecordReadInPage(id) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('funnelbook');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const record = await new Promise((resolve, reject) => {
      const get = db.transaction('workbooks', 'readonly').objectStore('workbooks').get(id);
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    times.push(performance.now() - t0);
    db.close();
    if (!record) throw new Error(`no record ${id}`);
  }
  return times.sort((a, b) => a - b)[1];
}

/**
 * Waits until the values saved beside workbook `id` are those of its latest revision. A loop here,
 * not page.waitForFunction, which takes the promise of an async function for a truthy answer.
 * @param {import('playwright-core').Page} page @param {string} id
 */
export async function waitValuesSaved(page, id, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(valuesSavedInPage, id))) {
    if (Date.now() > deadline) throw new Error(`the values of ${id} were not saved within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Whether the values saved beside workbook `id` are those of its latest revision (raw IndexedDB, in the page). */
async function valuesSavedInPage(/** @type {string} */ id) {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('funnelbook');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (![...db.objectStoreNames].includes('values')) return false;
    const tx = db.transaction(['workbooks', 'values'], 'readonly');
    const read = (/** @type {string} */ store) =>
      new Promise((resolve, reject) => {
        const get = tx.objectStore(store).get(id);
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      });
    const [record, values] = /** @type {any[]} */ (await Promise.all([read('workbooks'), read('values')]));
    return Boolean(record && values && values.rev === record.rev);
  } finally {
    db.close();
  }
}

/**
 * Installed before the workbook page loads: records when the last stage row first exists and when
 * the frame showing it has been painted, relative to navigation start (performance.timeOrigin).
 */
export function installOpenProbe() {
  const lastRowSelector = sessionStorage.getItem('funnelbook-bench:lastRowSelector');
  if (!lastRowSelector || !location.pathname.startsWith('/w/')) return;
  const w = /** @type {any} */ (window);
  w.__benchOpen = { domAt: null, paintedAt: null };
  // `poll` runs as an animation-frame callback: a row found there is drawn by this very frame, and a
  // task posted now runs once the frame's style, layout and paint are done.
  const afterThisFrame = (/** @type {() => void} */ fn) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = fn;
    ch.port2.postMessage(0);
  };
  const poll = () => {
    if (document.querySelector(lastRowSelector)) {
      w.__benchOpen.domAt = performance.now();
      afterThisFrame(() => (w.__benchOpen.paintedAt = performance.now()));
    } else {
      requestAnimationFrame(poll);
    }
  };
  requestAnimationFrame(poll);
}

/** Waits until the page has had ~2 quiet frames and an idle callback. */
export async function settleInPage() {
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await new Promise((r) => requestIdleCallback(() => r(undefined), { timeout: 1000 }));
}

/**
 * One measured commit. The cell editor must be open with the new value typed. The figure is until
 * the watched cells that are on screen have changed and the next frame is painted: sections off
 * screen are held a frame behind (HeldSection), so `allDom` says when every watched cell, on screen
 * or not, had its new text.
 * @param {{ watchKeys: string[], timeoutMs: number, marks?: boolean }} arg
 */
export async function measureCommitInPage({ watchKeys, timeoutMs, marks = false }) {
  const editor = document.querySelector('[data-testid=cell-editor]');
  if (!editor) throw new Error('no cell editor open');
  // What was typed is on screen before Enter, as it is for a person: two frames, so the typing's
  // own layout and paint are not counted as the commit's.
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const watched = watchKeys.map((key) => {
    const td = document.querySelector(`td[data-key="${CSS.escape(key)}"]`);
    if (!td) throw new Error(`no cell ${key}`);
    return td;
  });
  const onScreen = (/** @type {Element} */ td) => {
    const box = td.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
  };
  const cells = watched.filter(onScreen);
  if (cells.length === 0) throw new Error(`none of the watched cells is on screen: ${watchKeys.join(', ')}`);
  const beforeAll = watched.map((td) => td.textContent);
  let tAllDom = NaN;
  const allObserver = new MutationObserver(() => {
    if (!watched.every((td, i) => td.textContent !== beforeAll[i])) return;
    tAllDom = performance.now();
    allObserver.disconnect();
  });
  for (const td of watched) allObserver.observe(td, { characterData: true, childList: true, subtree: true });
  const before = cells.map((td) => td.textContent);
  const recalcBefore = performance.getEntriesByName('funnelbook:recalc').length;
  const sched = /** @type {any} */ (globalThis).scheduler;

  let tDom = NaN;
  let tTask = NaN;
  let tRaf = NaN;
  let t1 = NaN;
  /** @type {MutationObserver | undefined} */
  let observer;
  const changed = () => cells.every((td, i) => td.textContent !== before[i]);
  const painted = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer?.disconnect();
      reject(new Error(`cells did not change within ${timeoutMs} ms: ${watchKeys.join(', ')} (before: ${before.join(' | ')})`));
    }, timeoutMs);
    observer = new MutationObserver(() => {
      if (!changed()) return;
      tDom = performance.now();
      if (marks) performance.mark('bench:dom');
      observer?.disconnect();
      clearTimeout(timer);
      // The next frame: its rAF callback starts it; a task right after it runs once the frame's
      // style, layout, paint and commit are done. User-blocking priority so that a timer that is
      // due by then (autosave) does not run first and get counted.
      requestAnimationFrame(() => {
        tRaf = performance.now();
        const done = () => {
          t1 = performance.now();
          resolve(undefined);
        };
        if (sched?.postTask) sched.postTask(done, { priority: 'user-blocking' });
        else {
          const ch = new MessageChannel();
          ch.port1.onmessage = done;
          ch.port2.postMessage(0);
        }
      });
      // An ordinary task: if it runs before that rAF, the page sat idle from then until the frame
      // clock ticked (not work); if the frame comes first, there was no such wait.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        if (Number.isNaN(tRaf)) tTask = performance.now();
      };
      ch.port2.postMessage(0);
    });
    for (const td of cells) observer.observe(td, { characterData: true, childList: true, subtree: true });
  });

  if (marks) performance.mark('bench:t0');
  const t0 = performance.now();
  editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
  const tSync = performance.now();
  await painted;
  if (marks) performance.mark('bench:t1');
  // The cells off screen catch up in the task after the painted frame.
  for (let i = 0; i < 100 && Number.isNaN(tAllDom); i++) await new Promise((r) => setTimeout(r, 10));
  allObserver.disconnect();
  const recalc = performance.getEntriesByName('funnelbook:recalc').slice(recalcBefore);
  const idle = Number.isNaN(tTask) ? 0 : tRaf - tTask;
  return {
    total: t1 - t0,
    work: t1 - t0 - idle,
    sync: tSync - t0,
    dom: tDom - t0,
    flush: tDom - tSync,
    afterFlush: (Number.isNaN(tTask) ? tRaf : tTask) - tDom,
    idle,
    frame: t1 - tRaf,
    engine: recalc.reduce((s, e) => s + e.duration, 0),
    engineEntries: recalc.length,
    allDom: tAllDom - t0,
    watchedOnScreen: cells.length,
    after: cells.map((td) => td.textContent),
  };
}

/** @param {import('playwright-core').Page} page */
export async function waitSaved(page) {
  await page.waitForSelector('[data-testid=save-status][data-status=saved]', { timeout: 30_000 });
  await page.evaluate(settleInPage);
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} key
 * @param {string} value
 */
export async function openEditor(page, key, value) {
  await page.click(`td[data-key="${key}"]`);
  await page.waitForFunction(
    (k) => document.activeElement?.getAttribute('data-key') === k,
    key,
    { timeout: 10_000 },
  );
  await page.keyboard.type(value);
  await page.waitForSelector('[data-testid=cell-editor]', { timeout: 10_000 });
  const draft = await page.inputValue('[data-testid=cell-editor]');
  if (draft !== value) throw new Error(`editor holds ${JSON.stringify(draft)}, expected ${JSON.stringify(value)}`);
}

