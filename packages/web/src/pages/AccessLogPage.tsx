// Portal → "Who has seen my record": every time someone opened, changed or exported the patient's
// record, newest first. A list rather than a table so it reads well on a phone.

import { useCallback, useState } from 'react';
import { apiRequest, errorMessage } from '../api.js';
import { ErrorPanel, Loading, useDocumentTitle } from '../components/ui.js';
import { formatDateTime, roleLabel } from '../format.js';
import { useAsync } from '../useAsync.js';

export interface AccessLogEntry {
  id: number;
  at: string;
  who: { name: string; role: string | null; isYou: boolean };
  action: string;
  resourceType: string | null;
  outcome: 'success' | 'failure' | 'denied';
}

interface AccessLogPage {
  items: AccessLogEntry[];
  nextCursor: string | null;
}

const actionText: Record<string, string> = {
  read: 'viewed',
  search: 'searched',
  create: 'added to',
  update: 'changed',
  export: 'exported',
  'break-glass': 'used emergency access to open',
  'permission-denied': 'was refused access to',
};

const resourceText: Record<string, string> = {
  Patient: 'your details',
  CareTeam: 'your care team',
  AccessLog: 'this access log',
  MedicationOrder: 'your medications',
  QuestionnaireResponse: 'your questionnaire answers',
  Consent: 'your sharing choices',
  Task: 'a care task about you',
};

/** "Dr. Okafor (Prescriber) viewed your details". Plain words, no codes. */
export function describeAccess(entry: AccessLogEntry): string {
  const verb = actionText[entry.action] ?? entry.action.replace(/-/g, ' ');
  const what = entry.resourceType ? (resourceText[entry.resourceType] ?? 'your record') : 'your record';
  return `${verb} ${what}`;
}

function whoText(entry: AccessLogEntry): string {
  if (entry.who.isYou) return 'You';
  const roles = entry.who.role
    ? entry.who.role
        .split(',')
        .filter(Boolean)
        .map((role) => roleLabel(role))
        .join(', ')
    : '';
  return roles ? `${entry.who.name} (${roles})` : entry.who.name;
}

export function AccessLogPage() {
  useDocumentTitle('Who has seen my record');
  const load = useCallback(
    (signal: AbortSignal) => apiRequest<AccessLogPage>('GET', '/api/v1/me/access-log?limit=25', { signal }),
    [],
  );
  const first = useAsync(load);
  const [more, setMore] = useState<AccessLogEntry[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (first.state.status === 'loading') return <Loading />;
  if (first.state.status === 'error')
    return <ErrorPanel message={first.state.message} onRetry={first.reload} />;

  const entries = [...first.state.data.items, ...more];
  const cursor = nextCursor === undefined ? first.state.data.nextCursor : nextCursor;

  const loadMore = async () => {
    if (!cursor || busy) return;
    setBusy(true);
    setMoreError(null);
    try {
      const page = await apiRequest<AccessLogPage>(
        'GET',
        `/api/v1/me/access-log?limit=25&cursor=${encodeURIComponent(cursor)}`,
      );
      setMore((current) => [...current, ...page.items]);
      setNextCursor(page.nextCursor);
    } catch (caught) {
      setMoreError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page portal-page access-log-page">
      <h1>Who has seen my record</h1>
      <p className="lead">
        Each time someone at the clinic opens, changes or exports your record, it is written down here. If
        something looks wrong, tell the clinic.
      </p>
      {entries.length === 0 ? (
        <p className="muted">No one has opened your record yet.</p>
      ) : (
        <ol className="access-log">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className={entry.outcome === 'success' ? 'access-entry' : 'access-entry access-entry-flagged'}
            >
              <p className="access-what">
                <strong>{whoText(entry)}</strong> {describeAccess(entry)}
                {entry.outcome === 'success' || entry.action === 'permission-denied' ? '' : ' (not allowed)'}
              </p>
              <p className="access-when muted">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {moreError ? <ErrorPanel message={moreError} /> : null}
      {cursor ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void loadMore()}
        >
          {busy ? 'Loading…' : 'Show earlier'}
        </button>
      ) : null}
    </div>
  );
}
