import type { Address, Credential, EmergencyContact, Insurance, Pharmacy, Role } from '../db/schema.js';
import { type Random, seededRandom } from './random.js';

/** The demo clinic, generated deterministically from a seed and an anchor date (default: today). */
export const DEMO_DOMAIN = 'demo.titrate.test';
export const DEMO_PASSWORD = 'titrate-demo-2026';
export const DEMO_SEED = 20261123;

export interface DemoStaff {
  id: string;
  email: string;
  givenName: string;
  familyName: string;
  displayName: string;
  roles: Role[];
  credential: Credential | null;
  npi: string | null;
  deaNumber: string | null;
  supervisorEmail: string | null;
}

export interface DemoPatient {
  id: string;
  userId: string;
  email: string;
  mrn: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  pronouns: string | null;
  dateOfBirth: string;
  sexAssignedAtBirth: 'female' | 'male' | 'intersex' | 'unknown';
  genderIdentity: string | null;
  phone: string;
  address: Address;
  timeZone: string;
  preferredLanguage: string;
  emergencyContact: EmergencyContact;
  preferredPharmacy: Pharmacy;
  insurance: Insurance;
  /** When the patient joined the clinic (start of their history). */
  enrolledOn: string;
  careTeam: {
    email: string;
    role: 'prescriber' | 'nurse' | 'care-coordinator' | 'therapist';
    isPrimary: boolean;
  }[];
  guardian: { id: string; email: string; givenName: string; familyName: string; relationship: string } | null;
}

export interface DemoClinic {
  organization: { id: string; name: string; slug: string; timeZone: string };
  staff: DemoStaff[];
  patients: DemoPatient[];
}

const staffSpec: (Omit<DemoStaff, 'id' | 'email'> & { local: string })[] = [
  {
    local: 'admin',
    givenName: 'Jordan',
    familyName: 'Reyes',
    displayName: 'Jordan Reyes',
    roles: ['admin'],
    credential: null,
    npi: null,
    deaNumber: null,
    supervisorEmail: null,
  },
  {
    local: 'psychiatrist',
    givenName: 'Maya',
    familyName: 'Okafor',
    displayName: 'Dr. Maya Okafor, MD',
    roles: ['prescriber'],
    credential: 'MD',
    npi: '1457382910',
    deaNumber: 'BO1234563',
    supervisorEmail: null,
  },
  {
    local: 'np',
    givenName: 'Daniel',
    familyName: 'Brennan',
    displayName: 'Daniel Brennan, PMHNP',
    roles: ['prescriber'],
    credential: 'NP',
    npi: '1598273640',
    deaNumber: 'MB2345674',
    supervisorEmail: null,
  },
  {
    local: 'pa',
    givenName: 'Priya',
    familyName: 'Natarajan',
    displayName: 'Priya Natarajan, PA-C',
    roles: ['prescriber'],
    credential: 'PA',
    npi: '1366192847',
    deaNumber: 'MN3456785',
    supervisorEmail: `psychiatrist@${DEMO_DOMAIN}`,
  },
  {
    local: 'nurse',
    givenName: 'Grace',
    familyName: 'Lindqvist',
    displayName: 'Grace Lindqvist, RN',
    roles: ['nurse'],
    credential: 'RN',
    npi: null,
    deaNumber: null,
    supervisorEmail: null,
  },
  {
    local: 'coordinator',
    givenName: 'Marcus',
    familyName: 'Bell',
    displayName: 'Marcus Bell',
    roles: ['care-coordinator'],
    credential: null,
    npi: null,
    deaNumber: null,
    supervisorEmail: null,
  },
  {
    local: 'therapist',
    givenName: 'Elena',
    familyName: 'Sokolova',
    displayName: 'Elena Sokolova, LCSW',
    roles: ['therapist'],
    credential: 'LCSW',
    npi: '1720384756',
    deaNumber: null,
    supervisorEmail: null,
  },
  {
    local: 'frontdesk',
    givenName: 'Tasha',
    familyName: 'Greene',
    displayName: 'Tasha Greene',
    roles: ['front-desk'],
    credential: null,
    npi: null,
    deaNumber: null,
    supervisorEmail: null,
  },
  {
    local: 'pcp',
    givenName: 'Samuel',
    familyName: 'Adeyemi',
    displayName: 'Dr. Samuel Adeyemi, MD (primary care)',
    roles: ['collaborator'],
    credential: 'MD',
    npi: '1881726354',
    deaNumber: null,
    supervisorEmail: null,
  },
];

const GIVEN_FEMALE = [
  'Ana',
  'Beatriz',
  'Chloe',
  'Deja',
  'Emily',
  'Fatima',
  'Grace',
  'Hannah',
  'Imani',
  'Jasmine',
  'Keiko',
  'Leah',
  'Maria',
  'Nadia',
  'Olivia',
  'Priya',
  'Rosa',
  'Sofia',
  'Tanya',
  'Valentina',
  'Wen',
  'Yasmin',
  'Zoe',
];
const GIVEN_MALE = [
  'Aaron',
  'Ben',
  'Carlos',
  'David',
  'Elijah',
  'Farid',
  'Gabriel',
  'Hiro',
  'Isaac',
  'Jamal',
  'Kevin',
  'Luis',
  'Malik',
  'Nathan',
  'Omar',
  'Pedro',
  'Quinn',
  'Rahul',
  'Sam',
  'Tomas',
  'Victor',
  'Wyatt',
];
const FAMILY = [
  'Abernathy',
  'Baptiste',
  'Castillo',
  'Delgado',
  'Eriksen',
  'Fontaine',
  'Gallagher',
  'Haddad',
  'Ibarra',
  'Jovanovic',
  'Kowalski',
  'Larsen',
  'Mbeki',
  'Nakamura',
  'Oyelaran',
  'Petrov',
  'Quintero',
  'Rasmussen',
  'Silva',
  'Thibodeaux',
  'Underwood',
  'Vasquez',
  'Whitfield',
  'Xu',
  'Yilmaz',
  'Zamora',
  'Hollis',
  'Moreau',
  'Chandra',
  'Novak',
];
const STREETS = [
  'Maple Ave',
  'River Rd',
  'Cedar St',
  'Prairie Ln',
  'Lakeview Dr',
  'Oak Ct',
  'Mill St',
  'Harbor Way',
];
const PAYERS = [
  'Prairie Mutual Health',
  'State Medicaid',
  'Medicare',
  'Lakeshore Employee Benefit Plan',
  'Heartland Health Cooperative',
];
const ZONES = [
  'America/Chicago',
  'America/Chicago',
  'America/Chicago',
  'America/Chicago',
  'America/New_York',
  'America/Denver',
  'America/Los_Angeles',
  'America/Phoenix',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Illinois area codes; 555-0100…0199 are the numbers reserved for fiction. */
const AREA_CODES = ['217', '309', '312', '815'];

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function birthDate(random: Random, anchor: string, age: number): string {
  return addDays(anchor, -(age * 365 + random.int(0, 364) + Math.floor(age / 4)));
}

/** Ages: five adolescents (with guardians), the rest adults from 19 to 78. */
const ADOLESCENT_INDEXES = new Set([6, 14, 22, 30, 38]);

/**
 * Patients (patientNN) with a told course of care (demo/courses.ts): an adult non-responder switched
 * to a second antidepressant, and an adolescent aged 15-16 (guardian03) starting fluoxetine.
 */
export const DEMO_COURSES = { switched: 19, adolescent: 22 } as const;
/** Days of history each course needs before the anchor date (enrolment is moved back to fit). */
const COURSE_HISTORY_DAYS: Record<number, number> = {
  [DEMO_COURSES.switched]: 200,
  [DEMO_COURSES.adolescent]: 50,
};

/** The drawn enrolment date, moved back when the patient's told course needs a longer history. */
function enrolment(n: number, anchor: string, drawn: string): string {
  const needed = COURSE_HISTORY_DAYS[n];
  return needed !== undefined && drawn > addDays(anchor, -needed) ? addDays(anchor, -needed) : drawn;
}

export interface DemoOptions {
  seed?: number;
  /** History is laid out relative to this date (default: today). */
  anchorDate?: string;
  /** Email domain of the accounts (tests use their own so clinics never collide). */
  domain?: string;
  slug?: string;
}

export function generateDemoClinic(options: DemoOptions = {}): DemoClinic {
  const domain = options.domain ?? DEMO_DOMAIN;
  const random = seededRandom(options.seed ?? DEMO_SEED);
  const anchor = options.anchorDate ?? new Date().toISOString().slice(0, 10);
  const organization = {
    id: random.uuid(),
    name: 'Riverbend Behavioral Health',
    slug: options.slug ?? 'riverbend',
    timeZone: 'America/Chicago',
  };
  const staff: DemoStaff[] = staffSpec.map(({ local, supervisorEmail, ...rest }) => ({
    ...rest,
    supervisorEmail: supervisorEmail ? supervisorEmail.replace(DEMO_DOMAIN, domain) : null,
    id: random.uuid(),
    email: `${local}@${domain}`,
  }));
  const at = (local: string) => `${local}@${domain}`;
  const prescribers = ['psychiatrist', 'np', 'pa'].map(at);

  const patients: DemoPatient[] = [];
  let guardianNumber = 0;
  for (let n = 1; n <= 40; n++) {
    const sexRoll = random.next();
    const sex: DemoPatient['sexAssignedAtBirth'] =
      sexRoll < 0.52 ? 'female' : sexRoll < 0.99 ? 'male' : 'intersex';
    const givenName = random.pick(sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
    const familyName = random.pick(FAMILY);
    const adolescent = ADOLESCENT_INDEXES.has(n);
    // One draw either way, so the rest of the clinic does not shift.
    const age = adolescent
      ? n === DEMO_COURSES.adolescent
        ? random.int(15, 16)
        : random.int(13, 17)
      : random.int(19, 78);
    const transgender = !adolescent && random.chance(0.06);
    const genderIdentity = transgender
      ? sex === 'female'
        ? 'man'
        : 'woman'
      : random.chance(0.03)
        ? 'nonbinary'
        : null;
    const pronouns =
      genderIdentity === 'nonbinary'
        ? 'they/them'
        : genderIdentity === 'man'
          ? 'he/him'
          : genderIdentity === 'woman'
            ? 'she/her'
            : sex === 'male'
              ? 'he/him'
              : 'she/her';
    const timeZone = random.pick(ZONES);
    const prescriber = prescribers[(n - 1) % prescribers.length] as string;
    const careTeam: DemoPatient['careTeam'] = [
      { email: prescriber, role: 'prescriber', isPrimary: true },
      { email: at('nurse'), role: 'nurse', isPrimary: false },
      { email: at('coordinator'), role: 'care-coordinator', isPrimary: false },
    ];
    if (n % 3 !== 0) careTeam.push({ email: at('therapist'), role: 'therapist', isPrimary: false });
    const guardian = adolescent
      ? (() => {
          guardianNumber += 1;
          const parentSex = random.chance(0.6) ? 'female' : 'male';
          return {
            id: random.uuid(),
            email: at(`guardian${pad(guardianNumber)}`),
            givenName: random.pick(parentSex === 'female' ? GIVEN_FEMALE : GIVEN_MALE),
            familyName,
            relationship: parentSex === 'female' ? 'mother' : 'father',
          };
        })()
      : null;
    const emergencyGiven = random.pick(random.chance(0.5) ? GIVEN_FEMALE : GIVEN_MALE);
    patients.push({
      id: random.uuid(),
      userId: random.uuid(),
      email: at(`patient${pad(n)}`),
      mrn: `MRN${900000 + n}`,
      givenName,
      familyName,
      preferredName: random.chance(0.2) ? `${givenName.slice(0, 3)}` : null,
      pronouns,
      dateOfBirth: birthDate(random, anchor, age),
      sexAssignedAtBirth: sex,
      genderIdentity,
      phone: `(${random.pick(AREA_CODES)}) 555-01${pad(random.int(0, 99))}`,
      address: {
        line1: `${random.int(100, 9899)} ${random.pick(STREETS)}`,
        line2: random.chance(0.2) ? `Apt ${random.int(1, 40)}` : null,
        city: 'Riverbend',
        state: 'IL',
        postalCode: `6${pad(random.int(1000, 9999), 4)}`,
      },
      timeZone,
      preferredLanguage: random.chance(0.12) ? 'es' : 'en',
      emergencyContact: guardian
        ? {
            name: `${guardian.givenName} ${guardian.familyName}`,
            relationship: guardian.relationship,
            phone: `(${random.pick(AREA_CODES)}) 555-01${pad(random.int(0, 99))}`,
          }
        : {
            name: `${emergencyGiven} ${random.pick(FAMILY)}`,
            relationship: random.pick(['spouse', 'partner', 'sister', 'brother', 'friend', 'parent']),
            phone: `(${random.pick(AREA_CODES)}) 555-01${pad(random.int(0, 99))}`,
          },
      preferredPharmacy: {
        name: random.pick(['Riverbend Community Pharmacy', 'Main Street Drug', 'Lakeside Pharmacy']),
        phone: '(309) 555-0142',
        address: `${random.int(10, 999)} Main St, Riverbend, IL`,
      },
      insurance: {
        payer: random.pick(PAYERS),
        memberId: `M${random.int(10_000_000, 99_999_999)}`,
        groupNumber: random.chance(0.6) ? `G${random.int(1000, 9999)}` : null,
      },
      enrolledOn: enrolment(n, anchor, addDays(anchor, -random.int(45, 540))),
      careTeam,
      guardian,
    });
  }
  return { organization, staff, patients };
}
