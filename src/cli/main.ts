// The Funnelbook command line: the app's own document, engine and export code, run in Node.
import { FILE_MAX_BYTES, readWorkbookFile } from '../lib/exchange';
import type { AssumptionId, WorkbookDoc } from '../lib/document';
import { loadAllMessages, translate } from '../lib/i18n/translate';
import type { MessageKey } from '../lib/i18n';
import { exportWorkbookXlsx } from '../lib/xlsx';
import { USAGE, parseArgs } from './args';
import { evaluate, evaluationText, printable } from './evaluate';
import { problemText } from './problem-text';

/** What the CLI touches outside itself, so tests can run it without a process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The file's size in bytes, or throws as fs.stat does. */
  size(path: string): Promise<number>;
  read(path: string): Promise<string>;
  write(path: string, bytes: Uint8Array): Promise<void>;
}

export const EXIT = { ok: 0, badFile: 1, usage: 2 } as const;

class Failure extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const reason = (error: unknown) => {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
};

/** Reads and restores FILE through the app's one restore path, or fails with exit status 1. */
async function load(io: Io, path: string): Promise<{ doc: WorkbookDoc; dropped: string[] }> {
  let text: string;
  try {
    // The size is checked before reading, so a huge file is never loaded into memory.
    const bytes = await io.size(path);
    if (bytes > FILE_MAX_BYTES) throw new Failure(`${path} cannot be read: ${problemText({ kind: 'too-large', bytes, limit: FILE_MAX_BYTES })}`, EXIT.badFile);
    text = await io.read(path);
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw new Failure(`${path} cannot be read: ${reason(error)}`, EXIT.badFile);
  }
  const result = readWorkbookFile(text);
  if (!result.ok) throw new Failure(`${path} is not a valid Funnelbook workbook: ${problemText(result.problem)}`, EXIT.badFile);
  return { doc: result.doc, dropped: result.dropped };
}

function warnDropped(io: Io, path: string, dropped: string[]): void {
  if (dropped.length === 0) return;
  const shown = dropped.slice(0, 5).join(', ') + (dropped.length > 5 ? ` and ${dropped.length - 5} more` : '');
  io.err(`warning: ${path}: ${dropped.length} entries could not be read and were left out: ${printable(shown)}\n`);
}

function scenarioId(doc: WorkbookDoc, wanted: string | null): string | null {
  if (wanted === null) return null;
  const found = doc.scenarios.find((s) => s.name === wanted) ?? doc.scenarios.find((s) => s.id === wanted);
  if (found) return found.id;
  const names = doc.scenarios.map((s) => `"${printable(s.name)}"`).join(', ');
  throw new Failure(`no scenario "${printable(wanted)}" in this workbook; ${names ? `its scenarios are ${names}` : 'it has no scenarios'}`, EXIT.usage);
}

const english = (key: string) => {
  const text = translate('en', key as MessageKey);
  return text === key ? undefined : text;
};

/** Runs one command; returns the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`funnelbook: ${parsed.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const command = parsed.value;
  try {
    if (command.command === 'help') {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    await loadAllMessages();
    const { doc, dropped } = await load(io, command.file);
    warnDropped(io, command.file, dropped);
    switch (command.command) {
      case 'validate':
        io.out(`${command.file}: valid Funnelbook workbook “${printable(doc.name)}” (${doc.stages.length} stages, ${doc.scenarios.length} scenarios)\n`);
        return EXIT.ok;
      case 'eval': {
        const result = evaluate(doc, scenarioId(doc, command.scenario));
        io.out(command.json ? `${JSON.stringify(result, null, 2)}\n` : evaluationText(result, (id: AssumptionId) => english(`assumption.${id}`) ?? id));
        return EXIT.ok;
      }
      case 'export': {
        const bytes = await exportWorkbookXlsx(doc, { label: english });
        try {
          await io.write(command.xlsx, bytes);
        } catch (error) {
          throw new Failure(`${command.xlsx} cannot be written: ${reason(error)}`, EXIT.badFile);
        }
        io.out(`${command.xlsx}: written (${bytes.length} bytes)\n`);
        return EXIT.ok;
      }
    }
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    io.err(`funnelbook: ${error.message}\n`);
    return error.code;
  }
}
