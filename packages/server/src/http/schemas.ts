import { z } from 'zod';

/** Shared request schemas: input is validated at the edge, strictly (unknown keys are rejected). */
export const Uuid = z.uuid({ message: 'must be an id returned by this API' });
export const IdParams = z.object({ id: Uuid }).strict();

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const IsoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

const DateOfBirth = IsoDate.refine(
  (value) => value >= '1900-01-01' && value <= new Date().toISOString().slice(0, 10),
  {
    message: 'must be a real date of birth, not in the future',
  },
);

const Address = z
  .object({
    line1: text(200),
    line2: optionalText(200),
    city: text(100),
    state: text(50),
    postalCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9 -]{3,12}$/, 'must be a postal code'),
  })
  .strict();

const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{7,25}$/, 'must be a phone number');

export const PatientFields = z
  .object({
    givenName: text(100),
    familyName: text(100),
    preferredName: optionalText(100),
    pronouns: optionalText(40),
    dateOfBirth: DateOfBirth,
    sexAssignedAtBirth: z.enum(['female', 'male', 'intersex', 'unknown']),
    genderIdentity: optionalText(80),
    phone: Phone.nullable().optional(),
    email: z.email({ message: 'must be an email address' }).max(254).nullable().optional(),
    address: Address.nullable().optional(),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as America/Chicago'),
    preferredLanguage: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or es-MX')
      .optional(),
    emergencyContact: z
      .object({ name: text(100), relationship: text(50), phone: Phone })
      .strict()
      .nullable()
      .optional(),
    preferredPharmacy: z
      .object({ name: text(120), phone: Phone.nullable().optional(), address: optionalText(300) })
      .strict()
      .nullable()
      .optional(),
    insurance: z
      .object({ payer: text(120), memberId: text(60), groupNumber: optionalText(60) })
      .strict()
      .nullable()
      .optional(),
    status: z.enum(['active', 'inactive']).optional(),
  })
  .strict();

export const PatientPatch = PatientFields.partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: 'send at least one field to change' });

export const PatientQuery = z
  .object({
    q: z.string().max(100).optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
  })
  .strict();
