import { withTenant } from '../db/database.js';
import { CHART_SECTIONS, type ChartSection, decidePatientAccess } from './access.js';
import type { AppointmentService } from './appointments.js';
import { actor, recordAudit } from './audit.js';
import { organizationPolicy } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';
import type { ReminderService } from './reminders.js';

/** A linked adolescent as the guardian sees them, with what the adolescent shares right now. */
export interface GuardianAdolescent {
  id: string;
  givenName: string;
  preferredName: string | null;
  relationship: string;
  /** The adolescent's time zone, for showing visit and reminder times. */
  timeZone: string;
  /** Chart sections visible to this guardian now (link defaults plus the adolescent's consents). */
  shares: ChartSection[];
  sharesMedications: boolean;
}

/**
 * Issue #6: a guardian's view of a linked adolescent's schedule. Appointments come from the
 * appointment service and dose reminders from the reminder service (each checks access for its
 * own section and audits the read); this service only decides what to ask for, so the
 * adolescent's sharing settings are applied by the one access decision in `access.ts`.
 */
export function createGuardianViewService(
  deps: Deps,
  services: { appointments: AppointmentService; reminders: ReminderService },
) {
  const { db } = deps;

  /** The guardian's links with the sections each adolescent shares at `now`. */
  async function linked(principal: Principal, now: Date, patientId?: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      let query = trx
        .selectFrom('guardian_links as g')
        .innerJoin('patients as p', 'p.id', 'g.patient_id')
        .select(['p.id', 'p.given_name', 'p.preferred_name', 'p.time_zone', 'g.relationship'])
        .where('g.guardian_user_id', '=', principal.userId);
      if (patientId) query = query.where('g.patient_id', '=', patientId);
      const rows = await query.orderBy('p.given_name').orderBy('p.id').execute();
      const policy = await organizationPolicy(trx);
      const result: GuardianAdolescent[] = [];
      for (const row of rows) {
        const decision = await decidePatientAccess(trx, principal, row.id, policy, now);
        // Ordinary access only: an emergency grant is never a guardian's to use here.
        const shares = CHART_SECTIONS.filter((section) => decision.ordinary.has(section));
        result.push({
          id: row.id,
          givenName: row.given_name,
          preferredName: row.preferred_name,
          relationship: row.relationship,
          timeZone: row.time_zone,
          shares,
          sharesMedications: shares.includes('medications'),
        });
        await recordAudit(trx, {
          ...actor(principal),
          patientId: row.id,
          action: 'read',
          resourceType: 'Patient',
          resourceId: row.id,
          outcome: 'success',
          detail: { view: 'guardian', sections: shares.length },
          at: now,
        });
      }
      return result;
    });
  }

  async function listAdolescents(principal: Principal) {
    return { items: await linked(principal, deps.clock.now()) };
  }

  async function schedule(principal: Principal, patientId: string, range: { from?: string; to?: string }) {
    const now = deps.clock.now();
    if (range.from && range.to && new Date(range.to) <= new Date(range.from)) {
      throw new AppError('validation', 'Ask for a range with `to` after `from`.', [
        { field: 'query.to', message: 'must be after from' },
      ]);
    }
    const [adolescent] = await linked(principal, now, patientId);
    // Not linked to this guardian: not found, whether or not the patient exists.
    if (!adolescent) throw new AppError('not-found', 'Patient was not found.');
    // Every upcoming visit; `from`/`to` bound the reminders (a day's doses, say).
    const appointments = (await services.appointments.upcoming(principal, patientId))
      // When and where only: the video link, the visit's reason and notes stay the adolescent's.
      .map((a) => ({
        id: a.id,
        clinicianName: a.clinicianName,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        timeZone: a.timeZone,
        localStartsAt: a.localStartsAt,
        modality: a.modality,
        location: a.location,
        status: a.status,
      }));
    const name = adolescent.preferredName ?? adolescent.givenName;
    if (!adolescent.sharesMedications) {
      return {
        adolescent,
        appointments,
        reminders: {
          shared: false as const,
          message: `${name} hasn't chosen to share medicine reminders with you. That's their choice to make.`,
          items: [],
        },
      };
    }
    const list = await services.reminders.listReminders(principal, range.from, range.to, patientId);
    return {
      adolescent,
      appointments,
      reminders: {
        shared: true as const,
        message: null,
        // When and what, as the adolescent sees it; no delivery or dose-log state.
        items: list.items.map((r) => ({
          id: r.id,
          dueAt: r.dueAt,
          scheduledFor: r.scheduledFor,
          medication: r.medication,
          anchor: r.anchor,
          doseText: r.doseText,
        })),
      },
    };
  }

  return { listAdolescents, schedule };
}
export type GuardianViewService = ReturnType<typeof createGuardianViewService>;
