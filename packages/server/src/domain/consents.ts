import { sql, type Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import type { ConsentPurpose, DB, Role } from '../db/schema.js';
import {
  CHART_SECTIONS,
  type ChartSection,
  CONSENT_GRANTEE_ROLES,
  organizationPolicy,
  requirePatientAccess,
} from './access.js';
import { actor, recordAudit } from './audit.js';
import { iso } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';

/**
 * Consents (FHIR Consent, scope "patient-privacy"): the patient grants sections of their chart to
 * one person of the organization for a purpose and a period. Staff record a consent on the
 * patient's documented request; a patient records their own in the portal. Consents are never
 * deleted; revoking keeps the row (status, revoked_at/by, version).
 */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'treatment',
  'payment',
  'operations',
  'coordination',
];

export interface Consent {
  id: string;
  version: number;
  patientId: string;
  grantee: { userId: string; displayName: string; role: Role | null };
  sections: ChartSection[];
  purpose: ConsentPurpose;
  regulation: 'hipaa' | '42cfr2';
  status: 'active' | 'revoked';
  /** In force now: active, started, not ended. */
  inForce: boolean;
  periodStart: string;
  periodEnd: string | null;
  authority: 'patient' | 'patient-request';
  recordedBy: { userId: string; displayName: string };
  recordedAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface ConsentCandidate {
  userId: string;
  displayName: string;
  role: Role;
  relationship: string | null;
}

export interface ConsentInput {
  granteeUserId: string;
  sections: ChartSection[];
  purpose: ConsentPurpose;
  periodStart?: string | undefined;
  periodEnd?: string | null | undefined;
}

export function createConsentService(deps: Deps) {
  const { db } = deps;

  async function list(trx: Transaction<DB>, patientId: string, now: Date): Promise<Consent[]> {
    const rows = await trx
      .selectFrom('consents as c')
      .innerJoin('users as g', 'g.id', 'c.grantee_user_id')
      .innerJoin('users as r', 'r.id', 'c.recorded_by')
      .select([
        'c.id',
        'c.version',
        'c.patient_id',
        'c.grantee_user_id',
        'g.display_name as grantee_name',
        'c.sections',
        'c.purpose',
        'c.regulation',
        'c.status',
        'c.period_start',
        'c.period_end',
        'c.authority',
        'c.recorded_by',
        'r.display_name as recorder_name',
        'c.recorded_at',
        'c.revoked_at',
        'c.revoked_by',
        (eb) =>
          eb
            .selectFrom('user_roles as ur')
            .select('ur.role')
            .whereRef('ur.user_id', '=', 'c.grantee_user_id')
            .where('ur.role', 'in', CONSENT_GRANTEE_ROLES)
            .limit(1)
            .as('grantee_role'),
      ])
      .where('c.patient_id', '=', patientId)
      .orderBy('c.recorded_at', 'desc')
      .execute();
    return rows.map((row) => {
      const start = new Date(row.period_start);
      const end = row.period_end ? new Date(row.period_end) : null;
      return {
        id: row.id,
        version: row.version,
        patientId: row.patient_id,
        grantee: {
          userId: row.grantee_user_id,
          displayName: row.grantee_name,
          role: (row.grantee_role as Role | null) ?? null,
        },
        sections: row.sections as ChartSection[],
        purpose: row.purpose,
        regulation: row.regulation,
        status: row.status,
        inForce: row.status === 'active' && start <= now && (end === null || end > now),
        periodStart: iso(row.period_start),
        periodEnd: row.period_end ? iso(row.period_end) : null,
        authority: row.authority,
        recordedBy: { userId: row.recorded_by, displayName: row.recorder_name },
        recordedAt: iso(row.recorded_at),
        revokedAt: row.revoked_at ? iso(row.revoked_at) : null,
        revokedBy: row.revoked_by,
      };
    });
  }

  /** Staff reach the patient through access control; a patient only ever their own record. */
  async function authorize(trx: Transaction<DB>, principal: Principal, patientId: string, now: Date) {
    if (principal.roles.includes('patient') && principal.patientId === patientId) return;
    await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'care-team', now);
  }

  async function listConsents(principal: Principal, patientId: string): Promise<Consent[]> {
    return withTenant(db, principal.organizationId, async (trx) => {
      const now = deps.clock.now();
      await authorize(trx, principal, patientId, now);
      const items = await list(trx, patientId, now);
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'Consent',
        resourceId: patientId,
        outcome: 'success',
        detail: { results: items.length },
        at: now,
      });
      return items;
    });
  }

  async function record(principal: Principal, patientId: string, input: ConsentInput): Promise<Consent> {
    return withTenant(db, principal.organizationId, async (trx) => {
      const now = deps.clock.now();
      await authorize(trx, principal, patientId, now);
      const grantee = await trx
        .selectFrom('users')
        .select(['id', 'status'])
        .where('id', '=', input.granteeUserId)
        .executeTakeFirst();
      const roles = grantee
        ? (
            await trx
              .selectFrom('user_roles')
              .select('role')
              .where('user_id', '=', input.granteeUserId)
              .execute()
          ).map((r) => r.role)
        : [];
      if (!grantee || grantee.status === 'disabled') {
        throw new AppError('validation', 'No active user with that id works in this organization.', [
          { field: 'body.granteeUserId', message: 'not a member of this organization' },
        ]);
      }
      if (!roles.some((role) => CONSENT_GRANTEE_ROLES.includes(role))) {
        throw new AppError(
          'validation',
          'Consent can name a therapist, a collaborator or a guardian; other clinicians see the chart through the care team.',
          [{ field: 'body.granteeUserId', message: `the user's roles are ${roles.join(', ')}` }],
        );
      }
      if (
        roles.includes('guardian') &&
        !roles.some((role) => role === 'therapist' || role === 'collaborator')
      ) {
        const link = await trx
          .selectFrom('guardian_links')
          .select('patient_id')
          .where('patient_id', '=', patientId)
          .where('guardian_user_id', '=', input.granteeUserId)
          .executeTakeFirst();
        if (!link) {
          throw new AppError('validation', 'That guardian is not linked to this patient.', [
            { field: 'body.granteeUserId', message: 'guardian not linked to the patient' },
          ]);
        }
      }
      const sections = [...new Set(input.sections)].filter((s) => CHART_SECTIONS.includes(s));
      const start = input.periodStart ? new Date(input.periodStart) : now;
      const end = input.periodEnd ? new Date(input.periodEnd) : null;
      if (end && end <= start) {
        throw new AppError('validation', 'The consent must end after it starts.', [
          { field: 'body.periodEnd', message: 'must be after periodStart' },
        ]);
      }
      // Substance-use records are 42 CFR Part 2 records. Of the §2.31 elements the row carries the
      // patient, who discloses (this organization), the recipient, the purpose, the kind of
      // information (sections), the date and the right to revoke; the expiration must be explicit.
      const part2 = sections.includes('substance-use');
      if (part2 && !end) {
        throw new AppError(
          'unprocessable',
          'Sharing alcohol and drug use records is a 42 CFR Part 2 consent, which must say when it expires: give an end date, or leave those records out.',
          [
            {
              field: 'body.periodEnd',
              message: 'required when sections include substance-use (42 CFR 2.31)',
            },
          ],
        );
      }
      const isSelf = principal.roles.includes('patient') && principal.patientId === patientId;
      const row = await trx
        .insertInto('consents')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          grantee_user_id: input.granteeUserId,
          sections,
          purpose: input.purpose,
          regulation: part2 ? '42cfr2' : 'hipaa',
          period_start: start,
          period_end: end,
          authority: isSelf ? 'patient' : 'patient-request',
          recorded_by: principal.userId,
          recorded_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'Consent',
        resourceId: row.id,
        outcome: 'success',
        detail: {
          grantee: input.granteeUserId,
          sections: sections.join(','),
          purpose: input.purpose,
          regulation: part2 ? '42cfr2' : 'hipaa',
        },
        at: now,
      });
      const created = (await list(trx, patientId, now)).find((c) => c.id === row.id);
      if (!created) throw new AppError('internal', 'The consent was not saved.');
      return created;
    });
  }

  async function revoke(principal: Principal, patientId: string, consentId: string): Promise<Consent> {
    return withTenant(db, principal.organizationId, async (trx) => {
      const now = deps.clock.now();
      await authorize(trx, principal, patientId, now);
      const updated = await trx
        .updateTable('consents')
        .set({ status: 'revoked', revoked_at: now, revoked_by: principal.userId, version: sql`version + 1` })
        .where('id', '=', consentId)
        .where('patient_id', '=', patientId)
        .where('status', '=', 'active')
        .returning('id')
        .executeTakeFirst();
      if (!updated) {
        const existing = await trx
          .selectFrom('consents')
          .select('status')
          .where('id', '=', consentId)
          .where('patient_id', '=', patientId)
          .executeTakeFirst();
        if (!existing) throw new AppError('not-found', 'That consent was not found for this patient.');
        throw new AppError('conflict', 'That consent was already revoked.');
      }
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'Consent',
        resourceId: consentId,
        outcome: 'success',
        detail: { status: 'revoked' },
        at: now,
      });
      const result = (await list(trx, patientId, now)).find((c) => c.id === consentId);
      if (!result) throw new AppError('internal', 'The consent could not be read back.');
      return result;
    });
  }

  /** For the portal: the patient's own consents. */
  const ownPatientId = (principal: Principal) => {
    if (!principal.patientId) throw new AppError('forbidden', 'Only a patient account has its own record.');
    return principal.patientId;
  };

  /** People the patient may name in a consent: therapists and collaborators on the care team, linked guardians. */
  async function candidates(principal: Principal): Promise<ConsentCandidate[]> {
    const patientId = ownPatientId(principal);
    return withTenant(db, principal.organizationId, async (trx) => {
      const team = await trx
        .selectFrom('care_team_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.display_name', 'm.role'])
        .where('m.patient_id', '=', patientId)
        .where('m.removed_at', 'is', null)
        .where('m.role', 'in', ['therapist', 'collaborator'])
        .where('u.status', '=', 'active')
        .execute();
      const guardians = await trx
        .selectFrom('guardian_links as g')
        .innerJoin('users as u', 'u.id', 'g.guardian_user_id')
        .select(['u.id', 'u.display_name', 'g.relationship'])
        .where('g.patient_id', '=', patientId)
        .where('u.status', '=', 'active')
        .execute();
      return [
        ...team.map((t) => ({
          userId: t.id,
          displayName: t.display_name,
          role: t.role as Role,
          relationship: null,
        })),
        ...guardians.map((g) => ({
          userId: g.id,
          displayName: g.display_name,
          role: 'guardian' as Role,
          relationship: g.relationship,
        })),
      ];
    });
  }

  return {
    list: listConsents,
    candidates,
    record,
    revoke,
    listOwn: (principal: Principal) => listConsents(principal, ownPatientId(principal)),
    recordOwn: (principal: Principal, input: ConsentInput) =>
      record(principal, ownPatientId(principal), input),
    revokeOwn: (principal: Principal, consentId: string) =>
      revoke(principal, ownPatientId(principal), consentId),
  };
}

export type ConsentService = ReturnType<typeof createConsentService>;
