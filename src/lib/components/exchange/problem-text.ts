import { DOC_VERSION } from '$lib/document/version';
import type { FileProblem, ShareReadResult } from '$lib/exchange';
import { i18n, type MessageKey } from '$lib/i18n';

type Problem = FileProblem | Extract<ShareReadResult, { ok: false }>['problem'];

const megabytes = (bytes: number) => i18n.number(bytes / (1024 * 1024), 'decimal');

/** What was wrong with a zod issue, in the user's language (zod's own words are English only). */
function detail(problem: Extract<Problem, { kind: 'invalid' }>): string {
  const { code, params } = problem;
  if (params.missing) return i18n.t('exchange.issue.missing');
  const origin = String(params.origin ?? '');
  const typeKey = `exchange.type.${params.expected}`;
  const expected = i18n.has(typeKey) ? i18n.t(typeKey) : String(params.expected ?? '');
  const key = [`exchange.issue.${code}.${origin}`, `exchange.issue.${code}`].find((k) => i18n.has(k)) ?? 'exchange.issue.other';
  return i18n.t(key as MessageKey, { ...params, expected });
}

/** Why a file or link could not be read, naming the place (a JSON path) where there is one. */
export function problemText(problem: Problem): string {
  switch (problem.kind) {
    case 'too-large':
      return i18n.t('exchange.problem.tooLarge', { size: megabytes(problem.bytes), limit: megabytes(problem.limit) });
    case 'not-json':
      return i18n.t('exchange.problem.notJson', { path: problem.path, line: problem.line, column: problem.column });
    case 'too-deep':
      return i18n.t('exchange.problem.tooDeep', { path: problem.path });
    case 'not-object':
      return i18n.t('exchange.problem.notObject');
    case 'wrong-type':
      return i18n.t('exchange.problem.wrongType');
    case 'too-new':
      return i18n.t('exchange.problem.tooNew', { version: problem.version, current: DOC_VERSION });
    case 'migration-failed':
      return i18n.t('exchange.problem.migration', { from: problem.from, message: problem.message });
    case 'invalid':
      return i18n.t('exchange.problem.invalid', { path: problem.path, detail: detail(problem) });
    case 'bad-link':
      return i18n.t('exchange.problem.badLink');
  }
}

/** The paths left out on import, the first few of them. */
export function droppedText(dropped: string[]): string {
  const shown = dropped.slice(0, 5).join(', ');
  const paths = dropped.length > 5 ? i18n.t('exchange.droppedMore', { paths: shown, count: dropped.length - 5 }) : shown;
  return i18n.t('exchange.dropped', { count: dropped.length, paths });
}
