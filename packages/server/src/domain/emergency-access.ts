import { sql, type Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { CHART_SECTIONS, decidePatientAccess, EMERGENCY_ACCESS_ROLES, organizationPolicy } from './access.js';
import { actor, recordAudit } from './audit.js';
import { iso } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { hasAnyRole, type Principal } from './principal.js';

/**
 * Emergency ("break-glass") access: a clinician whom an admin has allowed to, and who is not on
 * the patient's care team, finds the patient by exact identifiers, states a reason and gets the
 * full chart for a limited time. The grant is audited at high severity, the organization's admins
 * are emailed (without health information), and the grant waits in a review queue.
 */
export const EMERGENCY_REASON_MIN_LENGTH = 20;

export interface EmergencyAccessRequest {
  patientId?: string | undefined;
  mrn?: string | undefined;
  familyName?: string | undefined;
  dateOfBirth?: string | undefined;
  reason: string;
}

export interface EmergencyGrant {
  id: string;
  patientId: string;
  userId: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
}

export interface EmergencyGrantForReview extends EmergencyGrant {
  userDisplayName: string;
  patient: { mrn: string; givenName: string; familyName: string };
  reviewStatus: 'pending' | 'reviewed';
  reviewOutcome: 'justified' | 'not-justified' | null;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export function createEmergencyAccessService(deps: Deps) {
  const { db } = deps;

  async function findPatient(trx: Transaction<DB>, request: EmergencyAccessRequest): Promise<string> {
    let query = trx.selectFrom('patients').select('id');
    if (request.patientId) query = query.where('id', '=', request.patientId);
    else if (request.mrn) query = query.where(sql`lower(mrn)`, '=', request.mrn.trim().toLowerCase());
    else if (request.familyName && request.dateOfBirth) {
      query = query
        .where(sql`lower(family_name)`, '=', request.familyName.trim().toLowerCase())
        .where('date_of_birth', '=', request.dateOfBirth);
    } else {
      throw new AppError(
        'validation',
        'Identify the patient by id, by MRN, or by family name and date of birth.',
      );
    }
    const rows = await query.limit(2).execute();
    if (rows.length === 0) throw new AppError('not-found', 'No patient matches these identifiers exactly.');
    if (rows.length > 1) {
      throw new AppError('conflict', 'More than one patient matches; identify the patient by MRN instead.');
    }
    return rows[0]!.id;
  }

  async function grant(principal: Principal, request: EmergencyAccessRequest): Promise<EmergencyGrant> {
    const reason = request.reason.trim();
    if (reason.length < EMERGENCY_REASON_MIN_LENGTH) {
      throw new AppError(
        'validation',
        `Describe the emergency in at least ${EMERGENCY_REASON_MIN_LENGTH} characters.`,
        [{ field: 'body.reason', message: `at least ${EMERGENCY_REASON_MIN_LENGTH} characters` }],
      );
    }
    const result = await withTenant(db, principal.organizationId, async (trx) => {
      const now = deps.clock.now();
      const user = await trx
        .selectFrom('users')
        .select('emergency_access_allowed')
        .where('id', '=', principal.userId)
        .executeTakeFirst();
      if (!user?.emergency_access_allowed || !hasAnyRole(principal, EMERGENCY_ACCESS_ROLES)) {
        throw new AppError(
          'forbidden',
          'You are not on the list of clinicians allowed emergency access. Ask an administrator, or ask the care team to add you.',
        );
      }
      const patientId = await findPatient(trx, request);
      const decision = await decidePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        now,
      );
      if (CHART_SECTIONS.every((section) => decision.ordinary.has(section))) {
        throw new AppError(
          'conflict',
          'You already have access to this patient’s chart; emergency access is not needed.',
        );
      }
      const expiresAt = new Date(now.getTime() + deps.config.emergencyAccessMinutes * 60_000);
      const row = await trx
        .insertInto('emergency_access_grants')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          user_id: principal.userId,
          reason,
          granted_at: now,
          expires_at: expiresAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'emergency-access',
        resourceType: 'EmergencyAccessGrant',
        resourceId: row.id,
        outcome: 'success',
        detail: { severity: 'high', reason, expiresAt: expiresAt.toISOString() },
        at: now,
      });
      const admins = await trx
        .selectFrom('users as u')
        .innerJoin('user_roles as r', 'r.user_id', 'u.id')
        .select('u.email')
        .where('r.role', '=', 'admin')
        .where('u.status', '=', 'active')
        .execute();
      return {
        grant: {
          id: row.id,
          patientId,
          userId: principal.userId,
          reason,
          grantedAt: now.toISOString(),
          expiresAt: expiresAt.toISOString(),
        },
        admins: admins.map((a) => a.email),
      };
    });
    // After commit; the email names nobody and carries no health information, only where to look.
    const link = `${deps.config.publicUrl ?? ''}/admin/emergency-access`;
    for (const to of result.admins) {
      try {
        await deps.mailer.send({
          to,
          subject: 'Titrate: emergency access was used and needs review',
          text: `A clinician in your organization used emergency access to a patient record at ${result.grant.grantedAt}.\n\nReview it in Titrate: ${link}\n`,
        });
      } catch {
        // The review queue is the durable notice; a mail failure must not undo an emergency grant.
      }
    }
    return result.grant;
  }

  async function queue(
    principal: Principal,
    status: 'pending' | 'reviewed',
  ): Promise<EmergencyGrantForReview[]> {
    return withTenant(db, principal.organizationId, async (trx) => {
      const rows = await trx
        .selectFrom('emergency_access_grants as g')
        .innerJoin('users as u', 'u.id', 'g.user_id')
        .innerJoin('patients as p', 'p.id', 'g.patient_id')
        .select([
          'g.id',
          'g.patient_id',
          'g.user_id',
          'g.reason',
          'g.granted_at',
          'g.expires_at',
          'g.review_status',
          'g.review_outcome',
          'g.review_note',
          'g.reviewed_by',
          'g.reviewed_at',
          'u.display_name',
          'p.mrn',
          'p.given_name',
          'p.family_name',
        ])
        .where('g.review_status', '=', status)
        .orderBy('g.granted_at', status === 'pending' ? 'asc' : 'desc')
        .limit(200)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'read',
        resourceType: 'EmergencyAccessGrant',
        outcome: 'success',
        detail: { status, results: rows.length },
        at: deps.clock.now(),
      });
      return rows.map((row) => ({
        id: row.id,
        patientId: row.patient_id,
        userId: row.user_id,
        reason: row.reason,
        grantedAt: iso(row.granted_at),
        expiresAt: iso(row.expires_at),
        userDisplayName: row.display_name,
        patient: { mrn: row.mrn, givenName: row.given_name, familyName: row.family_name },
        reviewStatus: row.review_status,
        reviewOutcome: row.review_outcome,
        reviewNote: row.review_note,
        reviewedBy: row.reviewed_by,
        reviewedAt: row.reviewed_at ? iso(row.reviewed_at) : null,
      }));
    });
  }

  async function review(
    principal: Principal,
    grantId: string,
    outcome: 'justified' | 'not-justified',
    note: string,
  ): Promise<void> {
    return withTenant(db, principal.organizationId, async (trx) => {
      const now = deps.clock.now();
      const existing = await trx
        .selectFrom('emergency_access_grants')
        .select(['user_id', 'patient_id', 'review_status'])
        .where('id', '=', grantId)
        .executeTakeFirst();
      if (!existing) throw new AppError('not-found', 'That emergency access grant was not found.');
      if (existing.user_id === principal.userId) {
        throw new AppError('forbidden', 'Another administrator must review your own emergency access.');
      }
      if (existing.review_status === 'reviewed')
        throw new AppError('conflict', 'That grant was already reviewed.');
      await trx
        .updateTable('emergency_access_grants')
        .set({
          review_status: 'reviewed',
          review_outcome: outcome,
          review_note: note,
          reviewed_by: principal.userId,
          reviewed_at: now,
        })
        .where('id', '=', grantId)
        .where('review_status', '=', 'pending')
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId: existing.patient_id,
        action: 'update',
        resourceType: 'EmergencyAccessGrant',
        resourceId: grantId,
        outcome: 'success',
        detail: { review: outcome },
        at: now,
      });
    });
  }

  /** Admin: allow or withdraw a clinician's emergency access (withdrawing ends grants in force). */
  async function setAllowed(principal: Principal, userId: string, allowed: boolean) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const user = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
      if (!user) throw new AppError('not-found', 'No user with that id works in this organization.');
      if (allowed) {
        const roles = await trx
          .selectFrom('user_roles')
          .select('role')
          .where('user_id', '=', userId)
          .execute();
        if (!roles.some((r) => EMERGENCY_ACCESS_ROLES.includes(r.role))) {
          throw new AppError(
            'validation',
            'Only prescribers, nurses and care coordinators can be allowed emergency access.',
            [
              {
                field: 'body.allowed',
                message: `the user's roles are ${roles.map((r) => r.role).join(', ')}`,
              },
            ],
          );
        }
      }
      await trx
        .updateTable('users')
        .set({ emergency_access_allowed: allowed })
        .where('id', '=', userId)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'update',
        resourceType: 'User',
        resourceId: userId,
        outcome: 'success',
        detail: { emergencyAccessAllowed: allowed },
        at: deps.clock.now(),
      });
      return { userId, emergencyAccessAllowed: allowed };
    });
  }

  return { grant, queue, review, setAllowed };
}

export type EmergencyAccessService = ReturnType<typeof createEmergencyAccessService>;
