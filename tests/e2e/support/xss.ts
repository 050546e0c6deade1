// Hostile text for the security tests: payloads that would run script or add elements if any
// view put a name into HTML instead of text, a workbook whose every free-text field carries one,
// and the checks that a page stayed inert. Every payload that makes an element marks it with
// `data-xss`, so "nothing was injected" is checked in the DOM itself, not only through the
// Content-Security-Policy (which would block the script even if the markup got in).
import type { Page } from 'playwright-core';
import {
  addOpportunity,
  addScenario,
  createWorkbook,
  demoSeed,
  mixKey,
  restoreWorkbook,
  setActiveScenario,
  setCell,
  type WorkbookDoc,
} from '../../../src/lib/document';

export const PAYLOADS = [
  '<img src=x data-xss onerror="window.__xss=1">',
  '<script data-xss>window.__xss=1</script>',
  '"><svg data-xss onload="window.__xss=1">',
  "'><iframe data-xss src=\"javascript:window.__xss=1\"></iframe>",
  '</title><b data-xss>title</b>',
  '<style data-xss>body{display:none}</style>',
  'javascript:window.__xss=1',
  '=1+1',
  '{@html "<b data-xss>x</b>"}',
] as const;

/** A payload that fits a name of at most `max` characters. */
export const payload = (index: number): string => PAYLOADS[index % PAYLOADS.length];

/**
 * The demo workbook with a payload in every text a file can carry: its name, the period, every
 * stage, every deal-mix bucket, an opportunity's name, owner and stage, and two scenarios (one active).
 */
export function hostileWorkbook(): WorkbookDoc {
  let doc = createWorkbook(demoSeed('en'));
  doc = { ...doc, name: payload(0), period: { ...doc.period, label: payload(4).slice(0, 60) } };
  doc = { ...doc, stages: doc.stages.map((stage, i) => ({ ...stage, name: payload(i + 4) })) };
  for (let slot = 0; slot < 3; slot++) doc = setCell(doc, mixKey(slot, 'name'), payload(slot + 1));
  doc = addOpportunity(doc, 'opp1', { name: payload(6), amount: '50000', stage: payload(3), owner: payload(0), close: '2030-01-31' });
  doc = addScenario(doc, 'scnA', payload(2));
  doc = addScenario(doc, 'scnB', payload(5));
  doc = setActiveScenario(doc, null);
  const checked = restoreWorkbook(JSON.parse(JSON.stringify(doc)));
  if (!checked.ok) throw new Error(`the hostile workbook is not a valid document: ${JSON.stringify(checked.problem)}`);
  return checked.doc;
}

export interface Inertness {
  /** Elements that came from a payload (`[data-xss]`), anywhere in the document. */
  injected: number;
  /** True if any payload's script ran. */
  ran: boolean;
  /** The page's text, to check the payloads show as written. */
  text: string;
}

/** What a page shows and whether anything from a payload became markup or ran. */
export async function inertness(page: Page): Promise<Inertness> {
  return page.evaluate(() => ({
    injected: document.querySelectorAll('[data-xss]').length,
    ran: (window as unknown as { __xss?: unknown }).__xss !== undefined,
    text: `${document.title}\n${document.body.innerText}`,
  }));
}

/** Collects the messages of dialogs (alert, confirm) a page opens, dismissing them. */
export function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}
