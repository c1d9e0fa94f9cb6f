import { describe, expect, it } from 'vitest';
import { followUpDiagnoses, recommendFollowUp } from '../src/index.js';

describe('follow-up diagnoses from recorded ICD-10-CM codes', () => {
  it('groups psychiatric codes, substance use, and everything else as other', () => {
    expect(followUpDiagnoses(['F31.81'])).toEqual(['bipolar']);
    expect(followUpDiagnoses(['F32.1', 'F33.0'])).toEqual(['depression']);
    expect(followUpDiagnoses(['F20.9'])).toEqual(['schizophrenia']);
    expect(followUpDiagnoses(['F41.1'])).toEqual(['anxiety']);
    expect(followUpDiagnoses(['F90.0'])).toEqual(['adhd']);
    expect(followUpDiagnoses(['F43.10'])).toEqual(['ptsd']);
    expect(followUpDiagnoses(['F11.20', 'F10.20'])).toEqual(['substance-use']);
    expect(followUpDiagnoses(['E11.9', 'I10'])).toEqual(['other']);
    expect(followUpDiagnoses([])).toEqual([]);
  });

  it('a bipolar code shortens follow-up after an antidepressant start; depression does not', () => {
    const start = { asOf: '2026-11-20', age: 40, changes: [{ kind: 'start' as const, drug: 'sertraline' }] };
    expect(recommendFollowUp({ ...start, diagnoses: followUpDiagnoses(['F31.9']) }).intervalDays).toBe(7);
    expect(recommendFollowUp({ ...start, diagnoses: followUpDiagnoses(['F32.1']) }).intervalDays).toBe(14);
  });
});
