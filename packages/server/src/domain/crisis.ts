/**
 * Crisis resources shown to a patient whose answers raise a suicide-risk flag. Kept in one place
 * so every surface (API, portal, reminders) says the same thing.
 *
 * Sources:
 * - 988 Suicide & Crisis Lifeline (call or text 988; chat at 988lifeline.org):
 *   SAMHSA, https://www.samhsa.gov/find-help/988 and https://988lifeline.org
 * - Crisis Text Line (text HOME to 741741): https://www.crisistextline.org
 * - Emergency services 911 (United States).
 */
export interface CrisisResource {
  name: string;
  /** What the person does, in plain words. */
  action: string;
  phone: string | null;
  text: string | null;
  url: string | null;
}

export const CRISIS_MESSAGE =
  'If you are thinking about harming yourself or are in danger, please reach out now. Your care team has been told and will contact you.';

export const CRISIS_RESOURCES: readonly CrisisResource[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    action: 'Call or text 988, any time, day or night.',
    phone: '988',
    text: '988',
    url: 'https://988lifeline.org',
  },
  {
    name: 'Emergency services',
    action: 'Call 911 if you are in immediate danger or have already harmed yourself.',
    phone: '911',
    text: null,
    url: null,
  },
  {
    name: 'Crisis Text Line',
    action: 'Text HOME to 741741.',
    phone: null,
    text: '741741',
    url: 'https://www.crisistextline.org',
  },
];
