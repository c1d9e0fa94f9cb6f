import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REFILL_POLICY,
  decideRefill,
  nextBusinessDay,
  type RefillInput,
  readRefillPolicy,
} from '../src/domain/refill-policy.js';
import { strictestSchedule } from '../src/domain/refills.js';

// 2026-09-02 is a Wednesday; 2026-09-05 a Saturday; 2026-09-07 (Labor Day) a Monday.
const base: RefillInput = {
  today: '2026-09-02',
  schedule: null,
  refillsAuthorized: 3,
  refillsUsed: 0,
  lastVisitDate: null,
};

describe('refill policy', () => {
  it('queues an ordinary refill for review today', () => {
    const decision = decideRefill(base);
    expect(decision).toMatchObject({
      status: 'requested',
      code: 'queued',
      reviewDate: '2026-09-02',
      deferred: false,
    });
    expect(decision.reason).toMatch(/today/);
  });

  it('never refills Schedule II: a new prescription is needed, whatever the visits', () => {
    const decision = decideRefill({ ...base, schedule: 'II', lastVisitDate: '2026-09-01' });
    expect(decision).toMatchObject({ status: 'needs-prescription', code: 'schedule-ii' });
    // The rule is a setting (on by default) only so the decision can be tested in isolation.
    expect(
      decideRefill(
        { ...base, schedule: 'II', lastVisitDate: '2026-09-01' },
        {
          ...DEFAULT_REFILL_POLICY,
          noRefillsScheduleII: false,
        },
      ).status,
    ).toBe('requested');
  });

  it('needs a visit for a controlled substance when the last visit is older than the policy allows', () => {
    expect(decideRefill({ ...base, schedule: 'IV', lastVisitDate: '2026-05-01' })).toMatchObject({
      status: 'needs-visit',
      code: 'visit-required',
    });
    // Exactly 90 days ago still counts; no visit on record does not.
    expect(decideRefill({ ...base, schedule: 'IV', lastVisitDate: '2026-06-04' }).status).toBe('requested');
    expect(decideRefill({ ...base, schedule: 'IV', lastVisitDate: null }).status).toBe('needs-visit');
    // The clinic's own window.
    expect(
      decideRefill(
        { ...base, schedule: 'III', lastVisitDate: '2026-08-01' },
        { ...DEFAULT_REFILL_POLICY, controlledVisitWithinDays: 30 },
      ).status,
    ).toBe('needs-visit');
    // Not controlled: no visit rule.
    expect(decideRefill({ ...base, lastVisitDate: null }).status).toBe('requested');
  });

  it('needs a new prescription when every authorised refill was used', () => {
    expect(decideRefill({ ...base, refillsAuthorized: 2, refillsUsed: 2 })).toMatchObject({
      status: 'needs-prescription',
      code: 'no-refills-left',
    });
    expect(decideRefill({ ...base, refillsAuthorized: null, refillsUsed: 9 }).status).toBe('requested');
  });

  it('queues a weekend or holiday request for the next business day and says when', () => {
    const saturday = decideRefill({ ...base, today: '2026-09-05' });
    expect(saturday).toMatchObject({ status: 'requested', reviewDate: '2026-09-07', deferred: true });
    expect(saturday.reason).toMatch(/Monday, September 7/);
    const policy = readRefillPolicy({ refillPolicy: { holidays: ['2026-09-07'] } });
    expect(decideRefill({ ...base, today: '2026-09-05' }, policy).reviewDate).toBe('2026-09-08');
    expect(nextBusinessDay('2026-09-02', policy)).toBe('2026-09-02');
  });

  it('reads the clinic settings, falling back to the defaults for anything missing or malformed', () => {
    expect(readRefillPolicy(undefined)).toEqual(DEFAULT_REFILL_POLICY);
    expect(
      readRefillPolicy({ refillPolicy: { controlledVisitWithinDays: -3, holidays: ['soon', '2026-12-25'] } }),
    ).toEqual({ ...DEFAULT_REFILL_POLICY, holidays: ['2026-12-25'] });
  });

  it('takes the strictest schedule of an order’s drugs from the formulary', () => {
    expect(strictestSchedule('methylphenidate')).toBe('II');
    expect(strictestSchedule('lorazepam')).toBe('IV');
    expect(strictestSchedule('sertraline')).toBeNull();
  });
});
