// Rating-scale assignments in the chart (issue #5, measurement-based care): which scales the patient is
// asked to answer between visits and how often — every N days, by phase of treatment, and before visits —
// with pause and resume (If-Match on the assignment's version).

import { useCallback, useId, useState } from 'react';
import { useOutletContext } from 'react-router';
import { ApiError, errorMessage } from '../api.js';
import { capitalize } from '../care.js';
import {
  AsyncView,
  Card,
  DataTable,
  ErrorPanel,
  FormError,
  Notice,
  useBusyAction,
  useDocumentTitle,
} from '../components/ui.js';
import { formatDate, todayIso } from '../format.js';
import {
  ASSIGNABLE_INSTRUMENTS,
  type AssignmentInput,
  canAssignScales,
  canReadScales,
  monitoringApi,
  type ScaleAssignment,
} from '../monitoring.js';
import { useSession } from '../session.js';
import { useAsync } from '../useAsync.js';
import { BackToChart } from './ChartMonitoringPage.js';
import type { ChartContext } from './chart.js';
import '../care.css';
import '../chart-monitoring.css';

type Schedule = 'acute' | 'stable' | 'interval';

const PHASE_LABELS = { acute: 'Acute phase', stable: 'Stable phase' } as const;
// The phase intervals come from the clinical engine (SCALE_PHASE_INTERVAL_DAYS) via the server; the list shows the effective interval it returns.

function scheduleText(a: ScaleAssignment): string {
  const n = a.effectiveIntervalDays;
  const every = `every ${n} ${n === 1 ? 'day' : 'days'}`;
  const base = a.cadence === 'phase' && a.phase ? `${PHASE_LABELS[a.phase]}: ${every}` : capitalize(every);
  return a.beforeVisit ? `${base}, and before each visit` : base;
}

export function ChartScalesPage() {
  const { patient } = useOutletContext<ChartContext>();
  const session = useSession();
  useDocumentTitle('Rating scales');
  const patientId = patient.id;
  const load = useCallback(
    (signal: AbortSignal) => monitoringApi.assignments(patientId, signal),
    [patientId],
  );
  const assignments = useAsync(load);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const writer = canAssignScales(session);

  if (!canReadScales(session)) {
    return (
      <>
        <BackToChart />
        <h2>Rating scales</h2>
        <p>Your role does not include rating scales.</p>
      </>
    );
  }

  const setActive = async (assignment: ScaleAssignment, active: boolean) => {
    setBusy(assignment.id);
    setMessage(null);
    try {
      await monitoringApi.changeAssignment(patientId, assignment, { active });
      setMessage({
        tone: 'success',
        text: `${assignment.instrument} ${active ? 'resumed' : 'paused: the patient is no longer asked to answer it'}.`,
      });
    } catch (error) {
      const conflict = error instanceof ApiError && (error.status === 409 || error.status === 412);
      setMessage({
        tone: 'error',
        text: conflict
          ? `${errorMessage(error)} The list now shows the latest version.`
          : errorMessage(error),
      });
    } finally {
      setBusy(null);
      assignments.reload();
    }
  };

  return (
    <div className="chart-subpage">
      <BackToChart />
      <h2>Rating scales</h2>
      <Card title="Assigned scales">
        <div aria-live="polite">
          {message?.tone === 'success' ? <Notice tone="success">{message.text}</Notice> : null}
        </div>
        {message?.tone === 'error' ? <ErrorPanel title="Not changed" message={message.text} /> : null}
        <AsyncView
          state={assignments.state}
          reload={assignments.reload}
          loadingLabel="Loading assigned scales…"
        >
          {(data) =>
            data.length === 0 ? (
              <p className="muted">
                No scales are assigned. The patient answers scales only when you enter them.
              </p>
            ) : (
              <DataTable
                label="Assigned scales"
                caption="Assigned scales, active first"
                columns={['Scale', 'How often', 'From', 'Status']}
                actions={writer}
              >
                {data.map((a) => (
                  <tr key={a.id} className={a.active ? '' : 'row-muted'}>
                    <th scope="row">{a.instrument}</th>
                    <td>{scheduleText(a)}</td>
                    <td className="cell-nowrap">{formatDate(a.startDate)}</td>
                    <td>
                      {a.active ? (
                        <span className="badge badge-muted">Active</span>
                      ) : (
                        <span className="badge badge-warning">Paused</span>
                      )}
                    </td>
                    {writer ? (
                      <td>
                        <button
                          type="button"
                          className="button button-quiet button-small"
                          disabled={busy === a.id}
                          aria-label={`${a.active ? 'Pause' : 'Resume'} ${a.instrument}`}
                          onClick={() => void setActive(a, !a.active)}
                        >
                          {busy === a.id ? 'Saving…' : a.active ? 'Pause' : 'Resume'}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </DataTable>
            )
          }
        </AsyncView>
      </Card>
      {writer ? (
        <AssignForm
          patientId={patientId}
          onSaved={(a) => {
            setMessage({
              tone: 'success',
              text: `${a.instrument} assigned: ${scheduleText(a).toLowerCase()}.`,
            });
            assignments.reload();
          }}
        />
      ) : null}
    </div>
  );
}

function AssignForm({ patientId, onSaved }: { patientId: string; onSaved(a: ScaleAssignment): void }) {
  const ids = { instrument: useId(), schedule: useId(), days: useId(), start: useId(), before: useId() };
  const [instrument, setInstrument] = useState<string>('PHQ-9');
  const [schedule, setSchedule] = useState<Schedule>('acute');
  const [days, setDays] = useState('7');
  const [beforeVisit, setBeforeVisit] = useState(true);
  const [startDate, setStartDate] = useState(todayIso);
  const { busy, error, setError, run } = useBusyAction();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const input: AssignmentInput =
      schedule === 'interval'
        ? { instrument, cadence: 'interval', intervalDays: Number(days) }
        : { instrument, cadence: 'phase', phase: schedule };
    if (
      schedule === 'interval' &&
      !(Number.isInteger(input.intervalDays) && (input.intervalDays ?? 0) >= 1)
    ) {
      setError('Enter how many days apart, as a whole number from 1 to 365.');
      return;
    }
    input.beforeVisit = beforeVisit;
    // Today is left to the server, which counts it in the patient's time zone.
    if (startDate && startDate !== todayIso()) input.startDate = startDate;
    await run(async () => {
      onSaved(await monitoringApi.assign(patientId, input));
    });
  };

  return (
    <Card title="Assign a scale">
      <form className="assignment-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={ids.instrument}>Scale</label>
            <select id={ids.instrument} value={instrument} onChange={(e) => setInstrument(e.target.value)}>
              {ASSIGNABLE_INSTRUMENTS.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.start}>Starting</label>
            <input
              id={ids.start}
              type="date"
              value={startDate}
              onChange={(e) => setStartDate(e.target.value)}
            />
          </div>
        </div>
        <fieldset className="choices">
          <legend>How often</legend>
          <label className="choice">
            <input
              type="radio"
              name={ids.schedule}
              checked={schedule === 'acute'}
              onChange={() => setSchedule('acute')}
            />
            Acute phase (every 2 weeks)
          </label>
          <label className="choice">
            <input
              type="radio"
              name={ids.schedule}
              checked={schedule === 'stable'}
              onChange={() => setSchedule('stable')}
            />
            Stable phase (monthly)
          </label>
          <label className="choice">
            <input
              type="radio"
              name={ids.schedule}
              checked={schedule === 'interval'}
              onChange={() => setSchedule('interval')}
            />
            Every set number of days
          </label>
          {schedule === 'interval' ? (
            <div className="field assignment-interval">
              <label htmlFor={ids.days}>Days apart</label>
              <input
                id={ids.days}
                inputMode="numeric"
                value={days}
                onChange={(e) => setDays(e.target.value)}
              />
            </div>
          ) : null}
        </fieldset>
        <label className="checkbox" htmlFor={ids.before}>
          <input
            id={ids.before}
            type="checkbox"
            checked={beforeVisit}
            onChange={(e) => setBeforeVisit(e.target.checked)}
          />
          Also before every visit
        </label>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Assigning…' : `Assign ${instrument}`}
          </button>
        </div>
      </form>
    </Card>
  );
}
