import { describe, expect, it } from 'vitest';
import { feasibilityPhrase, numberOf, renderPhrase, type FeasibilityValues } from '../../../src/lib/components/feasibility';
import { formatNumber, type Locale } from '../../../src/lib/i18n/format-number';
import { translate } from '../../../src/lib/i18n/translate';

// 408 must enter the top (worked example 1). 6 reps carry 40 each; 40,000 buys leads at 133.33 each.
const short: FeasibilityValues = {
  requiredTop: 408,
  reps: 6,
  repCapacity: 240,
  repsNeeded: 11,
  budget: 40_000,
  leadsAffordable: 300.0075,
  budgetNeeded: 54_400,
};
const enough: FeasibilityValues = { ...short, reps: 12, repCapacity: 480, budget: 60_000, leadsAffordable: 450.01 };
const blank: FeasibilityValues = { requiredTop: null, reps: null, repCapacity: null, repsNeeded: null, budget: null, leadsAffordable: null, budgetNeeded: null };

function sentence(values: FeasibilityValues, locale: Locale): string {
  const phrase = feasibilityPhrase(values, (value, kind) => formatNumber(value, kind, locale));
  return renderPhrase(phrase, (key, params) => translate(locale, key, params));
}

describe('the feasibility sentence', () => {
  it('says what is missing when neither the reps nor the budget can carry the plan', () => {
    expect(sentence(short, 'en')).toBe(
      'Not feasible. The plan needs 408 leads: a team of 6 can carry 240 — a team of 11 is needed; the budget buys 300 leads — 54,400 is needed.',
    );
  });

  it('says it in Chinese, with money in 万', () => {
    expect(sentence(short, 'zh-CN')).toBe(
      '不可行。计划需要 408 条线索：6 名销售只能跟进 240 个——需要 11 名销售；预算只够买 300 条线索——需要预算 5.44万。',
    );
  });

  it('calls a plan both resources carry feasible', () => {
    expect(sentence(enough, 'en')).toBe(
      'Feasible. The plan needs 408 leads: a team of 12 can carry 480, enough (a team of 11 would do); the budget buys 450 leads, enough (54,400 is needed).',
    );
    expect(sentence(enough, 'zh-CN')).toBe(
      '可行。计划需要 408 条线索：12 名销售可跟进 480 个，人手足够（11 名即可）；预算可买 450 条线索，预算足够（需要 5.44万）。',
    );
  });

  it('is not feasible when one resource falls short, even if the other is not entered yet', () => {
    const text = sentence({ ...short, budget: null, leadsAffordable: null, budgetNeeded: null }, 'en');
    expect(text).toBe(
      'Not feasible. The plan needs 408 leads: a team of 6 can carry 240 — a team of 11 is needed; enter the budget and a cost per lead above 0 to check the budget.',
    );
  });

  it('is not fully checked when one resource is enough and the other unknown', () => {
    const text = sentence({ ...enough, reps: null, repCapacity: null }, 'zh-CN');
    expect(text).toBe('尚未完全核算。计划需要 408 条线索：填写销售人数和每人可跟进商机数即可核算人手；预算可买 450 条线索，预算足够（需要 5.44万）。');
  });

  it('counts exactly enough as enough', () => {
    const text = sentence({ ...short, reps: 10.2, repCapacity: 408, budget: 54_400, leadsAffordable: 408 }, 'en');
    expect(text.startsWith('Feasible.')).toBe(true);
  });

  it('asks for the target and the rates when the top of the funnel is not known', () => {
    expect(sentence(blank, 'en')).toBe(
      'The required top of the funnel is not known yet: set the target, the average deal value and the funnel’s rates.',
    );
    expect(sentence({ ...short, requiredTop: Infinity }, 'zh-CN')).toBe('漏斗顶部所需数量尚未算出：请先填写销售目标、平均客单价和漏斗转化率。');
  });

  it('reads only finite numbers from cells', () => {
    expect(numberOf({ type: 'number', value: 3 })).toBe(3);
    expect(numberOf({ type: 'empty' })).toBeNull();
    expect(numberOf({ type: 'boolean', value: true })).toBeNull();
    expect(numberOf({ type: 'error', value: undefined })).toBeNull();
    expect(numberOf({ type: 'number', value: Number.NaN })).toBeNull();
  });
});
