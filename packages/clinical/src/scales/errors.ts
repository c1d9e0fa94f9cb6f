/**
 * Bad input to the scales module (unknown instrument, wrong number of answers, an answer out of
 * range or of the wrong type, an invalid score or date). The CLI prints `message` and exits 2.
 */
export class ScaleInputError extends Error {
  override readonly name = 'ScaleInputError';
  /** Which input was wrong: `instrument`, `answers`, `sex`, `baseline`, `current` or `series`. */
  readonly field: string;
  /** 1-based item number (answers) or series index (series), when the error is about one; else null. */
  readonly item: number | null;
  /** The instrument being scored, when known. */
  readonly instrument: string | null;

  constructor(message: string, field: string, item: number | null = null, instrument: string | null = null) {
    super(message);
    this.field = field;
    this.item = item;
    this.instrument = instrument;
  }
}
