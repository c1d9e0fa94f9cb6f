import { type RawBuilder, sql, type Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { actor, recordAudit } from './audit.js';
import { iso } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';

/**
 * The audit report (ONC 170.315(d)(3)) for administrators, its CSV export, and a patient's own
 * access log. Sort keys are an allowlist mapped to fixed SQL expressions; every filter value is a
 * bound parameter. Reading the report, exporting it and reading an access log are audited too.
 */
export const AUDIT_SORT_KEYS = [
  'occurredAt',
  'id',
  'user',
  'role',
  'patient',
  'action',
  'resourceType',
  'resourceId',
  'outcome',
  'ip',
  'userAgent',
] as const;
export type AuditSortKey = (typeof AUDIT_SORT_KEYS)[number];

export interface AuditReportFilters {
  from?: string | undefined;
  to?: string | undefined;
  userId?: string | undefined;
  patientId?: string | undefined;
  action?: string | undefined;
  outcome?: 'success' | 'failure' | 'denied' | undefined;
  resourceType?: string | undefined;
}

export interface AuditReportQuery extends AuditReportFilters {
  sort?: AuditSortKey | undefined;
  order?: 'asc' | 'desc' | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface AuditReportItem {
  id: number;
  occurredAt: string;
  user: { id: string; name: string | null } | null;
  role: string | null;
  patient: { id: string; name: string | null } | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
}

export interface AccessLogItem {
  id: number;
  at: string;
  who: { name: string; role: string | null; isYou: boolean };
  action: string;
  resourceType: string | null;
  outcome: 'success' | 'failure' | 'denied';
}

/** The CSV export refuses rather than silently truncates past this many rows. */
export const CSV_MAX_ROWS = 50_000;

const SORT_SQL: Record<AuditSortKey, RawBuilder<unknown>> = {
  occurredAt: sql`e.occurred_at`,
  id: sql`e.id`,
  user: sql`lower(u.display_name)`,
  role: sql`e.role`,
  patient: sql`lower(p.family_name || ', ' || p.given_name)`,
  action: sql`e.action`,
  resourceType: sql`e.resource_type`,
  resourceId: sql`e.resource_id`,
  outcome: sql`e.outcome`,
  ip: sql`e.ip`,
  userAgent: sql`e.user_agent`,
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `from` is inclusive; `to` is inclusive of a whole day when given as YYYY-MM-DD. */
function bounds(filters: AuditReportFilters) {
  const parse = (value: string | undefined, field: 'from' | 'to') => {
    if (!value) return undefined;
    const date = DATE_ONLY.test(value) ? new Date(`${value}T00:00:00.000Z`) : new Date(value);
    if (Number.isNaN(date.getTime()))
      throw new AppError('validation', `${field} must be a date (YYYY-MM-DD) or a date and time.`, [
        { field, message: 'not a date' },
      ]);
    if (field === 'to' && DATE_ONLY.test(value)) return new Date(date.getTime() + 86_400_000);
    return field === 'to' ? new Date(date.getTime() + 1) : date;
  };
  const from = parse(filters.from, 'from');
  const toExclusive = parse(filters.to, 'to');
  if (from && toExclusive && from.getTime() >= toExclusive.getTime())
    throw new AppError('validation', 'The start of the time range must be before its end.', [
      { field: 'from', message: 'after to' },
    ]);
  return { from, toExclusive };
}

/**
 * Pages are offsets into a pinned set: the first page notes the newest event id, and later pages
 * leave out anything written since (the trail is append-only, so the set cannot change
 * otherwise). Reading a page is itself audited, so without the pin every page would shift by one.
 */
interface PageCursor {
  offset: number;
  maxId: number | null;
}

function decodeCursor(cursor: string | undefined): PageCursor {
  if (!cursor) return { offset: 0, maxId: null };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed.every((n) => Number.isSafeInteger(n) && n >= 0)
    )
      return { offset: parsed[0] as number, maxId: parsed[1] as number };
  } catch {
    // fall through
  }
  throw new AppError('validation', 'The cursor is not valid; start again from the first page.', [
    { field: 'cursor', message: 'not a cursor returned by this API' },
  ]);
}
const encodeCursor = (offset: number, maxId: number) =>
  Buffer.from(JSON.stringify([offset, maxId])).toString('base64url');

/** The newest event id visible now (the pin for the pages that follow). */
async function newestId(trx: Transaction<DB>): Promise<number> {
  const row = await trx
    .selectFrom('audit_events')
    .select(({ fn }) => fn.max('id').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

function reportQuery(
  trx: Transaction<DB>,
  filters: AuditReportFilters,
  sort: AuditSortKey,
  order: 'asc' | 'desc',
) {
  const { from, toExclusive } = bounds(filters);
  let query = trx
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .leftJoin('patients as p', 'p.id', 'e.patient_id')
    .select([
      'e.id',
      'e.occurred_at',
      'e.user_id',
      'u.display_name as user_name',
      'e.role',
      'e.patient_id',
      'p.given_name as patient_given',
      'p.family_name as patient_family',
      'e.action',
      'e.resource_type',
      'e.resource_id',
      'e.outcome',
      'e.ip',
      'e.user_agent',
      'e.detail',
    ]);
  if (from) query = query.where('e.occurred_at', '>=', from);
  if (toExclusive) query = query.where('e.occurred_at', '<', toExclusive);
  if (filters.userId) query = query.where('e.user_id', '=', filters.userId);
  if (filters.patientId) query = query.where('e.patient_id', '=', filters.patientId);
  if (filters.action) query = query.where('e.action', '=', filters.action);
  if (filters.outcome) query = query.where('e.outcome', '=', filters.outcome);
  if (filters.resourceType) query = query.where('e.resource_type', '=', filters.resourceType);
  // Both the key and the direction come from allowlists; `e.id` breaks ties so pages are stable.
  const direction = sql.raw(order === 'asc' ? 'asc' : 'desc');
  return query.orderBy(sql`${SORT_SQL[sort]} ${direction} nulls last`).orderBy(sql`e.id ${direction}`);
}

type ReportRow = Awaited<ReturnType<ReturnType<typeof reportQuery>['execute']>>[number];

function toItem(row: ReportRow): AuditReportItem {
  return {
    id: row.id,
    occurredAt: iso(row.occurred_at),
    user: row.user_id ? { id: row.user_id, name: row.user_name ?? null } : null,
    role: row.role,
    patient: row.patient_id
      ? {
          id: row.patient_id,
          name: row.patient_family ? `${row.patient_family}, ${row.patient_given ?? ''}`.trim() : null,
        }
      : null,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.user_agent,
    detail: (row.detail ?? {}) as Record<string, unknown>,
  };
}

const filterCount = (filters: AuditReportFilters) =>
  [
    filters.from,
    filters.to,
    filters.userId,
    filters.patientId,
    filters.action,
    filters.outcome,
    filters.resourceType,
  ].filter(Boolean).length;

/** A spreadsheet would run a cell starting with these as a formula (CSV injection). */
export function csvSafe(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export const CSV_COLUMNS = [
  'id',
  'occurred_at',
  'user_id',
  'user_name',
  'role',
  'patient_id',
  'patient_name',
  'action',
  'resource_type',
  'resource_id',
  'outcome',
  'ip',
  'user_agent',
  'detail',
] as const;

/** Newest first by default; any other sort key ascending unless asked otherwise. */
function ordering(params: AuditReportQuery): [AuditSortKey, 'asc' | 'desc'] {
  const sort = params.sort ?? 'occurredAt';
  return [sort, params.order ?? (sort === 'occurredAt' || sort === 'id' ? 'desc' : 'asc')];
}

export function createAuditReportService(deps: Deps) {
  const { db, clock } = deps;

  async function report(principal: Principal, params: AuditReportQuery) {
    const limit = Math.min(Math.max(params.limit ?? 50, 1), 200);
    const { offset, maxId: pinned } = decodeCursor(params.cursor);
    return withTenant(db, principal.organizationId, async (trx) => {
      const maxId = pinned ?? (await newestId(trx));
      const rows = await reportQuery(trx, params, ...ordering(params))
        .where('e.id', '<=', maxId)
        .offset(offset)
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      await recordAudit(trx, {
        ...actor(principal),
        action: 'read',
        resourceType: 'AuditEvent',
        outcome: 'success',
        detail: { results: page.length, filters: filterCount(params), offset },
        at: clock.now(),
      });
      return {
        items: page.map(toItem),
        nextCursor: rows.length > limit ? encodeCursor(offset + limit, maxId) : null,
      };
    });
  }

  /** Every matching row as CSV records (header first), in the requested order; audited as an export. */
  async function exportRows(principal: Principal, params: AuditReportQuery): Promise<string[][]> {
    return withTenant(db, principal.organizationId, async (trx) => {
      const rows = await reportQuery(trx, params, ...ordering(params))
        .limit(CSV_MAX_ROWS + 1)
        .execute();
      if (rows.length > CSV_MAX_ROWS)
        throw new AppError(
          'unprocessable',
          `More than ${CSV_MAX_ROWS.toLocaleString('en-US')} events match. Narrow the time range or add a filter, then export again.`,
        );
      await recordAudit(trx, {
        ...actor(principal),
        action: 'export',
        resourceType: 'AuditEvent',
        outcome: 'success',
        detail: { rows: rows.length, filters: filterCount(params), format: 'csv' },
        at: clock.now(),
      });
      const records = rows.map((row) => {
        const item = toItem(row);
        return [
          String(item.id),
          item.occurredAt,
          item.user?.id ?? '',
          item.user?.name ?? '',
          item.role ?? '',
          item.patient?.id ?? '',
          item.patient?.name ?? '',
          item.action,
          item.resourceType ?? '',
          item.resourceId ?? '',
          item.outcome,
          item.ip ?? '',
          item.userAgent ?? '',
          JSON.stringify(item.detail),
        ].map(csvSafe);
      });
      return [[...CSV_COLUMNS], ...records];
    });
  }

  /**
   * Who has seen or changed the signed-in patient's record: every event on it, newest first. Staff
   * are named with their role; no other patient is ever named.
   */
  async function accessLog(
    principal: Principal,
    params: { cursor?: string | undefined; limit?: number | undefined },
  ) {
    const patientId = principal.patientId;
    if (!patientId) throw new AppError('not-found', 'This account is not linked to a patient record.');
    const limit = Math.min(Math.max(params.limit ?? 25, 1), 100);
    const { offset, maxId: pinned } = decodeCursor(params.cursor);
    return withTenant(db, principal.organizationId, async (trx) => {
      const maxId = pinned ?? (await newestId(trx));
      const rows = await trx
        .selectFrom('audit_events as e')
        .leftJoin('users as u', 'u.id', 'e.user_id')
        .select([
          'e.id',
          'e.occurred_at',
          'e.user_id',
          'e.role',
          'e.action',
          'e.resource_type',
          'e.outcome',
          'u.display_name',
          'u.patient_id as actor_patient_id',
        ])
        .where('e.patient_id', '=', patientId)
        .where('e.id', '<=', maxId)
        .orderBy('e.occurred_at', 'desc')
        .orderBy('e.id', 'desc')
        .offset(offset)
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'AccessLog',
        outcome: 'success',
        detail: { results: page.length },
        at: clock.now(),
      });
      const items = page.map((row): AccessLogItem => {
        const isYou = row.user_id === principal.userId;
        // Another patient account is never named (it cannot normally act on this record at all).
        const otherPatient = !isYou && row.actor_patient_id !== null && row.actor_patient_id !== undefined;
        const name = isYou
          ? 'You'
          : otherPatient
            ? 'Another patient account'
            : (row.display_name ?? (row.user_id ? 'A former user' : 'Titrate (automatic)'));
        return {
          id: row.id,
          at: iso(row.occurred_at),
          who: { name, role: otherPatient ? 'patient' : row.role, isYou },
          action: row.action,
          resourceType: row.resource_type,
          outcome: row.outcome,
        };
      });
      return { items, nextCursor: rows.length > limit ? encodeCursor(offset + limit, maxId) : null };
    });
  }

  return { report, exportRows, accessLog };
}

export type AuditReportService = ReturnType<typeof createAuditReportService>;
