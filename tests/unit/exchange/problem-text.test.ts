import { afterEach, describe, expect, it } from 'vitest';
import { droppedText, problemText } from '../../../src/lib/components/exchange/problem-text';
import { i18n } from '../../../src/lib/i18n';
import { readWorkbookFile, writeWorkbookFile } from '../../../src/lib/exchange';
import { exampleOneWorkbook } from '../../fixtures/workbooks';

/** The problems real files cause, one of each kind the reader knows. */
function problems() {
  const doc = exampleOneWorkbook();
  const files = {
    notJson: '{"type": "funnelbook", "stages": [1, }',
    tooDeep: '['.repeat(100) + ']'.repeat(100),
    notObject: '"text"',
    missing: JSON.stringify({ ...doc, stages: undefined }),
    wrongType: '{"type": "other"}',
    tooNew: JSON.stringify({ ...doc, version: 99 }),
    tooLong: writeWorkbookFile({ ...doc, name: 'x'.repeat(200) }),
    wrongKind: writeWorkbookFile({ ...doc, period: { ...doc.period, label: 5 } } as never),
    badLiteral: JSON.stringify({ ...doc, version: 0 }),
    tooMany: writeWorkbookFile({ ...doc, scenarios: Array.from({ length: 501 }, (_, i) => ({ id: `s${i}`, name: 'S', overrides: {} })) }),
  };
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => {
      const read = readWorkbookFile(text);
      if (read.ok) throw new Error(`${name} was read`);
      return [name, read.problem];
    }),
  );
}

describe.each(['en', 'zh-CN'] as const)('problem messages in %s', (locale) => {
  afterEach(() => i18n.setLocale('en'));

  it('word every kind of problem without showing a message key', () => {
    i18n.setLocale(locale);
    const all = [...Object.values(problems()), { kind: 'bad-link' as const }, { kind: 'too-large' as const, bytes: 25e6, limit: 20 * 1024 * 1024 }];
    for (const problem of all) expect(problemText(problem)).not.toMatch(/exchange\.|\{\w+\}/);
  });

  it('name the JSON path of the place that is wrong', () => {
    i18n.setLocale(locale);
    const found = problems();
    expect(problemText(found.notJson)).toContain('$.stages[1]');
    expect(problemText(found.tooLong)).toContain('$.name');
    expect(problemText(found.tooLong)).toContain('120');
    expect(problemText(found.wrongKind)).toContain('$.period.label');
    expect(problemText(found.tooMany)).toContain('$.scenarios');
    expect(problemText(found.missing)).toContain('$.stages');
  });

  it('list at most five dropped paths and count the rest', () => {
    i18n.setLocale(locale);
    const paths = Array.from({ length: 8 }, (_, i) => `$.cells["k${i}"]`);
    const text = droppedText(paths);
    expect(text).toContain(paths[4]);
    expect(text).not.toContain(paths[5]);
    expect(text).toContain('3');
  });
});
