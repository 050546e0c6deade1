/** The one version constant of the Funnelbook document; every change appends a migration. */
export const DOC_TYPE = 'funnelbook';
export const DOC_VERSION = 2;
/** Longest name the file format accepts. */
export const NAME_MAX = 120;

/** A document as a migration sees it: parsed JSON, not yet validated, so any field may be missing or wrong. */
export type RawDoc = Record<string, unknown>;

/**
 * Lifts a document of version `from` to `from + 1` (the restore path stamps the new version itself).
 * It must not assume the old document is valid: it sees whatever a file claimed to be version `from`,
 * and validation runs only after the last step. Return a new object; never change the one given.
 */
export interface Migration {
  from: number;
  /** What changed, for the reader of this list (docs/file-format.md has the same history). */
  note: string;
  up: (raw: RawDoc) => RawDoc;
}

/**
 * Append only: never edit or remove a step once released, because files of that version exist.
 * Adding a version = bump DOC_VERSION, append one step here, and freeze a file of the old version in
 * tests/fixtures/files/v<old>-*.funnelbook.json (a test checks each step has one).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    note: 'Segments keep their own cells as g.<segment>.* and n.<segment>:<stage>.* keys instead of an overrides map; grain (actuals by month or quarter) added.',
    up: (raw) => {
      const segments = Array.isArray(raw.segments) ? raw.segments : [];
      const cells: Record<string, unknown> = isRecord(raw.cells) ? { ...raw.cells } : {};
      const moved = segments.map((segment: unknown) => {
        if (!isRecord(segment)) return segment;
        const { overrides, ...rest } = segment;
        const id = typeof rest.id === 'string' ? rest.id : '';
        if (isRecord(overrides) && id) {
          for (const [key, value] of Object.entries(overrides)) {
            const target = segmentCellOf(id, key);
            if (target && !(target in cells)) cells[target] = value;
          }
        }
        return { ...rest, dimension: typeof rest.dimension === 'string' && rest.dimension !== '' ? rest.dimension : 'segment' };
      });
      return { ...raw, cells, segments: moved, grain: null };
    },
  },
];

/** A plain JSON object (not null, not an array): what a migration or the restore path may read fields of. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a version-1 segment override of a company cell lives in version 2; null for the rest. */
function segmentCellOf(segmentId: string, key: string): string | null {
  const assumption = /^a\.(target|avgDeal)$/.exec(key);
  if (assumption) return `g.${segmentId}.${assumption[1]}`;
  const stage = /^s\.([A-Za-z0-9_-]+)\.(rate|actual|cycleDays)$/.exec(key);
  return stage ? `n.${segmentId}:${stage[1]}.${stage[2]}` : null;
}
