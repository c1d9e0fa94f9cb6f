import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../src/index.js';

function spread(total: number, count: number, max: number): number[] {
  const scores: number[] = [];
  let left = total;
  for (let i = 0; i < count; i++) {
    const score = Math.min(max, left);
    scores.push(score);
    left -= score;
  }
  if (left > 0) throw new Error(`cannot spread ${total}`);
  return scores;
}

const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

describe('AUDIT-C', () => {
  it.each([
    ['male', [1, 1, 1], 3, false],
    ['male', [2, 1, 1], 4, true],
    ['female', [1, 1, 0], 2, false],
    ['female', [1, 1, 1], 3, true],
  ] as const)(
    '%s with answers %j: total %i, positive = %s [Bradley 2007]',
    (sex, answers, total, positive) => {
      const result = scoreInstrument('AUDIT-C', [...answers], { sex });
      expect(result).toMatchObject({ total, positive, band: null, complete: true });
      expect(result.flags.some((f) => f.code === 'cut-point-assumed')).toBe(false);
    },
  );

  it('without sex, a total of 3 uses the cut-point of 4 (negative) and warns it would be positive for a woman [Bradley 2007]', () => {
    const result = scoreInstrument('AUDIT-C', [1, 1, 1]);
    expect(result.positive).toBe(false);
    expect(result.flags).toEqual([
      expect.objectContaining({ code: 'cut-point-assumed', severity: 'warning' }),
    ]);
  });

  it('without sex, a total of 2 is negative either way and raises no flag [Bradley 2007]', () => {
    const result = scoreInstrument('AUDIT-C', [1, 1, 0]);
    expect(result.positive).toBe(false);
    expect(result.flags).toEqual([]);
  });

  it('without sex, a total of 4 is positive either way: only the positive-screen flag [Bradley 2007]', () => {
    const result = scoreInstrument('AUDIT-C', [2, 1, 1]);
    expect(result.positive).toBe(true);
    expect(result.flags.map((f) => f.code)).toEqual(['positive-screen']);
  });

  it('maximum total is 12 [Bush 1998]', () => {
    expect(scoreInstrument('AUDIT-C', [4, 4, 4], { sex: 'male' }).total).toBe(12);
  });

  it('"Never" to question 1 skips questions 2 and 3, which score 0 [Babor 2001 WHO AUDIT manual]', () => {
    const result = scoreInstrument('AUDIT-C', ['never', null, null], { sex: 'female' });
    expect(result).toMatchObject({ total: 0, positive: false, complete: true });
  });

  it('answers by label, e.g. "2-3 times a week", "3 or 4", "monthly" [Bush 1998; LOINC]', () => {
    expect(scoreInstrument('AUDIT-C', ['2-3 times a week', '3 or 4', 'Monthly'], { sex: 'male' }).total).toBe(
      6,
    );
  });
});

describe('DAST-10', () => {
  const yesCount = (n: number): string[] => {
    // Item 3 answered "yes" (able to stop) scores 0, so put the "yes" points on the other items.
    const answers = times(10, 'no');
    answers[2] = 'yes';
    const others = [0, 1, 3, 4, 5, 6, 7, 8, 9];
    for (const i of others.slice(0, n)) answers[i] = 'yes';
    return answers;
  };

  it.each([
    [0, 'none', false],
    [1, 'low', false],
    [2, 'low', false],
    [3, 'moderate', true],
    [5, 'moderate', true],
    [6, 'substantial', true],
    [8, 'substantial', true],
    [9, 'severe', true],
  ])('DAST-10 score %i is %s, positive = %s [Skinner 1982; NIDA CDE]', (score, band, positive) => {
    const result = scoreInstrument('DAST-10', yesCount(score));
    expect(result).toMatchObject({ total: score, band, positive, complete: true });
  });

  it('"no" to item 3 (not always able to stop) scores a point: ten worst answers total 10, severe [Skinner 1982]', () => {
    const answers = times(10, 'yes');
    answers[2] = 'no';
    expect(scoreInstrument('DAST-10', answers)).toMatchObject({ total: 10, band: 'severe' });
  });

  it('all "no" answers score 1 because item 3 is reverse-scored [Skinner 1982]', () => {
    expect(scoreInstrument('DAST-10', times(10, 'no'))).toMatchObject({
      total: 1,
      band: 'low',
      positive: false,
    });
  });

  it('a negative DAST-10 raises no flags; a positive one an info flag [comorbidity guidelines DAST-10]', () => {
    expect(scoreInstrument('DAST-10', yesCount(2)).flags).toEqual([]);
    expect(scoreInstrument('DAST-10', yesCount(3)).flags).toEqual([
      expect.objectContaining({ code: 'positive-screen', severity: 'info' }),
    ]);
  });
});

describe('ASRS v1.1 Part A', () => {
  it('four shaded answers are positive: "Sometimes" on items 1-3 and "Often" on item 4 [Kessler 2005]', () => {
    expect(scoreInstrument('ASRS', [2, 2, 2, 3, 0, 0])).toMatchObject({
      total: 4,
      positive: true,
      complete: true,
    });
  });

  it('"Sometimes" on items 4-6 is not shaded: three shaded answers, negative [Kessler 2005]', () => {
    const result = scoreInstrument('ASRS', [2, 2, 2, 2, 2, 2]);
    expect(result).toMatchObject({ total: 3, positive: false });
    expect(result.flags).toEqual([]);
  });

  it('"Rarely" on items 1-3 is not shaded [Kessler 2005]', () => {
    expect(scoreInstrument('ASRS', [1, 1, 1, 4, 4, 4])).toMatchObject({ total: 3, positive: false });
  });

  it('all six "Very often" answers count six [Kessler 2005]', () => {
    expect(scoreInstrument('ASRS', times(6, 'very often'))).toMatchObject({ total: 6, positive: true });
  });

  it('all "Never" answers count zero [Kessler 2005]', () => {
    expect(scoreInstrument('ASRS', times(6, 'Never'))).toMatchObject({ total: 0, positive: false });
  });

  it('four shaded answers decide a positive screen even with two items unanswered [Kessler 2005]', () => {
    expect(scoreInstrument('ASRS', [4, 4, 4, 4, null, null])).toMatchObject({
      total: null,
      positive: true,
      complete: false,
    });
  });
});

describe('MDQ', () => {
  const mdq = (yes: number, sameTime: string, problem: string) => [
    ...times(yes, 'yes'),
    ...times(13 - yes, 'no'),
    sameTime,
    problem,
  ];

  it('7 yes + same period + moderate problem is positive with a warning flag [Hirschfeld 2000]', () => {
    const result = scoreInstrument('MDQ', mdq(7, 'yes', 'moderate'));
    expect(result).toMatchObject({ total: 7, positive: true, complete: true });
    expect(result.flags).toEqual([expect.objectContaining({ code: 'positive-screen', severity: 'warning' })]);
  });

  it('7 yes + same period + serious problem is positive [Hirschfeld 2000]', () => {
    expect(scoreInstrument('MDQ', mdq(7, 'yes', 'serious')).positive).toBe(true);
  });

  it('6 yes fails the first criterion even with the others met [Hirschfeld 2000]', () => {
    const result = scoreInstrument('MDQ', mdq(6, 'yes', 'serious'));
    expect(result).toMatchObject({ total: 6, positive: false });
    expect(result.flags).toEqual([]);
  });

  it('13 yes but not during the same period fails the second criterion [Hirschfeld 2000]', () => {
    expect(scoreInstrument('MDQ', mdq(13, 'no', 'serious'))).toMatchObject({ total: 13, positive: false });
  });

  it('13 yes, same period, but only a minor problem fails the third criterion [Hirschfeld 2000]', () => {
    expect(scoreInstrument('MDQ', mdq(13, 'yes', 'minor')).positive).toBe(false);
  });

  it('"none" (no problem) fails the third criterion [Hirschfeld 2000]', () => {
    expect(scoreInstrument('MDQ', mdq(9, 'yes', 'none')).positive).toBe(false);
  });

  it('question 2 may be skipped when at most one statement is yes; the screen is complete and negative [Hirschfeld 2000]', () => {
    const result = scoreInstrument('MDQ', mdq(1, null as unknown as string, 'none'));
    expect(result).toMatchObject({ total: 1, positive: false, complete: true });
  });

  it('missing question 3 leaves a screen with 7 yes undecided [Hirschfeld 2000]', () => {
    const result = scoreInstrument('MDQ', mdq(7, 'yes', null as unknown as string));
    expect(result).toMatchObject({ total: 7, positive: null, complete: false });
  });
});

describe('PCL-5', () => {
  it.each([
    [32, false],
    [33, true],
  ])(
    'PCL-5 total %i gives provisional positive = %s (cut-point 33) [Weathers 2013; Bovin 2016]',
    (total, positive) => {
      const result = scoreInstrument('PCL-5', spread(total, 20, 4));
      expect(result).toMatchObject({ total, positive, band: null, complete: true });
    },
  );

  it('total ranges 0 to 80 [Weathers 2013]', () => {
    expect(scoreInstrument('PCL-5', times(20, 0)).total).toBe(0);
    expect(scoreInstrument('PCL-5', times(20, 4)).total).toBe(80);
  });

  it('flags the DSM-5 symptom pattern when 1 B, 1 C, 2 D and 2 E items are rated 2 or more [Weathers 2013]', () => {
    const answers = times(20, 0);
    for (const item of [1, 6, 8, 9, 15, 16]) answers[item - 1] = 2;
    const result = scoreInstrument('PCL-5', answers);
    expect(result.total).toBe(12);
    expect(result.positive).toBe(false);
    expect(result.flags.map((f) => f.code)).toEqual(['dsm5-symptom-pattern']);
  });

  it('no DSM-5 pattern flag when no avoidance (C) item reaches 2 [Weathers 2013]', () => {
    const answers = times(20, 1);
    for (const item of [1, 8, 9, 15, 16]) answers[item - 1] = 3;
    expect(scoreInstrument('PCL-5', answers).flags).toEqual([]);
  });

  it('answers by label ("Quite a bit") are accepted [Weathers 2013]', () => {
    expect(scoreInstrument('PCL-5', times(20, 'quite a bit')).total).toBe(60);
  });
});

describe('ISI', () => {
  it.each([
    [0, 'no clinically significant insomnia'],
    [7, 'no clinically significant insomnia'],
    [8, 'subthreshold insomnia'],
    [14, 'subthreshold insomnia'],
    [15, 'moderate clinical insomnia'],
    [21, 'moderate clinical insomnia'],
    [22, 'severe clinical insomnia'],
    [28, 'severe clinical insomnia'],
  ])('ISI total %i is %s [Bastien 2001]', (total, band) => {
    const result = scoreInstrument('ISI', spread(total, 7, 4));
    expect(result).toMatchObject({ total, band, positive: null, complete: true });
    expect(result.flags).toEqual([]);
  });

  it('item 4 by label ("Very dissatisfied" = 4) [Bastien 2001]', () => {
    expect(scoreInstrument('ISI', [0, 0, 0, 'very dissatisfied', 0, 0, 0]).total).toBe(4);
  });
});

describe('AIMS', () => {
  const aims = (areas: number[], globals: number[] = [0, 0, 0]) => [...areas, ...globals];

  it('moderate (3) in one body area meets Schooler-Kane [Schooler & Kane 1982]', () => {
    const result = scoreInstrument('AIMS', aims([0, 0, 0, 3, 0, 0, 0]));
    expect(result).toMatchObject({ total: 3, positive: true, complete: true });
    expect(result.flags).toEqual([
      expect.objectContaining({ code: 'probable-tardive-dyskinesia', severity: 'warning' }),
    ]);
  });

  it('mild (2) in two body areas meets Schooler-Kane [Schooler & Kane 1982]', () => {
    expect(scoreInstrument('AIMS', aims([2, 0, 0, 0, 0, 2, 0])).positive).toBe(true);
  });

  it('mild in one area only does not meet Schooler-Kane and gives no flag [Schooler & Kane 1982]', () => {
    const result = scoreInstrument('AIMS', aims([2, 1, 1, 1, 1, 1, 0]));
    expect(result).toMatchObject({ total: 7, positive: false });
    expect(result.flags).toEqual([]);
  });

  it('minimal (1) everywhere totals 7 but is negative [Schooler & Kane 1982; Guy 1976]', () => {
    expect(scoreInstrument('AIMS', aims([1, 1, 1, 1, 1, 1, 1]))).toMatchObject({ total: 7, positive: false });
  });

  it('global items 8-10 are not added to the total [Guy 1976]', () => {
    expect(scoreInstrument('AIMS', aims([0, 0, 0, 0, 0, 0, 0], [4, 4, 4])).total).toBe(0);
  });

  it('dental items are optional; a "yes" adds an info flag about dental confounds [Guy 1976]', () => {
    const withDental = scoreInstrument('AIMS', [...aims([0, 0, 0, 0, 0, 0, 0]), 'yes', 'no']);
    expect(withDental.flags).toEqual([expect.objectContaining({ code: 'dental-confound', item: 11 })]);
    expect(scoreInstrument('AIMS', [...aims([0, 0, 0, 0, 0, 0, 0]), 'no', 'no']).flags).toEqual([]);
  });

  it('a moderate rating decides Schooler-Kane even with another area unrated [Schooler & Kane 1982]', () => {
    expect(scoreInstrument('AIMS', aims([3, null, 0, 0, 0, 0, 0] as number[]))).toMatchObject({
      total: null,
      positive: true,
      complete: false,
    });
  });
});
