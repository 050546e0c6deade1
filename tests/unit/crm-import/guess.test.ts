import { describe, expect, it } from 'vitest';
import { guessMapping, guessShape, headerSignature } from '../../../src/lib/crm-import';

describe('guessing the column mapping from header names', () => {
  it('recognises a Salesforce-like opportunity report', () => {
    const headers = ['Opportunity ID', 'Opportunity Name', 'Account Name', 'Stage', 'Amount', 'Opportunity Owner', 'Created Date', 'Close Date'];
    expect(guessMapping(headers)).toEqual({ id: 0, name: 1, stage: 3, amount: 4, owner: 5, created: 6, closed: 7 });
  });

  it('recognises a HubSpot-like deals export', () => {
    const headers = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Deal owner', 'Create Date', 'Close Date', 'Pipeline'];
    expect(guessMapping(headers)).toEqual({ id: 0, name: 1, stage: 2, amount: 3, owner: 4, created: 5, closed: 6 });
  });

  it('recognises Chinese headers of a 商机 export', () => {
    const headers = ['商机编号', '商机名称', '客户名称', '销售阶段', '最高阶段', '预计金额', '负责人', '创建日期', '预计成交日期'];
    expect(guessMapping(headers)).toEqual({ id: 0, name: 1, stage: 3, reached: 4, amount: 5, owner: 6, created: 7, closed: 8 });
  });

  it('recognises the other common Chinese names (机会ID, 阶段, 金额, 所有者, 关闭日期)', () => {
    const headers = ['机会ID', '阶段', '金额', '所有者', '创建时间', '关闭日期'];
    expect(guessMapping(headers)).toEqual({ id: 0, stage: 1, amount: 2, owner: 3, created: 4, closed: 5 });
  });

  it('ignores case, width and spacing in header names', () => {
    expect(guessMapping(['  STAGE ', 'ａｍｏｕｎｔ', 'created_date'])).toEqual({ stage: 0, amount: 1, created: 2 });
  });

  it('does not read a short synonym inside an unrelated header', () => {
    expect(guessMapping(['Paid', 'Username']).id).toBeUndefined();
  });

  it('takes a file with only a stage and a count for stage counts', () => {
    const mapping = guessMapping(['Stage', 'Record Count']);
    expect(mapping).toEqual({ stage: 0, count: 1 });
    expect(guessShape(mapping)).toBe('stage-counts');
  });

  it('takes a file with amounts for an opportunity list', () => {
    expect(guessShape(guessMapping(['Stage', 'Amount', 'Count']))).toBe('opportunities');
  });

  it('gives the same signature to headers that differ only in spacing and case', () => {
    expect(headerSignature(['Stage', 'Amount'])).toBe(headerSignature([' stage', 'AMOUNT ']));
    expect(headerSignature(['Stage', 'Amount'])).not.toBe(headerSignature(['Amount', 'Stage']));
  });
});
