// Labs, vitals and the monitoring schedule in the chart (issue #5): what is due and why, quick entry of a
// result with the server's interpretation, recent results per test with flags, entered-in-error with a
// reason, and a small trend for weight and drug levels.

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useOutletContext } from 'react-router';
import {
  AsyncView,
  Card,
  DataTable,
  FormError,
  FormFooter,
  useBusyAction,
  useDocumentTitle,
} from '../components/ui.js';
import { formatDate, formatDateTime } from '../format.js';
import {
  canReadLabs,
  canReadScales,
  canRecordLabs,
  ENTRY_TEST_GROUPS,
  ENTRY_TESTS,
  type EntryTest,
  FLAG_LABELS,
  flagTone,
  formatDay,
  type MonitoringItem,
  type MonitoringStatus,
  monitoringApi,
  type Observation,
  type ObservationInput,
  type RecordedObservation,
  type ResultFlag,
  resultValue,
  TREND_TESTS,
  unitLabel,
} from '../monitoring.js';
import { useSession } from '../session.js';
import { canManageConsents } from '../sharing.js';
import { type AsyncState, useAsync } from '../useAsync.js';
import type { ChartContext } from './chart.js';
import '../care.css';
import '../chart-monitoring.css';

/** A test chosen from the schedule: the form opens on it (the nonce re-opens it on a second click). */
interface Preset {
  test: string;
  name: string;
  nonce: number;
}

export function ChartMonitoringPage() {
  const { patient } = useOutletContext<ChartContext>();
  const session = useSession();
  useDocumentTitle('Labs and monitoring');
  const patientId = patient.id;
  const loadSchedule = useCallback(
    (signal: AbortSignal) => monitoringApi.schedule(patientId, signal),
    [patientId],
  );
  const loadResults = useCallback(
    (signal: AbortSignal) => monitoringApi.observations(patientId, signal),
    [patientId],
  );
  const schedule = useAsync(loadSchedule);
  const results = useAsync(loadResults);
  const scheduleState = useStale(schedule.state);
  const resultsState = useStale(results.state);
  const [preset, setPreset] = useState<Preset | null>(null);
  const entryRef = useRef<HTMLDivElement>(null);
  const writer = canRecordLabs(session);

  if (!canReadLabs(session)) {
    return (
      <>
        <BackToChart />
        <h2>Labs and monitoring</h2>
        <p>Your role does not include lab results.</p>
      </>
    );
  }

  const reloadAll = () => {
    schedule.reload();
    results.reload();
  };

  return (
    <div className="chart-subpage">
      <BackToChart />
      <h2>Labs, vitals and monitoring</h2>
      <ScheduleCard
        state={scheduleState}
        reload={schedule.reload}
        onRecord={
          writer
            ? (item) => {
                setPreset((current) => ({
                  test: item.test,
                  name: item.name,
                  nonce: (current?.nonce ?? 0) + 1,
                }));
                entryRef.current?.scrollIntoView({ block: 'start' });
              }
            : null
        }
      />
      {writer ? (
        <div ref={entryRef}>
          <ResultEntry patientId={patientId} preset={preset} onSaved={reloadAll} />
        </div>
      ) : null}
      <ResultsCard patientId={patientId} state={resultsState} reload={reloadAll} writer={writer} />
    </div>
  );
}

/** While a reload runs, the last answer stays on screen (a save should not blank the lists). */
function useStale<T>(state: AsyncState<T>): AsyncState<T> {
  const last = useRef<AsyncState<T> | null>(null);
  if (state.status === 'ready') last.current = state;
  return state.status === 'loading' && last.current ? last.current : state;
}

/** Links from the chart summary to these pages, for the roles the server lets read them. */
export function ChartRecordLinks({ patientId }: { patientId: string }) {
  const session = useSession();
  const base = `/patients/${encodeURIComponent(patientId)}`;
  const links = [
    canReadLabs(session) ? { to: `${base}/monitoring`, label: 'Labs and monitoring' } : null,
    canReadScales(session) ? { to: `${base}/scales`, label: 'Rating scales' } : null,
    canManageConsents(session) ? { to: `${base}/consents`, label: 'Sharing and consents' } : null,
  ].filter((link) => link !== null);
  if (links.length === 0) return null;
  return (
    <nav className="chart-record-links" aria-label="Labs, scales and sharing">
      {links.map((link) => (
        <Link key={link.to} to={link.to}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}

export function BackToChart() {
  return (
    <p className="breadcrumb chart-back">
      <Link to=".." relative="path">
        <span aria-hidden="true">← </span>Chart summary
      </Link>
    </p>
  );
}

// ——— Monitoring schedule ———

const STATUS_ORDER: Record<MonitoringStatus, number> = { overdue: 0, due: 1, 'up-to-date': 2 };
const KIND_LABELS: Record<MonitoringItem['kind'], string> = {
  baseline: 'Baseline',
  'follow-up': 'Follow-up',
  'after-dose-change': 'After a dose change',
};

function StatusBadge({ item }: { item: MonitoringItem }) {
  if (item.status === 'overdue') {
    return (
      <span className="badge badge-danger">
        Overdue{item.daysOverdue > 0 ? ` ${item.daysOverdue} d` : ''}
      </span>
    );
  }
  if (item.status === 'due') return <span className="badge badge-warning">Due</span>;
  return <span className="badge badge-muted">Done — next {formatDate(item.due)}</span>;
}

function ScheduleCard({
  state,
  reload,
  onRecord,
}: {
  state: AsyncState<{ asOf: string; items: MonitoringItem[] }>;
  reload(): void;
  onRecord: ((item: MonitoringItem) => void) | null;
}) {
  return (
    <Card title="Monitoring due" className="monitoring-card">
      <AsyncView state={state} reload={reload} loadingLabel="Loading the monitoring schedule…">
        {(data) => {
          const items = [...data.items].sort(
            (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.due.localeCompare(b.due),
          );
          const open = items.filter((item) => item.status !== 'up-to-date');
          const done = items.filter((item) => item.status === 'up-to-date');
          if (items.length === 0) {
            return (
              <p className="muted">
                No monitoring is due from the current medications (as of {formatDate(data.asOf)}).
              </p>
            );
          }
          return (
            <>
              <p className="card-intro muted">
                From the active medications, as of {formatDate(data.asOf)}.{' '}
                {open.length === 0
                  ? 'Nothing is due now.'
                  : `${open.length} ${open.length === 1 ? 'test is' : 'tests are'} due or overdue.`}
              </p>
              {open.length > 0 ? (
                <ScheduleTable items={open} caption="Due and overdue, overdue first" onRecord={onRecord} />
              ) : null}
              {done.length > 0 ? (
                <details className="monitoring-upcoming">
                  <summary>Up to date ({done.length})</summary>
                  <ScheduleTable items={done} caption="Up to date, next due first" onRecord={onRecord} />
                </details>
              ) : null}
            </>
          );
        }}
      </AsyncView>
    </Card>
  );
}

function ScheduleTable({
  items,
  caption,
  onRecord,
}: {
  items: MonitoringItem[];
  caption: string;
  onRecord: ((item: MonitoringItem) => void) | null;
}) {
  return (
    <DataTable
      label={caption}
      caption={caption}
      className="monitoring-table"
      columns={['Test', 'Why', 'Due', 'Status', 'Last result']}
      actions={onRecord !== null}
    >
      {items.map((item) => (
        <tr key={`${item.test}-${item.due}`} className={item.status === 'overdue' ? 'row-flagged' : ''}>
          <th scope="row">{item.name}</th>
          <td className="cell-wrap">
            {item.reason}
            <span className="monitoring-why muted">
              {[
                KIND_LABELS[item.kind],
                item.drugs.length > 0 ? `for ${item.drugs.join(', ')}` : '',
                item.sources.length > 0 ? `source: ${item.sources.join(', ')}` : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </td>
          <td className="cell-nowrap">{formatDate(item.due)}</td>
          <td>
            <StatusBadge item={item} />
          </td>
          <td>
            {item.lastResult ? (
              <>
                {item.lastResult.value === null
                  ? '—'
                  : `${item.lastResult.value}${item.lastResult.unit ? ` ${unitLabel(item.lastResult.unit)}` : ''}`}
                <span className="monitoring-why muted">{formatDay(item.lastResult.effectiveAt)}</span>
              </>
            ) : (
              <span className="muted">None</span>
            )}
          </td>
          {onRecord ? (
            <td>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={`Record result: ${item.name}`}
                onClick={() => onRecord(item)}
              >
                Record result
              </button>
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}

// ——— Entry ———

/** Now as a `datetime-local` value in the browser's time zone. */
function localNow(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** The entry test for an id; a scheduled test outside the quick-entry list is entered as a plain number. */
function entryTestFor(id: string, name: string): EntryTest {
  return ENTRY_TESTS.find((t) => t.id === id) ?? { id, label: name, units: [], group: 'Other' };
}

function ResultEntry({
  patientId,
  preset,
  onSaved,
}: {
  patientId: string;
  preset: Preset | null;
  onSaved(): void;
}) {
  const ids = {
    test: useId(),
    value: useId(),
    diastolic: useId(),
    unit: useId(),
    takenAt: useId(),
    source: useId(),
    sign: useId(),
  };
  const [extra, setExtra] = useState<EntryTest | null>(null);
  const [testId, setTestId] = useState('weight');
  const [value, setValue] = useState('');
  const [diastolic, setDiastolic] = useState('');
  const [sign, setSign] = useState<'' | 'positive' | 'negative'>('');
  const [unit, setUnit] = useState('kg');
  const [takenAt, setTakenAt] = useState(localNow);
  const [source, setSource] = useState<ObservationInput['source']>('clinic');
  const { busy, error, setError, run } = useBusyAction();
  const [saved, setSaved] = useState<RecordedObservation | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const signRef = useRef<HTMLInputElement>(null);

  const test = extra?.id === testId ? extra : entryTestFor(testId, testId);
  const choose = (next: EntryTest) => {
    setTestId(next.id);
    setUnit(next.units[0] ?? '');
    setValue('');
    setDiastolic('');
    setSign('');
    setError(null);
  };

  // A "Record result" click in the schedule opens the form on that test (only a new preset does).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `choose` only sets state.
  useEffect(() => {
    if (!preset) return;
    const next = entryTestFor(preset.test, preset.name);
    setExtra(ENTRY_TESTS.some((t) => t.id === next.id) ? null : next);
    choose(next);
    setSaved(null);
    setTakenAt(localNow());
    // Focus after the form re-renders with the chosen test.
    window.setTimeout(() => (next.entry === 'positive-negative' ? signRef : valueRef).current?.focus(), 0);
  }, [preset]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const input: ObservationInput = { code: test.id, source };
    if (test.entry === 'positive-negative') {
      if (!sign) return setError('Choose positive or negative.');
      input.value = sign === 'positive' ? 1 : 0;
    } else {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number)) return setError('Enter the value as a number.');
      input.value = number;
      if (test.entry === 'blood-pressure') {
        const low = Number(diastolic);
        if (diastolic.trim() === '' || !Number.isFinite(low))
          return setError('Enter the diastolic pressure.');
        input.diastolic = low;
      }
      if (unit.trim()) input.unit = unit.trim();
    }
    if (takenAt) {
      const at = new Date(takenAt);
      if (Number.isNaN(at.getTime())) return setError('Enter when the result was taken.');
      input.effectiveAt = at.toISOString();
    }
    await run(async () => {
      const result = await monitoringApi.recordObservation(patientId, input);
      setSaved(result);
      setValue('');
      setDiastolic('');
      setSign('');
      onSaved();
    });
  };

  return (
    <Card title="Record a result" className="result-entry-card">
      <form className="result-entry" onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={ids.test}>Test</label>
            <select
              id={ids.test}
              value={testId}
              onChange={(event) => {
                setSaved(null);
                choose(
                  ENTRY_TESTS.find((t) => t.id === event.target.value) ??
                    (extra?.id === event.target.value ? extra : entryTestFor(event.target.value, '')),
                );
              }}
            >
              {extra ? (
                <optgroup label="From the schedule">
                  <option value={extra.id}>{extra.label}</option>
                </optgroup>
              ) : null}
              {ENTRY_TEST_GROUPS.map((group) => (
                <optgroup key={group} label={group}>
                  {ENTRY_TESTS.filter((t) => t.group === group).map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>

          {test.entry === 'positive-negative' ? (
            <fieldset className="choices field">
              <legend>Result</legend>
              <label className="choice">
                <input
                  ref={signRef}
                  type="radio"
                  name={ids.sign}
                  checked={sign === 'negative'}
                  onChange={() => setSign('negative')}
                />
                Negative
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name={ids.sign}
                  checked={sign === 'positive'}
                  onChange={() => setSign('positive')}
                />
                Positive
              </label>
            </fieldset>
          ) : (
            <>
              <div className="field">
                <label htmlFor={ids.value}>{test.entry === 'blood-pressure' ? 'Systolic' : 'Value'}</label>
                <input
                  ref={valueRef}
                  id={ids.value}
                  inputMode="decimal"
                  autoComplete="off"
                  value={value}
                  onChange={(event) => setValue(event.target.value)}
                />
              </div>
              {test.entry === 'blood-pressure' ? (
                <div className="field">
                  <label htmlFor={ids.diastolic}>Diastolic</label>
                  <input
                    id={ids.diastolic}
                    inputMode="decimal"
                    autoComplete="off"
                    value={diastolic}
                    onChange={(event) => setDiastolic(event.target.value)}
                  />
                </div>
              ) : null}
              <div className="field">
                <label htmlFor={ids.unit}>Unit</label>
                {test.units.length > 1 ? (
                  <select id={ids.unit} value={unit} onChange={(event) => setUnit(event.target.value)}>
                    {test.units.map((u) => (
                      <option key={u} value={u}>
                        {unitLabel(u)}
                      </option>
                    ))}
                  </select>
                ) : test.units.length === 1 ? (
                  <input id={ids.unit} value={unitLabel(test.units[0])} readOnly />
                ) : (
                  <input
                    id={ids.unit}
                    value={unit}
                    autoComplete="off"
                    onChange={(event) => setUnit(event.target.value)}
                  />
                )}
              </div>
            </>
          )}

          <div className="field">
            <label htmlFor={ids.takenAt}>Taken</label>
            <input
              id={ids.takenAt}
              type="datetime-local"
              value={takenAt}
              max={localNow()}
              onChange={(event) => setTakenAt(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.source}>Source</label>
            <select
              id={ids.source}
              value={source}
              onChange={(event) => setSource(event.target.value as ObservationInput['source'])}
            >
              <option value="clinic">Measured in clinic</option>
              <option value="external-lab">External laboratory</option>
              <option value="device">Device</option>
              <option value="patient-reported">Reported by the patient</option>
            </select>
          </div>
        </div>
        <FormFooter error={error} busy={busy} label="Save result" busyLabel="Saving…" />
      </form>
      <div aria-live="polite">{saved ? <Interpretation result={saved} /> : null}</div>
    </Card>
  );
}

/** The server's reading of the result just saved. */
function Interpretation({ result }: { result: RecordedObservation }) {
  const flag = result.interpretation?.flag ?? null;
  const tone = flagTone(flag);
  const className =
    tone === 'danger'
      ? 'notice notice-error'
      : tone === 'warning'
        ? 'notice notice-warning'
        : 'notice notice-success';
  return (
    <div className={`${className} result-reading`}>
      <p className="notice-title">
        {result.name}: {resultValue(result)}
        {flag ? <FlagBadge flag={flag} /> : null}
      </p>
      {result.interpretation?.message ? <p>{result.interpretation.message}</p> : null}
      {!result.interpretation ? <p>Saved. Titrate has no reference range for this test.</p> : null}
      {result.alert?.recommendation ? (
        <p>
          <strong>Recommended: </strong>
          {result.alert.recommendation}
        </p>
      ) : null}
      {result.taskCreated ? <p>A task to review this result was opened for the care team.</p> : null}
    </div>
  );
}

function FlagBadge({ flag }: { flag: ResultFlag }) {
  const tone = flagTone(flag);
  return <span className={`badge badge-${tone ?? 'muted'}`}>{FLAG_LABELS[flag] ?? flag}</span>;
}

// ——— Results ———

const SOURCE_LABELS: Record<Observation['source'], string> = {
  clinic: 'Clinic',
  'external-lab': 'External lab',
  'patient-reported': 'Patient',
  device: 'Device',
};
const SHOWN_PER_TEST = 3;

function ResultsCard({
  patientId,
  state,
  reload,
  writer,
}: {
  patientId: string;
  state: AsyncState<Observation[]>;
  reload(): void;
  writer: boolean;
}) {
  return (
    <Card title="Recent results" className="results-card">
      <AsyncView state={state} reload={reload} loadingLabel="Loading results…">
        {(data) => {
          // Newest first from the server; a test's group sits where its newest result is.
          const groups = new Map<string, Observation[]>();
          for (const result of data) {
            const key = result.code === 'pgx' ? `pgx-${result.gene}` : result.code;
            groups.set(key, [...(groups.get(key) ?? []), result]);
          }
          if (groups.size === 0) return <p className="muted">No results recorded yet.</p>;
          return (
            <div className="result-groups">
              {[...groups.entries()].map(([key, items]) => (
                <ResultGroup
                  key={key}
                  patientId={patientId}
                  items={items}
                  writer={writer}
                  onChanged={reload}
                />
              ))}
            </div>
          );
        }}
      </AsyncView>
    </Card>
  );
}

function ResultGroup({
  patientId,
  items,
  writer,
  onChanged,
}: {
  patientId: string;
  items: Observation[];
  writer: boolean;
  onChanged(): void;
}) {
  const [all, setAll] = useState(false);
  const headingId = useId();
  const first = items[0];
  if (!first) return null;
  const shown = all ? items : items.slice(0, SHOWN_PER_TEST);
  const trend = TREND_TESTS.has(first.code)
    ? items.filter((i) => i.status === 'final' && i.value !== null).reverse()
    : [];
  return (
    <section className="result-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="result-group-title">
        {first.name}
      </h3>
      {trend.length >= 2 ? <Sparkline name={first.name} points={trend} /> : null}
      <DataTable
        label={`${first.name} results`}
        caption={`${first.name}, newest first`}
        className="results-table"
        columns={['Taken', 'Result', 'Flag', 'Interpretation', 'Source']}
        actions={writer}
      >
        {shown.map((result) => (
          <ResultRow
            key={result.id}
            patientId={patientId}
            result={result}
            writer={writer}
            onChanged={onChanged}
          />
        ))}
      </DataTable>
      {items.length > SHOWN_PER_TEST ? (
        <button type="button" className="button button-quiet button-small" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${items.length} results`}
        </button>
      ) : null}
    </section>
  );
}

function ResultRow({
  patientId,
  result,
  writer,
  onChanged,
}: {
  patientId: string;
  result: Observation;
  writer: boolean;
  onChanged(): void;
}) {
  const [marking, setMarking] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useBusyAction();
  const reasonId = useId();
  const inError = result.status === 'entered-in-error';
  const flag = result.interpretation?.flag ?? null;

  const mark = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError('Say why this result is wrong.');
    await run(async () => {
      await monitoringApi.enteredInError(patientId, result.id, reason.trim());
      setMarking(false);
      onChanged();
    });
  };

  return (
    <>
      <tr className={inError ? 'row-muted result-in-error' : flag && flag !== 'normal' ? 'row-flagged' : ''}>
        <td className="cell-nowrap">{formatDateTime(result.effectiveAt)}</td>
        <td className="cell-nowrap">{inError ? <s>{resultValue(result)}</s> : resultValue(result)}</td>
        <td>
          {inError ? (
            <span className="badge badge-muted">Entered in error</span>
          ) : flag ? (
            <FlagBadge flag={flag} />
          ) : (
            <span className="muted">—</span>
          )}
        </td>
        <td className="cell-wrap">
          {inError
            ? `Reason: ${result.errorReason ?? 'not given'}`
            : (result.interpretation?.message ?? <span className="muted">No reference range</span>)}
        </td>
        <td>{SOURCE_LABELS[result.source] ?? result.source}</td>
        {writer ? (
          <td>
            {!inError && !marking ? (
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={`Mark ${result.name} of ${formatDateTime(result.effectiveAt)} entered in error`}
                onClick={() => setMarking(true)}
              >
                Entered in error
              </button>
            ) : null}
          </td>
        ) : null}
      </tr>
      {marking ? (
        <tr className="row-panel">
          <td colSpan={writer ? 6 : 5}>
            <form className="error-reason-form" onSubmit={(event) => void mark(event)}>
              <div className="field">
                <label htmlFor={reasonId}>Why is this result wrong?</label>
                <input
                  id={reasonId}
                  value={reason}
                  maxLength={1000}
                  onChange={(event) => setReason(event.target.value)}
                />
              </div>
              <FormError message={error} />
              <div className="button-row">
                <button type="submit" className="button button-secondary button-small" disabled={busy}>
                  {busy ? 'Saving…' : 'Mark entered in error'}
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => {
                    setMarking(false);
                    setError(null);
                  }}
                >
                  Cancel
                </button>
              </div>
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}

const SPARK = { width: 240, height: 56, pad: 6 };

/** A small line of a test's values over time (oldest to newest); the table below has the numbers. */
function Sparkline({ name, points }: { name: string; points: Observation[] }) {
  const values = points.map((p) => p.interpretation?.canonicalValue ?? p.value ?? 0);
  const times = points.map((p) => Date.parse(p.effectiveAt));
  const [minV, maxV] = [Math.min(...values), Math.max(...values)];
  const [minT, maxT] = [Math.min(...times), Math.max(...times)];
  const x = (t: number) =>
    SPARK.pad + (maxT === minT ? 0.5 : (t - minT) / (maxT - minT)) * (SPARK.width - 2 * SPARK.pad);
  const y = (v: number) =>
    SPARK.height -
    SPARK.pad -
    (maxV === minV ? 0.5 : (v - minV) / (maxV - minV)) * (SPARK.height - 2 * SPARK.pad);
  const coords = points.map((_, i) => `${x(times[i] ?? 0).toFixed(1)},${y(values[i] ?? 0).toFixed(1)}`);
  const last = points[points.length - 1];
  const firstPoint = points[0];
  const label =
    last && firstPoint
      ? `${name} trend, ${points.length} results from ${formatDay(firstPoint.effectiveAt)} to ${formatDay(last.effectiveAt)}: lowest ${minV}, highest ${maxV}, latest ${resultValue(last)}`
      : name;
  return (
    <svg className="sparkline" viewBox={`0 0 ${SPARK.width} ${SPARK.height}`} role="img" aria-label={label}>
      <polyline className="trend-line" points={coords.join(' ')} />
      {points.map((p, i) => {
        const flagged = p.interpretation?.flag && p.interpretation.flag !== 'normal';
        return (
          <circle
            key={p.id}
            className={flagged ? 'sparkline-point sparkline-flagged' : 'sparkline-point'}
            cx={x(times[i] ?? 0)}
            cy={y(values[i] ?? 0)}
            r={flagged ? 3.5 : 2.5}
          />
        );
      })}
    </svg>
  );
}
