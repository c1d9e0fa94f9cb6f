import { useCallback, useId, useState } from 'react';
import { errorMessage } from '../api.js';
import { ErrorPanel, Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { formatDateTime } from '../format.js';
import { useSession } from '../session.js';
import { type EmergencyGrantForReview, sharingApi } from '../sharing.js';
import { useAsync } from '../useAsync.js';

/** Admins review every emergency (break-glass) access; nobody reviews their own. */
export function EmergencyReviewPage() {
  useDocumentTitle('Emergency access review');
  const session = useSession();
  const [status, setStatus] = useState<'pending' | 'reviewed'>('pending');
  const load = useCallback((signal: AbortSignal) => sharingApi.emergencyQueue(status, signal), [status]);
  const queue = useAsync(load);

  if (!session.user.roles.includes('admin')) {
    return (
      <div className="page">
        <h1>Emergency access review</h1>
        <p>Only administrators review emergency access.</p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>Emergency access review</h1>
      <div className="button-row">
        <button
          type="button"
          className={status === 'pending' ? 'button button-secondary' : 'button button-quiet'}
          aria-pressed={status === 'pending'}
          onClick={() => setStatus('pending')}
        >
          Waiting for review
        </button>
        <button
          type="button"
          className={status === 'reviewed' ? 'button button-secondary' : 'button button-quiet'}
          aria-pressed={status === 'reviewed'}
          onClick={() => setStatus('reviewed')}
        >
          Reviewed
        </button>
      </div>
      {queue.state.status === 'loading' ? <Loading /> : null}
      {queue.state.status === 'error' ? (
        <ErrorPanel message={queue.state.message} onRetry={queue.reload} />
      ) : null}
      {queue.state.status === 'ready' && queue.state.data.length === 0 ? (
        <Notice>{status === 'pending' ? 'Nothing is waiting for review.' : 'Nothing reviewed yet.'}</Notice>
      ) : null}
      {queue.state.status === 'ready'
        ? queue.state.data.map((grant) => (
            <GrantCard key={grant.id} grant={grant} ownUserId={session.user.id} onReviewed={queue.reload} />
          ))
        : null}
    </div>
  );
}

function GrantCard({
  grant,
  ownUserId,
  onReviewed,
}: {
  grant: EmergencyGrantForReview;
  ownUserId: string;
  onReviewed(): void;
}) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteId = useId();
  const review = async (outcome: 'justified' | 'not-justified') => {
    setBusy(true);
    setProblem(null);
    try {
      await sharingApi.reviewEmergencyAccess(grant.id, outcome, note.trim());
      onReviewed();
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <section className="card">
      <h2 className="card-title">
        {grant.userDisplayName} opened {grant.patient.givenName} {grant.patient.familyName} (
        {grant.patient.mrn})
      </h2>
      <p>
        {formatDateTime(grant.grantedAt)} until {formatDateTime(grant.expiresAt)}
      </p>
      <p>
        <strong>Reason:</strong> {grant.reason}
      </p>
      {grant.reviewStatus === 'reviewed' ? (
        <p>
          <strong>{grant.reviewOutcome === 'justified' ? 'Justified' : 'Not justified'}</strong>
          {grant.reviewedAt ? ` (${formatDateTime(grant.reviewedAt)})` : ''}: {grant.reviewNote}
        </p>
      ) : grant.userId === ownUserId ? (
        <p className="muted">Another administrator must review your own emergency access.</p>
      ) : (
        <>
          {problem ? <ErrorPanel title="Not saved" message={problem} /> : null}
          <label htmlFor={noteId}>Review note</label>
          <textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              disabled={busy || note.trim() === ''}
              onClick={() => void review('justified')}
            >
              Justified
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy || note.trim() === ''}
              onClick={() => void review('not-justified')}
            >
              Not justified
            </button>
          </div>
        </>
      )}
    </section>
  );
}
