import { describe, expect, it } from 'vitest';
import { interpretChange, interpretSeries, ScaleInputError } from '../src/index.js';

describe('interpretChange — PHQ-9', () => {
  it('12 → 5 is −58.3%, a response but not remission, reliable improvement [CMS159; Löwe 2004]', () => {
    expect(interpretChange('PHQ-9', 12, 5)).toEqual({
      percentChange: -58.3,
      response: true,
      remission: false,
      reliableChange: 'improved',
    });
  });

  it('12 → 4 is remission (below 5) [CMS159]', () => {
    expect(interpretChange('PHQ-9', 12, 4)).toMatchObject({
      percentChange: -66.7,
      response: true,
      remission: true,
    });
  });

  it('20 → 10 is exactly a 50% drop: response [CMS159]', () => {
    expect(interpretChange('PHQ-9', 20, 10)).toMatchObject({
      percentChange: -50,
      response: true,
      remission: false,
    });
  });

  it('20 → 11 is a 45% drop: no response [CMS159]', () => {
    expect(interpretChange('PHQ-9', 20, 11)).toMatchObject({ percentChange: -45, response: false });
  });

  it('15 → 10 is a drop of 5 points: reliable improvement [Löwe 2004]', () => {
    expect(interpretChange('PHQ-9', 15, 10).reliableChange).toBe('improved');
  });

  it('15 → 11 is a drop of 4 points: no reliable change [Löwe 2004]', () => {
    expect(interpretChange('PHQ-9', 15, 11).reliableChange).toBe('none');
  });

  it('10 → 15 is a rise of 5 points: reliable worsening, +50% [Löwe 2004]', () => {
    expect(interpretChange('PHQ-9', 10, 15)).toEqual({
      percentChange: 50,
      response: false,
      remission: false,
      reliableChange: 'worsened',
    });
  });

  it('10 → 14 is a rise of 4 points: no reliable change [Löwe 2004]', () => {
    expect(interpretChange('PHQ-9', 10, 14).reliableChange).toBe('none');
  });

  it('a baseline of 0 gives no percent change or response; 0 → 0 is remission [CMS159]', () => {
    expect(interpretChange('PHQ-9', 0, 0)).toEqual({
      percentChange: null,
      response: null,
      remission: true,
      reliableChange: 'none',
    });
  });

  it('no change is 0% (never −0) [CMS159]', () => {
    expect(Object.is(interpretChange('PHQ-9', 9, 9).percentChange, 0)).toBe(true);
  });

  it('percent change rounds half away from zero to one decimal: 8 → 7 is −12.5, 3 → 2 is −33.3 [CMS159]', () => {
    expect(interpretChange('PHQ-9', 8, 7).percentChange).toBe(-12.5);
    expect(interpretChange('PHQ-9', 3, 2).percentChange).toBe(-33.3);
    expect(interpretChange('PHQ-9', 6, 7).percentChange).toBe(16.7);
  });

  it('accepts lower-case names [design.md change contract]', () => {
    expect(interpretChange('phq9', 12, 5).response).toBe(true);
  });
});

describe('interpretChange — other instruments', () => {
  it('GAD-7 15 → 11 is a 4-point drop: reliable improvement, no response [Toussaint 2020]', () => {
    expect(interpretChange('GAD-7', 15, 11)).toEqual({
      percentChange: -26.7,
      response: false,
      remission: false,
      reliableChange: 'improved',
    });
  });

  it('GAD-7 15 → 12 is a 3-point drop: no reliable change [Toussaint 2020]', () => {
    expect(interpretChange('GAD-7', 15, 12).reliableChange).toBe('none');
  });

  it('GAD-7 12 → 4 is response and remission (below 5) [Spitzer 2006]', () => {
    expect(interpretChange('GAD-7', 12, 4)).toMatchObject({ response: true, remission: true });
  });

  it('ISI 20 → 12 is an 8-point drop: response, reliable improvement, not remission [Morin 2009; Morin 2011]', () => {
    expect(interpretChange('ISI', 20, 12)).toEqual({
      percentChange: -40,
      response: true,
      remission: false,
      reliableChange: 'improved',
    });
  });

  it('ISI 20 → 13 is a 7-point drop: no response [Morin 2009]', () => {
    expect(interpretChange('ISI', 20, 13)).toMatchObject({ response: false, reliableChange: 'none' });
  });

  it('ISI 12 → 7 is remission (below 8) without response [Morin 2009]', () => {
    expect(interpretChange('ISI', 12, 7)).toMatchObject({ response: false, remission: true });
  });

  it('PCL-5 50 → 40 is a 10-point drop: reliable improvement; no response or remission rule [Weathers 2013; Blanchard 2023]', () => {
    expect(interpretChange('PCL-5', 50, 40)).toEqual({
      percentChange: -20,
      response: null,
      remission: null,
      reliableChange: 'improved',
    });
  });

  it('PCL-5 50 → 45 is a 5-point drop: not reliable [Blanchard 2023]', () => {
    expect(interpretChange('PCL-5', 50, 45).reliableChange).toBe('none');
  });

  it('screening instruments give percent change only (PHQ-2 4 → 2) [Kroenke 2003]', () => {
    expect(interpretChange('PHQ-2', 4, 2)).toEqual({
      percentChange: -50,
      response: null,
      remission: null,
      reliableChange: null,
    });
  });

  it('AUDIT-C 8 → 4 has no validated change rules [Bush 1998]', () => {
    expect(interpretChange('AUDIT-C', 8, 4)).toEqual({
      percentChange: -50,
      response: null,
      remission: null,
      reliableChange: null,
    });
  });

  it('C-SSRS has no total: change is rejected [Columbia screener]', () => {
    expect(() => interpretChange('C-SSRS', 1, 0)).toThrowError(
      expect.objectContaining({ name: 'ScaleInputError', field: 'instrument' }),
    );
  });

  it('a PHQ-9 total above 27 is out of range [Kroenke 2001]', () => {
    expect(() => interpretChange('PHQ-9', 28, 5)).toThrowError(
      expect.objectContaining({ field: 'baseline', message: 'PHQ-9 baseline: 28 is out of range (0-27).' }),
    );
  });

  it('a negative or fractional current total is rejected [Kroenke 2001]', () => {
    expect(() => interpretChange('PHQ-9', 12, -1)).toThrowError(
      expect.objectContaining({ field: 'current' }),
    );
    expect(() => interpretChange('PHQ-9', 12, 4.5)).toThrow(ScaleInputError);
  });

  it('an unknown instrument is rejected [design.md change contract]', () => {
    expect(() => interpretChange('HAM-D', 20, 10)).toThrowError(
      expect.objectContaining({ field: 'instrument' }),
    );
  });
});

describe('interpretSeries', () => {
  const course = [
    { date: '2026-01-05', total: 18 },
    { date: '2026-02-02', total: 12 },
    { date: '2026-03-02', total: 4 },
    { date: '2026-04-06', total: 3 },
  ];

  it('a PHQ-9 course 18 → 12 → 4 → 3 is response and sustained remission [CMS159; Löwe 2004]', () => {
    expect(interpretSeries('PHQ-9', course)).toEqual({
      baseline: { date: '2026-01-05', total: 18 },
      latest: { date: '2026-04-06', total: 3 },
      best: { date: '2026-04-06', total: 3 },
      percentChange: -83.3,
      response: true,
      remission: true,
      reliableChange: 'improved',
      reliableWorsening: false,
      worsenedFromBest: false,
      sustainedRemission: true,
      trend: 'stable',
    });
  });

  it('orders entries by date before choosing baseline and latest [CMS159]', () => {
    const shuffled = [course[2], course[0], course[3], course[1]] as typeof course;
    const result = interpretSeries('PHQ-9', shuffled);
    expect(result.baseline).toEqual({ date: '2026-01-05', total: 18 });
    expect(result.latest).toEqual({ date: '2026-04-06', total: 3 });
  });

  it('one remission score after a higher one is remission but not sustained [CMS159]', () => {
    const result = interpretSeries('PHQ-9', [
      { date: '2026-01-05', total: 16 },
      { date: '2026-02-02', total: 9 },
      { date: '2026-03-02', total: 4 },
    ]);
    expect(result).toMatchObject({ remission: true, sustainedRemission: false, trend: 'improving' });
  });

  it('relapse after improvement: 20 → 6 → 12 is worse than the best by 6 but still better than baseline [Löwe 2004]', () => {
    const result = interpretSeries('PHQ-9', [
      { date: '2026-01-05', total: 20 },
      { date: '2026-02-02', total: 6 },
      { date: '2026-03-02', total: 12 },
    ]);
    expect(result).toMatchObject({
      best: { date: '2026-02-02', total: 6 },
      percentChange: -40,
      response: false,
      reliableChange: 'improved',
      reliableWorsening: false,
      worsenedFromBest: true,
      trend: 'worsening',
    });
  });

  it('a rise of 5 or more over baseline is reliable worsening [Löwe 2004]', () => {
    const result = interpretSeries('PHQ-9', [
      { date: '2026-01-05', total: 8 },
      { date: '2026-02-02', total: 13 },
    ]);
    expect(result).toMatchObject({ reliableWorsening: true, worsenedFromBest: true, trend: 'worsening' });
  });

  it('a change smaller than 5 points from the previous score is a stable trend [Löwe 2004]', () => {
    const result = interpretSeries('PHQ-9', [
      { date: '2026-01-05', total: 14 },
      { date: '2026-02-02', total: 11 },
    ]);
    expect(result).toMatchObject({ trend: 'stable', reliableWorsening: false, reliableChange: 'none' });
  });

  it('a single score has no trend, no sustained remission and no worsening from best [CMS159]', () => {
    const result = interpretSeries('PHQ-9', [{ date: '2026-01-05', total: 3 }]);
    expect(result).toMatchObject({
      baseline: { date: '2026-01-05', total: 3 },
      latest: { date: '2026-01-05', total: 3 },
      percentChange: 0,
      remission: true,
      sustainedRemission: false,
      worsenedFromBest: false,
      trend: null,
    });
  });

  it('instruments without rules give null rule fields; the trend counts any change (DAST-10 5 → 3) [Skinner 1982]', () => {
    const result = interpretSeries('DAST-10', [
      { date: '2026-01-05', total: 5 },
      { date: '2026-04-05', total: 3 },
    ]);
    expect(result).toMatchObject({
      percentChange: -40,
      response: null,
      remission: null,
      reliableChange: null,
      reliableWorsening: null,
      worsenedFromBest: null,
      sustainedRemission: null,
      trend: 'improving',
    });
  });

  it('GAD-7 8 → 4 → 3 is sustained remission (two scores below 5) [Spitzer 2006]', () => {
    const result = interpretSeries('GAD-7', [
      { date: '2026-01-05', total: 8 },
      { date: '2026-02-02', total: 4 },
      { date: '2026-03-02', total: 3 },
    ]);
    expect(result.sustainedRemission).toBe(true);
  });

  it('rejects an empty series [design.md change contract]', () => {
    expect(() => interpretSeries('PHQ-9', [])).toThrowError(expect.objectContaining({ field: 'series' }));
  });

  it('rejects an impossible date and names the entry [design.md change contract]', () => {
    expect(() => interpretSeries('PHQ-9', [{ date: '2026-02-30', total: 5 }])).toThrowError(
      expect.objectContaining({ field: 'series', item: 1 }),
    );
  });

  it('accepts 29 February in a leap year only [design.md change contract]', () => {
    expect(interpretSeries('PHQ-9', [{ date: '2028-02-29', total: 5 }]).latest.date).toBe('2028-02-29');
    expect(() => interpretSeries('PHQ-9', [{ date: '2026-02-29', total: 5 }])).toThrow(ScaleInputError);
  });

  it('rejects an out-of-range total in the second entry [Kroenke 2001]', () => {
    expect(() =>
      interpretSeries('PHQ-9', [
        { date: '2026-01-05', total: 10 },
        { date: '2026-02-02', total: 30 },
      ]),
    ).toThrowError(expect.objectContaining({ field: 'series', item: 2 }));
  });

  it('rejects the C-SSRS, which has no total [Columbia screener]', () => {
    expect(() => interpretSeries('C-SSRS', [{ date: '2026-01-05', total: 1 }])).toThrow(ScaleInputError);
  });
});
