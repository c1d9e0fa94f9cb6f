import { describe, expect, it } from 'vitest';
import { ScaleInputError, scoreInstrument } from '../src/index.js';

function thrown(fn: () => unknown): ScaleInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScaleInputError) return error;
    throw error;
  }
  throw new Error('expected a ScaleInputError');
}

const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);

describe('invalid answers throw ScaleInputError naming the item', () => {
  it('PHQ-9 item 9 = 4 is out of range 0-3 [Kroenke 2001]', () => {
    const error = thrown(() => scoreInstrument('PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0, 4]));
    expect(error).toMatchObject({ name: 'ScaleInputError', field: 'answers', item: 9, instrument: 'PHQ-9' });
    expect(error.message).toBe('PHQ-9 item 9: 4 is out of range (accepted: 0-3).');
  });

  it('a negative PHQ-9 answer is out of range [Kroenke 2001]', () => {
    expect(thrown(() => scoreInstrument('PHQ-9', [-1, 0, 0, 0, 0, 0, 0, 0, 0])).item).toBe(1);
  });

  it('a fractional answer is rejected [Kroenke 2001]', () => {
    expect(thrown(() => scoreInstrument('PHQ-9', [0, 1.5, 0, 0, 0, 0, 0, 0, 0])).message).toContain(
      'item 2: 1.5 is not a valid answer',
    );
  });

  it('a numeric string out of range is rejected like the number [design.md score contract]', () => {
    expect(thrown(() => scoreInstrument('GAD-7', ['0', '0', '7', '0', '0', '0', '0'])).item).toBe(3);
  });

  it('GAD-7 does not take yes/no [Spitzer 2006]', () => {
    const error = thrown(() => scoreInstrument('GAD-7', ['yes', 0, 0, 0, 0, 0, 0]));
    expect(error.item).toBe(1);
    expect(error.message).toContain('accepted: 0-3');
  });

  it('AUDIT-C answers run 0-4: 5 is out of range [Bush 1998]', () => {
    expect(thrown(() => scoreInstrument('AUDIT-C', [0, 0, 5])).item).toBe(3);
  });

  it('PCL-5 answers run 0-4: 5 is out of range at item 20 [Weathers 2013]', () => {
    expect(thrown(() => scoreInstrument('PCL-5', [...zeros(19), 5])).item).toBe(20);
  });

  it('ISI answers run 0-4: 5 is out of range [Bastien 2001]', () => {
    expect(thrown(() => scoreInstrument('ISI', [5, 0, 0, 0, 0, 0, 0])).item).toBe(1);
  });

  it('DAST-10 takes yes/no, not 2 [Skinner 1982]', () => {
    const error = thrown(() => scoreInstrument('DAST-10', [2, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(error.item).toBe(1);
    expect(error.message).toContain('yes or no');
  });

  it('MDQ question 3 takes none/minor/moderate/serious; "severe" is rejected naming item 3 [Hirschfeld 2000]', () => {
    const answers = [...Array.from({ length: 13 }, () => 'no'), 'no', 'severe'];
    const error = thrown(() => scoreInstrument('MDQ', answers));
    expect(error.item).toBe(15);
    expect(error.message).toBe(
      'MDQ item 3: "severe" is not an accepted answer (accepted: none, minor, moderate or serious (or 0-3)).',
    );
  });

  it('an object answer is the wrong type [design.md score contract]', () => {
    const error = thrown(() => scoreInstrument('PHQ-2', [{} as unknown as number, 0]));
    expect(error.message).toContain('must be a number, a word or null');
  });

  it('a boolean answer to a 0-3 item is the wrong type [design.md score contract]', () => {
    expect(thrown(() => scoreInstrument('PHQ-2', [true, 0])).item).toBe(1);
  });

  it('an unknown sex option is rejected [Bradley 2007]', () => {
    const error = thrown(() => scoreInstrument('AUDIT-C', [1, 1, 1], { sex: 'other' as 'female' }));
    expect(error.field).toBe('sex');
  });
});

describe('wrong answer counts and unknown instruments', () => {
  it('PHQ-9 with 8 answers is rejected with the expected count [Kroenke 2001]', () => {
    const error = thrown(() => scoreInstrument('PHQ-9', zeros(8)));
    expect(error).toMatchObject({ field: 'answers', item: null });
    expect(error.message).toBe('PHQ-9 takes 9 answers, or up to 10 with the optional item 10; got 8.');
  });

  it('PHQ-9 with 11 answers is rejected [Kroenke 2001]', () => {
    expect(() => scoreInstrument('PHQ-9', zeros(11))).toThrow(ScaleInputError);
  });

  it('GAD-7 with 8 answers is rejected [Spitzer 2006]', () => {
    expect(thrown(() => scoreInstrument('GAD-7', zeros(8))).message).toBe('GAD-7 takes 7 answers; got 8.');
  });

  it('MDQ with only the 13 statements is rejected: questions 2 and 3 are required [Hirschfeld 2000]', () => {
    expect(() =>
      scoreInstrument(
        'MDQ',
        Array.from({ length: 13 }, () => 'no'),
      ),
    ).toThrow(/MDQ takes 15 answers/);
  });

  it('answers that are not a list are rejected [design.md score contract]', () => {
    expect(thrown(() => scoreInstrument('PHQ-2', '1 2' as unknown as number[])).field).toBe('answers');
  });

  it('an unknown instrument name is rejected with field "instrument" [design.md score contract]', () => {
    const error = thrown(() => scoreInstrument('BDI-II', [1]));
    expect(error.field).toBe('instrument');
    expect(error.message).toContain('Unknown instrument "BDI-II"');
  });
});

describe('complete answers and empty answers', () => {
  it('all-null PHQ-9 is incomplete with nothing decided except the unanswered safety item [Kroenke 2001]', () => {
    const result = scoreInstrument(
      'PHQ-9',
      Array.from({ length: 9 }, () => null),
    );
    expect(result).toMatchObject({ total: null, band: null, positive: null, complete: false });
    expect(result.flags.map((f) => f.code)).toEqual(['safety-item-unanswered']);
  });

  it('an all-zero PHQ-9 is complete, minimal and negative with no flags [Kroenke 2001]', () => {
    expect(scoreInstrument('PHQ-9', zeros(9))).toEqual({
      instrument: 'PHQ-9',
      total: 0,
      band: 'minimal',
      positive: false,
      risk: null,
      flags: [],
      complete: true,
    });
  });

  it('the string "null" counts as unanswered [design.md score contract]', () => {
    expect(scoreInstrument('GAD-2', ['null', 3])).toMatchObject({
      total: null,
      positive: true,
      complete: false,
    });
  });
});
