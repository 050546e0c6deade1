// Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, no apostrophe at either end,
// unique regardless of case, and not "History" (Excel reserves it).
const MAX = 31;
const RESERVED = 'history';

/** The name with everything Excel refuses replaced or trimmed; `fallback` when nothing is left. */
export function cleanSheetName(name: string, fallback: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f[\]:*?/\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  return cleaned || fallback;
}

/** Hands out sheet names that Excel and LibreOffice accept, each different from the ones before. */
export class SheetNames {
  private readonly taken = new Set<string>();

  /** `base` as is, or `base (qualifier)` with the qualifier shortened so the whole fits. */
  claim(base: string, qualifier?: string): string {
    const head = cleanSheetName(base, 'Sheet').slice(0, MAX);
    const wanted = qualifier === undefined ? head : this.qualified(head, cleanSheetName(qualifier, '?'));
    let name = wanted;
    for (let n = 2; this.taken.has(name.toLowerCase()) || name.toLowerCase() === RESERVED; n++) {
      const suffix = ` ${n}`;
      name = wanted.slice(0, MAX - suffix.length).trimEnd() + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }

  private qualified(head: string, qualifier: string): string {
    const room = MAX - head.length - 3;
    if (room < 1) return head.slice(0, MAX - 4) + ` (${qualifier.slice(0, 1)})`;
    const short = qualifier.length > room ? qualifier.slice(0, Math.max(1, room - 1)).trimEnd() + '…' : qualifier;
    return `${head} (${short})`;
  }
}
