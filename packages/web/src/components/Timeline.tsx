// The treatment timeline (issue #5): one picture per patient answering "what changed, and did it help".
// Hand-rolled SVG on one shared time axis: a lane per medication whose bar thickness follows the daily
// dose (a step at each change, labelled with the dose), and the PHQ-9 and GAD-7 lines aligned below it
// over their severity bands. Every mark is focusable and has its own label; hover or focus shows the
// details. A plain-text summary above the picture says the latest change and what the scores did since.
// Each antidepressant course carries the engine's judgement of the trial (adequate dose and duration,
// outcome by PHQ-9) under its bar, and `TrialList` lists the trials with the TRD line below the picture.

import { useId, useMemo, useState } from 'react';
import {
  CURRENT_STATUSES,
  capitalize,
  dailyMg,
  doseLabel,
  type MedicationOrder,
  type OrderStatus,
  type ScoreResponse,
} from '../care.js';
import { formatDate, todayIso } from '../format.js';

export interface ScoreBand {
  min: number;
  max: number;
  label: string;
}

/** Per instrument: its total range and severity bands (from `GET /instruments/:name`), when known. */
export type InstrumentScales = Record<
  string,
  { range: { min: number; max: number } | null; bands: ScoreBand[] }
>;

/** Something that happened on a day: a visit, a reported side effect, a lab value. */
export interface TimelineEvent {
  lane: string;
  /** ISO date or date-time. */
  at: string;
  title: string;
  lines: string[];
  /** Drawn filled and darker: an abnormal lab, a severe side effect, a missed visit. */
  flagged: boolean;
}

export type TrialOutcome = 'remission' | 'response' | 'partial' | 'none' | 'stopped-side-effects' | 'unknown';

/** One trial as `GET /patients/:id/medication-trials` judges it. */
export interface MedicationTrial {
  drug: string;
  formularyDrug: string | null;
  antidepressant: boolean;
  dailyMg: number | null;
  weeks: number | null;
  adequateDose: boolean;
  adequateDuration: boolean;
  adequate: boolean;
  outcome: TrialOutcome;
  phq9Before: number | null;
  phq9After: number | null;
  range: { minDailyMg: number; maxDailyMg: number | null; weeks: number } | null;
  reasons: string[];
  /** From the intake history, or from the orders of one course (oldest first). */
  source: 'history' | 'order';
  evaluationId: string | null;
  orderIds: string[];
  startDate: string | null;
  /** Null while the course goes on. */
  endDate: string | null;
}

export interface MedicationTrials {
  items: MedicationTrial[];
  adequateFailedTrials: number;
  treatmentResistant: boolean;
  summary: string;
  sources: string[];
}

const OUTCOME_TEXT: Record<TrialOutcome, string> = {
  remission: 'remission',
  response: 'response',
  partial: 'partial response',
  none: 'no response',
  'stopped-side-effects': 'stopped for side effects',
  unknown: 'outcome not known',
};

/** The compact verdict on a trial: "adequate · no response", "dose below range", "3 wk — too short to judge". */
export function trialLabel(trial: MedicationTrial): string {
  if (trial.adequate) return `adequate · ${OUTCOME_TEXT[trial.outcome]}`;
  if (trial.outcome === 'stopped-side-effects') return 'stopped for side effects';
  if (!trial.range) return 'not judged (drug not in the formulary)';
  if (trial.dailyMg === null) return 'dose not recorded';
  if (!trial.adequateDose) {
    return trial.dailyMg < trial.range.minDailyMg ? 'dose below range' : 'dose above range';
  }
  if (trial.weeks === null) return 'duration not recorded';
  return trial.endDate === null
    ? `${trial.weeks} wk so far — too early to judge`
    : `${trial.weeks} wk — too short to judge`;
}

function trialDose(trial: MedicationTrial): string {
  const dose = trial.dailyMg !== null ? `${trial.dailyMg} mg/day` : 'dose not recorded';
  const weeks =
    trial.weeks !== null ? `${trial.weeks} week${trial.weeks === 1 ? '' : 's'}` : 'weeks not recorded';
  return `${dose} for ${weeks}`;
}

function trialSource(trial: MedicationTrial): string {
  if (trial.source === 'history') return 'From the intake history';
  const span = trial.startDate
    ? `, ${formatDate(trial.startDate)} – ${trial.endDate ? formatDate(trial.endDate) : 'ongoing'}`
    : '';
  return `From ${trial.orderIds.length} order${trial.orderIds.length === 1 ? '' : 's'}${span}`;
}

/** What a trial's mark and list entry say in full: dose, weeks, range, PHQ-9 and where it came from. */
export function trialDetails(trial: MedicationTrial): string[] {
  const range = trial.range
    ? `Range ${trial.range.minDailyMg}${trial.range.maxDailyMg === null ? '+' : `–${trial.range.maxDailyMg}`} mg/day, ${trial.range.weeks} weeks needed`
    : null;
  const phq9 =
    trial.phq9Before !== null || trial.phq9After !== null
      ? `PHQ-9 ${trial.phq9Before ?? '?'} → ${trial.phq9After ?? '?'}`
      : 'No PHQ-9 before and after';
  return [
    trialDose(trial),
    ...(range ? [range] : []),
    phq9,
    ...(trial.adequate ? [] : trial.reasons),
    trialSource(trial),
  ];
}

export interface TimelineProps {
  orders: MedicationOrder[];
  /** Rating-scale responses (any order); the PHQ-9 and GAD-7 totals are drawn. */
  scores: ScoreResponse[];
  scales?: InstrumentScales;
  /** Visits, side effects and labs, one lane per kind in the order first seen. */
  events?: TimelineEvent[];
  /** Today (YYYY-MM-DD); ongoing orders run to here. */
  today?: string;
  /** Judged trials: each course's verdict is written under its bar. */
  trials?: MedicationTrial[];
}

/** Orders that were (or are) taken; drafts, errors and recorded decisions to stop or avoid are not. */
const TAKEN: readonly OrderStatus[] = [...CURRENT_STATUSES, 'completed', 'stopped'];
const INSTRUMENTS = ['PHQ-9', 'GAD-7'];

const WIDTH = 960;
const GUTTER = 150;
/** Room right of today for the latest dose label. */
const RIGHT = 64;
const AXIS = 26;
const LANE = 40;
/** Lanes are taller when trial verdicts sit under the bars. */
const LANE_WITH_TRIALS = 54;
const SCORE_HEIGHT = 96;
const SCORE_GAP = 18;
const MAX_BAR = 22;
const MIN_BAR = 5;
const DAY = 86_400_000;

interface Segment {
  order: MedicationOrder;
  start: string;
  end: string;
  ongoing: boolean;
  mg: number | null;
}

interface Lane {
  drug: string;
  label: string;
  segments: Segment[];
}

interface Change {
  drug: string;
  date: string;
  from: Segment | null;
  to: Segment | null;
}

interface Point {
  /** When it was answered (ISO date-time): a score and a dose change on one day are still ordered. */
  at: string;
  date: string;
  total: number;
}

/** Final PHQ-9/GAD-7 totals per instrument, oldest first. */
export function scorePoints(scores: ScoreResponse[]): Map<string, Point[]> {
  const byInstrument = new Map<string, Point[]>();
  const sorted = [...scores].sort((a, b) => a.authoredAt.localeCompare(b.authoredAt));
  for (const score of sorted) {
    if (score.status !== 'final' || score.total === null || !INSTRUMENTS.includes(score.instrument)) continue;
    const point = { at: score.authoredAt, date: dayOf(score.authoredAt), total: score.total };
    byInstrument.set(score.instrument, [...(byInstrument.get(score.instrument) ?? []), point]);
  }
  return byInstrument;
}

/** When a change took effect: its start date when back-dated, else the moment it was signed. */
function changeAt(change: Change): string {
  const order = (change.to ?? change.from)?.order;
  if (!change.to || !order?.signedAt) return `${change.date}T23:59:59Z`;
  return change.date < dayOf(order.signedAt) ? `${change.date}T00:00:00Z` : order.signedAt;
}

function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const shortDate = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(ms(date));

function drugLabel(drug: string): string {
  return drug
    .split('/')
    .map((part) => capitalize(part))
    .join('/');
}

function doseText(segment: Segment): string {
  return segment.mg !== null ? `${segment.mg} mg/day` : doseLabel(segment.order) || 'dose not stated';
}

export function buildLanes(orders: MedicationOrder[], today: string): Lane[] {
  const byDrug = new Map<string, Segment[]>();
  for (const order of orders) {
    if (!TAKEN.includes(order.status) || order.action === 'stop' || order.action === 'avoid') continue;
    const start = order.startDate ?? (order.signedAt ? dayOf(order.signedAt) : dayOf(order.createdAt));
    const ongoing = CURRENT_STATUSES.includes(order.status);
    const end = ongoing ? today : (order.endDate ?? dayOf(order.updatedAt));
    const segment: Segment = { order, start, end: end < start ? start : end, ongoing, mg: dailyMg(order) };
    byDrug.set(order.drug, [...(byDrug.get(order.drug) ?? []), segment]);
  }
  return [...byDrug.entries()]
    .map(([drug, segments]) => ({
      drug,
      label: drugLabel(drug),
      segments: segments.sort(
        (a, b) => a.start.localeCompare(b.start) || a.order.createdAt.localeCompare(b.order.createdAt),
      ),
    }))
    .sort((a, b) => a.segments[0]!.start.localeCompare(b.segments[0]!.start));
}

/** Starts, dose changes and stops of each lane, oldest first. */
function changesOf(lanes: Lane[]): Change[] {
  const changes: Change[] = [];
  for (const lane of lanes) {
    let previous: Segment | null = null;
    for (const segment of lane.segments) {
      const contiguous = previous !== null && ms(segment.start) - ms(previous.end) <= DAY;
      if (!contiguous && previous)
        changes.push({ drug: lane.label, date: previous.end, from: previous, to: null });
      if (
        !contiguous ||
        previous?.mg !== segment.mg ||
        doseLabel(previous.order) !== doseLabel(segment.order)
      ) {
        changes.push({
          drug: lane.label,
          date: segment.start,
          from: contiguous ? previous : null,
          to: segment,
        });
      }
      previous = segment;
    }
    if (previous && !previous.ongoing)
      changes.push({ drug: lane.label, date: previous.end, from: previous, to: null });
  }
  return changes.sort((a, b) => changeAt(a).localeCompare(changeAt(b)));
}

function changeSentence(change: Change): string {
  const on = `on ${shortDate(change.date)}`;
  if (!change.to) return `${change.drug} stopped ${on}`;
  if (!change.from) return `${change.drug} started at ${doseText(change.to)} ${on}`;
  const a = change.from.mg;
  const b = change.to.mg;
  if (a !== null && b !== null && a !== b) {
    return `${change.drug} ${b > a ? 'raised' : 'lowered'} ${a}→${b} mg/day ${on}`;
  }
  return `${change.drug} changed to ${doseText(change.to)} ${on}`;
}

/** "Sertraline raised 50→100 mg/day on 3 Mar; PHQ-9 18→9 since." */
export function timelineSummary(lanes: Lane[], points: Map<string, Point[]>): string {
  const changes = changesOf(lanes);
  const last = changes.at(-1);
  const parts: string[] = [];
  if (lanes.length === 0) parts.push('No medications recorded');
  else if (last) parts.push(changeSentence(last));
  for (const name of INSTRUMENTS) {
    const series = points.get(name) ?? [];
    if (series.length === 0) continue;
    const latest = series.at(-1)!;
    if (last) {
      // The score at or just before the change is the "before"; the latest is the "since".
      const at = changeAt(last);
      const before = [...series].reverse().find((p) => p.at <= at) ?? series[0]!;
      if (before !== latest) {
        parts.push(`${name} ${before.total}→${latest.total} since`);
        continue;
      }
    }
    parts.push(`${name} latest ${latest.total} (${formatDate(latest.date)})`);
  }
  if (INSTRUMENTS.every((name) => (points.get(name) ?? []).length === 0)) {
    parts.push('no PHQ-9 or GAD-7 scores yet');
  }
  return `${parts.join('; ')}.`;
}

interface Tip {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

const EVENT_LANE = 30;
/** Future visits widen the axis by at most this much. */
const FUTURE_DAYS = 60;

export function Timeline({
  orders,
  scores,
  scales = {},
  events = [],
  today = todayIso(),
  trials = [],
}: TimelineProps) {
  const lanes = useMemo(() => buildLanes(orders, today), [orders, today]);
  // Each course's trial, keyed by the order it starts with in its lane.
  const trialByOrder = useMemo(() => {
    const map = new Map<string, MedicationTrial>();
    for (const trial of trials) {
      for (const orderId of trial.orderIds) if (!map.has(orderId)) map.set(orderId, trial);
    }
    return map;
  }, [trials]);
  const laneHeight = trials.some((t) => t.orderIds.length > 0) ? LANE_WITH_TRIALS : LANE;
  const points = useMemo(() => scorePoints(scores), [scores]);
  const summary = useMemo(() => timelineSummary(lanes, points), [lanes, points]);
  const [tip, setTip] = useState<Tip | null>(null);
  const summaryId = useId();
  const scoreSeries = INSTRUMENTS.map((name) => ({
    name,
    points: points.get(name) ?? [],
  })).filter((s) => s.points.length > 0);

  const horizon = new Date(ms(today) + FUTURE_DAYS * DAY).toISOString().slice(0, 10);
  const shownEvents = events.filter((event) => dayOf(event.at) <= horizon);
  const eventLanes = [...new Set(shownEvents.map((event) => event.lane))];
  const dates = [
    ...lanes.flatMap((lane) => lane.segments.flatMap((s) => [s.start, s.end])),
    ...scoreSeries.flatMap((s) => s.points.map((p) => p.date)),
    ...shownEvents.map((event) => dayOf(event.at)),
    today,
  ];
  let from = ms(dates.reduce((a, b) => (a < b ? a : b)));
  let to = Math.max(ms(today), ...shownEvents.map((event) => ms(dayOf(event.at))));
  // At least four weeks, and a little room either side so end marks are not cut.
  if (to - from < 28 * DAY) from = to - 28 * DAY;
  const pad = (to - from) * 0.03;
  from -= pad;
  to += pad;
  const x = (date: string) => GUTTER + ((ms(date) - from) / (to - from)) * (WIDTH - GUTTER - RIGHT);

  const lanesTop = AXIS + 6;
  const eventsTop = lanesTop + Math.max(lanes.length, 1) * laneHeight;
  const scoresTop = eventsTop + eventLanes.length * EVENT_LANE + SCORE_GAP;
  const height = scoresTop + scoreSeries.length * (SCORE_HEIGHT + SCORE_GAP) + 4;
  const ticks = monthTicks(from, to);

  const show = (next: Tip) => setTip(next);
  const hide = () => setTip(null);
  const markProps = (next: Tip) => ({
    tabIndex: 0,
    role: 'img',
    'aria-label': `${next.title}: ${next.lines.join('; ')}`,
    onMouseEnter: () => show(next),
    onMouseLeave: hide,
    onFocus: () => show(next),
    onBlur: hide,
    className: 'timeline-mark',
  });

  return (
    <figure className="timeline">
      <figcaption>
        <p className="timeline-summary" id={summaryId}>
          {summary}
        </p>
      </figcaption>
      <div className="timeline-canvas">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing is grouped, not a form fieldset */}
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="group"
          aria-label="Treatment timeline: medication doses and rating-scale scores over time"
          aria-describedby={summaryId}
          className="timeline-svg"
        >
          {ticks.map((tick) => (
            <g key={tick.date}>
              <line x1={x(tick.date)} x2={x(tick.date)} y1={AXIS - 6} y2={height} className="timeline-grid" />
              <text x={x(tick.date) + 3} y={AXIS - 10} className="timeline-tick">
                {tick.label}
              </text>
            </g>
          ))}
          <line x1={x(today)} x2={x(today)} y1={AXIS - 6} y2={height} className="timeline-today" />
          {lanes.length === 0 ? (
            <text x={GUTTER} y={lanesTop + laneHeight / 2 + 4} className="timeline-empty">
              No medication orders yet
            </text>
          ) : null}
          {lanes.map((lane, index) => {
            // With verdicts under the bars, the bar sits a little above the lane's middle.
            const mid = lanesTop + index * laneHeight + (laneHeight === LANE ? LANE / 2 : LANE / 2 + 2);
            const labelled = new Set<MedicationTrial>();
            const maxMg = Math.max(...lane.segments.map((s) => s.mg ?? 0), 0);
            const thickness = (s: Segment) =>
              s.mg === null || maxMg === 0 ? MIN_BAR + 6 : MIN_BAR + (MAX_BAR - MIN_BAR) * (s.mg / maxMg);
            return (
              <g key={lane.drug} className="timeline-lane">
                <text x={8} y={mid + 4} className="timeline-lane-label">
                  {lane.label}
                </text>
                {lane.segments.map((segment) => {
                  const x1 = x(segment.start);
                  const x2 = Math.max(x(segment.end), x1 + 3);
                  const h = thickness(segment);
                  const pending = segment.order.status === 'pending-cosign';
                  const trial = trialByOrder.get(segment.order.id);
                  // The verdict is written once per course, under its first bar.
                  const firstOfTrial = trial !== undefined && !labelled.has(trial);
                  if (trial) labelled.add(trial);
                  const details: Tip = {
                    x: x1,
                    y: mid - h / 2,
                    title: `${lane.label} ${doseText(segment)}`,
                    lines: [
                      doseLabel(segment.order) || 'Dose not stated',
                      `${formatDate(segment.start)} – ${segment.ongoing ? 'ongoing' : formatDate(segment.end)}`,
                      pending
                        ? 'Waiting for co-signature'
                        : capitalize(segment.order.status.replace('-', ' ')),
                      ...(segment.order.indication ? [`For ${segment.order.indication}`] : []),
                      ...(trial ? [`Trial: ${trialLabel(trial)}`] : []),
                    ],
                  };
                  const verdict = trial ? trialLabel(trial) : '';
                  // About 6 px a character at 11 px; a course started lately keeps its verdict inside.
                  const verdictWidth = verdict.length * 6.1 + 8;
                  const verdictX = Math.max(GUTTER, Math.min(x1, WIDTH - 2 - verdictWidth));
                  const trialTip: Tip | null =
                    trial && firstOfTrial
                      ? {
                          x: verdictX,
                          y: mid + MAX_BAR / 2 + 4,
                          title: `${lane.label} trial: ${verdict}`,
                          lines: trialDetails(trial),
                        }
                      : null;
                  return (
                    <g key={segment.order.id}>
                      <g {...markProps(details)}>
                        <rect
                          x={x1}
                          y={mid - h / 2}
                          width={x2 - x1}
                          height={h}
                          rx={2}
                          className={pending ? 'timeline-bar timeline-bar-pending' : 'timeline-bar'}
                        />
                        <text x={x1 + 4} y={mid - h / 2 - 3} className="timeline-dose">
                          {segment.mg !== null ? `${segment.mg} mg` : (segment.order.doseAmount ?? '')}
                        </text>
                      </g>
                      {trial && trialTip ? (
                        <g {...markProps(trialTip)}>
                          <rect
                            x={verdictX}
                            y={mid + MAX_BAR / 2 + 2}
                            width={verdictWidth}
                            height={16}
                            rx={3}
                            className={
                              trial.adequate && (trial.outcome === 'none' || trial.outcome === 'partial')
                                ? 'timeline-trial-box timeline-trial-failed'
                                : 'timeline-trial-box'
                            }
                          />
                          <text x={verdictX + 4} y={mid + MAX_BAR / 2 + 14} className="timeline-trial">
                            {verdict}
                          </text>
                        </g>
                      ) : null}
                    </g>
                  );
                })}
              </g>
            );
          })}
          {eventLanes.map((laneName, index) => {
            const mid = eventsTop + index * EVENT_LANE + EVENT_LANE / 2;
            return (
              <g key={laneName} className="timeline-events">
                <text x={8} y={mid + 4} className="timeline-lane-label">
                  {laneName}
                </text>
                <line x1={GUTTER} x2={WIDTH - RIGHT} y1={mid} y2={mid} className="timeline-event-rule" />
                {shownEvents
                  .filter((event) => event.lane === laneName)
                  .map((event, eventIndex) => {
                    const cx = x(dayOf(event.at));
                    const details: Tip = { x: cx, y: mid - 6, title: event.title, lines: event.lines };
                    return (
                      <g
                        // Several events can share a day and a title; their order is their identity.
                        // biome-ignore lint/suspicious/noArrayIndexKey: positional within a lane
                        key={`${event.at}-${eventIndex}`}
                        {...markProps(details)}
                      >
                        <rect
                          x={cx - 5}
                          y={mid - 5}
                          width={10}
                          height={10}
                          transform={`rotate(45 ${cx} ${mid})`}
                          className={
                            event.flagged ? 'timeline-event timeline-event-flagged' : 'timeline-event'
                          }
                        />
                      </g>
                    );
                  })}
              </g>
            );
          })}
          {scoreSeries.map((s, index) => {
            const top = scoresTop + index * (SCORE_HEIGHT + SCORE_GAP);
            const scale = scales[s.name];
            const max = scale?.range?.max ?? Math.max(...s.points.map((p) => p.total), 10);
            const min = scale?.range?.min ?? 0;
            const y = (total: number) =>
              top + SCORE_HEIGHT - ((total - min) / (max - min || 1)) * SCORE_HEIGHT;
            const path = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date)},${y(p.total)}`).join(' ');
            return (
              <g key={s.name} className="timeline-scores">
                <text x={8} y={top + 14} className="timeline-lane-label">
                  {s.name}
                </text>
                {(scale?.bands ?? []).map((band, bandIndex) => (
                  <g key={band.label}>
                    <rect
                      x={GUTTER}
                      width={WIDTH - GUTTER - RIGHT}
                      y={y(Math.min(band.max + 0.5, max))}
                      height={Math.max(
                        y(Math.max(band.min - 0.5, min)) - y(Math.min(band.max + 0.5, max)),
                        0,
                      )}
                      className={`timeline-band timeline-band-${Math.min(bandIndex, 4)}`}
                    />
                    <text
                      x={GUTTER - 6}
                      y={y((band.min + Math.min(band.max, max)) / 2) + 3}
                      className="timeline-band-label"
                    >
                      {band.label}
                    </text>
                  </g>
                ))}
                <rect
                  x={GUTTER}
                  y={top}
                  width={WIDTH - GUTTER - RIGHT}
                  height={SCORE_HEIGHT}
                  className="timeline-score-frame"
                />
                <path d={path} className="timeline-line" />
                {s.points.map((point, i) => {
                  const previous = s.points[i - 1];
                  const details: Tip = {
                    x: x(point.date),
                    y: y(point.total),
                    title: `${s.name} ${point.total}`,
                    lines: [
                      formatDate(point.date),
                      ...(bandOf(scale?.bands, point.total) ? [bandOf(scale?.bands, point.total)!] : []),
                      ...(previous
                        ? [
                            `${point.total - previous.total >= 0 ? '+' : ''}${point.total - previous.total} since ${formatDate(previous.date)}`,
                          ]
                        : []),
                    ],
                  };
                  return (
                    <g key={point.at} {...markProps(details)}>
                      <circle cx={x(point.date)} cy={y(point.total)} r={5} className="timeline-point" />
                      <text x={x(point.date)} y={y(point.total) - 8} className="timeline-point-label">
                        {point.total}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
        {tip ? (
          <div
            className="timeline-tip"
            aria-hidden="true"
            // Marks on the right half open their details to the left, so they stay on screen.
            style={{
              ...(tip.x > WIDTH / 2
                ? { right: `${((WIDTH - tip.x) / WIDTH) * 100}%` }
                : { left: `${(tip.x / WIDTH) * 100}%` }),
              top: `${(tip.y / height) * 100}%`,
            }}
          >
            <strong>{tip.title}</strong>
            {tip.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </div>
        ) : null}
      </div>
    </figure>
  );
}

/** The trials as a list under the picture, with the treatment-resistant depression line when it applies. */
export function TrialList({ trials }: { trials: MedicationTrials }) {
  const headingId = useId();
  if (trials.items.length === 0) return null;
  return (
    <section className="trial-list" aria-labelledby={headingId}>
      <h3 id={headingId} className="trial-list-title">
        Medication trials
      </h3>
      <ul>
        {trials.items.map((trial, index) => (
          // A history entry has no order; its place in the list is its identity.
          <li key={trial.orderIds[0] ?? `${trial.evaluationId ?? 'history'}-${index}`}>
            <span className="trial-list-head">
              <strong>{drugLabel(trial.formularyDrug ?? trial.drug)}</strong> {trialDose(trial)} —{' '}
              <span className={trial.adequate ? 'trial-verdict trial-verdict-adequate' : 'trial-verdict'}>
                {trialLabel(trial)}
              </span>
            </span>
            <span className="trial-list-detail">
              {trialDetails(trial)
                .filter((line) => line !== trialDose(trial))
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {trials.treatmentResistant ? (
        <p className="trial-trd">
          <strong>Treatment-resistant depression:</strong> {trials.summary}
        </p>
      ) : null}
    </section>
  );
}

function bandOf(bands: ScoreBand[] | undefined, total: number): string | undefined {
  return bands?.find((band) => total >= band.min && total <= band.max)?.label;
}

/** First-of-month ticks (every other month, or quarterly, when the span is long). */
function monthTicks(from: number, to: number): { date: string; label: string }[] {
  const start = new Date(from);
  const cursor = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  const months = (to - from) / (30 * DAY);
  const every = months > 24 ? 3 : months > 10 ? 2 : 1;
  const ticks: { date: string; label: string }[] = [];
  const format = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  while (cursor.getTime() <= to) {
    if (cursor.getUTCMonth() % every === 0) {
      ticks.push({ date: cursor.toISOString().slice(0, 10), label: format.format(cursor) });
    }
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  // A short span gets weekly ticks instead, so there is always something to read the axis by.
  if (ticks.length < 2) {
    ticks.length = 0;
    const weekly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    for (let t = from + 7 * DAY; t <= to; t += 7 * DAY) {
      const date = new Date(t);
      ticks.push({ date: date.toISOString().slice(0, 10), label: weekly.format(date) });
    }
  }
  return ticks;
}
