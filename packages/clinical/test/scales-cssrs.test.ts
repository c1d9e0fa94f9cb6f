import { describe, expect, it } from 'vitest';
import { ScaleInputError, scoreInstrument } from '../src/index.js';

const codes = (answers: (string | null)[]) => scoreInstrument('C-SSRS', answers).flags.map((f) => f.code);

describe('C-SSRS screener triage', () => {
  it('all six answers "no" identify no risk: risk null, no flags, complete [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['no', 'no', 'no', 'no', 'no', 'no']);
    expect(result).toEqual({
      instrument: 'C-SSRS',
      total: null,
      band: null,
      positive: null,
      risk: null,
      flags: [],
      complete: true,
    });
  });

  it('question 2 "no" lets questions 3-5 be skipped with null [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['no', 'no', null, null, null, 'no']);
    expect(result.risk).toBeNull();
    expect(result.complete).toBe(true);
  });

  it('yes to question 1 only (wish to be dead) is low risk [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['yes', 'no', null, null, null, 'no']);
    expect(result.risk).toBe('low');
    expect(result.flags).toEqual([
      expect.objectContaining({ code: 'suicide-risk-low', item: 1, severity: 'warning' }),
    ]);
  });

  it('yes to questions 1 and 2 without method, intent, plan or behaviour is low risk [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['yes', 'yes', 'no', 'no', 'no', 'no']);
    expect(result.risk).toBe('low');
    expect(result.flags[0]).toMatchObject({ code: 'suicide-risk-low', item: 2 });
  });

  it('yes to question 3 (method, no intent or plan) is moderate risk [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['yes', 'yes', 'yes', 'no', 'no', 'no']);
    expect(result.risk).toBe('moderate');
    expect(result.flags).toEqual([
      expect.objectContaining({ code: 'suicide-risk-moderate', item: 3, severity: 'warning' }),
    ]);
  });

  it('yes to question 4 (some intent) is high risk with a critical flag [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['yes', 'yes', 'no', 'yes', 'no', 'no']);
    expect(result.risk).toBe('high');
    expect(result.flags).toEqual([
      expect.objectContaining({ code: 'suicide-risk-high', item: 4, severity: 'critical' }),
    ]);
  });

  it('yes to question 5 (plan and intent) is high risk [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['yes', 'yes', 'yes', 'no', 'yes', 'no']);
    expect(result.risk).toBe('high');
    expect(result.flags[0]).toMatchObject({ code: 'suicide-risk-high', item: 5, severity: 'critical' });
  });

  it('behaviour within the past 3 months ("recent") is high risk even with no ideation [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['no', 'no', null, null, null, 'yes', 'recent']);
    expect(result.risk).toBe('high');
    expect(result.flags[0]).toMatchObject({ code: 'suicide-risk-high', item: 6, severity: 'critical' });
  });

  it('behaviour more than 3 months ago ("past") with no ideation is moderate risk [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['no', 'no', 'no', 'no', 'no', 'yes', 'past']);
    expect(result.risk).toBe('moderate');
    expect(result.flags[0]).toMatchObject({ code: 'suicide-risk-moderate', item: 6 });
  });

  it('past behaviour plus low-level ideation is moderate: the highest level wins [Columbia screener]', () => {
    expect(scoreInstrument('C-SSRS', ['yes', 'no', null, null, null, 'yes', 'past']).risk).toBe('moderate');
  });

  it('method (moderate) plus recent behaviour is high: the highest level wins [Columbia screener]', () => {
    expect(scoreInstrument('C-SSRS', ['yes', 'yes', 'yes', 'no', 'no', 'yes', 'RECENT']).risk).toBe('high');
  });

  it('every yes does not sum to a total: total stays null even with six yes answers [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'recent']);
    expect(result.total).toBeNull();
    expect(result.risk).toBe('high');
    expect(result.flags.map((f) => f.code)).toEqual(['suicide-risk-high']);
  });

  it('accepts yes/no in any case and booleans [design.md score contract]', () => {
    expect(scoreInstrument('C-SSRS', ['YES', 'No', null, null, null, false]).risk).toBe('low');
  });
});

describe('C-SSRS incomplete and inconsistent answers', () => {
  it('question 6 yes without the timing answer: moderate at least, critical flag that it could be high [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['no', 'no', null, null, null, 'yes']);
    expect(result.risk).toBe('moderate');
    expect(result.complete).toBe(false);
    expect(result.flags[0]).toMatchObject({ code: 'incomplete-screen', severity: 'critical' });
    expect(result.flags.map((f) => f.code)).toContain('suicide-risk-moderate');
  });

  it('question 2 yes with questions 3-5 unanswered: low at least, critical incomplete flag [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['yes', 'yes', null, null, null, 'no']);
    expect(result.risk).toBe('low');
    expect(result.complete).toBe(false);
    expect(result.flags[0]?.code).toBe('incomplete-screen');
    expect(result.flags[0]?.message).toContain('3, 4, 5');
  });

  it('question 4 yes decides high risk even with question 5 unanswered: no incomplete flag [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['yes', 'yes', 'yes', 'yes', null, 'no']);
    expect(result.risk).toBe('high');
    expect(result.complete).toBe(false);
    expect(codes(['yes', 'yes', 'yes', 'yes', null, 'no'])).toEqual(['suicide-risk-high']);
  });

  it('a "yes" to question 4 after a "no" to question 2 is honoured as high risk and flagged as inconsistent [Columbia screener]', () => {
    const result = scoreInstrument('C-SSRS', ['no', 'no', 'no', 'yes', 'no', 'no']);
    expect(result.risk).toBe('high');
    expect(result.flags.map((f) => f.code)).toEqual(['suicide-risk-high', 'flow-inconsistent']);
  });

  it('a timing answer when question 6 is "no" is rejected naming item 7 [Columbia screener]', () => {
    expect(() => scoreInstrument('C-SSRS', ['no', 'no', null, null, null, 'no', 'recent'])).toThrowError(
      expect.objectContaining({ name: 'ScaleInputError', field: 'answers', item: 7 }),
    );
  });

  it('an invalid timing word is rejected [Columbia screener]', () => {
    expect(() => scoreInstrument('C-SSRS', ['no', 'no', null, null, null, 'yes', 'yesterday'])).toThrow(
      ScaleInputError,
    );
  });

  it('five answers are too few [design.md score contract]', () => {
    expect(() => scoreInstrument('C-SSRS', ['no', 'no', 'no', 'no', 'no'])).toThrowError(/takes 6 answers/);
  });
});
