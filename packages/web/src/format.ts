// Display helpers. Dates from the API are ISO `YYYY-MM-DD` calendar dates; they are formatted in UTC so a
// date of birth never shifts by a day with the browser's time zone.

import type { Address, Credential, SexAssignedAtBirth } from './types.js';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = isoDate.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Today's calendar date in the browser's time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Whole years between a date of birth and `today` (both `YYYY-MM-DD`), or null if either is invalid. */
export function ageInYears(dateOfBirth: string, today: string = todayIso()): number | null {
  const birth = parseIsoDate(dateOfBirth);
  const now = parseIsoDate(today);
  if (!birth || !now) return null;
  let age = now.year - birth.year;
  if (now.month < birth.month || (now.month === birth.month && now.day < birth.day)) age -= 1;
  return age >= 0 ? age : null;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** `1990-03-14` → `Mar 14, 1990`; anything unparseable is returned as given. */
export function formatDate(value: string): string {
  const parsed = parseIsoDate(value);
  if (!parsed) return value;
  return dateFormat.format(new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day)));
}

const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

export function formatAge(dateOfBirth: string): string {
  const age = ageInYears(dateOfBirth);
  return age === null ? '' : `${age} ${age === 1 ? 'year' : 'years'}`;
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

export function listName(person: { givenName: string; familyName: string }): string {
  return person.familyName ? `${person.familyName}, ${person.givenName}` : person.givenName;
}

/** The name to greet someone by: their preferred name when they have one. */
export function callName(person: { givenName: string; preferredName: string | null }): string {
  return person.preferredName?.trim() || person.givenName;
}

const sexLabels: Record<SexAssignedAtBirth, string> = {
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  unknown: 'Unknown',
};

export function sexLabel(value: SexAssignedAtBirth): string {
  return sexLabels[value] ?? value;
}

const roleLabels: Record<string, string> = {
  prescriber: 'Prescriber',
  psychiatrist: 'Psychiatrist',
  nurse: 'Nurse',
  'care-coordinator': 'Care coordinator',
  therapist: 'Therapist',
  collaborator: 'Collaborating clinician',
  'front-desk': 'Front desk',
  admin: 'Administrator',
  patient: 'Patient',
  guardian: 'Guardian',
};

/** `care-coordinator` → `Care coordinator`; unknown roles are made readable the same way. */
export function roleLabel(role: string): string {
  const known = roleLabels[role];
  if (known) return known;
  const words = role.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Adds the credential unless the display name already carries it (`Dr. Maya Okafor, MD`). */
export function nameWithCredential(displayName: string, credential: Credential | null): string {
  if (!credential) return displayName;
  const carried = new RegExp(`(^|[\\s,])${credential}(\\b|$)`).test(displayName);
  return carried ? displayName : `${displayName}, ${credential}`;
}

export function addressLines(address: Address): string[] {
  const cityLine = [address.city, [address.state, address.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [address.line1, address.line2 ?? '', cityLine].filter((line) => line.trim() !== '');
}

/** A `tel:` link target: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** `en` → `English`, `es-MX` → `Mexican Spanish`; unknown tags are returned as given. */
export function languageName(tag: string | null | undefined): string {
  if (!tag) return '';
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** `America/Los_Angeles` → `Pacific Time (Los Angeles)`; unknown zones are shown readably as given. */
export function timeZoneName(zone: string | null | undefined): string {
  if (!zone) return '';
  const city = zone.split('/').pop()?.replace(/_/g, ' ') ?? zone;
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    }).formatToParts(new Date());
    const generic = parts.find((part) => part.type === 'timeZoneName')?.value;
    return generic && !generic.startsWith('GMT') ? `${generic} (${city})` : zone.replace(/_/g, ' ');
  } catch {
    return zone.replace(/_/g, ' ');
  }
}
