import type { Transaction } from 'kysely';
import type { DB, Role } from '../db/schema.js';
import { actor, recordAudit } from './audit.js';
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
/**
 * Substance-use records are released only to the treating care team, the patient, an emergency
 * grant, or a consent that names `substance-use` explicitly (never by a wider clinic policy).
 */
const FULL_EXCEPT_SUBSTANCE_USE: PatientAccess = new Set(
  CHART_SECTIONS.filter((section) => section !== 'substance-use'),
);

/** Roles that reach patients through care-team membership, and what membership alone shows them. */
const CARE_TEAM_ACCESS: Partial<Record<Role, PatientAccess>> = {
  prescriber: FULL,
  nurse: FULL,
  'care-coordinator': FULL,
  // Therapists and collaborators see clinical sections only as the patient's consent grants them.
  therapist: ADMINISTRATIVE,
  collaborator: ADMINISTRATIVE,
};

/** Care-team roles whose clinical view comes from consent. */
const CONSENT_ROLES: readonly Role[] = ['therapist', 'collaborator'];

/**
 * What a linked guardian sees without any consent from the adolescent: who the care team is and
 * when the visits are. Medications, measures, safety and the rest need the adolescent's consent
 * (an adolescent's confidentiality wins).
 */
export const GUARDIAN_DEFAULT_SECTIONS: readonly ChartSection[] = ['demographics', 'appointments'];
const GUARDIAN_DEFAULT: PatientAccess = new Set(GUARDIAN_DEFAULT_SECTIONS);

/** Roles that see every patient's administrative sections in their organization. */
const ORG_ADMINISTRATIVE_ROLES: readonly Role[] = ['front-desk', 'admin'];

/** Clinical roles that an organization may widen from care-team to clinic-wide access. */
const CLINIC_WIDE_ROLES: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator'];

/** Clinical roles that may be allowed emergency (break-glass) access. */
export const EMERGENCY_ACCESS_ROLES: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator'];

/** Who a consent may name as grantee. */
export const CONSENT_GRANTEE_ROLES: readonly Role[] = ['therapist', 'collaborator', 'guardian'];

export interface OrganizationPolicy {
  /** Prescribers, nurses and coordinators see every patient of the clinic, not only their care teams'. */
  clinicWideAccess: boolean;
}

/** The organization's access policy, read inside the tenant transaction. */
export async function organizationPolicy(trx: Transaction<DB>): Promise<OrganizationPolicy> {
  const org = await trx.selectFrom('organizations').select('settings').executeTakeFirst();
  return readPolicy(org?.settings);
}

export function readPolicy(settings: unknown): OrganizationPolicy {
  const value = (settings ?? {}) as Record<string, unknown>;
  return { clinicWideAccess: value.clinicWideAccess === true };
}

function union(a: PatientAccess, b: Iterable<ChartSection>): PatientAccess {
  return new Set([...a, ...b]);
}

const isFull = (access: PatientAccess) => access.size === FULL.size;

/** An emergency grant in force for this principal and patient. */
export interface ActiveEmergencyGrant {
  id: string;
  reason: string;
  expiresAt: Date;
}

/** The decision with where it came from (the emergency grant, when that is what opened the chart). */
export interface AccessDecision {
  access: PatientAccess;
  /** Sections visible without the emergency grant. */
  ordinary: PatientAccess;
  emergency: ActiveEmergencyGrant | null;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** Sections granted to `userId` by the patient's consents in force at `at`. */
async function consentedSections(
  trx: Transaction<DB>,
  patientId: string,
  userId: string,
  at: Date,
): Promise<ChartSection[]> {
  const rows = await trx
    .selectFrom('consents')
    .select('sections')
    .where('patient_id', '=', patientId)
    .where('grantee_user_id', '=', userId)
    .where('status', '=', 'active')
    .where('period_start', '<=', at)
    .where((eb) => eb.or([eb('period_end', 'is', null), eb('period_end', '>', at)]))
    .execute();
  const known = new Set<string>(CHART_SECTIONS);
  return rows.flatMap((row) => row.sections.filter((s): s is ChartSection => known.has(s)));
}

export async function activeEmergencyGrant(
  trx: Transaction<DB>,
  principal: Pick<Principal, 'userId' | 'roles'>,
  patientId: string,
  at: Date,
): Promise<ActiveEmergencyGrant | null> {
  if (!principal.roles.some((role) => EMERGENCY_ACCESS_ROLES.includes(role))) return null;
  const grant = await trx
    .selectFrom('emergency_access_grants as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['g.id', 'g.reason', 'g.expires_at'])
    .where('g.patient_id', '=', patientId)
    .where('g.user_id', '=', principal.userId)
    .where('g.granted_at', '<=', at)
    .where('g.expires_at', '>', at)
    // Withdrawing the permission ends grants already given.
    .where('u.emergency_access_allowed', '=', true)
    .orderBy('g.expires_at', 'desc')
    .executeTakeFirst();
  return grant ? { id: grant.id, reason: grant.reason, expiresAt: asDate(grant.expires_at) } : null;
}

/**
 * The single decision point: which sections of this patient's chart the principal may see at
 * `at` (care team, clinic-wide policy, self, guardian link, consent, emergency grant).
 */
export async function decidePatientAccess(
  trx: Transaction<DB>,
  principal: Principal,
  patientId: string,
  policy: OrganizationPolicy,
  at: Date = new Date(),
): Promise<AccessDecision> {
  let access = NONE;
  const roles = principal.roles;
  if (roles.includes('patient') && principal.patientId === patientId) access = FULL;
  if (roles.some((role) => ORG_ADMINISTRATIVE_ROLES.includes(role))) access = union(access, ADMINISTRATIVE);
  if (policy.clinicWideAccess && roles.some((role) => CLINIC_WIDE_ROLES.includes(role))) {
    access = union(access, FULL_EXCEPT_SUBSTANCE_USE);
  }
  if (isFull(access)) return { access, ordinary: access, emergency: null };

  const careTeamRoles = roles.filter((role) => CARE_TEAM_ACCESS[role]);
  let consentApplies = false;
  if (careTeamRoles.length > 0) {
    const member = await trx
      .selectFrom('care_team_members')
      .select('user_id')
      .where('patient_id', '=', patientId)
      .where('user_id', '=', principal.userId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (member) {
      for (const role of careTeamRoles) access = union(access, CARE_TEAM_ACCESS[role] ?? NONE);
      // Consent reaches a therapist or collaborator only while they are on the care team.
      consentApplies = roles.some((role) => CONSENT_ROLES.includes(role));
    }
  }
  if (roles.includes('guardian')) {
    const link = await trx
      .selectFrom('guardian_links')
      .select('patient_id')
      .where('patient_id', '=', patientId)
      .where('guardian_user_id', '=', principal.userId)
      .executeTakeFirst();
    if (link) {
      access = union(access, GUARDIAN_DEFAULT);
      consentApplies = true;
    }
  }
  if (consentApplies && !isFull(access)) {
    access = union(access, await consentedSections(trx, patientId, principal.userId, at));
  }
  if (isFull(access)) return { access, ordinary: access, emergency: null };

  const emergency = await activeEmergencyGrant(trx, principal, patientId, at);
  return emergency
    ? { access: FULL, ordinary: access, emergency }
    : { access, ordinary: access, emergency: null };
}

export async function patientAccess(
  trx: Transaction<DB>,
  principal: Principal,
  patientId: string,
  policy: OrganizationPolicy,
  at: Date = new Date(),
): Promise<PatientAccess> {
  return (await decidePatientAccess(trx, principal, patientId, policy, at)).access;
}

/**
 * Sections the supervising psychiatrist of a physician assistant reads to review the PA's order
 * awaiting their co-signature (the order, the other medications and allergies, diagnoses, labs).
 */
export const COSIGN_REVIEW_SECTIONS: readonly ChartSection[] = ['medications', 'diagnoses', 'labs'];

export interface AccessOptions {
  /**
   * The call reads the chart to review an order, or co-signs it: the supervising psychiatrist of
   * the ordering PA passes for `COSIGN_REVIEW_SECTIONS` while such an order awaits them, even off
   * the care team. Only read and co-sign calls opt in, so this never opens writing.
   */
  cosignReview?: boolean;
}

/** Whether an order of this patient awaits this user's co-signature as the PA's supervisor. */
async function awaitsCosignatureBy(trx: Transaction<DB>, principal: Principal, patientId: string) {
  if (!principal.roles.includes('prescriber')) return false;
  const row = await trx
    .selectFrom('medication_orders as o')
    .innerJoin('users as u', 'u.id', 'o.prescriber_id')
    .select('o.id')
    .where('o.patient_id', '=', patientId)
    .where('o.status', '=', 'pending-cosign')
    .where('u.supervising_user_id', '=', principal.userId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Throws 404 (not 403) when the patient is invisible to the principal, so that a foreign id
 * reveals nothing about whether the patient exists; 403 when the patient is visible but the
 * section is not. Pass `at` (the service's clock) so consent periods and emergency grants expire
 * on the same clock as everything else.
 *
 * When only an emergency grant opens the section, the use is audited here (with the grant id), so
 * every route touching the chart during emergency access leaves that trace.
 */
export async function requirePatientAccess(
  trx: Transaction<DB>,
  principal: Principal,
  patientId: string,
  policy: OrganizationPolicy,
  need: ChartSection,
  at: Date = new Date(),
  options: AccessOptions = {},
): Promise<PatientAccess> {
  // Row-level security hides other organizations' patients; a missing row is simply not found.
  const exists = await trx.selectFrom('patients').select('id').where('id', '=', patientId).executeTakeFirst();
  const decision = exists
    ? await decidePatientAccess(trx, principal, patientId, policy, at)
    : { access: NONE, ordinary: NONE, emergency: null };
  if (
    exists &&
    options.cosignReview &&
    !decision.access.has(need) &&
    COSIGN_REVIEW_SECTIONS.includes(need) &&
    (await awaitsCosignatureBy(trx, principal, patientId))
  ) {
    // Ends when the order is co-signed or withdrawn; the calling route audits the read as usual.
    return union(decision.access, COSIGN_REVIEW_SECTIONS);
  }
  const refuse = (error: AppError) => {
    error.denial = { patientId, resourceType: 'Patient' };
    return error;
  };
  if (decision.access.size === 0) throw refuse(new AppError('not-found', 'Patient was not found.'));
  if (!decision.access.has(need)) {
    throw refuse(new AppError('forbidden', 'Your role does not allow access to this part of the record.'));
  }
  if (decision.emergency && !decision.ordinary.has(need)) {
    await recordAudit(trx, {
      ...actor(principal),
      patientId,
      action: 'emergency-access',
      resourceType: 'Patient',
      resourceId: patientId,
      outcome: 'success',
      detail: { grant: decision.emergency.id, section: need, use: 'chart-access' },
      at,
    });
  }
  return decision.access;
}

/**
 * The patients on a user's current care teams, as a subquery for `where(column, 'in', …)`: the one
 * definition every list (patients, tasks, refills, schedules, prescriptions) narrows by.
 */
export function careTeamPatientIds(trx: Transaction<DB>, userId: string) {
  return trx
    .selectFrom('care_team_members')
    .select('patient_id')
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null);
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
