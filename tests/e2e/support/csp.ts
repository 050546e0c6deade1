// Content-Security-Policy helpers for the security e2e tests: read the policy the built page
// declares, and record every violation the browser reports in a page.
import type { BrowserContext, Page } from 'playwright-core';

/** The policy of a page as `directive -> sources`, parsed from its <meta http-equiv> tag. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The Content-Security-Policy <meta> content of an HTML text, or null if it has none. */
export function metaPolicyOf(html: string): string | null {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag ? tag[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&') : null;
}

/**
 * From now on every page of `context` records the `securitypolicyviolation` events of its
 * document (init scripts come from the DevTools protocol, so the policy itself does not block them).
 */
export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

/** The violations recorded in `page` so far (see recordViolations). */
export function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
}
