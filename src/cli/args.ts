// The command line, parsed: `eval FILE [--scenario NAME] [--json]`, `export FILE --xlsx OUT`,
// `validate FILE`, `help`. Anything else is a usage error (exit status 2).

export type Command =
  | { command: 'eval'; file: string; scenario: string | null; json: boolean }
  | { command: 'export'; file: string; xlsx: string }
  | { command: 'validate'; file: string }
  | { command: 'help' };

export type Parsed = { ok: true; value: Command } | { ok: false; message: string };

export const USAGE = `Usage: npm run funnelbook -- <command> [options]

Commands:
  eval FILE [--scenario NAME] [--json]
      Print every stage's required and forecast figures and the key outputs
      (of the base plan, or of the scenario NAME). --json prints them as JSON.
  export FILE --xlsx OUT
      Write the workbook to OUT as an Excel file with live formulas.
  validate FILE
      Check that FILE is a Funnelbook workbook this version can read.
  help
      Print this text.

FILE is a Funnelbook file (.funnelbook.json), as the app exports it.
Exit status: 0 on success, 1 when FILE cannot be read or is not a valid
workbook (or OUT cannot be written), 2 on a usage error.`;

const fail = (message: string): Parsed => ({ ok: false, message });

/** Splits `--name=value` and `--name value`; flags listed in `flags` take no value. */
function options(args: string[], valued: readonly string[], flags: readonly string[]) {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const set = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (flags.includes(name)) {
      if (eq !== -1) return { error: `--${name} takes no value` };
      set.add(name);
    } else if (valued.includes(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') return { error: `--${name} needs a value` };
      if (values.has(name)) return { error: `--${name} is given twice` };
      values.set(name, value);
    } else {
      return { error: `unknown option ${arg}` };
    }
  }
  return { positional, values, set };
}

export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command === undefined) return fail('no command given');
  if (command === 'help' || command === '--help' || command === '-h') return { ok: true, value: { command: 'help' } };
  const spec = {
    eval: { valued: ['scenario'], flags: ['json'] },
    export: { valued: ['xlsx'], flags: [] },
    validate: { valued: [], flags: [] },
  }[command];
  if (!spec) return fail(`unknown command "${command}"`);
  const parsed = options(rest, spec.valued, spec.flags);
  if ('error' in parsed) return fail(`${command}: ${parsed.error}`);
  const { positional, values, set } = parsed;
  if (positional.length === 0) return fail(`${command}: FILE is missing`);
  if (positional.length > 1) return fail(`${command}: one FILE only (got ${positional.length} arguments)`);
  const file = positional[0];
  switch (command) {
    case 'eval':
      return { ok: true, value: { command, file, scenario: values.get('scenario') ?? null, json: set.has('json') } };
    case 'export': {
      const xlsx = values.get('xlsx');
      return xlsx ? { ok: true, value: { command, file, xlsx } } : fail('export: --xlsx OUT is missing');
    }
    default:
      return { ok: true, value: { command: 'validate', file } };
  }
}
