import { useEffect, useId, useRef, useState } from 'react';
import { Link, useOutletContext } from 'react-router';
import { api, errorMessage, isAbortError } from '../api.js';
import { EmergencyAccessForm } from '../components/sharing.js';
import { ErrorPanel, FormError, Loading, useDocumentTitle } from '../components/ui.js';
import { formatAge, formatDate, listName, sexLabel } from '../format.js';
import { canEditDemographics } from '../permissions.js';
import { useSession } from '../session.js';
import { mayRequestEmergencyAccess } from '../sharing.js';
import type { PatientSummary } from '../types.js';

const pageSize = 25;
const debounceMs = 300;

/** The search box's text, kept by the clinician layout so it survives a visit to a chart. */
export interface PatientSearchContext {
  patientQuery: string;
  setPatientQuery(query: string): void;
}

/** Dates typed the US way (3/14/1990) are sent as the API's YYYY-MM-DD. */
export function normalizeQuery(input: string): string {
  const text = input.trim().replace(/\s+/g, ' ');
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) {
    const [, month = '', day = '', year = ''] = us;
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return text;
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

type ListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: PatientSummary[]; nextCursor: string | null };

export function PatientListPage() {
  useDocumentTitle('Patients');
  const session = useSession();
  const { patientQuery, setPatientQuery } = useOutletContext<PatientSearchContext>();
  const query = useDebounced(normalizeQuery(patientQuery), debounceMs);
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [more, setMore] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const currentQuery = useRef(query);
  const searchId = useId();
  const hintId = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    currentQuery.current = query;
    const controller = new AbortController();
    setList({ status: 'loading' });
    setMore({ busy: false, error: null });
    api.searchPatients({ q: query, limit: pageSize }, controller.signal).then(
      (page) => setList({ status: 'ready', items: page.items, nextCursor: page.nextCursor }),
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbortError(error)) {
          setList({ status: 'error', message: errorMessage(error) });
        }
      },
    );
    return () => controller.abort();
  }, [query, attempt]);

  const loadMore = async () => {
    if (list.status !== 'ready' || list.nextCursor === null || more.busy) return;
    const forQuery = query;
    setMore({ busy: true, error: null });
    try {
      const page = await api.searchPatients({ q: forQuery, cursor: list.nextCursor, limit: pageSize });
      if (currentQuery.current !== forQuery) return;
      setList((current) =>
        current.status === 'ready'
          ? { status: 'ready', items: [...current.items, ...page.items], nextCursor: page.nextCursor }
          : current,
      );
      setMore({ busy: false, error: null });
    } catch (error) {
      if (currentQuery.current === forQuery) setMore({ busy: false, error: errorMessage(error) });
    }
  };

  let announcement = '';
  if (list.status === 'ready') {
    const count = list.items.length;
    if (count === 0) announcement = query ? 'No patients match your search.' : 'No patients yet.';
    else
      announcement = `${count} ${count === 1 ? 'patient' : 'patients'} shown${list.nextCursor ? ', more available' : ''}.`;
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>Patients</h1>
        {canEditDemographics(session) ? (
          <Link to="/patients/new" className="button button-secondary">
            Add patient
          </Link>
        ) : null}
      </div>

      {mayRequestEmergencyAccess(session) ? <EmergencyAccessForm /> : null}

      <search className="patient-search">
        <label htmlFor={searchId}>Search patients</label>
        <input
          id={searchId}
          type="search"
          value={patientQuery}
          onChange={(event) => setPatientQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          aria-controls="patient-results"
        />
        <p id={hintId} className="hint">
          Name, MRN, or date of birth (YYYY-MM-DD or MM/DD/YYYY)
        </p>
      </search>

      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <div id="patient-results" className="patient-results">
        {list.status === 'loading' ? <Loading label="Finding patients…" /> : null}
        {list.status === 'error' ? (
          <ErrorPanel
            title="We couldn’t load patients"
            message={list.message}
            onRetry={() => setAttempt((n) => n + 1)}
          />
        ) : null}
        {list.status === 'ready' && list.items.length === 0 ? (
          <div className="empty">
            {query ? (
              <>
                <p className="empty-title">No patients match “{query}”.</p>
                <p>Try another spelling, the MRN, or the date of birth.</p>
              </>
            ) : (
              <p className="empty-title">No patients yet.</p>
            )}
          </div>
        ) : null}
        {list.status === 'ready' && list.items.length > 0 ? (
          <>
            <PatientTable patients={list.items} />
            <FormError message={more.error} />
            {list.nextCursor ? (
              <div className="list-more">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void loadMore()}
                  disabled={more.busy}
                >
                  {more.busy ? 'Loading…' : 'Show more patients'}
                </button>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}

function PatientTable({ patients }: { patients: PatientSummary[] }) {
  return (
    <table className="patient-table">
      <caption className="visually-hidden">Patients</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Date of birth</th>
          <th scope="col">MRN</th>
          <th scope="col">Sex assigned at birth</th>
        </tr>
      </thead>
      <tbody>
        {patients.map((patient) => {
          const aside = [
            patient.preferredName ? `Goes by ${patient.preferredName}` : '',
            patient.pronouns ?? '',
          ].filter(Boolean);
          const age = formatAge(patient.dateOfBirth);
          return (
            <tr key={patient.id}>
              <td className="cell-name">
                <Link to={`/patients/${encodeURIComponent(patient.id)}`} className="patient-link">
                  {listName(patient)}
                </Link>
                {aside.length > 0 ? <span className="cell-aside">{aside.join(' · ')}</span> : null}
              </td>
              <td className="cell-dob">
                <span className="cell-label" aria-hidden="true">
                  Born{' '}
                </span>
                {formatDate(patient.dateOfBirth)}
                {age ? <span className="muted"> ({age})</span> : null}
              </td>
              <td className="cell-mrn">
                <span className="cell-label" aria-hidden="true">
                  MRN{' '}
                </span>
                <span className="mono">{patient.mrn}</span>
              </td>
              <td className="cell-sex">
                <span className="cell-label" aria-hidden="true">
                  Sex at birth:{' '}
                </span>
                {sexLabel(patient.sexAssignedAtBirth)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
