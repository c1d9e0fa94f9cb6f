/**
 * ICD-10-CM code shape and the substance-use block (CMS ICD-10-CM Tabular List, chapter 5:
 * F10-F19 "Mental and behavioral disorders due to psychoactive substance use").
 */

/** A letter, a digit, a letter or digit, then optionally a dot and 1-4 letters or digits (e.g. F33.1, F10.20). */
const ICD10_CM = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

export function isIcd10CmCode(code: string): boolean {
  return ICD10_CM.test(code);
}

/** F10-F19: disorders due to psychoactive substance use (alcohol, opioids, cannabis, ... nicotine F17). */
export function isSubstanceUseCode(code: string): boolean {
  return /^F1[0-9]/.test(code.toUpperCase());
}
