// Administration → Audit report: filter the audit trail by time, user, patient, action, outcome and
// resource type; sort by any column; page through; download the same selection as CSV. The filters
// live in the address (ids and dates only, never names) so a report can be reloaded or shared.

import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { apiRequest } from '../api.js';
import { Card, ErrorPanel, Loading, useDocumentTitle } from '../components/ui.js';
import { formatDateTime, roleLabel } from '../format.js';
import { useAsync } from '../useAsync.js';

export interface AuditEventRow {
  id: number;
  occurredAt: string;
  user: { id: string; name: string | null } | null;
  role: string | null;
  patient: { id: string; name: string | null } | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
}

type SortKey =
  | 'occurredAt'
  | 'id'
  | 'user'
  | 'role'
  | 'patient'
  | 'action'
  | 'resourceType'
  | 'resourceId'
  | 'outcome'
  | 'ip'
  | 'userAgent';

const FILTER_KEYS = ['from', 'to', 'userId', 'patientId', 'action', 'outcome', 'resourceType'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'occurredAt', label: 'When' },
  { key: 'user', label: 'User' },
  { key: 'role', label: 'Role' },
  { key: 'patient', label: 'Patient' },
  { key: 'action', label: 'Action' },
  { key: 'resourceType', label: 'Resource' },
  { key: 'resourceId', label: 'Resource id' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'ip', label: 'Address' },
  { key: 'userAgent', label: 'Device' },
];

const ACTIONS = [
  'read',
  'search',
  'create',
  'update',
  'export',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'permission-denied',
  'break-glass',
];

interface UserOption {
  id: string;
  displayName: string;
}

const PAGE_SIZE = 50;

/** The default direction of a column: newest first for time, A→Z otherwise (as the API does). */
const defaultOrder = (key: SortKey) => (key === 'occurredAt' || key === 'id' ? 'desc' : 'asc');

export function AuditReportPage() {
  useDocumentTitle('Audit report');
  const [params, setParams] = useSearchParams();
  const sort = (params.get('sort') as SortKey | null) ?? 'occurredAt';
  const order = (params.get('order') as 'asc' | 'desc' | null) ?? defaultOrder(sort);
  const cursor = params.get('cursor');
  const [previous, setPrevious] = useState<(string | null)[]>([]);

  const filterQuery = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filterQuery.set(key, value);
  }
  filterQuery.set('sort', sort);
  filterQuery.set('order', order);
  const selection = filterQuery.toString();

  const load = useCallback(
    (signal: AbortSignal) => {
      const query = new URLSearchParams(selection);
      query.set('limit', String(PAGE_SIZE));
      if (cursor) query.set('cursor', cursor);
      return apiRequest<{ items: AuditEventRow[]; nextCursor: string | null }>(
        'GET',
        `/api/v1/audit-events?${query.toString()}`,
        { signal },
      );
    },
    [selection, cursor],
  );
  const report = useAsync(load);

  const update = (changes: Record<string, string | null>, keepPages = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!keepPages) {
      next.delete('cursor');
      setPrevious([]);
    }
    setParams(next);
  };

  const sortBy = (key: SortKey) => {
    const nextOrder = key === sort ? (order === 'asc' ? 'desc' : 'asc') : defaultOrder(key);
    update({ sort: key, order: nextOrder });
  };

  return (
    <div className="page audit-report-page">
      <div className="page-header">
        <h1>Audit report</h1>
        <a className="button button-secondary" href={`/api/v1/audit-events/export.csv?${selection}`} download>
          Download CSV
        </a>
      </div>
      <p className="lead">
        Every sign-in, read, change, export and refusal in your organization. Auditing is always on and cannot
        be turned off. Viewing or downloading this report is itself recorded.
      </p>
      <Filters params={params} onApply={(values) => update(values)} />
      <Card title="Events">
        {report.state.status === 'loading' ? <Loading /> : null}
        {report.state.status === 'error' ? (
          <ErrorPanel message={report.state.message} onRetry={report.reload} />
        ) : null}
        {report.state.status === 'ready' ? (
          <>
            <div className="table-scroll">
              <table className="data-table audit-table">
                <caption className="visually-hidden">
                  Audit events, sorted by {COLUMNS.find((c) => c.key === sort)?.label ?? sort},{' '}
                  {order === 'asc' ? 'ascending' : 'descending'}
                </caption>
                <thead>
                  <tr>
                    {COLUMNS.map((column) => (
                      <th
                        key={column.key}
                        scope="col"
                        aria-sort={
                          column.key === sort ? (order === 'asc' ? 'ascending' : 'descending') : 'none'
                        }
                      >
                        <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                          {column.label}
                          <span aria-hidden="true" className="sort-indicator">
                            {column.key === sort ? (order === 'asc' ? ' ▲' : ' ▼') : ''}
                          </span>
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.state.data.items.length === 0 ? (
                    <tr>
                      <td colSpan={COLUMNS.length} className="muted">
                        No events match these filters.
                      </td>
                    </tr>
                  ) : null}
                  {report.state.data.items.map((event) => (
                    <tr key={event.id} className={event.outcome === 'success' ? undefined : 'row-flagged'}>
                      <td>
                        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                      </td>
                      <td>
                        {event.user ? (event.user.name ?? event.user.id) : <span className="muted">—</span>}
                      </td>
                      <td>
                        {event.role
                          ? event.role
                              .split(',')
                              .map((role) => roleLabel(role))
                              .join(', ')
                          : ''}
                      </td>
                      <td>{event.patient ? (event.patient.name ?? event.patient.id) : ''}</td>
                      <td>{event.action}</td>
                      <td>{event.resourceType ?? ''}</td>
                      <td className="cell-wrap">
                        <code>{event.resourceId ?? ''}</code>
                      </td>
                      <td>{event.outcome}</td>
                      <td>{event.ip ?? ''}</td>
                      <td className="cell-wrap audit-agent">{event.userAgent ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="button-row pager" aria-label="Pages of the audit report">
              <button
                type="button"
                className="button button-secondary"
                disabled={previous.length === 0}
                onClick={() => {
                  const back = previous.at(-1) ?? null;
                  setPrevious(previous.slice(0, -1));
                  update({ cursor: back }, true);
                }}
              >
                Previous page
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={!report.state.data.nextCursor}
                onClick={() => {
                  if (report.state.status !== 'ready') return;
                  setPrevious([...previous, cursor]);
                  update({ cursor: report.state.data.nextCursor }, true);
                }}
              >
                Next page
              </button>
            </nav>
          </>
        ) : null}
      </Card>
    </div>
  );
}

function Filters({
  params,
  onApply,
}: {
  params: URLSearchParams;
  onApply: (values: Record<FilterKey, string | null>) => void;
}) {
  const initial = () =>
    Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as Record<FilterKey, string>;
  const [values, setValues] = useState<Record<FilterKey, string>>(initial);
  const [users, setUsers] = useState<UserOption[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read the form when the address changes.
  useEffect(() => setValues(initial()), [params]);
  useEffect(() => {
    const controller = new AbortController();
    // The user picker is a convenience: without the user list the report still works by id.
    apiRequest<{ items: UserOption[] } | UserOption[]>('GET', '/api/v1/users', { signal: controller.signal })
      .then((page) => setUsers(Array.isArray(page) ? page : page.items))
      .catch(() => setUsers([]));
    return () => controller.abort();
  }, []);

  const set = (key: FilterKey) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(
      Object.fromEntries(FILTER_KEYS.map((key) => [key, values[key].trim() || null])) as Record<
        FilterKey,
        string | null
      >,
    );
  };
  const clear = () =>
    onApply(Object.fromEntries(FILTER_KEYS.map((key) => [key, null])) as Record<FilterKey, null>);

  return (
    <Card title="Filters">
      <form className="form audit-filters" onSubmit={submit}>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="audit-from">From</label>
            <input id="audit-from" type="date" value={values.from.slice(0, 10)} onChange={set('from')} />
          </div>
          <div className="field">
            <label htmlFor="audit-to">To (inclusive)</label>
            <input id="audit-to" type="date" value={values.to.slice(0, 10)} onChange={set('to')} />
          </div>
          <div className="field">
            <label htmlFor="audit-user">User</label>
            {users.length > 0 ? (
              <select id="audit-user" value={values.userId} onChange={set('userId')}>
                <option value="">Anyone</option>
                {users.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.displayName}
                  </option>
                ))}
              </select>
            ) : (
              <input id="audit-user" value={values.userId} onChange={set('userId')} placeholder="User id" />
            )}
          </div>
          <div className="field">
            <label htmlFor="audit-patient">Patient id</label>
            <input
              id="audit-patient"
              value={values.patientId}
              onChange={set('patientId')}
              spellCheck={false}
            />
          </div>
          <div className="field">
            <label htmlFor="audit-action">Action</label>
            <select id="audit-action" value={values.action} onChange={set('action')}>
              <option value="">Any</option>
              {ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-outcome">Outcome</label>
            <select id="audit-outcome" value={values.outcome} onChange={set('outcome')}>
              <option value="">Any</option>
              <option value="success">success</option>
              <option value="failure">failure</option>
              <option value="denied">denied</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-resource">Resource type</label>
            <input
              id="audit-resource"
              value={values.resourceType}
              onChange={set('resourceType')}
              placeholder="e.g. Patient"
            />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Apply filters
          </button>
          <button type="button" className="button button-quiet" onClick={clear}>
            Clear
          </button>
        </div>
      </form>
    </Card>
  );
}
