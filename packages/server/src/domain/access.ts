import type { Transaction } from 'kysely';
import type { DB, Role } from '../db/schema.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';

/**
 * Who may see which patient, decided in one place. Organization isolation is enforced again by
 * row-level security in the database; this layer adds care-team, self and guardian rules.
 */
export interface PatientAccess {
  demographics: boolean;
  clinical: boolean;
}

const NONE: PatientAccess = { demographics: false, clinical: false };
const FULL: PatientAccess = { demographics: true, clinical: true };

/** Roles that reach patients through care-team membership, and what they see there. */
const CARE_TEAM_ACCESS: Partial<Record<Role, PatientAccess>> = {
  prescriber: FULL,
  nurse: FULL,
  'care-coordinator': FULL,
  // Therapists and collaborators see clinical sections only as the patient's consent grants them.
  therapist: { demographics: true, clinical: false },
  collaborator: { demographics: true, clinical: false },
};

/** Roles that see every patient's demographics in their organization (scheduling, administration). */
const ORG_DEMOGRAPHICS_ROLES: readonly Role[] = ['front-desk', 'admin'];

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

function merge(a: PatientAccess, b: PatientAccess): PatientAccess {
  return { demographics: a.demographics || b.demographics, clinical: a.clinical || b.clinical };
}

export async function patientAccess(
  trx: Transaction<DB>,
  principal: Principal,
  patientId: string,
  policy: OrganizationPolicy,
): Promise<PatientAccess> {
  let access = NONE;
  const roles = principal.roles;
  if (roles.includes('patient') && principal.patientId === patientId) access = FULL;
  if (roles.some((role) => ORG_DEMOGRAPHICS_ROLES.includes(role))) {
    access = merge(access, { demographics: true, clinical: false });
  }
  if (policy.clinicWideAccess && roles.some((role) => CLINIC_WIDE_ROLES.includes(role))) access = FULL;
  if (access.clinical) return access;

  const careTeamRoles = roles.filter((role) => CARE_TEAM_ACCESS[role]);
  if (careTeamRoles.length > 0) {
    const member = await trx
      .selectFrom('care_team_members')
      .select('user_id')
      .where('patient_id', '=', patientId)
      .where('user_id', '=', principal.userId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (member) for (const role of careTeamRoles) access = merge(access, CARE_TEAM_ACCESS[role] ?? NONE);
  }
  if (roles.includes('guardian')) {
    const link = await trx
      .selectFrom('guardian_links')
      .select('patient_id')
      .where('patient_id', '=', patientId)
      .where('guardian_user_id', '=', principal.userId)
      .executeTakeFirst();
    // What an adolescent shares with a guardian is narrowed further by the patient's settings (later).
    if (link) access = merge(access, { demographics: true, clinical: false });
  }
  return access;
}

/**
 * Throws 404 (not 403) when the patient is invisible to the principal, so that a foreign id
 * reveals nothing about whether the patient exists.
 */
export async function requirePatientAccess(
  trx: Transaction<DB>,
  principal: Principal,
  patientId: string,
  policy: OrganizationPolicy,
  need: keyof PatientAccess,
): Promise<PatientAccess> {
  // Row-level security hides other organizations' patients; a missing row is simply not found.
  const exists = await trx.selectFrom('patients').select('id').where('id', '=', patientId).executeTakeFirst();
  const access = exists ? await patientAccess(trx, principal, patientId, policy) : NONE;
  const refuse = (error: AppError) => {
    error.denial = { patientId, resourceType: 'Patient' };
    return error;
  };
  if (!access.demographics && !access.clinical)
    throw refuse(new AppError('not-found', 'Patient was not found.'));
  if (!access[need]) {
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
  if (roles.some((role) => ORG_DEMOGRAPHICS_ROLES.includes(role))) return { kind: 'organization' };
  if (policy.clinicWideAccess && roles.some((role) => CLINIC_WIDE_ROLES.includes(role))) {
    return { kind: 'organization' };
  }
  if (roles.some((role) => CARE_TEAM_ACCESS[role])) return { kind: 'care-team', userId: principal.userId };
  if (roles.includes('guardian')) return { kind: 'guardian', userId: principal.userId };
  if (roles.includes('patient') && principal.patientId)
    return { kind: 'self', patientId: principal.patientId };
  return { kind: 'none' };
}
