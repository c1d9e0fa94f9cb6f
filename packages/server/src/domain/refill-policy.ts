import type { Schedule } from '@titrate/clinical';

/**
 * The clinic's refill policy (issue #6 item 6), a pure function so the rules are tested without a
 * database. Settings live in `organizations.settings.refillPolicy`; anything missing falls back
 * to the defaults below.
 */
export interface RefillPolicy {
  /** Schedule II prescriptions cannot be refilled (21 U.S.C. 829(a)): a new prescription is needed. */
  noRefillsScheduleII: boolean;
  /** A controlled substance (Schedule II–V) is refilled only if the patient was seen within this many days. */
  controlledVisitWithinDays: number;
  /** Dates (YYYY-MM-DD) the clinic is closed besides weekends. */
  holidays: string[];
}

export const DEFAULT_REFILL_POLICY: RefillPolicy = {
  noRefillsScheduleII: true,
  controlledVisitWithinDays: 90,
  holidays: [],
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readRefillPolicy(settings: unknown): RefillPolicy {
  const raw = ((settings ?? {}) as Record<string, unknown>).refillPolicy;
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const days = value.controlledVisitWithinDays;
  return {
    noRefillsScheduleII:
      typeof value.noRefillsScheduleII === 'boolean'
        ? value.noRefillsScheduleII
        : DEFAULT_REFILL_POLICY.noRefillsScheduleII,
    controlledVisitWithinDays:
      typeof days === 'number' && Number.isInteger(days) && days > 0
        ? days
        : DEFAULT_REFILL_POLICY.controlledVisitWithinDays,
    holidays: Array.isArray(value.holidays)
      ? value.holidays.filter((day): day is string => typeof day === 'string' && ISO_DATE.test(day))
      : [],
  };
}

export interface RefillInput {
  /** The clinic's calendar date when the request arrives (its own time zone), YYYY-MM-DD. */
  today: string;
  /** The most controlled schedule among the order's drugs; null when none is controlled. */
  schedule: Schedule;
  /** Refills the prescription authorised; null when the order does not say. */
  refillsAuthorized: number | null;
  /** Refill requests on this order already approved or sent. */
  refillsUsed: number;
  /** The patient's last completed visit (YYYY-MM-DD), or null when none is on record. */
  lastVisitDate: string | null;
}

export type RefillPolicyStatus = 'requested' | 'needs-prescription' | 'needs-visit';

export interface RefillDecision {
  status: RefillPolicyStatus;
  /** Machine-readable rule that decided. */
  code: 'queued' | 'schedule-ii' | 'no-refills-left' | 'visit-required';
  /** What the patient reads: the decision and what happens next. */
  reason: string;
  /** The business day the clinic will look at the request. */
  reviewDate: string;
  /** True when the request arrived on a weekend or holiday and waits for the next business day. */
  deferred: boolean;
}

const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function isBusinessDay(day: string, policy: Pick<RefillPolicy, 'holidays'>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !policy.holidays.includes(day);
}

/** The day itself when the clinic is open, else the next day it is. */
export function nextBusinessDay(day: string, policy: Pick<RefillPolicy, 'holidays'>): string {
  let candidate = day;
  // A year of closures would be a configuration error; stop looking well before that.
  for (let i = 0; i < 366 && !isBusinessDay(candidate, policy); i++) candidate = addDays(candidate, 1);
  return candidate;
}

const longDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });

export function decideRefill(
  input: RefillInput,
  policy: RefillPolicy = DEFAULT_REFILL_POLICY,
): RefillDecision {
  const reviewDate = nextBusinessDay(input.today, policy);
  const deferred = reviewDate !== input.today;
  const when = deferred
    ? `The clinic is closed today, so your request will be reviewed on ${longDate(reviewDate)}.`
    : 'The clinic will review it today.';
  if (input.schedule === 'II' && policy.noRefillsScheduleII) {
    return {
      status: 'needs-prescription',
      code: 'schedule-ii',
      reason: `This medicine cannot be refilled by law; your prescriber needs to write a new prescription. ${when}`,
      reviewDate,
      deferred,
    };
  }
  if (input.refillsAuthorized !== null && input.refillsUsed >= input.refillsAuthorized) {
    return {
      status: 'needs-prescription',
      code: 'no-refills-left',
      reason: `There are no refills left on this prescription; your prescriber needs to write a new one. ${when}`,
      reviewDate,
      deferred,
    };
  }
  if (input.schedule !== null) {
    const within = policy.controlledVisitWithinDays;
    const seen = input.lastVisitDate !== null && daysFrom(input.lastVisitDate, input.today) <= within;
    if (!seen) {
      return {
        status: 'needs-visit',
        code: 'visit-required',
        reason: `This medicine needs a visit with your prescriber at least every ${within} days before it is refilled. The clinic will contact you to book one. ${when}`,
        reviewDate,
        deferred,
      };
    }
  }
  return {
    status: 'requested',
    code: 'queued',
    reason: `Your request was sent to your care team. ${when} You will see the decision here.`,
    reviewDate,
    deferred,
  };
}
