// Patient portal care pages (issue #6): today's doses, check-ins, medications with their education,
// progress (score trend), routine and dose log. Mobile first: everything works at 360 px wide.

import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../api.js';
import {
  Card,
  ErrorPanel,
  FormError,
  FormFooter,
  Loading,
  Notice,
  RadioOptions,
  useBusyAction,
  useDocumentTitle,
} from '../components/ui.js';
import {
  ANCHORS,
  type AnchorKey,
  CHECK_INS,
  type CrisisResource,
  type DoseEvent,
  dayLabel,
  type Education,
  formatTime,
  type InstrumentForm,
  localDate,
  type MyMedication,
  monthName,
  portalApi,
  type Reminder,
  type Routine,
  type ScoreSeries,
  type ScoreSubmission,
  SKIP_REASONS,
  type SkipReason,
  shortDate,
  skipReasonLabel,
} from '../portal-care.js';
import { useAsync } from '../useAsync.js';
import { RefillButton } from './portal-more.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function sameInstant(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && new Date(a).getTime() === new Date(b).getTime();
}

/** The dose logged for a reminder (same medication and scheduled time), if any. */
function eventFor(reminder: Reminder, events: DoseEvent[]): DoseEvent | undefined {
  return events.find(
    (event) =>
      event.status !== 'entered-in-error' &&
      event.medicationOrderId === reminder.medicationOrderId &&
      sameInstant(event.scheduledFor, reminder.scheduledFor),
  );
}

function doseOutcome(event: DoseEvent, timeZone: string): string {
  if (event.status === 'skipped') return `Skipped: ${skipReasonLabel(event.reason).toLowerCase()}`;
  const at = event.takenAt ? ` at ${formatTime(event.takenAt, timeZone)}` : '';
  return event.status === 'late' ? `Taken late${at}` : `Taken${at}`;
}

// ——— Today: doses ———

interface DosesData {
  routine: Routine;
  reminders: Reminder[];
  events: DoseEvent[];
}

/** Doses from today through the next two days, each with Taken / Skip / Snooze. */
export function TodayDoses() {
  const load = useCallback(async (signal: AbortSignal): Promise<DosesData> => {
    const now = Date.now();
    const [routine, reminders, events] = await Promise.all([
      portalApi.routine(signal),
      portalApi.reminders(new Date(now - DAY), new Date(now + 48 * HOUR), signal),
      portalApi.doseEvents(new Date(now - 3 * DAY), signal),
    ]);
    return { routine, reminders, events };
  }, []);
  const doses = useAsync(load);
  // Doses logged on this page; kept apart from the loaded data so two quick logs both stick.
  const [logged, setLogged] = useState<DoseEvent[]>([]);

  return (
    <Card title="Your doses">
      {doses.state.status === 'loading' ? <Loading label="Loading your doses…" /> : null}
      {doses.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load your doses"
          message={doses.state.message}
          onRetry={doses.reload}
        />
      ) : null}
      {doses.state.status === 'ready' ? (
        <DoseList
          data={{ ...doses.state.data, events: [...logged, ...doses.state.data.events] }}
          onLogged={(event) => setLogged((current) => [event, ...current])}
        />
      ) : null}
    </Card>
  );
}

function DoseList({ data, onLogged }: { data: DosesData; onLogged: (event: DoseEvent) => void }) {
  const { timeZone } = data.routine;
  const today = localDate(new Date(), timeZone);
  const upcoming = data.reminders.filter((r) => localDate(r.scheduledFor, timeZone) >= today);
  if (upcoming.length === 0) {
    return (
      <p className="muted">
        No doses are scheduled for today or the next two days. If that seems wrong, please tell your clinic.{' '}
        <Link to="/portal/medications">See your medications</Link>
      </p>
    );
  }
  const days = [...new Set(upcoming.map((r) => localDate(r.scheduledFor, timeZone)))];
  return (
    <div className="dose-days">
      {days[0] !== today ? <p className="dose-none-today">Nothing more to take today.</p> : null}
      {days.map((day) => (
        <div key={day} className="dose-day">
          <h3 className="dose-day-title">{dayLabel(day, today)}</h3>
          <ul className="dose-list">
            {upcoming
              .filter((r) => localDate(r.scheduledFor, timeZone) === day)
              .map((reminder) => (
                <DoseRow
                  key={reminder.id}
                  reminder={reminder}
                  logged={eventFor(reminder, data.events)}
                  timeZone={timeZone}
                  onLogged={onLogged}
                />
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function DoseRow({
  reminder,
  logged,
  timeZone,
  onLogged,
}: {
  reminder: Reminder;
  logged: DoseEvent | undefined;
  timeZone: string;
  onLogged: (event: DoseEvent) => void;
}) {
  const titleId = useId();
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState<SkipReason | ''>('');
  const { busy, error, setError, run } = useBusyAction();
  const [message, setMessage] = useState('');
  const reasonRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (skipping) reasonRef.current?.querySelector('input')?.focus();
  }, [skipping]);

  const past = new Date(reminder.scheduledFor).getTime() < Date.now();

  async function log(status: 'taken' | 'skipped') {
    if (status === 'skipped' && !reason) {
      setError('Choose a reason, so your care team can help.');
      return;
    }
    await run(async () => {
      const event = await portalApi.logDose({
        medicationOrderId: reminder.medicationOrderId,
        status,
        scheduledFor: reminder.scheduledFor,
        ...(status === 'skipped' && reason ? { reason } : {}),
      });
      setSkipping(false);
      setMessage(status === 'taken' ? 'Logged as taken. Thank you.' : 'Logged as skipped.');
      onLogged(event);
    });
  }

  async function snooze() {
    await run(async () => {
      const result = await portalApi.snooze(reminder.id);
      setMessage(`We’ll remind you again at ${formatTime(result.dueAt, timeZone)}.`);
    });
  }

  return (
    <li className={logged ? 'dose dose-logged' : 'dose'}>
      <div className="dose-head">
        <p className="dose-title" id={titleId}>
          <strong>{reminder.medication}</strong>
          <span className="dose-when">
            {formatTime(reminder.scheduledFor, timeZone)} · {reminder.doseText}
          </span>
        </p>
        {logged ? <p className="dose-outcome">{doseOutcome(logged, timeZone)}</p> : null}
      </div>

      {!logged && !skipping ? (
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            aria-describedby={titleId}
            onClick={() => void log('taken')}
          >
            Taken
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            aria-describedby={titleId}
            onClick={() => {
              setMessage('');
              setSkipping(true);
            }}
          >
            Skip
          </button>
          {['planned', 'sent', 'snoozed'].includes(reminder.status) ? (
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              aria-describedby={titleId}
              onClick={() => void snooze()}
            >
              Snooze
            </button>
          ) : null}
        </div>
      ) : null}

      {!logged && skipping ? (
        <form
          className="skip-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void log('skipped');
          }}
        >
          <fieldset className="choices" ref={reasonRef}>
            <legend>Why are you skipping this dose?</legend>
            <RadioOptions
              name={`skip-${reminder.id}`}
              options={SKIP_REASONS}
              value={reason}
              onChange={setReason}
            />
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              Save skipped dose
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => {
                setSkipping(false);
                setError('');
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}

      {!logged && past && reminder.missedDoseInstruction ? (
        <details className="dose-missed">
          <summary>Missed this dose?</summary>
          <p>{reminder.missedDoseInstruction}</p>
        </details>
      ) : null}

      <p className="dose-status" role="status">
        {message}
      </p>
      <FormError message={error} />
    </li>
  );
}

// ——— Today: check-ins ———

const CHECK_IN_EVERY_DAYS = 14;

/** "How have you been feeling?": the PHQ-9 and GAD-7 check-ins, with when each was last done. */
export function CheckInsDue() {
  const load = useCallback((signal: AbortSignal) => portalApi.scores(signal), []);
  const scores = useAsync(load);
  return (
    <Card title="How have you been feeling?">
      <p className="card-intro">
        A few questions every two weeks help you and your care team see how treatment is going.
      </p>
      {scores.state.status === 'loading' ? <Loading /> : null}
      {scores.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load your check-ins"
          message={scores.state.message}
          onRetry={scores.reload}
        />
      ) : null}
      {scores.state.status === 'ready' ? (
        <ul className="check-in-list">
          {CHECK_INS.map((checkIn) => {
            const data = scores.state.status === 'ready' ? scores.state.data : null;
            const last = data?.items.find((item) => item.instrument === checkIn.instrument);
            const daysSince = last ? (Date.now() - new Date(last.authoredAt).getTime()) / DAY : null;
            const due = daysSince === null || daysSince >= CHECK_IN_EVERY_DAYS - 1;
            return (
              <li key={checkIn.slug}>
                <Link to={`/portal/check-in/${checkIn.slug}`} className="check-in-link">
                  {checkIn.title}
                </Link>
                <span className={due ? 'badge' : 'badge badge-muted'}>
                  {due ? 'Ready for you' : 'Done recently'}
                </span>
                <span className="hint">
                  {checkIn.about}.{' '}
                  {last ? `Last done ${shortDate(last.authoredAt.slice(0, 10))}.` : 'Not done yet.'}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p>
        <Link to="/portal/progress">See your progress</Link>
      </p>
    </Card>
  );
}

// ——— My medications ———

function EducationSections({ education }: { education: Education }) {
  const sections: { title: string; body: string | string[] }[] = [
    { title: 'What it’s for', body: education.purpose },
    { title: 'How to take it', body: education.howToTake },
    { title: 'Weeks 1 to 2', body: education.weeks1to2 },
    { title: 'Weeks 4 to 8', body: education.weeks4to8 },
    { title: 'Common side effects', body: education.commonSideEffects },
    { title: 'Serious side effects', body: education.seriousSideEffects },
    { title: 'When to call your care team', body: education.whenToCall },
    { title: 'Questions to ask', body: education.questionsToAsk },
  ];
  return (
    <div className="education">
      <div className="missed-dose">
        <p className="missed-dose-title">If you miss a dose</p>
        <p>{education.missedDose}</p>
      </div>
      {sections.map((section) => (
        <details key={section.title} className="education-section">
          <summary>{section.title}</summary>
          {Array.isArray(section.body) ? (
            <ul>
              {section.body.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{section.body}</p>
          )}
        </details>
      ))}
    </div>
  );
}

function doseLine(medication: MyMedication): string {
  const parts = [
    medication.doseAmount !== null && medication.doseUnit
      ? `${medication.doseAmount} ${medication.doseUnit}`
      : medication.strength,
    medication.frequency?.text ?? null,
  ].filter((part): part is string => Boolean(part));
  return parts.join(', ');
}

export function PortalMedications() {
  useDocumentTitle('My medications');
  const load = useCallback((signal: AbortSignal) => portalApi.medications(signal), []);
  const medications = useAsync(load);
  return (
    <div className="page portal-page">
      <h1>My medications</h1>
      <p className="lead">
        The medications your clinic has prescribed for you, with what to expect and when to call.
      </p>
      {medications.state.status === 'loading' ? <Loading /> : null}
      {medications.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load your medications"
          message={medications.state.message}
          onRetry={medications.reload}
        />
      ) : null}
      {medications.state.status === 'ready' ? (
        medications.state.data.length === 0 ? (
          <p className="empty">You have no active medications on file.</p>
        ) : (
          <div className="portal-cards">
            {medications.state.data.map((medication) => (
              <Card key={medication.id} title={medication.displayName} className="medication-card">
                <p className="medication-dose">{doseLine(medication)}</p>
                {medication.indication ? <p className="hint">For: {medication.indication}</p> : null}
                <RefillButton medication={medication} />
                {medication.education.length === 0 ? (
                  <p className="muted">
                    We don’t have information sheets for this medication yet. Please ask your care team.
                  </p>
                ) : (
                  medication.education.map((education) => (
                    <EducationSections key={education.drug} education={education} />
                  ))
                )}
              </Card>
            ))}
          </div>
        )
      ) : null}
    </div>
  );
}

// ——— Check-in ———

const FALLBACK_CRISIS: CrisisResource[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    action: 'Call or text 988, any time, day or night.',
    phone: '988',
    text: '988',
    url: null,
  },
  {
    name: 'Emergency services',
    action: 'Call 911 if you are in danger.',
    phone: '911',
    text: null,
    url: null,
  },
];

const CARE_TEAM_TOLD = 'Your care team has been told and will contact you.';

/** Shown at once when answers raise a suicide-risk flag; takes focus so it is read first. */
export function CrisisPanel({ submission }: { submission: ScoreSubmission }) {
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  // The "care team has been told" sentence stands on its own line, in bold.
  const intro = (
    submission.crisisMessage ??
    'If you are thinking about harming yourself or are in danger, please reach out now.'
  )
    .replace(CARE_TEAM_TOLD, '')
    .trim();
  const resources =
    submission.crisisResources && submission.crisisResources.length > 0
      ? submission.crisisResources
      : FALLBACK_CRISIS;
  return (
    <section className="crisis-panel" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <h2 id={titleId}>You don’t have to go through this alone</h2>
      <p>{intro}</p>
      {submission.safetyTaskCreated ? <p className="crisis-told">{CARE_TEAM_TOLD}</p> : null}
      <ul className="crisis-resources">
        {resources.map((resource) => (
          <li key={resource.name}>
            <p className="crisis-resource-name">{resource.name}</p>
            <p>{resource.action}</p>
            <div className="button-row">
              {resource.phone ? (
                <a className="button button-primary" href={`tel:${resource.phone}`}>
                  Call {resource.phone}
                </a>
              ) : null}
              {resource.text ? (
                <a className="button button-secondary" href={`sms:${resource.text}`}>
                  Text {resource.text}
                </a>
              ) : null}
              {resource.url ? (
                <a className="button button-quiet" href={resource.url} rel="noreferrer" target="_blank">
                  Website<span className="visually-hidden"> of {resource.name} (opens a new tab)</span>
                </a>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PortalCheckIn() {
  const { instrument: slug = '' } = useParams();
  const checkIn = CHECK_INS.find((c) => c.slug === slug.toLowerCase());
  useDocumentTitle(checkIn ? checkIn.title : 'Check-in');
  const load = useCallback(
    (signal: AbortSignal) => portalApi.instrument(checkIn?.instrument ?? slug, signal),
    [checkIn, slug],
  );
  const form = useAsync(load);
  if (!checkIn) {
    return (
      <div className="page portal-page">
        <h1>Check-in</h1>
        <p>We couldn’t find that check-in.</p>
        <p>
          <Link to="/portal">Back to Today</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page portal-page">
      <h1>{checkIn.title}</h1>
      {form.state.status === 'loading' ? <Loading /> : null}
      {form.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load the questions"
          message={form.state.message}
          onRetry={form.reload}
        />
      ) : null}
      {form.state.status === 'ready' ? <CheckInForm form={form.state.data} /> : null}
    </div>
  );
}

function CheckInForm({ form }: { form: InstrumentForm }) {
  const [answers, setAnswers] = useState<Record<number, string>>({});
  const [missing, setMissing] = useState<number[]>([]);
  const { busy, error, run } = useBusyAction();
  const [result, setResult] = useState<ScoreSubmission | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const crisis = result ? result.safetyTaskCreated || Boolean(result.crisisResources) : false;

  useEffect(() => {
    if (missing.length > 0) summaryRef.current?.focus();
  }, [missing]);
  useEffect(() => {
    if (result && !crisis) doneRef.current?.focus();
  }, [result, crisis]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const unanswered = form.items.filter((item) => !item.optional && !answers[item.number]);
    setMissing(unanswered.map((item) => item.number));
    if (unanswered.length > 0) return;
    const list: (string | null)[] = form.items.map((item) => answers[item.number] ?? null);
    // Optional questions at the end may be left off (the scoring engine allows it).
    while (list.length > 0 && list[list.length - 1] === null && form.items[list.length - 1]?.optional)
      list.pop();
    await run(async () => {
      setResult(await portalApi.submitScore(form.id, list));
    });
  }

  if (result) {
    return (
      <>
        {crisis ? <CrisisPanel submission={result} /> : null}
        <section className="card check-in-done" aria-labelledby="check-in-done-title">
          <h2 id="check-in-done-title" className="card-title" tabIndex={-1} ref={doneRef}>
            Thank you for checking in
          </h2>
          {result.total !== null ? (
            <p>
              Your answers add up to <strong>{result.total}</strong>
              {form.totalRange ? ` out of ${form.totalRange.max}` : ''}
              {result.band ? ` (${result.band})` : ''}. Lower numbers mean fewer symptoms.
            </p>
          ) : null}
          <p>Your care team will see your answers.</p>
          <p className="button-row">
            <Link to="/portal/progress" className="button button-secondary">
              See your progress
            </Link>
            <Link to="/portal" className="button button-quiet">
              Back to Today
            </Link>
          </p>
        </section>
      </>
    );
  }

  return (
    <form className="form check-in-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="lead">{form.instructions}</p>
      {missing.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p className="notice-title">Please answer every question</p>
          <ul>
            {missing.map((number) => (
              <li key={number}>
                <a href={`#question-${number}`}>Question {number} has no answer yet</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {form.items.map((item) => {
        const invalid = missing.includes(item.number);
        return (
          <fieldset
            key={item.number}
            id={`question-${item.number}`}
            className={invalid ? 'form-group question field-invalid' : 'form-group question'}
            aria-describedby={invalid ? `question-${item.number}-error` : undefined}
          >
            <legend>
              <span className="question-number">{item.label}.</span> {item.text}
              {item.optional ? <span className="optional"> (optional)</span> : null}
            </legend>
            {invalid ? (
              <p className="field-error" id={`question-${item.number}-error`}>
                Choose an answer.
              </p>
            ) : null}
            <div className="choices">
              <RadioOptions
                name={`question-${item.number}`}
                options={item.options}
                value={answers[item.number]}
                onChange={(next) => setAnswers((current) => ({ ...current, [item.number]: next }))}
              />
            </div>
          </fieldset>
        );
      })}
      <FormFooter error={error} busy={busy} label="Send my answers" busyLabel="Sending…" />
    </form>
  );
}

// ——— My progress ———

/** Plain words for a series, from the clinical engine's interpretation. */
export function progressSentence(series: ScoreSeries): string {
  const { baseline, latest } = series.interpretation;
  const i = series.interpretation;
  if (series.points.length < 2) {
    return `Your first ${series.instrument} was ${latest.total}, on ${shortDate(latest.date)}. Check in again in two weeks to start seeing a trend.`;
  }
  const change =
    baseline.total === latest.total
      ? `Your ${series.instrument} is ${latest.total}, the same as in ${monthName(baseline.date)}`
      : `Your ${series.instrument} went from ${baseline.total} to ${latest.total} since ${monthName(baseline.date)}`;
  let meaning: string;
  if (i.remission) meaning = 'that is remission, meaning very few symptoms now.';
  else if (i.response) meaning = 'that is a response, meaning your symptoms have dropped by half or more.';
  else if (i.reliableWorsening)
    meaning = 'that is a real increase. Your care team can see this too; please tell them how you are doing.';
  else if (i.reliableChange === 'improved') meaning = 'that is a real improvement.';
  else meaning = 'not a big change yet. Treatment can take weeks to work; keep checking in.';
  return `${change}: ${meaning}`;
}

const CHART = { width: 320, height: 170, left: 30, right: 12, top: 12, bottom: 28 };

function TrendChart({ series, max, title }: { series: ScoreSeries; max: number; title: string }) {
  const titleId = useId();
  const descId = useId();
  const { width, height, left, right, top, bottom } = CHART;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = series.points.length;
  const x = (index: number) => left + (n === 1 ? plotW / 2 : (index * plotW) / (n - 1));
  const y = (total: number) => top + plotH - (Math.min(total, max) / max) * plotH;
  const ticks = [0, Math.round(max / 2), max];
  const first = series.points[0];
  const last = series.points[n - 1];
  return (
    <svg
      className="trend-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>
        {series.points.map((p) => `${shortDate(p.date)}: ${p.total}`).join('; ')}. Lower is better.
      </desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="trend-grid" x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} />
          <text className="trend-label" x={left - 6} y={y(tick) + 4} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      <polyline
        className="trend-line"
        points={series.points.map((p, index) => `${x(index)},${y(p.total)}`).join(' ')}
      />
      {series.points.map((p, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two scores may share a date.
        <circle key={`${p.date}-${index}`} className="trend-point" cx={x(index)} cy={y(p.total)} r={4} />
      ))}
      {first ? (
        <text className="trend-label" x={x(0)} y={height - 8} textAnchor={n === 1 ? 'middle' : 'start'}>
          {shortDate(first.date)}
        </text>
      ) : null}
      {last && n > 1 ? (
        <text className="trend-label" x={x(n - 1)} y={height - 8} textAnchor="end">
          {shortDate(last.date)}
        </text>
      ) : null}
    </svg>
  );
}

interface ProgressData {
  series: ScoreSeries[];
  forms: Record<string, InstrumentForm>;
}

export function PortalProgress() {
  useDocumentTitle('My progress');
  const load = useCallback(async (signal: AbortSignal): Promise<ProgressData> => {
    const scores = await portalApi.scores(signal);
    const forms = await Promise.all(scores.series.map((s) => portalApi.instrument(s.instrument, signal)));
    return { series: scores.series, forms: Object.fromEntries(forms.map((f) => [f.id, f])) };
  }, []);
  const progress = useAsync(load);
  return (
    <div className="page portal-page">
      <h1>My progress</h1>
      <p className="lead">Your check-in scores over time. Lower scores mean fewer symptoms.</p>
      {progress.state.status === 'loading' ? <Loading /> : null}
      {progress.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load your progress"
          message={progress.state.message}
          onRetry={progress.reload}
        />
      ) : null}
      {progress.state.status === 'ready' ? (
        progress.state.data.series.length === 0 ? (
          <p className="empty">
            No check-ins yet. <Link to="/portal/check-in/phq-9">Do your first check-in</Link>
          </p>
        ) : (
          <div className="portal-cards">
            {progress.state.data.series.map((series) => {
              const form =
                progress.state.status === 'ready' ? progress.state.data.forms[series.instrument] : undefined;
              const max = form?.totalRange?.max ?? Math.max(...series.points.map((p) => p.total), 1);
              const checkIn = CHECK_INS.find((c) => c.instrument === series.instrument);
              return (
                <Card key={series.instrument} title={checkIn?.title ?? series.instrument}>
                  <p className="progress-sentence">{progressSentence(series)}</p>
                  <TrendChart
                    series={series}
                    max={max}
                    title={`${series.instrument} scores over time, from 0 to ${max}`}
                  />
                  <details className="trend-table">
                    <summary>Show the scores as a table</summary>
                    <div className="table-scroll">
                      <table className="data-table">
                        <caption className="visually-hidden">{series.instrument} scores</caption>
                        <thead>
                          <tr>
                            <th scope="col">Date</th>
                            <th scope="col">Score</th>
                          </tr>
                        </thead>
                        <tbody>
                          {[...series.points].reverse().map((point, index) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two scores may share a date.
                            <tr key={`${point.date}-${index}`}>
                              <td>{shortDate(point.date)}</td>
                              <td>{point.total}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </details>
                  {checkIn ? (
                    <p>
                      <Link to={`/portal/check-in/${checkIn.slug}`}>Check in again</Link>
                    </p>
                  ) : null}
                </Card>
              );
            })}
          </div>
        )
      ) : null}
    </div>
  );
}

// ——— My routine ———

export function PortalRoutine() {
  useDocumentTitle('My routine');
  const load = useCallback((signal: AbortSignal) => portalApi.routine(signal), []);
  const routine = useAsync(load);
  return (
    <div className="page portal-page">
      <h1>My routine</h1>
      <p className="lead">
        Your reminders follow your day: tell us when you usually wake, eat and go to bed.
      </p>
      {routine.state.status === 'loading' ? <Loading /> : null}
      {routine.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load your routine"
          message={routine.state.message}
          onRetry={routine.reload}
        />
      ) : null}
      {routine.state.status === 'ready' ? (
        <RoutineForm routine={routine.state.data} onSaved={routine.setData} onReload={routine.reload} />
      ) : null}
      {routine.state.status === 'ready' ? (
        <DevicePush routine={routine.state.data} onSaved={routine.setData} />
      ) : null}
    </div>
  );
}

function RoutineForm({
  routine,
  onSaved,
  onReload,
}: {
  routine: Routine;
  onSaved: (routine: Routine) => void;
  onReload: () => void;
}) {
  const [anchors, setAnchors] = useState<Record<AnchorKey, string>>(() => ({
    wake: routine.anchors.wake ?? '',
    breakfast: routine.anchors.breakfast ?? '',
    lunch: routine.anchors.lunch ?? '',
    dinner: routine.anchors.dinner ?? '',
    bedtime: routine.anchors.bedtime ?? '',
  }));
  const [quietOn, setQuietOn] = useState(routine.quietHours !== null);
  const [quietStart, setQuietStart] = useState(routine.quietHours?.start ?? '22:00');
  const [quietEnd, setQuietEnd] = useState(routine.quietHours?.end ?? '07:00');
  const [email, setEmail] = useState(routine.channels.email);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    const times = Object.fromEntries(Object.entries(anchors).filter(([, value]) => value !== ''));
    try {
      const next = await portalApi.saveRoutine(routine.version, {
        anchors: times,
        weekdays: routine.weekdays,
        shiftPattern: routine.shiftPattern,
        quietHours: quietOn ? { start: quietStart, end: quietEnd } : null,
        snoozeMinutes: routine.snoozeMinutes,
        channels: { email },
      });
      setSaved(true);
      onSaved(next);
    } catch (caught) {
      const stale = caught instanceof ApiError && [409, 412, 428].includes(caught.status);
      setError({ message: errorMessage(caught), stale });
    } finally {
      setBusy(false);
    }
  }

  const weekendTimes = Object.keys(routine.weekdays).length > 0;
  return (
    <form className="form" onSubmit={(event) => void save(event)}>
      {saved ? <Notice tone="success">Saved. Your reminders now follow this routine.</Notice> : null}
      <fieldset className="form-group">
        <legend>Your usual day</legend>
        <p className="hint group-note">Leave a time empty if it isn’t part of your day.</p>
        <div className="form-grid">
          {ANCHORS.map((anchor) => (
            <div className="field" key={anchor.key}>
              <label htmlFor={`anchor-${anchor.key}`}>{anchor.label}</label>
              <input
                id={`anchor-${anchor.key}`}
                type="time"
                value={anchors[anchor.key]}
                onChange={(e) => setAnchors((current) => ({ ...current, [anchor.key]: e.target.value }))}
              />
            </div>
          ))}
        </div>
        {weekendTimes ? (
          <p className="hint">Different times you set for some days of the week stay as they are.</p>
        ) : null}
      </fieldset>

      <fieldset className="form-group">
        <legend>Quiet hours</legend>
        <label className="checkbox">
          <input type="checkbox" checked={quietOn} onChange={(e) => setQuietOn(e.target.checked)} />
          Don’t send reminders during quiet hours
        </label>
        {quietOn ? (
          <div className="form-grid">
            <div className="field">
              <label htmlFor="quiet-start">From</label>
              <input
                id="quiet-start"
                type="time"
                value={quietStart}
                onChange={(e) => setQuietStart(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="quiet-end">Until</label>
              <input
                id="quiet-end"
                type="time"
                value={quietEnd}
                onChange={(e) => setQuietEnd(e.target.value)}
              />
            </div>
          </div>
        ) : null}
      </fieldset>

      <fieldset className="form-group">
        <legend>How we remind you</legend>
        <label className="checkbox">
          <input type="checkbox" checked={email} onChange={(e) => setEmail(e.target.checked)} />
          Email reminders
        </label>
        <p className="hint">Emails only say a dose is due; details are shown after you sign in.</p>
      </fieldset>

      {error ? (
        <div className="form-error" role="alert">
          <p>{error.message}</p>
          {error.stale ? (
            <button type="button" className="button button-secondary" onClick={onReload}>
              Load the latest routine
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save my routine'}
        </button>
      </div>
    </form>
  );
}

// ——— Reminders on this device (web push) ———

type PushState = 'checking' | 'unavailable' | 'unsupported' | 'blocked' | 'on' | 'off';

function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = (value + '='.repeat((4 - (value.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function pushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** Shown only when this browser can receive push and the server has web push turned on. */
function DevicePush({ routine, onSaved }: { routine: Routine; onSaved: (routine: Routine) => void }) {
  const [publicKey, setPublicKey] = useState<string | null>(null);
  const [state, setState] = useState<PushState>('checking');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const headingId = useId();

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const key = await portalApi.pushPublicKey(controller.signal);
        if (!key) return setState('unavailable');
        setPublicKey(key);
        if (!pushSupported()) return setState('unsupported');
        if (Notification.permission === 'denied') return setState('blocked');
        const registration = await navigator.serviceWorker.getRegistration('/');
        const subscription = await registration?.pushManager.getSubscription();
        setState(subscription ? 'on' : 'off');
      } catch {
        if (!controller.signal.aborted) setState('unavailable');
      }
    })();
    return () => controller.abort();
  }, []);

  async function turnOn() {
    if (!publicKey) return;
    setBusy(true);
    setError('');
    setMessage('');
    try {
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        setState(permission === 'denied' ? 'blocked' : 'off');
        setMessage('Reminders stay off: notifications were not allowed.');
        return;
      }
      const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: base64UrlToBytes(publicKey),
      });
      const json = subscription.toJSON();
      const next = await portalApi.saveRoutine(routine.version, {
        anchors: routine.anchors,
        weekdays: routine.weekdays,
        shiftPattern: routine.shiftPattern,
        quietHours: routine.quietHours,
        snoozeMinutes: routine.snoozeMinutes,
        channels: {
          email: routine.channels.email,
          webPushSubscription: {
            endpoint: subscription.endpoint,
            keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
          },
        },
      });
      onSaved(next);
      setState('on');
      setMessage('Reminders are on for this device.');
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? errorMessage(caught)
          : 'We couldn’t turn on reminders on this device. Please try again later.',
      );
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setError('');
    setMessage('');
    try {
      // Unsubscribing ends the subscription at the push service; the server drops it when the push
      // service reports it gone.
      const registration = await navigator.serviceWorker.getRegistration('/');
      const subscription = await registration?.pushManager.getSubscription();
      await subscription?.unsubscribe();
      setState('off');
      setMessage('Reminders are off for this device.');
    } catch {
      setError('We couldn’t turn off reminders on this device. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  if (state === 'checking' || state === 'unavailable') return null;
  const status: Record<Exclude<PushState, 'checking' | 'unavailable'>, string> = {
    unsupported: 'This browser can’t show reminders. Email reminders still work.',
    blocked:
      'Notifications are blocked for Titrate in your browser settings. Allow them there to get reminders here.',
    on: 'On: this device shows a notification when a dose is due.',
    off: 'Off: this device doesn’t show reminders.',
  };
  return (
    <section className="form-group" aria-labelledby={headingId}>
      <h2 id={headingId}>Reminders on this device</h2>
      <p>{status[state]}</p>
      <p className="hint">Notifications only say a dose is due; details are shown after you sign in.</p>
      {state === 'off' ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void turnOn()}
        >
          {busy ? 'Turning on…' : 'Turn on'}
        </button>
      ) : null}
      {state === 'on' ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void turnOff()}
        >
          {busy ? 'Turning off…' : 'Turn off'}
        </button>
      ) : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
      <FormError message={error} />
    </section>
  );
}

// ——— Dose log ———

interface DoseLogData {
  routine: Routine;
  events: DoseEvent[];
  names: Record<string, string>;
}

export function PortalDoseLog() {
  useDocumentTitle('Dose log');
  const load = useCallback(async (signal: AbortSignal): Promise<DoseLogData> => {
    const [routine, events, medications] = await Promise.all([
      portalApi.routine(signal),
      portalApi.doseEvents(new Date(Date.now() - 14 * DAY), signal),
      portalApi.medications(signal),
    ]);
    return {
      routine,
      events: events.filter((event) => event.status !== 'entered-in-error'),
      names: Object.fromEntries(medications.map((m) => [m.id, m.displayName])),
    };
  }, []);
  const log = useAsync(load);
  return (
    <div className="page portal-page">
      <h1>Dose log</h1>
      <p className="lead">The doses you logged in the last 14 days.</p>
      {log.state.status === 'loading' ? <Loading /> : null}
      {log.state.status === 'error' ? (
        <ErrorPanel title="We couldn’t load your dose log" message={log.state.message} onRetry={log.reload} />
      ) : null}
      {log.state.status === 'ready' ? <DoseLogList data={log.state.data} /> : null}
    </div>
  );
}

function DoseLogList({ data }: { data: DoseLogData }) {
  const { timeZone } = data.routine;
  if (data.events.length === 0) {
    return <p className="empty">No doses logged in the last 14 days. You can log doses on the Today page.</p>;
  }
  const today = localDate(new Date(), timeZone);
  const dayOf = (event: DoseEvent) =>
    localDate(event.scheduledFor ?? event.takenAt ?? event.recordedAt, timeZone);
  const days = [...new Set(data.events.map(dayOf))].sort().reverse();
  return (
    <div className="dose-log">
      {days.map((day) => (
        <section key={day} className="dose-log-day" aria-labelledby={`log-${day}`}>
          <h2 id={`log-${day}`} className="dose-day-title">
            {dayLabel(day, today)}
          </h2>
          <ul className="dose-list">
            {data.events
              .filter((event) => dayOf(event) === day)
              .map((event) => (
                <li key={event.id} className={`dose dose-${event.status}`}>
                  <strong>{data.names[event.medicationOrderId] ?? 'A past medication'}</strong>
                  <span>{doseOutcome(event, timeZone)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
