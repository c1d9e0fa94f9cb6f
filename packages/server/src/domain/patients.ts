import { sql } from 'kysely';
import { withTenant } from '../db/database.js';
import type { Address, EmergencyContact, Insurance, PatientRow, Pharmacy } from '../db/schema.js';
import {
  careTeamPatientIds,
  decidePatientAccess,
  organizationPolicy,
  patientListScope,
  requirePatientAccess,
} from './access.js';
import { actor, recordAudit } from './audit.js';
import { iso } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { CARE_TEAM_MANAGERS, hasAnyRole, PATIENT_REGISTRARS, type Principal } from './principal.js';

/** A patient as the API shows it. */
export interface Patient {
  id: string;
  version: number;
  mrn: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  pronouns: string | null;
  dateOfBirth: string;
  sexAssignedAtBirth: 'female' | 'male' | 'intersex' | 'unknown';
  genderIdentity: string | null;
  phone: string | null;
  email: string | null;
  address: Address | null;
  timeZone: string;
  preferredLanguage: string;
  emergencyContact: EmergencyContact | null;
  preferredPharmacy: Pharmacy | null;
  insurance: Insurance | null;
  status: 'active' | 'inactive';
  createdAt: string;
  updatedAt: string;
}

/** Present on a chart read opened by an emergency (break-glass) grant. */
export interface EmergencyAccessInfo {
  grantId: string;
  expiresAt: string;
  reason: string;
}

export interface CareTeamAssignment {
  userId: string;
  role: 'prescriber' | 'nurse' | 'care-coordinator' | 'therapist' | 'collaborator';
  isPrimary?: boolean | undefined;
}

export type PatientSummary = Pick<
  Patient,
  | 'id'
  | 'mrn'
  | 'givenName'
  | 'familyName'
  | 'preferredName'
  | 'pronouns'
  | 'dateOfBirth'
  | 'sexAssignedAtBirth'
>;

/** Fields a client may set; everything else (id, MRN, version, timestamps) is the server's. */
export type PatientInput = Omit<Patient, 'id' | 'version' | 'mrn' | 'createdAt' | 'updatedAt'>;

/** Registration needs identity, birth date, sex at birth and time zone; the rest can follow. */
export type NewPatientInput = Pick<
  PatientInput,
  'givenName' | 'familyName' | 'dateOfBirth' | 'sexAssignedAtBirth' | 'timeZone'
> & {
  [K in Exclude<
    keyof PatientInput,
    'givenName' | 'familyName' | 'dateOfBirth' | 'sexAssignedAtBirth' | 'timeZone'
  >]?: PatientInput[K] | undefined;
};

export function toPatient(row: PatientRow): Patient {
  return {
    id: row.id,
    version: row.version,
    mrn: row.mrn,
    givenName: row.given_name,
    familyName: row.family_name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    dateOfBirth: row.date_of_birth,
    sexAssignedAtBirth: row.sex_assigned_at_birth,
    genderIdentity: row.gender_identity,
    phone: row.phone,
    email: row.email,
    address: row.address,
    timeZone: row.time_zone,
    preferredLanguage: row.preferred_language,
    emergencyContact: row.emergency_contact,
    preferredPharmacy: row.preferred_pharmacy,
    insurance: row.insurance,
    status: row.status,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value ?? null));

function toColumns(input: { [K in keyof PatientInput]?: PatientInput[K] | undefined }) {
  const columns = {
    given_name: input.givenName,
    family_name: input.familyName,
    preferred_name: input.preferredName,
    pronouns: input.pronouns,
    date_of_birth: input.dateOfBirth,
    sex_assigned_at_birth: input.sexAssignedAtBirth,
    gender_identity: input.genderIdentity,
    phone: input.phone,
    email: input.email,
    address: json(input.address),
    time_zone: input.timeZone,
    preferred_language: input.preferredLanguage,
    emergency_contact: json(input.emergencyContact),
    preferred_pharmacy: json(input.preferredPharmacy),
    insurance: json(input.insurance),
    status: input.status,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

export interface PatientSearch {
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

interface Cursor {
  family: string;
  given: string;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.family, cursor.given, cursor.id])).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((part) => typeof part === 'string')) {
      const [family, given, id] = parsed as [string, string, string];
      if (/^[0-9a-f-]{36}$/i.test(id)) return { family, given, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation', 'The cursor is not valid; start the search again without it.', [
    { field: 'cursor', message: 'not a cursor returned by this API' },
  ]);
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (match) => `\\${match}`);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MRN = /^mrn\d+$/i;

export function createPatientService(deps: Deps) {
  const { db } = deps;

  async function search(principal: Principal, params: PatientSearch) {
    const limit = Math.min(Math.max(params.limit ?? 25, 1), 100);
    return withTenant(db, principal.organizationId, async (trx) => {
      const scope = patientListScope(principal, await organizationPolicy(trx));
      let query = trx.selectFrom('patients').selectAll();
      switch (scope.kind) {
        case 'none':
          return { items: [], nextCursor: null };
        case 'organization':
          break;
        case 'care-team':
          query = query.where('id', 'in', careTeamPatientIds(trx, scope.userId));
          break;
        case 'guardian':
          query = query.where('id', 'in', (eb) =>
            eb.selectFrom('guardian_links').select('patient_id').where('guardian_user_id', '=', scope.userId),
          );
          break;
        case 'self':
          query = query.where('id', '=', scope.patientId);
          break;
      }
      const q = params.q?.trim() ?? '';
      if (DATE.test(q)) {
        query = query.where('date_of_birth', '=', q);
      } else if (MRN.test(q)) {
        query = query.where(sql`lower(mrn)`, 'like', `${escapeLike(q.toLowerCase())}%`);
      } else if (q.length > 0) {
        for (const token of q
          .toLowerCase()
          .split(/[\s,]+/)
          .filter(Boolean)
          .slice(0, 5)) {
          const prefix = `${escapeLike(token)}%`;
          query = query.where((eb) =>
            eb.or([
              eb(sql`lower(family_name)`, 'like', prefix),
              eb(sql`lower(given_name)`, 'like', prefix),
              eb(sql`lower(preferred_name)`, 'like', prefix),
            ]),
          );
        }
      }
      if (params.cursor) {
        const c = decodeCursor(params.cursor);
        query = query.where(
          sql<boolean>`(lower(family_name), lower(given_name), id) > (${c.family}, ${c.given}, ${c.id}::uuid)`,
        );
      }
      const rows = await query
        .orderBy(sql`lower(family_name)`)
        .orderBy(sql`lower(given_name)`)
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      // The search text may itself be health information: only the count is recorded.
      await recordAudit(trx, {
        ...actor(principal),
        action: 'search',
        resourceType: 'Patient',
        outcome: 'success',
        detail: { results: page.length },
        at: deps.clock.now(),
      });
      return {
        items: page.map((row): PatientSummary => {
          const p = toPatient(row);
          return {
            id: p.id,
            mrn: p.mrn,
            givenName: p.givenName,
            familyName: p.familyName,
            preferredName: p.preferredName,
            pronouns: p.pronouns,
            dateOfBirth: p.dateOfBirth,
            sexAssignedAtBirth: p.sexAssignedAtBirth,
          };
        }),
        nextCursor:
          rows.length > limit && last
            ? encodeCursor({
                family: last.family_name.toLowerCase(),
                given: last.given_name.toLowerCase(),
                id: last.id,
              })
            : null,
      };
    });
  }

  async function get(
    principal: Principal,
    patientId: string,
  ): Promise<Patient & { emergencyAccess?: EmergencyAccessInfo }> {
    return withTenant(db, principal.organizationId, async (trx) => {
      const now = deps.clock.now();
      const policy = await organizationPolicy(trx);
      await requirePatientAccess(trx, principal, patientId, policy, 'demographics', now);
      const row = await trx.selectFrom('patients').selectAll().where('id', '=', patientId).executeTakeFirst();
      if (!row) throw new AppError('not-found', 'Patient was not found.');
      // Emergency access shows on the chart (a banner with the time left) and in the audit row.
      const { emergency } = await decidePatientAccess(trx, principal, patientId, policy, now);
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'Patient',
        resourceId: patientId,
        outcome: 'success',
        ...(emergency ? { detail: { emergencyAccessGrant: emergency.id } } : {}),
        at: now,
      });
      const patient = toPatient(row);
      return emergency
        ? {
            ...patient,
            emergencyAccess: {
              grantId: emergency.id,
              expiresAt: emergency.expiresAt.toISOString(),
              reason: emergency.reason,
            },
          }
        : patient;
    });
  }

  async function create(principal: Principal, input: NewPatientInput): Promise<Patient> {
    if (!hasAnyRole(principal, PATIENT_REGISTRARS)) {
      throw new AppError('forbidden', 'Your role cannot register patients.');
    }
    return withTenant(db, principal.organizationId, async (trx) => {
      const { next } = await sql<{ next: number }>`select nextval('patient_mrn_seq')::int as next`
        .execute(trx)
        .then((r) => r.rows[0]!);
      const row = await trx
        .insertInto('patients')
        .values({
          ...toColumns(input),
          organization_id: principal.organizationId,
          mrn: `MRN${next}`,
        } as never)
        .returningAll()
        .executeTakeFirstOrThrow();
      // The registering clinician joins the care team so the new patient stays visible to them.
      const careRole = (['prescriber', 'nurse', 'care-coordinator'] as const).find((role) =>
        principal.roles.includes(role),
      );
      if (careRole) {
        await trx
          .insertInto('care_team_members')
          .values({
            organization_id: principal.organizationId,
            patient_id: row.id,
            user_id: principal.userId,
            role: careRole,
            is_primary: careRole === 'prescriber',
          })
          .execute();
      }
      await recordAudit(trx, {
        ...actor(principal),
        patientId: row.id,
        action: 'create',
        resourceType: 'Patient',
        resourceId: row.id,
        outcome: 'success',
        at: deps.clock.now(),
      });
      return toPatient(row);
    });
  }

  async function update(
    principal: Principal,
    patientId: string,
    expectedVersion: number,
    changes: { [K in keyof PatientInput]?: PatientInput[K] | undefined },
  ): Promise<Patient> {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'demographics',
        deps.clock.now(),
      );
      if (!hasAnyRole(principal, PATIENT_REGISTRARS)) {
        throw new AppError('forbidden', 'Your role can view but not change demographics.');
      }
      const row = await trx
        .updateTable('patients')
        .set({ ...toColumns(changes), version: sql`version + 1`, updated_at: sql`now()` } as never)
        .where('id', '=', patientId)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        const current = await trx
          .selectFrom('patients')
          .select('version')
          .where('id', '=', patientId)
          .executeTakeFirst();
        if (!current) throw new AppError('not-found', 'Patient was not found.');
        throw new AppError(
          'conflict',
          `This record was changed by someone else (now version ${current.version}, you edited version ${expectedVersion}). Reload it and apply your change again.`,
        );
      }
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'Patient',
        resourceId: patientId,
        outcome: 'success',
        detail: { version: row.version, fields: Object.keys(changes).join(',') },
        at: deps.clock.now(),
      });
      return toPatient(row);
    });
  }

  async function careTeam(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'care-team',
        deps.clock.now(),
      );
      const rows = await trx
        .selectFrom('care_team_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.user_id', 'u.display_name', 'm.role', 'u.credential', 'm.is_primary'])
        .where('m.patient_id', '=', patientId)
        .where('m.removed_at', 'is', null)
        .orderBy('m.is_primary', 'desc')
        .orderBy('u.display_name')
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'CareTeam',
        resourceId: patientId,
        outcome: 'success',
        at: deps.clock.now(),
      });
      return rows.map((row) => ({
        userId: row.user_id,
        displayName: row.display_name,
        role: row.role,
        credential: row.credential,
        isPrimary: row.is_primary,
      }));
    });
  }

  async function addCareTeamMember(principal: Principal, patientId: string, member: CareTeamAssignment) {
    if (!hasAnyRole(principal, CARE_TEAM_MANAGERS)) {
      throw new AppError('forbidden', 'Your role cannot change care teams.');
    }
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'care-team',
        deps.clock.now(),
      );
      const roles = await trx
        .selectFrom('user_roles as r')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .select('r.role')
        .where('r.user_id', '=', member.userId)
        .where('u.status', '=', 'active')
        .execute();
      if (roles.length === 0) {
        throw new AppError('validation', 'No active user with that id works in this organization.', [
          { field: 'body.userId', message: 'not a member of this organization' },
        ]);
      }
      if (!roles.some((r) => r.role === member.role)) {
        throw new AppError('validation', `That user does not hold the ${member.role} role.`, [
          { field: 'body.role', message: `the user's roles are ${roles.map((r) => r.role).join(', ')}` },
        ]);
      }
      const now = deps.clock.now();
      if (member.isPrimary) {
        await trx
          .updateTable('care_team_members')
          .set({ is_primary: false })
          .where('patient_id', '=', patientId)
          .where('role', '=', member.role)
          .execute();
      }
      await trx
        .insertInto('care_team_members')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          user_id: member.userId,
          role: member.role,
          is_primary: member.isPrimary ?? false,
          added_at: now,
          added_by: principal.userId,
          removed_at: null,
        })
        .onConflict((oc) =>
          oc.columns(['patient_id', 'user_id']).doUpdateSet({
            role: member.role,
            is_primary: member.isPrimary ?? false,
            added_at: now,
            added_by: principal.userId,
            removed_at: null,
          }),
        )
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'CareTeam',
        resourceId: patientId,
        outcome: 'success',
        detail: { added: member.userId, role: member.role },
        at: now,
      });
    });
  }

  async function removeCareTeamMember(principal: Principal, patientId: string, userId: string) {
    if (!hasAnyRole(principal, CARE_TEAM_MANAGERS)) {
      throw new AppError('forbidden', 'Your role cannot change care teams.');
    }
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'care-team',
        deps.clock.now(),
      );
      const now = deps.clock.now();
      const removed = await trx
        .updateTable('care_team_members')
        .set({ removed_at: now, is_primary: false })
        .where('patient_id', '=', patientId)
        .where('user_id', '=', userId)
        .where('removed_at', 'is', null)
        .returning('user_id')
        .executeTakeFirst();
      if (!removed) throw new AppError('not-found', 'That person is not on this care team.');
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'CareTeam',
        resourceId: patientId,
        outcome: 'success',
        detail: { removed: userId },
        at: now,
      });
    });
  }

  return { search, get, create, update, careTeam, addCareTeamMember, removeCareTeamMember };
}

export type PatientService = ReturnType<typeof createPatientService>;
