import { formatJsonPath } from '../document';
import { locateJsonError } from './json-locate';
import { FORBIDDEN_KEYS, JSON_MAX_DEPTH } from './limits';

export type JsonProblem =
  | { kind: 'not-json'; path: string; line: number; column: number }
  | { kind: 'too-deep'; path: string };

export type JsonResult = { ok: true; value: unknown; stripped: string[] } | { ok: false; problem: JsonProblem };

class TooDeep {
  constructor(readonly path: string) {}
}

/**
 * JSON.parse, then a copy without the keys `__proto__`, `constructor` and `prototype` (their paths
 * are reported): JSON.parse itself makes them plain own properties, but a later spread, merge or
 * zod record must never meet them. Nesting deeper than JSON_MAX_DEPTH is refused.
 */
export function parseJsonSafely(text: string): JsonResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const place = locateJsonError(text);
    return { ok: false, problem: { kind: 'not-json', path: formatJsonPath(place.path), line: place.line, column: place.column } };
  }
  const stripped: string[] = [];
  const path: (string | number)[] = [];
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (path.length > JSON_MAX_DEPTH) throw new TooDeep(formatJsonPath(path));
    if (Array.isArray(value)) {
      const out: unknown[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        out[i] = copy(value[i]);
        path.pop();
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) stripped.push(formatJsonPath(path));
      else out[key] = copy((value as Record<string, unknown>)[key]);
      path.pop();
    }
    return out;
  };
  try {
    return { ok: true, value: copy(parsed), stripped };
  } catch (error) {
    if (error instanceof TooDeep) return { ok: false, problem: { kind: 'too-deep', path: error.path } };
    throw error;
  }
}
