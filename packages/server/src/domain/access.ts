import type { Transaction } from 'kysely';
import type { DB, Role } from '../db/schema.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';

/**
 * Who may see which patient, and which parts of the chart, decided in one place. Organization
 * isolation is enforced again by row-level security in the database; this layer adds care-team,
 * self, guardian and (for therapists and collaborators) consent rules.
 *
 * The chart is divided into sections; every patient route names the section it reads or writes.
 * A consent grants sections to a person, and 42 CFR Part 2 rules can later narrow what a
 * `substance-use` grant releases without reshaping this model.
 */
export const CHART_SECTIONS = [
  /** Name, date of birth, contact details, identifiers. */
  'demographics',
  /** Visits: when, where, modality. */
  'appointments',
  /** Who is on the care team. */
  'care-team',
  /** Orders, medication list, dose schedules, dose logs, refills, adherence. */
  'medications',
  /** Rating scales, check-ins and their trends. */
  'measures',
  /** Safety flags, safety plans, risk level. */
  'safety',
  /** Diagnoses (conditions). */
  'diagnoses',
  /** Evaluations and visit notes. */
  'notes',
  /** Vitals, labs, pharmacogenomic results, monitoring. */
  'labs',
  /** Substance-use history and treatment (the records 42 CFR Part 2 protects). */
  'substance-use',
] as const;
export type ChartSection = (typeof CHART_SECTIONS)[number];

/** The sections of a patient's chart a principal may see. Empty: the patient is invisible. */
export type PatientAccess = ReadonlySet<ChartSection>;

/** Sections that are not clinical content: what scheduling and administration need. */
export const ADMINISTRATIVE_SECTIONS: readonly ChartSection[] = ['demographics', 'appointments', 'care-team'];
export const CLINICAL_SECTIONS: readonly ChartSection[] = CHART_SECTIONS.filter(
  (section) => !ADMINISTRATIVE_SECTIONS.includes(section),
);

const NONE: PatientAccess = new Set();
const FULL: PatientAccess = new Set(CHART_SECTIONS);
const ADMINISTRATIVE: PatientAccess = new Set(ADMINISTRATIVE_SECTIONS);

/** Roles that reach patients through care-team membership, and what membership alone shows them. */
const CARE_TEAM_ACCESS: Partial<Record<Role, PatientAccess>> = {
  prescriber: FULL,
  nurse: FULL,
  'care-coordinator': FULL,
  // Therapists and collaborators see clinical sections only as the patient's consent grants them.
  therapist: ADMINISTRATIVE,
  collaborator: ADMINISTRATIVE,
};

/** Roles that see every patient's administrative sections in their organization. */
const ORG_ADMINISTRATIVE_ROLES: readonly Role[] = ['front-desk', 'admin'];

/** Clinical roles that an organization may widen from care-team to clinic-wide access. */
const CLINIC_WIDE_ROLES: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator'];

export interface OrganizationPolicy {
  /** Prescribers, nurses and coordinators see every patient of the clinic, not only their care teams'. */
  clinicWideAccess: boolean;
}

export function readPolicy(settings: unknown): OrganizationPolicy {
  const value = (settings ?? {}) as Record<string, unknown>;
  return { clinicWideAccess: value.clinicWideAccess === true };
}

function union(a: PatientAccess, b: PatientAccess): PatientAccess {
  return new Set([...a, ...b]);
}

const isFull = (access: PatientAccess) => access.size === FULL.size;

export async function patientAccess(
  trx: Transaction<DB>,
  principal: Principal,
  patientId: string,
  policy: OrganizationPolicy,
): Promise<PatientAccess> {
  let access = NONE;
  const roles = principal.roles;
  if (roles.includes('patient') && principal.patientId === patientId) access = FULL;
  if (roles.some((role) => ORG_ADMINISTRATIVE_ROLES.includes(role))) access = union(access, ADMINISTRATIVE);
  if (policy.clinicWideAccess && roles.some((role) => CLINIC_WIDE_ROLES.includes(role))) access = FULL;
  if (isFull(access)) return access;

  const careTeamRoles = roles.filter((role) => CARE_TEAM_ACCESS[role]);
  if (careTeamRoles.length > 0) {
    const member = await trx
      .selectFrom('care_team_members')
      .select('user_id')
      .where('patient_id', '=', patientId)
      .where('user_id', '=', principal.userId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (member) for (const role of careTeamRoles) access = union(access, CARE_TEAM_ACCESS[role] ?? NONE);
  }
  if (roles.includes('guardian')) {
    const link = await trx
      .selectFrom('guardian_links')
      .select('patient_id')
      .where('patient_id', '=', patientId)
      .where('guardian_user_id', '=', principal.userId)
      .executeTakeFirst();
    // What an adolescent shares with a guardian is narrowed further by the patient's settings (later).
    if (link) access = union(access, new Set<ChartSection>(['demographics', 'appointments']));
  }
  return access;
}

/**
 * Throws 404 (not 403) when the patient is invisible to the principal, so that a foreign id
 * reveals nothing about whether the patient exists; 403 when the patient is visible but the
 * section is not.
 */
export async function requirePatientAccess(
  trx: Transaction<DB>,
  principal: Principal,
  patientId: string,
  policy: OrganizationPolicy,
  need: ChartSection,
): Promise<PatientAccess> {
  // Row-level security hides other organizations' patients; a missing row is simply not found.
  const exists = await trx.selectFrom('patients').select('id').where('id', '=', patientId).executeTakeFirst();
  const access = exists ? await patientAccess(trx, principal, patientId, policy) : NONE;
  const refuse = (error: AppError) => {
    error.denial = { patientId, resourceType: 'Patient' };
    return error;
  };
  if (access.size === 0) throw refuse(new AppError('not-found', 'Patient was not found.'));
  if (!access.has(need)) {
    throw refuse(new AppError('forbidden', 'Your role does not allow access to this part of the record.'));
  }
  return access;
}

/** How a principal's patient list is scoped. */
export type PatientListScope =
  | { kind: 'organization' }
  | { kind: 'care-team'; userId: string }
  | { kind: 'self'; patientId: string }
  | { kind: 'guardian'; userId: string }
  | { kind: 'none' };

export function patientListScope(principal: Principal, policy: OrganizationPolicy): PatientListScope {
  const roles = principal.roles;
  if (roles.some((role) => ORG_ADMINISTRATIVE_ROLES.includes(role))) return { kind: 'organization' };
  if (policy.clinicWideAccess && roles.some((role) => CLINIC_WIDE_ROLES.includes(role))) {
    return { kind: 'organization' };
  }
  if (roles.some((role) => CARE_TEAM_ACCESS[role])) return { kind: 'care-team', userId: principal.userId };
  if (roles.includes('guardian')) return { kind: 'guardian', userId: principal.userId };
  if (roles.includes('patient') && principal.patientId)
    return { kind: 'self', patientId: principal.patientId };
  return { kind: 'none' };
}
