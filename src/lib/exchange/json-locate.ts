import { JSON_MAX_DEPTH } from './limits';

/** Where a JSON text stops being JSON: the offset, the path of the value being read there, line and column. */
export interface JsonErrorPlace {
  offset: number;
  path: (string | number)[];
  line: number;
  column: number;
}

class Stop {
  constructor(readonly offset: number) {}
}

const WS = /[ \t\n\r]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Runs only after JSON.parse has refused a text, to say where in the document it went wrong (the
 * browser's message gives at best an offset). A strict JSON grammar walk that keeps the path of the
 * value it is in; it stops at the first character JSON does not allow.
 */
export function locateJsonError(text: string): JsonErrorPlace {
  const path: (string | number)[] = [];
  let i = 0;
  const match = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return null;
    i = re.lastIndex;
    return m[0];
  };
  const ws = () => void match(WS);
  // A loop, not one regular expression: a string may be megabytes long.
  const string = (): string => {
    const start = i;
    if (text[i] !== '"') throw new Stop(i);
    i++;
    for (;;) {
      const code = text.charCodeAt(i);
      if (Number.isNaN(code) || code < 0x20) throw new Stop(i);
      if (code === 0x22) return text.slice(start, ++i);
      if (code === 0x5c) {
        if (match(ESCAPE) === null) throw new Stop(i);
      } else i++;
    }
  };
  const value = (depth: number): void => {
    ws();
    if (depth > JSON_MAX_DEPTH) throw new Stop(i);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const key = string();
        ws();
        if (text[i] !== ':') throw new Stop(i);
        i++;
        path.push(JSON.parse(key) as string);
        value(depth + 1);
        path.pop();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else throw new Stop(i);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        path.push(index);
        value(depth + 1);
        path.pop();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else throw new Stop(i);
      }
    }
    if (c === '"') return void string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) return void (i += literal.length);
    }
    if (match(NUMBER) === null) throw new Stop(i);
  };
  let offset = text.length;
  try {
    value(0);
    ws();
    if (i < text.length) throw new Stop(i);
  } catch (stop) {
    if (!(stop instanceof Stop)) throw stop;
    offset = stop.offset;
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { offset, path, line, column };
}
