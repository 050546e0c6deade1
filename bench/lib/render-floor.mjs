// The browser's own floor for painting an edit: the DOM changes one real commit made (texts and
// attributes), recorded, then written straight back and forth with no app code running, and timed
// like a commit (write -> next painted frame, the idle wait for the frame clock left out). What the
// browser needs for style, layout and paint of exactly those changes on this page, on this machine.
import { statsOf } from './edit-samples.mjs';
import { waitSaved } from './in-page.mjs';

/**
 * Records what one commit changes in the page. The cell editor must be open with the new value
 * typed. Kept in the page for `replayInPage`; returns how many texts and attributes changed.
 */
export async function recordCommitInPage() {
  const editor = document.querySelector('[data-testid=cell-editor]');
  if (!editor) throw new Error('no cell editor open');
  /** @type {Map<Node, { old: string | null }>} */
  const texts = new Map();
  /** @type {Map<Element, Map<string, string | null>>} */
  const attrs = new Map();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData' && !texts.has(r.target)) texts.set(r.target, { old: r.oldValue });
      if (r.type === 'attributes' && r.attributeName) {
        const el = /** @type {Element} */ (r.target);
        const seen = attrs.get(el) ?? new Map();
        if (!seen.has(r.attributeName)) seen.set(r.attributeName, r.oldValue);
        attrs.set(el, seen);
      }
    }
  });
  observer.observe(document.body, { subtree: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true });
  editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
  // What the frame after the commit paints (sections held a frame behind, and work the app posts
  // for later, change the page after it and are not counted in the commit's figure either).
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  observer.disconnect();
  const late = observer.takeRecords().length;
  if (late > 0) throw new Error(`${late} changes came after the observer's last callback`);
  // The values as that frame painted them: later tasks (held sections, the save status) may change
  // the same nodes again; `renderFloor` waits for those before the replays.
  const changes = [];
  for (const [node, { old }] of texts) if (node.isConnected && old !== node.nodeValue) changes.push({ node, before: old, after: node.nodeValue });
  for (const [el, seen] of attrs) {
    for (const [name, old] of seen) if (el.isConnected && old !== el.getAttribute(name)) changes.push({ el, name, before: old, after: el.getAttribute(name) });
  }
  /** @type {any} */ (window).__benchReplay = changes;
  return { texts: changes.filter((c) => 'node' in c).length, attributes: changes.filter((c) => 'el' in c).length };
}

/** Notes what the recorded nodes hold now, once the page is idle, so `replayInPage` can put it back. */
export function snapshotInPage() {
  for (const c of /** @type {any} */ (window).__benchReplay) c.now = c.node ? c.node.nodeValue : c.el.getAttribute(c.name);
}

/**
 * Writes the recorded changes' values from `which` ('before', 'after' or 'now'), then times until
 * the next painted frame.
 * @param {{ which: 'before' | 'after' | 'now' }} arg
 */
export async function replayInPage({ which }) {
  const changes = /** @type {any} */ (window).__benchReplay;
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const sched = /** @type {any} */ (globalThis).scheduler;
  const t0 = performance.now();
  for (const c of changes) {
    const value = c[which];
    if (c.node) c.node.nodeValue = value;
    else if (value === null) c.el.removeAttribute(c.name);
    else c.el.setAttribute(c.name, value);
  }
  let tTask = NaN;
  let tRaf = NaN;
  const t1 = await new Promise((resolve) => {
    requestAnimationFrame(() => {
      tRaf = performance.now();
      sched.postTask(() => resolve(performance.now()), { priority: 'user-blocking' });
    });
    const ch = new MessageChannel();
    ch.port1.onmessage = () => Number.isNaN(tRaf) && (tTask = performance.now());
    ch.port2.postMessage(0);
  });
  const idle = Number.isNaN(tTask) ? 0 : tRaf - tTask;
  return { total: t1 - t0, work: t1 - t0 - idle };
}

/**
 * The floor for one edit: records the commit of the open editor, then replays it `count` times
 * (alternating back and forth), and leaves the page as the app last drew it (so that, for example,
 * the save status it drew is what the page shows). p50 and p95 of the replays' work and total.
 * @param {import('playwright-core').Page} page
 * @param {number} count
 */
export async function renderFloor(page, count) {
  const changed = await page.evaluate(recordCommitInPage);
  await waitSaved(page);
  await page.evaluate(snapshotInPage);
  const samples = [];
  for (let i = 0; i < count + 2; i++) {
    const sample = await page.evaluate(replayInPage, { which: i % 2 === 0 ? 'before' : 'after' });
    if (i >= 2) samples.push(sample);
  }
  await page.evaluate(replayInPage, { which: 'now' });
  return { changed, work: statsOf(samples, 'work'), total: statsOf(samples, 'total') };
}
