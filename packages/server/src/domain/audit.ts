import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { Principal } from './principal.js';

/**
 * Audit events: who, in which role, on which patient, did what to which resource, with what
 * outcome, when, from where. Written through the database's `audit_append()` so every row joins
 * its organization's hash chain. `detail` never holds health information (no names, no search
 * text) — only identifiers and counts.
 */
export type AuditAction =
  | 'create'
  | 'read'
  | 'search'
  | 'update'
  | 'export'
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'permission-denied'
  | 'break-glass'
  /** Identity: second factor, enrolment, step-up, passwords, invitations, account administration. */
  | 'mfa-verified'
  | 'mfa-failed'
  | 'mfa-enrolled'
  | 'mfa-disabled'
  | 'mfa-reset'
  | 'step-up'
  | 'password-changed'
  | 'password-reset-requested'
  | 'password-reset'
  | 'sessions-revoked'
  | 'invitation-created'
  | 'invitation-revoked'
  | 'invitation-accepted'
  | 'user-updated'
  /** Emergency access granted (with its reason, high severity) or used (with the grant id). */
  | 'emergency-access';

export interface AuditEvent {
  organizationId: string | null;
  userId?: string | null;
  role?: string | null;
  patientId?: string | null;
  action: AuditAction;
  resourceType?: string | null;
  resourceId?: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip?: string | null;
  userAgent?: string | null;
  detail?: Record<string, string | number | boolean | null>;
  /** Set when the actor used a personal access token; stored in `detail.tokenId`. */
  tokenId?: string | null | undefined;
  at: Date;
}

function detailOf(event: AuditEvent) {
  return event.tokenId ? { ...event.detail, tokenId: event.tokenId } : (event.detail ?? {});
}

/** Appends one event inside the caller's transaction (which must be scoped to its organization). */
export async function recordAudit(trx: Kysely<DB> | Transaction<DB>, event: AuditEvent): Promise<void> {
  await sql`select audit_append(
    ${event.organizationId}::uuid, ${event.at.toISOString()}::timestamptz, ${event.userId ?? null}::uuid,
    ${event.role ?? null}, ${event.patientId ?? null}::uuid, ${event.action}, ${event.resourceType ?? null},
    ${event.resourceId ?? null}, ${event.outcome}, ${event.ip ?? null}, ${event.userAgent?.slice(0, 300) ?? null},
    ${JSON.stringify(detailOf(event))}::jsonb)`.execute(trx);
}

/** The parts of an event that come from the signed-in user. */
export function actor(principal: Principal) {
  return {
    organizationId: principal.organizationId,
    userId: principal.userId,
    role: principal.roles.join(','),
    ip: principal.ip,
    userAgent: principal.userAgent,
    tokenId: principal.tokenId ?? null,
  };
}

export interface AuditProblem {
  chain: string;
  id: number;
  problem: 'altered' | 'broken-link';
  message: string;
}

/**
 * Recomputes every row's hash and every link, chain by chain, as the schema owner. An altered row
 * no longer matches its hash; a removed or reordered row breaks the link of the row after it.
 */
export async function verifyAuditTrail(
  database: Database,
): Promise<{ rows: number; chains: number; problems: AuditProblem[] }> {
  const rows = await database.queryAsOwner<{
    id: number;
    chain: string;
    hash: string;
    expected: string;
    prev_hash: string;
    previous_hash: string | null;
    previous_id: number | null;
  }>(`select id::int as id, chain, hash, audit_hash(e) as expected, prev_hash,
        lag(hash) over (partition by chain order by id) as previous_hash,
        (lag(id) over (partition by chain order by id))::int as previous_id
      from audit_events e order by chain, id`);
  const problems: AuditProblem[] = [];
  for (const row of rows) {
    if (row.expected !== row.hash) {
      problems.push({
        chain: row.chain,
        id: row.id,
        problem: 'altered',
        message: `row ${row.id} was altered after it was written`,
      });
    }
    const expectedPrevious = row.previous_hash ?? '0'.repeat(64);
    if (row.prev_hash !== expectedPrevious) {
      problems.push({
        chain: row.chain,
        id: row.id,
        problem: 'broken-link',
        message:
          row.previous_id === null
            ? `rows before row ${row.id} are missing (the chain does not start here)`
            : `the link between rows ${row.previous_id} and ${row.id} is broken: rows were removed or reordered`,
      });
    }
  }
  return { rows: rows.length, chains: new Set(rows.map((r) => r.chain)).size, problems };
}
