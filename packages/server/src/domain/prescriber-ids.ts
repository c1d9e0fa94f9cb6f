/**
 * Checks of prescriber identifiers, so a typo is caught when the account is created rather than
 * on a prescription.
 */

/** NPI: 10 digits whose last is a Luhn check digit computed over "80840" + the first 9 (CMS). */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`.split('').map(Number);
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits[i]!;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * DEA registration number: registrant-type letter, a letter (the registrant's last-name initial,
 * or 9 for a business), 7 digits; the last digit is the last digit of
 * (d1 + d3 + d5) + 2 × (d2 + d4 + d6).
 */
export function isValidDeaNumber(dea: string): boolean {
  const match = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})$/.exec(dea.toUpperCase());
  if (!match) return false;
  const d = match[3]!.split('').map(Number);
  const check = (d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!)) % 10;
  return check === d[6];
}
