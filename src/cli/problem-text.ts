import { DOC_VERSION } from '../lib/document';
import type { FileProblem } from '../lib/exchange';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why a file could not be read, in plain English, naming the place in the file where there is one. */
export function problemText(problem: FileProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return `the file is ${megabytes(problem.bytes)}; Funnelbook reads files up to ${megabytes(problem.limit)}`;
    case 'not-json':
      return `it is not valid JSON (line ${problem.line}, column ${problem.column}, at ${problem.path})`;
    case 'too-deep':
      return `its JSON is nested too deeply (at ${problem.path})`;
    case 'not-object':
      return 'it is not a Funnelbook workbook (the JSON is not an object)';
    case 'wrong-type':
      return 'it is not a Funnelbook workbook (no "type": "funnelbook")';
    case 'too-new':
      return `it was written by a newer Funnelbook (file version ${problem.version}; this one reads up to ${DOC_VERSION})`;
    case 'migration-failed':
      return `it could not be upgraded from version ${problem.from}: ${problem.message}`;
    case 'invalid':
      return `${problem.path}: ${problem.message}`;
    default:
      return 'it could not be read';
  }
}
