// Turns a formula as HyperFormula serialises it into the text an .xlsx file stores, or refuses it.

/**
 * Functions newer than Excel 2007 are stored with the `_xlfn.` prefix; without it Excel shows
 * #NAME? (LibreOffice reads both). Only those HyperFormula implements matter here.
 */
const FUTURE_FUNCTIONS = new Set([
  'ACOT', 'ACOTH', 'ARABIC', 'BASE', 'BETA.DIST', 'BETA.INV', 'BINOM.DIST', 'BINOM.INV', 'BITAND', 'BITLSHIFT',
  'BITOR', 'BITRSHIFT', 'BITXOR', 'CEILING.MATH', 'CEILING.PRECISE', 'CHISQ.DIST', 'CHISQ.DIST.RT', 'CHISQ.INV',
  'CHISQ.INV.RT', 'CHISQ.TEST', 'COMBINA', 'CONCAT', 'CONFIDENCE.NORM', 'CONFIDENCE.T', 'COT', 'COTH',
  'COVARIANCE.P', 'COVARIANCE.S', 'CSC', 'CSCH', 'DAYS', 'DECIMAL', 'ERF.PRECISE', 'ERFC.PRECISE', 'EXPON.DIST',
  'F.DIST', 'F.DIST.RT', 'F.INV', 'F.INV.RT', 'F.TEST', 'FLOOR.MATH', 'FLOOR.PRECISE', 'FORMULATEXT', 'GAMMA',
  'GAMMA.DIST', 'GAMMA.INV', 'GAMMALN.PRECISE', 'GAUSS', 'HYPGEOM.DIST', 'IFNA', 'IFS', 'IMCOSH', 'IMCOT', 'IMCSC',
  'IMCSCH', 'IMSEC', 'IMSECH', 'IMSINH', 'IMTAN', 'ISFORMULA', 'ISOWEEKNUM', 'LOGNORM.DIST', 'LOGNORM.INV',
  'MAXIFS', 'MINIFS', 'MODE.MULT', 'MODE.SNGL', 'NEGBINOM.DIST', 'NORM.DIST', 'NORM.INV', 'NORM.S.DIST',
  'NORM.S.INV', 'NUMBERVALUE', 'PDURATION', 'PERCENTILE.EXC', 'PERCENTILE.INC', 'PERCENTRANK.EXC',
  'PERCENTRANK.INC', 'PERMUTATIONA', 'PHI', 'POISSON.DIST', 'QUARTILE.EXC', 'QUARTILE.INC', 'RANK.AVG', 'RANK.EQ',
  'RRI', 'SEC', 'SECH', 'SHEET', 'SHEETS', 'SKEW.P', 'STDEV.P', 'STDEV.S', 'SWITCH', 'T.DIST', 'T.DIST.2T',
  'T.DIST.RT', 'T.INV', 'T.INV.2T', 'T.TEST', 'TEXTJOIN', 'UNICHAR', 'UNICODE', 'VAR.P', 'VAR.S', 'WEIBULL.DIST',
  'XOR', 'Z.TEST', 'XLOOKUP', 'XMATCH', 'SEQUENCE', 'FILTER', 'SORT', 'UNIQUE', 'NETWORKDAYS.INTL', 'WORKDAY.INTL',
  'ISO.CEILING', 'VSTACK', 'HSTACK',
]);

/** Dynamic-array functions Excel stores under a second prefix. */
const WORKSHEET_FUNCTIONS = new Set(['FILTER', 'SORT']);

/**
 * HyperFormula functions that Excel does not have: written as formulas they would show #NAME? in
 * Excel, so such a cell is written as its value instead.
 */
const ENGINE_ONLY_FUNCTIONS = new Set([
  'ARRAYFORMULA', 'ARRAY_CONSTRAIN', 'COUNTUNIQUE', 'INTERVAL', 'ISBINARY', 'MAXPOOL', 'MEDIANPOOL', 'SPLIT', 'VERSION',
  // HyperFormula's own spellings of functions Excel writes with a dot.
  'VARS', 'STDEVS', 'COVARIANCEP', 'COVARIANCES', 'SKEWP', 'TINV2T', 'TDISTRT', 'TDIST2T', 'FINVRT', 'FDISTRT',
  'CHIDISTRT', 'CHIINVRT', 'LOGNORMINV', 'POISSONDIST', 'WEIBULLDIST',
]);
const isEngineOnly = (name: string) => ENGINE_ONLY_FUNCTIONS.has(name) || name.startsWith('HF.');

const SAFE_LINK = /^https?:\/\//i;

interface Call {
  name: string;
  /** Index of the name's first character. */
  at: number;
  /** Index just after the opening parenthesis. */
  args: number;
}

/** Every function call in a formula, skipping string literals and quoted sheet names. */
function calls(formula: string): Call[] {
  const found: Call[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A literal or a quoted sheet name; a doubled quote is an escaped one.
      i++;
      while (i < formula.length) {
        if (formula[i] === ch && formula[i + 1] === ch) i += 2;
        else if (formula[i] === ch) break;
        else i++;
      }
      i++;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i, i + 80));
    if (word && (i === 0 || !/[A-Za-z0-9_.$!]/.test(formula[i - 1]))) {
      const end = i + word[0].length;
      if (formula[end] === '(') found.push({ name: word[0].toUpperCase(), at: i, args: end + 1 });
      i = end;
      continue;
    }
    i++;
  }
  return found;
}

/** The string literal a call's first argument is, or null when it is anything else. */
function firstLiteral(formula: string, from: number): string | null {
  const match = /^\s*"((?:[^"]|"")*)"\s*[,)]/.exec(formula.slice(from));
  return match ? match[1].replace(/""/g, '"') : null;
}

export type FileFormula = { ok: true; text: string } | { ok: false; reason: 'link' | 'function' };

/**
 * The formula as an .xlsx file stores it (no leading `=`, newer functions prefixed), or a refusal:
 * a HYPERLINK whose target is not a literal http(s) address (nothing from a file may open
 * `javascript:` or a local path), or a function only HyperFormula knows.
 */
export function fileFormula(formula: string): FileFormula {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const found = calls(body);
  for (const call of found) {
    if (isEngineOnly(call.name)) return { ok: false, reason: 'function' };
    if (call.name === 'HYPERLINK') {
      const target = firstLiteral(body, call.args);
      if (target === null || !SAFE_LINK.test(target.trim())) return { ok: false, reason: 'link' };
    }
  }
  let text = body;
  // Right to left, so earlier indexes stay valid while prefixes are inserted.
  for (const call of [...found].reverse()) {
    const prefix = WORKSHEET_FUNCTIONS.has(call.name) ? '_xlfn._xlws.' : FUTURE_FUNCTIONS.has(call.name) ? '_xlfn.' : '';
    if (prefix) text = `${text.slice(0, call.at)}${prefix}${text.slice(call.at)}`;
  }
  return { ok: true, text };
}
