import type { Drug, MonitoringProtocolId } from '../formulary/types.js';
import type { SourceId } from '../types.js';
import { addDays, addMonths, addWeeks, addYears, assertIsoDate, daysBetween } from './dates.js';
import { resolveDrug } from './drug.js';
import {
  expandProtocols,
  MONITORING_PROTOCOLS,
  type Offsets,
  type ProtocolItem,
  type RepeatRule,
  type ScheduleContext,
} from './protocols.js';
import { findTest, testById } from './tests.js';

export interface ScheduleOptions {
  /** Last date to schedule (inclusive); default two years after the start date. */
  until?: string;
  age?: number;
  sex?: 'female' | 'male';
  /** Known heart disease: adds baseline ECGs that are otherwise age-dependent. */
  cardiacHistory?: boolean;
}

export type MonitoringItemKind = 'baseline' | 'follow-up' | 'after-dose-change';

/** One test due on one date — the `titrate monitoring` row (`test`, `loinc`, `due`, `reason`) plus detail. */
export interface MonitoringItem {
  /** Test id (see MONITORING_TESTS), e.g. `lithium`, `anc`, `egfr`. */
  test: string;
  name: string;
  loinc: string | null;
  /** ISO date the test is due. */
  due: string;
  /** Every reason, joined with "; ". */
  reason: string;
  reasons: string[];
  drugs: string[];
  protocols: MonitoringProtocolId[];
  kind: MonitoringItemKind;
  /** Earliest date a result counts for this item (see `dueItems`). */
  windowStart: string;
  sources: SourceId[];
}

interface RawItem {
  test: string;
  due: string;
  reason: string;
  drug: string;
  protocol: MonitoringProtocolId;
  kind: MonitoringItemKind;
  windowStart: string;
  sources: SourceId[];
  series: string;
}

/** A baseline result from up to this many days before the start date counts. */
const BASELINE_LOOKBACK_DAYS = 30;
const MAX_TOLERANCE_DAYS = 30;

function offsetDate(start: string, unit: RepeatRule['unit'], n: number): string {
  if (unit === 'days') return addDays(start, n);
  if (unit === 'weeks') return addWeeks(start, n);
  return addMonths(start, n);
}

function offsetsToDates(start: string, offsets: Offsets | undefined): string[] {
  if (!offsets) return [];
  return [
    ...(offsets.days ?? []).map((n) => addDays(start, n)),
    ...(offsets.weeks ?? []).map((n) => addWeeks(start, n)),
    ...(offsets.months ?? []).map((n) => addMonths(start, n)),
  ];
}

/** Occurrence dates of a protocol item from `start` through `until`, ascending and unique. */
function itemDates(item: ProtocolItem, start: string, until: string): { date: string; baseline: boolean }[] {
  const dates = new Set<string>();
  for (const d of offsetsToDates(start, item.at)) dates.add(d);
  for (const rule of item.repeat ?? []) {
    for (let n = rule.from; rule.through === undefined || n <= rule.through; n += rule.every) {
      const d = offsetDate(start, rule.unit, n);
      if (d > until) break;
      dates.add(d);
    }
  }
  const out = [...dates]
    .filter((d) => d > start && d <= until)
    .sort()
    .map((date) => ({ date, baseline: false }));
  if (item.baseline && start <= until) out.unshift({ date: start, baseline: true });
  return out;
}

function withWindows(
  occurrences: { date: string; baseline: boolean }[],
  start: string,
): { date: string; baseline: boolean; windowStart: string }[] {
  let previous = start;
  return occurrences.map((o) => {
    let windowStart: string;
    if (o.baseline) {
      windowStart = addDays(o.date, -BASELINE_LOOKBACK_DAYS);
    } else {
      const gap = daysBetween(previous, o.date);
      const tolerance = Math.min(MAX_TOLERANCE_DAYS, Math.max(1, Math.floor(gap / 2)));
      windowStart = addDays(o.date, -tolerance);
    }
    previous = o.date;
    return { ...o, windowStart };
  });
}

function contextFor(drug: Drug, options: ScheduleOptions): ScheduleContext {
  const ctx: ScheduleContext = { drug };
  if (options.age !== undefined) ctx.age = options.age;
  if (options.sex !== undefined) ctx.sex = options.sex;
  if (options.cardiacHistory !== undefined) ctx.cardiacHistory = options.cardiacHistory;
  return ctx;
}

function rawItemsFor(
  drug: Drug,
  start: string,
  until: string,
  options: ScheduleOptions,
  doseChange?: string,
): RawItem[] {
  const ctx = contextFor(drug, options);
  const raw: RawItem[] = [];
  for (const protocolId of expandProtocols(drug.monitoring)) {
    const protocol = MONITORING_PROTOCOLS[protocolId];
    protocol.items.forEach((item, index) => {
      if (item.applies && !item.applies(ctx)) return;
      const series = `${drug.name}|${protocolId}|${index}`;
      const push = (date: string, kind: MonitoringItemKind, windowStart: string, suffix: string): void => {
        raw.push({
          test: item.test,
          due: date,
          reason: item.reason,
          drug: drug.name,
          protocol: protocolId,
          kind,
          windowStart,
          sources: item.sources,
          series: series + suffix,
        });
      };
      for (const o of withWindows(itemDates(item, start, until), start)) {
        push(o.date, o.baseline ? 'baseline' : 'follow-up', o.windowStart, '');
      }
      if (doseChange && item.afterDoseChange) {
        const dates = offsetsToDates(doseChange, item.afterDoseChange)
          .filter((d) => d <= until)
          .sort()
          .map((date) => ({ date, baseline: false }));
        for (const o of withWindows(dates, doseChange)) {
          push(o.date, 'after-dose-change', o.windowStart, '|change');
        }
      }
    });
  }
  return raw;
}

function label(r: RawItem): string {
  const prefix = r.kind === 'after-dose-change' ? `${r.drug} (after dose change)` : r.drug;
  return `${prefix}: ${r.reason}`;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function toItem(group: RawItem[]): MonitoringItem {
  const first = group[0]!;
  const test = testById(first.test);
  const reasons = unique(group.map(label));
  return {
    test: test.id,
    name: test.name,
    loinc: test.loinc,
    due: first.due,
    reason: reasons.join('; '),
    reasons,
    drugs: unique(group.map((r) => r.drug)),
    protocols: unique(group.map((r) => r.protocol)),
    kind: first.kind,
    windowStart: group.map((r) => r.windowStart).sort()[0]!,
    sources: unique(group.flatMap((r) => r.sources)),
  };
}

function sortRaw(raw: RawItem[]): RawItem[] {
  const kindOrder: Record<MonitoringItemKind, number> = {
    baseline: 0,
    'follow-up': 1,
    'after-dose-change': 2,
  };
  return [...raw].sort(
    (a, b) =>
      a.due.localeCompare(b.due) ||
      a.test.localeCompare(b.test) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      a.drug.localeCompare(b.drug),
  );
}

/**
 * Merges raw occurrences of the same test: on the same day always; when `windowDays > 0`, also an
 * occurrence within that many days after an existing one that comes from a different drug.
 */
function mergeRaw(raw: RawItem[], windowDays: number): MonitoringItem[] {
  const groups: RawItem[][] = [];
  const open = new Map<string, RawItem[][]>();
  for (const r of sortRaw(raw)) {
    const candidates = open.get(r.test) ?? [];
    const target = candidates.find((g) => {
      const head = g[0]!;
      const gap = daysBetween(head.due, r.due);
      if (gap === 0) return true;
      // Only fold a later occurrence from another drug into an earlier one; a re-check after a dose
      // change must not move before steady state.
      return gap <= windowDays && r.kind !== 'after-dose-change' && !g.some((x) => x.drug === r.drug);
    });
    if (target) {
      target.push(r);
    } else {
      const g = [r];
      groups.push(g);
      candidates.push(g);
      open.set(r.test, candidates);
    }
  }
  return groups.map(toItem).sort((a, b) => a.due.localeCompare(b.due) || a.test.localeCompare(b.test));
}

/**
 * The monitoring schedule that starting `drug` on `startDate` sets off (`titrate monitoring DRUG
 * --start DATE [--until DATE]`): every protocol the drug names, baseline items due on the start
 * date, sorted by due date, through `until` (default two years later). The same test due on the
 * same day from two protocols appears once with both reasons.
 */
export function monitoringSchedule(
  drug: Drug | string,
  startDate: string,
  options: ScheduleOptions = {},
): MonitoringItem[] {
  const d = resolveDrug(drug);
  assertIsoDate(startDate, 'start date');
  const until = options.until ? assertIsoDate(options.until, 'until date') : addYears(startDate, 2);
  return mergeRaw(rawItemsFor(d, startDate, until, options), 0);
}

export interface RegimenMedication {
  drug: Drug | string;
  startDate: string;
  /** Date of the most recent dose change: level/ECG/BP re-checks are scheduled after it. */
  lastDoseChange?: string;
}

export interface RegimenScheduleOptions extends Omit<ScheduleOptions, 'until'> {
  /** Last date to schedule; default one year after `asOf`. */
  until?: string;
  /** Occurrences of the same test from different drugs within this many days are merged (default 7). */
  mergeWindowDays?: number;
}

/** One-off items (e.g. a baseline ECG) further in the past than this are no longer reported. */
const STALE_ONE_OFF_DAYS = 90;

/**
 * Merged monitoring for a whole regimen as of `asOf`. For each drug's series only the latest
 * occurrence due on or before `asOf` is kept (older ones are superseded) plus everything due up to
 * `until`; the same test due from several drugs within `mergeWindowDays` appears once, at the
 * earliest date, with all reasons.
 */
export function scheduleForRegimen(
  meds: readonly RegimenMedication[],
  asOf: string,
  options: RegimenScheduleOptions = {},
): MonitoringItem[] {
  assertIsoDate(asOf, 'asOf date');
  const until = options.until ? assertIsoDate(options.until, 'until date') : addYears(asOf, 1);
  const windowDays = options.mergeWindowDays ?? 7;
  const raw: RawItem[] = [];
  for (const med of meds) {
    const drug = resolveDrug(med.drug);
    assertIsoDate(med.startDate, 'start date');
    if (med.lastDoseChange) assertIsoDate(med.lastDoseChange, 'dose change date');
    raw.push(...rawItemsFor(drug, med.startDate, until, options, med.lastDoseChange));
  }
  const bySeries = new Map<string, RawItem[]>();
  for (const r of raw) {
    const list = bySeries.get(r.series) ?? [];
    list.push(r);
    bySeries.set(r.series, list);
  }
  const kept: RawItem[] = [];
  for (const list of bySeries.values()) {
    list.sort((a, b) => a.due.localeCompare(b.due));
    const past = list.filter((r) => r.due <= asOf);
    const future = list.filter((r) => r.due > asOf);
    const latestPast = past[past.length - 1];
    if (latestPast && (future.length > 0 || daysBetween(latestPast.due, asOf) <= STALE_ONE_OFF_DAYS)) {
      kept.push(latestPast);
    }
    kept.push(...future);
  }
  return mergeRaw(kept, windowDays);
}

export interface CompletedTest {
  /** Test id, alias or LOINC code. */
  test: string;
  date: string;
}

export type DueStatus = 'overdue' | 'due';

export interface DueItem extends MonitoringItem {
  status: DueStatus;
  /** Days past the due date (0 when due today or in the coming days). */
  daysOverdue: number;
  /** Unsatisfied occurrences of this test due on or before `asOf` since the last satisfied one. */
  missedCount: number;
}

export interface DueOptions {
  /** Items due within this many days after `asOf` are listed as `due` (default 7). */
  horizonDays?: number;
}

/**
 * Tests due or overdue on `asOf`. A completed result satisfies an item when it is dated from the
 * item's `windowStart` up to `asOf` (a late result still counts); a result of a related test counts
 * too (A1c for fasting glucose, a CBC for ANC, eGFR for creatinine…). For each test only the
 * earliest unsatisfied occurrence after the last satisfied one is reported, with the number missed.
 */
export function dueItems(
  schedule: readonly MonitoringItem[],
  completed: readonly CompletedTest[],
  asOf: string,
  options: DueOptions = {},
): DueItem[] {
  assertIsoDate(asOf, 'asOf date');
  const horizon = addDays(asOf, options.horizonDays ?? 7);
  const done = new Map<string, string[]>();
  for (const c of completed) {
    const t = findTest(c.test);
    if (!t) continue;
    assertIsoDate(c.date, `date of ${c.test}`);
    const list = done.get(t.id) ?? [];
    list.push(c.date);
    done.set(t.id, list);
  }
  const satisfied = (item: MonitoringItem): boolean => {
    const accepted = [item.test, ...(testById(item.test).satisfiedBy ?? [])];
    return accepted.some((id) => (done.get(id) ?? []).some((d) => d >= item.windowStart && d <= asOf));
  };
  const byTest = new Map<string, MonitoringItem[]>();
  for (const item of schedule) {
    if (item.due > horizon) continue;
    const list = byTest.get(item.test) ?? [];
    list.push(item);
    byTest.set(item.test, list);
  }
  const out: DueItem[] = [];
  for (const items of byTest.values()) {
    items.sort((a, b) => a.due.localeCompare(b.due));
    let lastSatisfied = -1;
    items.forEach((item, i) => {
      if (satisfied(item)) lastSatisfied = i;
    });
    const open = items.slice(lastSatisfied + 1);
    const first = open[0];
    if (!first) continue;
    const reasons = unique(open.flatMap((i) => i.reasons));
    const daysLate = daysBetween(first.due, asOf);
    out.push({
      ...first,
      reasons,
      reason: reasons.join('; '),
      drugs: unique(open.flatMap((i) => i.drugs)),
      protocols: unique(open.flatMap((i) => i.protocols)),
      sources: unique(open.flatMap((i) => i.sources)),
      status: first.due < asOf ? 'overdue' : 'due',
      daysOverdue: Math.max(0, daysLate),
      missedCount: open.filter((i) => i.due <= asOf).length,
    });
  }
  return out.sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'overdue' ? -1 : 1) ||
      a.due.localeCompare(b.due) ||
      a.test.localeCompare(b.test),
  );
}
