// Entry of the bundled CLI (dist-cli/funnelbook.mjs): the Node side of `main`.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { main, type Io } from './main';

const io: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  size: async (path) => (await stat(path)).size,
  read: (path) => readFile(path, 'utf8'),
  write: (path, bytes) => writeFile(path, bytes),
};

/** Runs the command line and returns its exit status. */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    // A bug, not a bad file: say so plainly, with the stack for a report.
    process.stderr.write(`funnelbook: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
  }
}
