// Caseload home (issue #5): the clinician's patients in the server's order of need, with reason badges,
// filter chips by reason and search by name; and the tasks inbox (safety tasks first), where a task is
// taken on or closed with If-Match.

import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../api.js';
import { type CaseloadItem, careApi, type Task, type TaskStatus } from '../care.js';
import { AsyncView, ErrorPanel, Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { type CosignQueueItem, cosignApi } from '../cosign.js';
import { formatDate, formatDateTime, listName } from '../format.js';
import { useSession } from '../session.js';
import { useAsync } from '../useAsync.js';
import '../care.css';

// In the server's order of need (its tiers): the filter chips follow it.
const reasonLabels: Record<string, string> = {
  'urgent-safety-task': 'Urgent safety',
  'worsening-score': 'Worsening score',
  'overdue-follow-up': 'Overdue follow-up',
  'abnormal-result': 'Abnormal result',
  'overdue-monitoring': 'Overdue monitoring',
  'poor-adherence': 'Poor adherence',
  'pending-refill': 'Pending refill',
  'unsigned-note': 'Unsigned note',
};
/** Danger for safety, warning for clinical need that is late; work waiting on the team stays muted. */
const reasonTone: Record<string, string> = {
  'urgent-safety-task': 'badge-danger',
  'worsening-score': 'badge-warning',
  'overdue-follow-up': 'badge-warning',
  'abnormal-result': 'badge-warning',
  'overdue-monitoring': 'badge-warning',
};
const reasonOrder = Object.keys(reasonLabels);
const rankOf = (code: string) => {
  const rank = reasonOrder.indexOf(code);
  return rank === -1 ? reasonOrder.length : rank;
};

/** A reason the server adds later still reads as words: `overdue-labs` → "Overdue labs". */
function reasonLabel(code: string): string {
  const words = code.replace(/-/g, ' ');
  return reasonLabels[code] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

type Tab = 'caseload' | 'tasks';

export function CaseloadPage() {
  useDocumentTitle('Caseload');
  const session = useSession();
  // Nurses and coordinators work from the tasks inbox; prescribers from their caseload.
  const [tab, setTab] = useState<Tab>(session.user.roles.includes('prescriber') ? 'caseload' : 'tasks');
  const loadCaseload = useCallback((signal: AbortSignal) => careApi.caseload(signal), []);
  const loadTasks = useCallback((signal: AbortSignal) => careApi.listTasks({}, signal), []);
  const caseload = useAsync(loadCaseload);
  const tasks = useAsync(loadTasks);
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ caseload: null, tasks: null });
  const openTasks =
    tasks.state.status === 'ready' ? tasks.state.data.filter((t) => t.status !== 'done').length : null;

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next: Tab = tab === 'caseload' ? 'tasks' : 'caseload';
    setTab(next);
    tabs.current[next]?.focus();
  };

  return (
    <div className="page caseload-page">
      <div className="page-header">
        <h1>Caseload</h1>
        {session.user.roles.includes('prescriber') ? <CosignQueueLink /> : null}
        <Link to="/" className="button button-quiet">
          Patient list
        </Link>
      </div>
      <div role="tablist" aria-label="Caseload views" className="tabs" onKeyDown={onKey}>
        <button
          type="button"
          role="tab"
          id="tab-caseload"
          aria-selected={tab === 'caseload'}
          aria-controls="panel-caseload"
          tabIndex={tab === 'caseload' ? 0 : -1}
          ref={(el) => {
            tabs.current.caseload = el;
          }}
          onClick={() => setTab('caseload')}
          className="tab"
        >
          My patients
          {caseload.state.status === 'ready' ? ` (${caseload.state.data.length})` : ''}
        </button>
        <button
          type="button"
          role="tab"
          id="tab-tasks"
          aria-selected={tab === 'tasks'}
          aria-controls="panel-tasks"
          tabIndex={tab === 'tasks' ? 0 : -1}
          ref={(el) => {
            tabs.current.tasks = el;
          }}
          onClick={() => setTab('tasks')}
          className="tab"
        >
          Tasks{openTasks !== null ? ` (${openTasks} open)` : ''}
        </button>
      </div>
      <div role="tabpanel" id="panel-caseload" aria-labelledby="tab-caseload" hidden={tab !== 'caseload'}>
        <AsyncView state={caseload.state} reload={caseload.reload} loadingLabel="Loading your caseload…">
          {(data) => <CaseloadList items={data} />}
        </AsyncView>
      </div>
      <div role="tabpanel" id="panel-tasks" aria-labelledby="tab-tasks" hidden={tab !== 'tasks'}>
        {tasks.state.status === 'loading' ? <Loading label="Loading tasks…" /> : null}
        {tasks.state.status === 'error' ? (
          <ErrorPanel message={tasks.state.message} onRetry={tasks.reload} />
        ) : null}
        {tasks.state.status === 'ready' ? (
          <TaskInbox
            tasks={tasks.state.data}
            patients={caseload.state.status === 'ready' ? caseload.state.data : []}
            onChanged={(task) =>
              tasks.state.status === 'ready' &&
              tasks.setData(tasks.state.data.map((t) => (t.id === task.id ? task : t)))
            }
            reload={() => {
              tasks.reload();
              caseload.reload();
            }}
          />
        ) : null}
      </div>
    </div>
  );
}

/** Shown only when a PA's order awaits the signed-in prescriber; a failure just leaves it out. */
function CosignQueueLink() {
  const load = useCallback(
    (signal: AbortSignal) => cosignApi.queue(signal).catch(() => [] as CosignQueueItem[]),
    [],
  );
  const queue = useAsync(load);
  if (queue.state.status !== 'ready' || queue.state.data.length === 0) return null;
  const count = queue.state.data.length;
  return (
    <Link to="/cosign" className="button button-secondary">
      {count} order{count === 1 ? '' : 's'} to co-sign
    </Link>
  );
}

function CaseloadList({ items }: { items: CaseloadItem[] }) {
  const [query, setQuery] = useState('');
  const [reason, setReason] = useState<string | null>(null);
  const codes = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of items) for (const r of item.reasons) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
    return [...counts.entries()].sort(([a], [b]) => rankOf(a) - rankOf(b));
  }, [items]);
  const q = query.trim().toLowerCase();
  const shown = items.filter(
    (item) =>
      (!reason || item.reasons.some((r) => r.code === reason)) &&
      (!q ||
        `${item.patient.givenName} ${item.patient.familyName} ${item.patient.preferredName ?? ''} ${item.patient.mrn}`
          .toLowerCase()
          .includes(q)),
  );

  return (
    <>
      <div className="caseload-tools">
        <div className="field caseload-search">
          <label htmlFor="caseload-search">Search by name or MRN</label>
          <input
            id="caseload-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <fieldset className="chips">
          <legend className="visually-hidden">Filter by reason</legend>
          <button
            type="button"
            className="chip"
            aria-pressed={reason === null}
            onClick={() => setReason(null)}
          >
            All ({items.length})
          </button>
          {codes.map(([code, count]) => (
            <button
              type="button"
              key={code}
              className="chip"
              aria-pressed={reason === code}
              onClick={() => setReason(reason === code ? null : code)}
            >
              {reasonLabel(code)} ({count})
            </button>
          ))}
        </fieldset>
      </div>
      {items.length === 0 ? (
        <div className="empty">
          <p className="empty-title">No patients on your caseload</p>
          <p className="muted">Patients appear here when you are on their care team.</p>
        </div>
      ) : null}
      {items.length > 0 && shown.length === 0 ? <p className="muted">No patients match.</p> : null}
      {shown.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table caseload-table">
            <caption className="visually-hidden">My patients, most in need first</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Why now</th>
                <th scope="col">Date of birth</th>
                <th scope="col">Last activity</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={item.patient.id} className={item.urgentSafetyTasks > 0 ? 'row-flagged' : undefined}>
                  <th scope="row">
                    <Link to={`/patients/${item.patient.id}`} className="patient-link">
                      {listName(item.patient)}
                    </Link>
                    {item.patient.preferredName ? (
                      <span className="cell-aside"> “{item.patient.preferredName}”</span>
                    ) : null}
                    <span className="cell-aside mono"> {item.patient.mrn}</span>
                  </th>
                  <td>
                    {item.reasons.length === 0 ? <span className="muted">—</span> : null}
                    <ul className="reason-list">
                      {item.reasons.map((r) => (
                        <li key={`${r.code}-${r.message}`}>
                          <span className={`badge ${reasonTone[r.code] ?? 'badge-muted'}`}>
                            {reasonLabel(r.code)}
                          </span>{' '}
                          {r.message}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{formatDate(item.patient.dateOfBirth)}</td>
                  <td>{formatDateTime(item.lastActivity)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

const statusLabels: Record<TaskStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done' };

function TaskInbox({
  tasks,
  patients,
  onChanged,
  reload,
}: {
  tasks: Task[];
  patients: CaseloadItem[];
  onChanged(task: Task): void;
  reload(): void;
}) {
  const [showDone, setShowDone] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const names = new Map(patients.map((p) => [p.patient.id, listName(p.patient)]));
  const shown = tasks.filter((task) => showDone || task.status !== 'done');

  const change = async (task: Task, status: TaskStatus) => {
    setBusy(task.id);
    setProblem(null);
    try {
      onChanged(await careApi.updateTask(task, { status }));
    } catch (error) {
      const conflict = error instanceof ApiError && (error.status === 409 || error.status === 412);
      setProblem({ message: errorMessage(error), conflict });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {problem ? (
        <ErrorPanel title="The task was not updated" message={problem.message}>
          {problem.conflict ? (
            <button type="button" className="button button-secondary" onClick={reload}>
              Load the latest tasks
            </button>
          ) : null}
        </ErrorPanel>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
        Show done tasks
      </label>
      {shown.length === 0 ? <Notice>No open tasks.</Notice> : null}
      {shown.length > 0 ? (
        <ul className="task-list" aria-label="Tasks">
          {shown.map((task) => (
            <li key={task.id} className={`task task-${task.priority} task-status-${task.status}`}>
              <div className="task-main">
                <span className={`badge ${task.kind === 'safety' ? 'badge-danger' : 'badge-muted'}`}>
                  {task.kind === 'safety' ? 'Safety' : task.kind}
                </span>
                <span className="badge badge-muted">{task.priority}</span>
                <span className="task-title">{task.title}</span>
              </div>
              <p className="task-meta muted">
                <Link to={`/patients/${task.patientId}`}>{names.get(task.patientId) ?? 'Open chart'}</Link> ·
                opened {formatDateTime(task.createdAt)} · {statusLabels[task.status]}
                {task.closedAt ? ` ${formatDateTime(task.closedAt)}` : ''}
              </p>
              <div className="button-row">
                {task.status === 'open' ? (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy === task.id}
                    aria-label={`Start: ${task.title}`}
                    onClick={() => void change(task, 'in-progress')}
                  >
                    Start
                  </button>
                ) : null}
                {task.status !== 'done' ? (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy === task.id}
                    aria-label={`Mark done: ${task.title}`}
                    onClick={() => void change(task, 'done')}
                  >
                    Mark done
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    disabled={busy === task.id}
                    aria-label={`Reopen: ${task.title}`}
                    onClick={() => void change(task, 'open')}
                  >
                    Reopen
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
