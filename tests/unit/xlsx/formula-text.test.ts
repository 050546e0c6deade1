import { describe, expect, it } from 'vitest';
import { fileFormula } from '../../../src/lib/xlsx';

describe('formulas as the file stores them', () => {
  it('drops the leading = and keeps the formula as the engine wrote it', () => {
    expect(fileFormula('=IF(PerStage,ROUNDUP(C3/B2,0),C3/B2)')).toEqual({ ok: true, text: 'IF(PerStage,ROUNDUP(C3/B2,0),C3/B2)' });
  });

  it('prefixes functions newer than Excel 2007 with _xlfn., so Excel does not show #NAME?', () => {
    expect(fileFormula('=IFS(A1>1,1,TRUE(),2)+XLOOKUP(1,A:A,B:B)+NORM.S.DIST(0,TRUE())')).toEqual({
      ok: true,
      text: '_xlfn.IFS(A1>1,1,TRUE(),2)+_xlfn.XLOOKUP(1,A:A,B:B)+_xlfn.NORM.S.DIST(0,TRUE())',
    });
  });

  it('prefixes FILTER and SORT with _xlfn._xlws. as Excel stores them', () => {
    expect(fileFormula('=SUM(FILTER(A1:A3,A1:A3>0))')).toEqual({ ok: true, text: 'SUM(_xlfn._xlws.FILTER(A1:A3,A1:A3>0))' });
  });

  it('leaves function names inside text and quoted sheet names alone', () => {
    expect(fileFormula(`="IFS(" & 'IFS(x'!A1`)).toEqual({ ok: true, text: `"IFS(" & 'IFS(x'!A1` });
  });

  it('keeps a HYPERLINK to an http or https address', () => {
    expect(fileFormula('=HYPERLINK("https://example.com/a?b=1","plan")')).toEqual({ ok: true, text: 'HYPERLINK("https://example.com/a?b=1","plan")' });
    expect(fileFormula('=hyperlink( "HTTP://example.com" )').ok).toBe(true);
  });

  it('refuses a HYPERLINK to any other scheme, or to an address computed from cells', () => {
    for (const formula of [
      '=HYPERLINK("javascript:alert(1)","x")',
      '=HYPERLINK("file:///etc/passwd")',
      '=HYPERLINK(" javascript:alert(1)")',
      '=HYPERLINK(A1,"x")',
      '=HYPERLINK("http"&"s://x.org")',
      '=IF(1,HYPERLINK("https://ok.org"),HYPERLINK("mailto:a@b.c"))',
    ]) {
      expect(fileFormula(formula), formula).toEqual({ ok: false, reason: 'link' });
    }
  });

  it('refuses functions only HyperFormula has, which Excel would show as #NAME?', () => {
    expect(fileFormula('=COUNTUNIQUE(A1:A3)')).toEqual({ ok: false, reason: 'function' });
    expect(fileFormula('=HF.ADD(1,2)')).toEqual({ ok: false, reason: 'function' });
  });
});
