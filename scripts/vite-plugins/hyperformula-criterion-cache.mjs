// HyperFormula 3.5 keeps one cache of SUMIF/COUNTIF/AVERAGEIF results per range, keyed by
// criterion, but a criterion it has not seen yet REPLACES that cache instead of joining it. Where
// formulas ask one range for criteria in turn (each open opportunity's "closing that month" sums the
// table by its own close month, each stage's pipeline by its own name), every evaluation misses and
// scans the whole range: an edit costs rows x rows. This plugin adds the new criterion to the cache
// the range already holds (entries stay valid: HyperFormula clears the cache whenever the range or
// its condition ranges change). Measured in HyperFormula alone, 2,000 opportunities with close
// dates, one amount edited: 1.43 s before, 0.06 s after; 6,000: 12.4 s before, 0.19 s after.
// Applied to the app's build, the dev server's pre-bundled dependencies, the unit tests and the
// command line; a HyperFormula whose code no longer matches fails the build rather than run unpatched.

const FILE = /[\\/]hyperformula[\\/](es|commonjs)[\\/]interpreter[\\/]CriterionFunctionCompute\.m?js$/;
const BEFORE =
  'const cache = this.buildNewCriterionCache(this.cacheKey(conditions), conditions.map(c => c.conditionRange.range), simpleValuesRange.range);';
const AFTER =
  'const kept = valuesRangeVertex.getCriterionFunctionValues(this.cacheKey(conditions));\n' +
  '      const cache = kept.size > 0 ? kept : this.buildNewCriterionCache(this.cacheKey(conditions), conditions.map(c => c.conditionRange.range), simpleValuesRange.range);';

/**
 * The patched source of HyperFormula's CriterionFunctionCompute module.
 * @param {string} code
 * @returns {string}
 */
export function patchCriterionCache(code) {
  if (code.split(BEFORE).length !== 2) {
    throw new Error('hyperformula-criterion-cache: CriterionFunctionCompute no longer matches; check the fix against this HyperFormula version');
  }
  return code.replace(BEFORE, AFTER);
}

/** @param {string} id */
export const isCriterionModule = (id) => FILE.test(id.split('?')[0]);

/** A Vite (and Rolldown) plugin applying `patchCriterionCache`. */
export function hyperformulaCriterionCache() {
  return {
    name: 'funnelbook:hyperformula-criterion-cache',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      return isCriterionModule(id) ? { code: patchCriterionCache(code), map: null } : null;
    },
  };
}
