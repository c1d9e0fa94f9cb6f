import { type Selectable, sql } from 'kysely';
import { DateTime } from 'luxon';
import { withTenant } from '../db/database.js';
import type { DB, TaskStatus } from '../db/schema.js';
import { careTeamPatientIds, patientListScope, requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { dateOf, iso, isoOrNull, organizationPolicy } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';
import { OPEN_REFILL_STATUSES } from './refills.js';

type TaskRow = Selectable<DB['tasks']>;

/** A rise of this many points on the PHQ-9 or GAD-7 since the previous score puts a patient up the caseload. */
const WORSENING_POINTS = 5;
/** A draft visit note left unsigned this long is listed among the caseload reasons. */
const UNSIGNED_NOTE_MS = 24 * 60 * 60 * 1000;
/** Grace after a visit's start for the clinic to mark the patient arrived or sign the note. */
const FOLLOW_UP_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Caseload tiers, most in need first; within a tier, the latest activity first.
 * 0 an open urgent safety task; 1 a worsening PHQ-9/GAD-7; 2 an overdue follow-up, an out-of-range
 * result or overdue monitoring (something clinical is late); 3 poor adherence, a refill awaiting a
 * decision or an unsigned note (work waiting on the team); 4 the rest.
 */
const REASON_TIER: Record<string, number> = {
  'urgent-safety-task': 0,
  'worsening-score': 1,
  'overdue-follow-up': 2,
  'abnormal-result': 2,
  'overdue-monitoring': 2,
  'poor-adherence': 3,
  'pending-refill': 3,
  'unsigned-note': 3,
};
const NO_REASON_TIER = 4;

/** The calendar day of an instant in the patient's zone (UTC when the zone is unknown). */
const localDay = (at: Date | string, zone: string) =>
  DateTime.fromJSDate(new Date(at), { zone }).toISODate() ?? dateOf(at);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const MISSED: Record<string, string> = {
  'no-show': 'a no-show',
  booked: 'not marked attended',
  cancelled: 'cancelled',
};

export interface TaskFilter {
  patientId?: string | undefined;
  priority?: TaskRow['priority'] | undefined;
  status?: TaskStatus | undefined;
  assignedTo?: 'me' | undefined;
  limit?: number | undefined;
}

function toTask(row: TaskRow) {
  return {
    id: row.id,
    version: row.version,
    patientId: row.patient_id,
    kind: row.kind,
    priority: row.priority,
    title: row.title,
    detail: row.detail,
    sourceResponseId: row.source_response_id,
    assignedTo: row.assigned_to,
    status: row.status,
    note: row.note,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    closedBy: row.closed_by,
    closedAt: isoOrNull(row.closed_at),
    updatedAt: iso(row.updated_at),
  };
}
export type Task = ReturnType<typeof toTask>;

export function createTaskService(deps: Deps) {
  const { db } = deps;

  async function list(principal: Principal, filter: TaskFilter) {
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
    return withTenant(db, principal.organizationId, async (trx) => {
      const policy = await organizationPolicy(trx);
      if (filter.patientId) {
        // A named patient: the same 404/403 as the chart, so an id reveals nothing.
        await requirePatientAccess(trx, principal, filter.patientId, policy, 'safety', deps.clock.now());
      }
      const scope = patientListScope(principal, policy);
      let query = trx.selectFrom('tasks').selectAll();
      if (scope.kind === 'care-team') {
        // Only patients the principal cares for: counts and lists leak nothing else.
        query = query.where('patient_id', 'in', careTeamPatientIds(trx, scope.userId));
      } else if (scope.kind !== 'organization') {
        return { items: [] };
      }
      if (filter.patientId) query = query.where('patient_id', '=', filter.patientId);
      if (filter.priority) query = query.where('priority', '=', filter.priority);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.assignedTo === 'me') {
        // Unassigned tasks belong to the whole care team, so they are everyone's on it.
        query = query.where((eb) =>
          eb.or([eb('assigned_to', '=', principal.userId), eb('assigned_to', 'is', null)]),
        );
      }
      const rows = await query
        // Safety first, then by urgency, open before closed, newest first.
        .orderBy(sql`case when kind = 'safety' then 0 else 1 end`)
        .orderBy(sql`case priority when 'stat' then 0 when 'asap' then 1 when 'urgent' then 2 else 3 end`)
        .orderBy(sql`case status when 'done' then 1 else 0 end`)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId: filter.patientId ?? null,
        action: 'search',
        resourceType: 'Task',
        outcome: 'success',
        detail: { results: rows.length },
        at: deps.clock.now(),
      });
      return { items: rows.map(toTask) };
    });
  }

  async function update(
    principal: Principal,
    taskId: string,
    /** Read after the access check, so an invisible task answers 404 before a missing If-Match. */
    versionOf: () => number,
    change: {
      status?: TaskStatus | undefined;
      note?: string | null | undefined;
      assignedTo?: string | null | undefined;
    },
  ) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const task = await trx.selectFrom('tasks').selectAll().where('id', '=', taskId).executeTakeFirst();
      if (!task) throw new AppError('not-found', 'Task was not found.');
      try {
        await requirePatientAccess(
          trx,
          principal,
          task.patient_id,
          await organizationPolicy(trx),
          'safety',
          deps.clock.now(),
        );
      } catch (error) {
        // An invisible patient's task is simply not found.
        if (error instanceof AppError && error.status === 404)
          throw new AppError('not-found', 'Task was not found.');
        throw error;
      }
      if (change.assignedTo) {
        // Row-level security limits this to the principal's organization.
        const assignee = await trx
          .selectFrom('users')
          .select('id')
          .where('id', '=', change.assignedTo)
          .executeTakeFirst();
        if (!assignee) {
          throw new AppError('validation', 'No user with that id works in this organization.', [
            { field: 'body.assignedTo', message: 'not a member of this organization' },
          ]);
        }
      }
      const expectedVersion = versionOf();
      const now = deps.clock.now();
      const closing = change.status === 'done' && task.status !== 'done';
      const reopening = change.status !== undefined && change.status !== 'done' && task.status === 'done';
      const row = await trx
        .updateTable('tasks')
        .set({
          ...(change.status ? { status: change.status } : {}),
          ...(change.note !== undefined ? { note: change.note } : {}),
          ...(change.assignedTo !== undefined ? { assigned_to: change.assignedTo } : {}),
          ...(closing ? { closed_by: principal.userId, closed_at: now } : {}),
          ...(reopening ? { closed_by: null, closed_at: null } : {}),
          updated_at: now,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', taskId)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        throw new AppError(
          'conflict',
          `This task was changed by someone else (now version ${task.version}, you edited version ${expectedVersion}). Reload it and try again.`,
        );
      }
      await recordAudit(trx, {
        ...actor(principal),
        patientId: task.patient_id,
        action: 'update',
        resourceType: 'Task',
        resourceId: taskId,
        outcome: 'success',
        detail: { status: row.status, version: row.version },
        at: now,
      });
      return toTask(row);
    });
  }

  /**
   * The principal's patients ordered by need (tiers in `REASON_TIER`). One query; every sub-select
   * is served by an index on (organization, patient, …) under row-level security.
   *
   * Overdue follow-up means the patient was due to be seen, was not, and nothing is booked: no
   * appointment is booked (or the patient arrived) from a day ago onwards, and the latest
   * appointment that started more than a day ago was missed — a no-show, cancelled, or still
   * "booked" with nobody marking the patient arrived — with no visit note signed since its start.
   * The last signed note's booked next visit is normally that appointment, so a follow-up plan
   * that lapsed shows here; the day of grace leaves time to mark attendance or sign the note.
   */
  async function caseload(principal: Principal, options: { limit?: number | undefined } = {}) {
    const limit = Math.min(Math.max(options.limit ?? 100, 1), 500);
    return withTenant(db, principal.organizationId, async (trx) => {
      const scope = patientListScope(principal, await organizationPolicy(trx));
      if (scope.kind !== 'organization' && scope.kind !== 'care-team') return { items: [] };
      const inScope =
        scope.kind === 'care-team'
          ? sql`p.id in (select patient_id from care_team_members where user_id = ${scope.userId}::uuid and removed_at is null)`
          : sql`true`;
      const now = deps.clock.now();
      const graceStart = new Date(now.getTime() - FOLLOW_UP_GRACE_MS);
      const rows = await sql<{
        id: string;
        mrn: string;
        given_name: string;
        family_name: string;
        preferred_name: string | null;
        date_of_birth: string;
        urgent_tasks: number;
        phq9: number[] | null;
        gad7: number[] | null;
        stale_drafts: number;
        lab_tasks: number;
        monitoring_tasks: number;
        adherence_tasks: number;
        adherence_title: string | null;
        pending_refills: number;
        missed_at: Date | string | null;
        missed_status: string | null;
        time_zone: string;
        booked_ahead: boolean;
        seen_since: boolean;
        last_activity: Date | string;
      }>`
        select p.id, p.mrn, p.given_name, p.family_name, p.preferred_name, p.date_of_birth,
          (select count(*)::int from tasks t
             where t.patient_id = p.id and t.kind = 'safety' and t.priority in ('urgent','asap','stat')
               and t.status <> 'done') as urgent_tasks,
          (select array_agg(total) from (select q.total from questionnaire_responses q
             where q.patient_id = p.id and q.instrument = 'PHQ-9' and q.status = 'final' and q.total is not null
             order by q.authored_at desc, q.id desc limit 2) s) as phq9,
          (select array_agg(total) from (select q.total from questionnaire_responses q
             where q.patient_id = p.id and q.instrument = 'GAD-7' and q.status = 'final' and q.total is not null
             order by q.authored_at desc, q.id desc limit 2) s) as gad7,
          (select count(*)::int from visit_notes v
             where v.patient_id = p.id and v.status = 'draft'
               and v.created_at < ${new Date(now.getTime() - UNSIGNED_NOTE_MS)}) as stale_drafts,
          (select count(*)::int from tasks t
             where t.patient_id = p.id and t.kind = 'lab' and t.status <> 'done') as lab_tasks,
          (select count(*)::int from tasks t
             where t.patient_id = p.id and t.kind = 'monitoring' and t.status <> 'done') as monitoring_tasks,
          (select count(*)::int from tasks t
             where t.patient_id = p.id and t.kind = 'adherence' and t.status <> 'done') as adherence_tasks,
          (select t.title from tasks t
             where t.patient_id = p.id and t.kind = 'adherence' and t.status <> 'done'
             order by t.created_at desc limit 1) as adherence_title,
          (select count(*)::int from refill_requests r
             where r.patient_id = p.id and r.status in (${sql.join([...OPEN_REFILL_STATUSES])})) as pending_refills,
          p.time_zone, missed.starts_at as missed_at, missed.status as missed_status,
          exists (select 1 from appointments a
             where a.patient_id = p.id and a.status in ('booked','arrived') and a.starts_at >= ${graceStart}) as booked_ahead,
          exists (select 1 from visit_notes v
             where v.patient_id = p.id and v.status = 'signed' and v.signed_at >= missed.starts_at) as seen_since,
          greatest(p.updated_at,
            (select max(q.authored_at) from questionnaire_responses q where q.patient_id = p.id),
            (select max(o.updated_at) from medication_orders o where o.patient_id = p.id),
            (select max(t.updated_at) from tasks t where t.patient_id = p.id)) as last_activity
        from patients p
        -- The latest visit that should have happened by now (more than a day ago).
        left join lateral (select a.starts_at, a.status from appointments a
             where a.patient_id = p.id and a.starts_at < ${graceStart}
             order by a.starts_at desc limit 1) missed on true
        where p.status = 'active' and ${inScope}
      `.execute(trx);
      const items = rows.rows.map((row) => {
        const reasons: { code: string; message: string }[] = [];
        if (row.urgent_tasks > 0) {
          reasons.push({
            code: 'urgent-safety-task',
            message: plural(row.urgent_tasks, 'open urgent safety task'),
          });
        }
        let worsening = false;
        for (const [name, totals] of [
          ['PHQ-9', row.phq9],
          ['GAD-7', row.gad7],
        ] as const) {
          if (totals && totals.length === 2 && totals[0]! - totals[1]! >= WORSENING_POINTS) {
            worsening = true;
            reasons.push({
              code: 'worsening-score',
              message: `${name} up ${totals[0]! - totals[1]!} points (${totals[1]} → ${totals[0]})`,
            });
          }
        }
        const overdueFollowUp =
          row.missed_status !== null &&
          MISSED[row.missed_status] !== undefined &&
          !row.booked_ahead &&
          !row.seen_since;
        if (overdueFollowUp) {
          reasons.push({
            code: 'overdue-follow-up',
            message: `Visit due ${localDay(row.missed_at as Date | string, row.time_zone)} was ${MISSED[row.missed_status as string]}; nothing booked since`,
          });
        }
        // Out-of-range results and overdue monitoring (clinical record) put a patient above the rest.
        if (row.lab_tasks > 0) {
          reasons.push({
            code: 'abnormal-result',
            message: `${plural(row.lab_tasks, 'out-of-range result')} to review`,
          });
        }
        if (row.monitoring_tasks > 0) {
          reasons.push({
            code: 'overdue-monitoring',
            message: `${plural(row.monitoring_tasks, 'monitoring test')} overdue`,
          });
        }
        // Adherence tasks are opened by the reminders sweep (proportion of days covered below 80 %
        // over 14 days, or days without a dose of a drug that must not stop abruptly).
        if (row.adherence_tasks > 0) {
          reasons.push({
            code: 'poor-adherence',
            message:
              row.adherence_tasks === 1 && row.adherence_title
                ? row.adherence_title
                : plural(row.adherence_tasks, 'open adherence task'),
          });
        }
        if (row.pending_refills > 0) {
          reasons.push({
            code: 'pending-refill',
            message: `${plural(row.pending_refills, 'refill request')} awaiting a decision`,
          });
        }
        if (row.stale_drafts > 0) {
          reasons.push({
            code: 'unsigned-note',
            message: `${plural(row.stale_drafts, 'visit note')} unsigned for over a day`,
          });
        }
        const tier = Math.min(NO_REASON_TIER, ...reasons.map((r) => REASON_TIER[r.code] ?? NO_REASON_TIER));
        return {
          patient: {
            id: row.id,
            mrn: row.mrn,
            givenName: row.given_name,
            familyName: row.family_name,
            preferredName: row.preferred_name,
            dateOfBirth: row.date_of_birth,
          },
          urgentSafetyTasks: row.urgent_tasks,
          worsening,
          labFollowUp: row.lab_tasks + row.monitoring_tasks > 0,
          overdueFollowUp,
          tier,
          lastActivity: iso(row.last_activity),
          reasons,
        };
      });
      items.sort(
        (a, b) =>
          a.tier - b.tier ||
          b.lastActivity.localeCompare(a.lastActivity) ||
          a.patient.id.localeCompare(b.patient.id),
      );
      const page = items.slice(0, limit);
      await recordAudit(trx, {
        ...actor(principal),
        action: 'search',
        resourceType: 'Patient',
        outcome: 'success',
        detail: { view: 'caseload', results: page.length },
        at: now,
      });
      return { items: page };
    });
  }

  return { list, update, caseload };
}

export type TaskService = ReturnType<typeof createTaskService>;
