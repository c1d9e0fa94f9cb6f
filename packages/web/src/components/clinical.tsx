// The clinician's part of the chart (issue #5): the treatment timeline on top, the medication list with
// co-signature, and the rating-scale scores with an in-clinic entry form.

import { useCallback, useId, useState } from 'react';
import { Link } from 'react-router';
import { apiRequest, errorMessage } from '../api.js';
import {
  type Adherence,
  CURRENT_STATUSES,
  capitalize,
  careApi,
  doseLabel,
  isClinical,
  type MedicationOrder,
  type Scores,
  type SubmittedScore,
  timelineSources,
} from '../care.js';
import { formatDate, formatDateTime, isValidIsoDate, todayIso } from '../format.js';
import { useSession } from '../session.js';
import { type AsyncState, useAsync } from '../useAsync.js';
import {
  type InstrumentScales,
  type MedicationTrials,
  Timeline,
  type TimelineEvent,
  TrialList,
} from './Timeline.js';
import { AsyncView, Card, ErrorPanel, FormError, Loading, Notice, useBusyAction } from './ui.js';
import '../care.css';

interface InstrumentItem {
  number: number;
  label: string;
  text: string;
  optional: boolean;
  critical: boolean;
  options: { value: number | string; label: string }[];
}

interface InstrumentDefinition {
  id: string;
  title: string;
  items: InstrumentItem[];
  totalRange?: { min: number; max: number } | null;
  bands?: { min: number; max: number; label: string }[];
}

const CLINIC_INSTRUMENTS = ['PHQ-9', 'GAD-7'] as const;

async function loadInstruments(signal: AbortSignal): Promise<Record<string, InstrumentDefinition>> {
  const entries = await Promise.all(
    CLINIC_INSTRUMENTS.map(async (name) => {
      const definition = await apiRequest<InstrumentDefinition>(
        'GET',
        `/api/v1/instruments/${encodeURIComponent(name)}`,
        { signal },
      );
      return [name, definition] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function scalesOf(instruments: Record<string, InstrumentDefinition>): InstrumentScales {
  return Object.fromEntries(
    Object.entries(instruments).map(([name, definition]) => [
      name,
      { range: definition.totalRange ?? null, bands: definition.bands ?? [] },
    ]),
  );
}

/** Timeline, medications and scores for clinical roles; nothing for other roles. */
export function ClinicalOverview({ patientId }: { patientId: string }) {
  const session = useSession();
  const clinical = isClinical(session.user.roles);
  const loadOrders = useCallback((signal: AbortSignal) => careApi.listOrders(patientId, signal), [patientId]);
  const loadScores = useCallback((signal: AbortSignal) => careApi.getScores(patientId, signal), [patientId]);
  // Adherence is extra information: a failure leaves it out instead of blocking the chart.
  const loadAdherence = useCallback(
    (signal: AbortSignal) => careApi.adherence(patientId, signal).catch(() => [] as Adherence[]),
    [patientId],
  );
  const loadSources = useCallback((signal: AbortSignal) => timelineSources(patientId, signal), [patientId]);
  // Trial verdicts annotate the timeline; without them (a refusal, an error) it is drawn as before.
  const loadTrials = useCallback(
    (signal: AbortSignal) =>
      apiRequest<MedicationTrials>(
        'GET',
        `/api/v1/patients/${encodeURIComponent(patientId)}/medication-trials`,
        { signal },
      ).catch((error: unknown) => {
        if (signal.aborted) throw error;
        return null;
      }),
    [patientId],
  );
  const orders = useAsync(loadOrders);
  const adherence = useAsync(loadAdherence);
  const sources = useAsync(loadSources);
  const trials = useAsync(loadTrials);
  const scores = useAsync(loadScores);
  const instruments = useAsync(loadInstruments);
  if (!clinical) return null;

  const scales = instruments.state.status === 'ready' ? scalesOf(instruments.state.data) : {};
  return (
    <div className="clinical-overview">
      <Card title="Treatment timeline" className="timeline-card">
        {orders.state.status === 'loading' || scores.state.status === 'loading' ? (
          <Loading label="Drawing the timeline…" />
        ) : orders.state.status === 'error' ? (
          <ErrorPanel message={orders.state.message} onRetry={orders.reload} />
        ) : scores.state.status === 'error' ? (
          <ErrorPanel message={scores.state.message} onRetry={scores.reload} />
        ) : (
          <Timeline
            orders={orders.state.data}
            scores={scores.state.data.items}
            scales={scales}
            events={sources.state.status === 'ready' ? timelineEvents(sources.state.data) : []}
            trials={trials.state.status === 'ready' ? (trials.state.data?.items ?? []) : []}
          />
        )}
        {trials.state.status === 'ready' && trials.state.data ? (
          <TrialList trials={trials.state.data} />
        ) : null}
      </Card>
      <div className="card-grid clinical-grid">
        <MedicationsCard
          patientId={patientId}
          state={orders.state}
          adherence={adherence.state.status === 'ready' ? adherence.state.data : []}
          reload={() => {
            orders.reload();
            adherence.reload();
            trials.reload();
          }}
        />
        <ScoresCard
          patientId={patientId}
          state={scores.state}
          instruments={instruments.state.status === 'ready' ? instruments.state.data : null}
          reload={() => {
            scores.reload();
            trials.reload();
          }}
        />
      </div>
    </div>
  );
}

type State<T> = AsyncState<T>;

const VISIT_STATUS: Record<string, string> = {
  booked: 'Booked',
  arrived: 'Arrived',
  fulfilled: 'Seen',
  'no-show': 'No-show',
};

/** Visits, side effects and labs as timeline marks (cancelled visits and errors left out). */
function timelineEvents({
  appointments,
  observations,
  sideEffects,
}: Awaited<ReturnType<typeof timelineSources>>): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const visit of appointments) {
    if (visit.status === 'cancelled') continue;
    events.push({
      lane: 'Visits',
      at: visit.startsAt,
      title: `Visit ${formatDateTime(visit.startsAt)}`,
      lines: [
        VISIT_STATUS[visit.status] ?? visit.status,
        ...(visit.modality ? [capitalize(visit.modality)] : []),
        ...(visit.clinicianName ? [`With ${visit.clinicianName}`] : []),
      ],
      flagged: visit.status === 'no-show',
    });
  }
  for (const report of sideEffects) {
    events.push({
      lane: 'Side effects',
      at: report.createdAt,
      title: `${capitalize(report.symptom)}${report.severity ? ` (${report.severity})` : ''}`,
      lines: [
        `Reported ${formatDateTime(report.createdAt)}`,
        ...(report.medication ? [`On ${report.medication}`] : []),
        ...(report.note ? [report.note] : []),
      ],
      flagged: report.severity === 'severe' || report.severity === 'life-threatening',
    });
  }
  for (const result of observations) {
    if (result.status === 'entered-in-error') continue;
    const value =
      result.value === null
        ? (result.phenotype ?? '')
        : `${result.value}${result.diastolic != null ? `/${result.diastolic}` : ''}${result.unit ? ` ${result.unit}` : ''}`;
    const flag = result.interpretation?.flag ?? null;
    events.push({
      lane: 'Labs and vitals',
      at: result.effectiveAt,
      title: `${result.name} ${value}`.trim(),
      lines: [
        formatDateTime(result.effectiveAt),
        ...(result.interpretation?.message ? [result.interpretation.message] : []),
      ],
      flagged: flag !== null && flag !== 'normal',
    });
  }
  return events;
}

const statusLabels: Record<string, string> = {
  draft: 'Draft',
  'pending-cosign': 'Waiting for co-signature',
  active: 'Active',
  completed: 'Completed',
  stopped: 'Stopped',
  'entered-in-error': 'Entered in error',
};

const actionLabels: Record<string, string> = {
  start: 'Start',
  continue: 'Continue',
  'change-dose': 'Dose change',
  switch: 'Switch',
  taper: 'Taper',
  stop: 'Stop',
  avoid: 'Avoid',
};

function MedicationsCard({
  patientId,
  state,
  adherence,
  reload,
}: {
  patientId: string;
  state: State<MedicationOrder[]>;
  adherence: Adherence[];
  reload(): void;
}) {
  const adherenceOf = new Map(adherence.map((a) => [a.medicationOrderId, a]));
  const session = useSession();
  const prescriber = session.user.roles.includes('prescriber');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const cosign = async (order: MedicationOrder) => {
    setBusy(order.id);
    setMessage(null);
    try {
      await careApi.cosignOrder(patientId, order.id);
      setMessage({ tone: 'success', text: `${capitalize(order.drug)} co-signed; it is now active.` });
      reload();
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title="Medications"
      headingLevel={3}
      className="medications-card"
      actions={
        prescriber ? (
          <Link to="orders/new" className="button button-secondary button-small">
            New order
          </Link>
        ) : null
      }
    >
      {message?.tone === 'success' ? <Notice tone="success">{message.text}</Notice> : null}
      {message?.tone === 'error' ? <ErrorPanel title="Not co-signed" message={message.text} /> : null}
      {state.status === 'loading' ? <Loading label="Loading medications…" /> : null}
      {state.status === 'error' ? <ErrorPanel message={state.message} onRetry={reload} /> : null}
      {state.status === 'ready'
        ? (() => {
            const current = state.data.filter(
              (order) => CURRENT_STATUSES.includes(order.status) && order.action !== 'avoid',
            );
            const drafts = state.data.filter((order) => order.status === 'draft');
            const history = state.data.filter(
              (order) => !CURRENT_STATUSES.includes(order.status) && order.status !== 'draft',
            );
            return (
              <>
                {current.length === 0 ? <p className="muted">No active medications.</p> : null}
                {current.length > 0 ? (
                  <ul className="med-list" aria-label="Active medications">
                    {current.map((order) => (
                      <li key={order.id} className="med-item">
                        <div className="med-main">
                          <span className="med-name">{capitalize(order.displayName || order.drug)}</span>
                          <span className="med-dose">{doseLabel(order)}</span>
                          {order.status === 'pending-cosign' ? (
                            <span className="badge badge-warning">Waiting for co-signature</span>
                          ) : null}
                        </div>
                        <p className="med-meta muted">
                          {[
                            order.indication ? `For ${order.indication}` : '',
                            order.startDate ? `since ${formatDate(order.startDate)}` : '',
                            order.quantity !== null ? `qty ${order.quantity}` : '',
                            order.refills !== null
                              ? `${order.refills} refill${order.refills === 1 ? '' : 's'}`
                              : '',
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </p>
                        <AdherenceLine adherence={adherenceOf.get(order.id)} />
                        {prescriber ? (
                          <div className="button-row">
                            {order.status === 'active' ? (
                              <>
                                <Link
                                  className="button button-quiet button-small"
                                  to={`orders/new?action=change-dose&replaces=${order.id}`}
                                  aria-label={`Change dose of ${order.drug}`}
                                >
                                  Change dose
                                </Link>
                                <Link
                                  className="button button-quiet button-small"
                                  to={`orders/new?action=stop&replaces=${order.id}`}
                                  aria-label={`Stop ${order.drug}`}
                                >
                                  Stop
                                </Link>
                              </>
                            ) : null}
                            {order.status === 'pending-cosign' &&
                            order.prescriberId !== session.user.id &&
                            session.user.credential !== 'PA' ? (
                              <button
                                type="button"
                                className="button button-secondary button-small"
                                disabled={busy === order.id}
                                onClick={() => void cosign(order)}
                              >
                                {busy === order.id ? 'Co-signing…' : 'Co-sign'}
                              </button>
                            ) : null}
                          </div>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {drafts.length > 0 && prescriber ? (
                  <p className="hint">
                    {drafts.length} unsigned draft{drafts.length === 1 ? '' : 's'}:{' '}
                    {drafts.map((order, index) => (
                      <span key={order.id}>
                        {index > 0 ? ', ' : ''}
                        <Link to={`orders/new?draft=${order.id}`}>{capitalize(order.drug)}</Link>
                      </span>
                    ))}
                  </p>
                ) : null}
                {history.length > 0 ? (
                  <details className="med-history">
                    <summary>History ({history.length})</summary>
                    <ul>
                      {history.map((order) => (
                        <li key={order.id}>
                          <span className="med-name">{capitalize(order.drug)}</span> {doseLabel(order)} ·{' '}
                          {actionLabels[order.action] ?? order.action} ·{' '}
                          {statusLabels[order.status] ?? order.status}
                          {order.signedAt ? ` · signed ${formatDateTime(order.signedAt)}` : ''}
                          {order.reason ? ` · ${order.reason}` : ''}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </>
            );
          })()
        : null}
    </Card>
  );
}

function AdherenceLine({ adherence }: { adherence: Adherence | undefined }) {
  if (!adherence) return null;
  const { days14 } = adherence.doseLog;
  return (
    <p className="med-meta">
      {days14.pdc === null
        ? 'No doses scheduled in the last 14 days'
        : `Adherence ${Math.round(days14.pdc * 100)}% over 14 days (${days14.coveredDays}/${days14.eligibleDays} days)`}
      {adherence.missedInARow > 1 ? ` · ${adherence.missedInARow} doses missed in a row` : ''}
      {adherence.alerts.map((alert) => (
        <span
          key={alert.rule}
          className={`badge ${alert.priority === 'urgent' ? 'badge-danger' : 'badge-warning'}`}
        >
          {alert.title}
        </span>
      ))}
    </p>
  );
}

function ScoresCard({
  patientId,
  state,
  instruments,
  reload,
}: {
  patientId: string;
  state: State<Scores>;
  instruments: Record<string, InstrumentDefinition> | null;
  reload(): void;
}) {
  return (
    <Card title="Scores" headingLevel={3} className="scores-card">
      <AsyncView state={state} reload={reload} loadingLabel="Loading scores…">
        {(data) => (
          <>
            {data.series.length === 0 ? <p className="muted">No scores yet.</p> : null}
            <ul className="score-series">
              {data.series.map((s) => {
                const i = s.interpretation;
                const words = [
                  i.remission ? 'remission' : i.response ? 'response' : '',
                  i.reliableWorsening || i.worsenedFromBest ? 'worsening' : '',
                  i.trend ? `trend ${i.trend}` : '',
                  i.percentChange !== null
                    ? `${i.percentChange > 0 ? '+' : ''}${Math.round(i.percentChange)}% from baseline`
                    : '',
                ].filter(Boolean);
                return (
                  <li key={s.instrument}>
                    <span className="score-name">{s.instrument}</span>{' '}
                    <span className="score-values">{s.points.map((p) => p.total).join(' → ')}</span>
                    {words.length > 0 ? <span className="muted"> · {words.join(' · ')}</span> : null}
                    {s.noAdequateResponseAfterAdequateTrial ? (
                      <span className="badge badge-warning">
                        No adequate response after an adequate trial
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {data.items.length > 0 ? (
              <details className="score-list">
                <summary>All scores ({data.items.length})</summary>
                <div className="table-scroll">
                  <table className="data-table">
                    <caption className="visually-hidden">Scores, newest first</caption>
                    <thead>
                      <tr>
                        <th scope="col">When</th>
                        <th scope="col">Scale</th>
                        <th scope="col">Total</th>
                        <th scope="col">Severity</th>
                        <th scope="col">By</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.items.map((item) => (
                        <tr key={item.id}>
                          <td>{formatDateTime(item.authoredAt)}</td>
                          <td>{item.instrument}</td>
                          <td>{item.total ?? '—'}</td>
                          <td>{item.band ?? '—'}</td>
                          <td>{item.enteredByKind === 'patient' ? 'Patient' : 'Clinic'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            ) : null}
          </>
        )}
      </AsyncView>
      <ScoreEntry patientId={patientId} instruments={instruments} onSaved={reload} />
    </Card>
  );
}

function ScoreEntry({
  patientId,
  instruments,
  onSaved,
}: {
  patientId: string;
  instruments: Record<string, InstrumentDefinition> | null;
  onSaved(): void;
}) {
  const [instrument, setInstrument] = useState<(typeof CLINIC_INSTRUMENTS)[number]>('PHQ-9');
  const [answers, setAnswers] = useState<Record<number, string>>({});
  // The day the patient answered: a paper form filled in earlier can be entered later.
  const [given, setGiven] = useState(() => todayIso());
  const { busy, error, setError, run } = useBusyAction();
  const [saved, setSaved] = useState<{ score: SubmittedScore; given: string | null } | null>(null);
  const baseId = useId();
  const definition = instruments?.[instrument];

  if (!definition) return null;
  const items = definition.items.filter((item) => !item.optional);
  const complete = items.every((item) => answers[item.number] !== undefined && answers[item.number] !== '');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!complete) {
      setError('Answer every question before saving the score.');
      return;
    }
    const today = todayIso();
    if (!isValidIsoDate(given) || given > today) {
      setError('Enter the date the scale was answered: today or earlier.');
      return;
    }
    await run(async () => {
      // Today is left to the server's clock; an earlier day is sent as when it was answered.
      const backDated = given < today ? given : null;
      const result = await careApi.submitScore(
        patientId,
        instrument,
        items.map((item) => Number(answers[item.number])),
        backDated ?? undefined,
      );
      setSaved({ score: result, given: backDated });
      setAnswers({});
      setGiven(today);
      onSaved();
    });
  };

  return (
    <details className="score-entry">
      <summary id={`${baseId}-title`}>Enter a PHQ-9 or GAD-7 in clinic</summary>
      <form
        className="score-entry-form"
        onSubmit={(event) => void submit(event)}
        aria-labelledby={`${baseId}-title`}
      >
        <div className="field score-instrument">
          <label htmlFor={`${baseId}-instrument`}>Scale</label>
          <select
            id={`${baseId}-instrument`}
            value={instrument}
            onChange={(event) => {
              // A different scale starts with empty answers.
              setAnswers({});
              setInstrument(event.target.value as (typeof CLINIC_INSTRUMENTS)[number]);
            }}
          >
            {CLINIC_INSTRUMENTS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field score-given">
          <label htmlFor={`${baseId}-given`}>Date given</label>
          <input
            id={`${baseId}-given`}
            type="date"
            value={given}
            max={todayIso()}
            required
            onChange={(event) => setGiven(event.target.value)}
          />
        </div>
        <div className="score-items">
          {items.map((item) => (
            <div className="field score-item" key={`${instrument}-${item.number}`}>
              <label htmlFor={`${baseId}-${item.number}`} title={item.text}>
                {item.number}. {item.text}
                {item.critical ? <span className="visually-hidden"> (safety question)</span> : null}
              </label>
              <select
                id={`${baseId}-${item.number}`}
                value={answers[item.number] ?? ''}
                onChange={(event) => setAnswers({ ...answers, [item.number]: event.target.value })}
              >
                <option value="">—</option>
                {item.options.map((option) => (
                  <option key={String(option.value)} value={String(option.value)}>
                    {String(option.value)} · {option.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <FormError message={error} />
        {saved ? (
          <Notice tone={saved.score.safetyTaskCreated ? 'warning' : 'success'}>
            {saved.score.instrument} saved: {saved.score.total ?? 'incomplete'}
            {saved.score.band ? ` (${saved.score.band})` : ''}
            {saved.given ? `, given ${formatDate(saved.given)}` : ''}.
            {saved.score.safetyTaskCreated
              ? ' A positive safety answer opened an urgent task for the care team.'
              : ''}
          </Notice>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary button-small" disabled={busy}>
            {busy ? 'Saving…' : `Save ${instrument}`}
          </button>
        </div>
      </form>
    </details>
  );
}
