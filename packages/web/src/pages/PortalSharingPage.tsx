import { useCallback, useId, useState } from 'react';
import { errorMessage } from '../api.js';
import { sectionList } from '../components/sharing.js';
import { ErrorPanel, Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { formatDate } from '../format.js';
import {
  type Consent,
  type ConsentCandidate,
  SECTION_LABELS,
  SHAREABLE_SECTIONS,
  sharingApi,
} from '../sharing.js';
import { useAsync } from '../useAsync.js';

const who = (person: { displayName: string; role: string | null }, relationship?: string | null) =>
  `${person.displayName}${
    person.role === 'guardian'
      ? ` (${relationship ?? 'parent or guardian'})`
      : person.role === 'therapist'
        ? ' (your therapist)'
        : person.role === 'collaborator'
          ? ' (works with your care team)'
          : ''
  }`;

/** "Who can see my record": the patient shares parts of the record with a therapist or guardian, or stops. */
export function PortalSharingPage() {
  useDocumentTitle('Who can see my record');
  const load = useCallback((signal: AbortSignal) => sharingApi.myConsents(signal), []);
  const data = useAsync(load);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const stop = async (consent: Consent) => {
    setProblem(null);
    try {
      await sharingApi.revokeMyConsent(consent.id);
      setDone(`You stopped sharing with ${consent.grantee.displayName}.`);
      data.reload();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <div className="page portal-page">
      <h1>Who can see my record</h1>
      <p className="lead">
        Your prescriber, nurse and care coordinator see your record to treat you. Your therapist and your
        parent or guardian see only what you choose to share here. You can stop sharing at any time.
      </p>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {problem ? <ErrorPanel message={problem} /> : null}
      {data.state.status === 'loading' ? <Loading /> : null}
      {data.state.status === 'error' ? (
        <ErrorPanel message={data.state.message} onRetry={data.reload} />
      ) : null}
      {data.state.status === 'ready' ? (
        <>
          <section className="card">
            <h2 className="card-title">What you share now</h2>
            {data.state.data.items.filter((c) => c.inForce).length === 0 ? (
              <p className="muted">You are not sharing anything beyond what your care team needs.</p>
            ) : (
              <ul className="consent-list">
                {data.state.data.items
                  .filter((c) => c.inForce)
                  .map((consent) => (
                    <li key={consent.id}>
                      <strong>{who(consent.grantee)}</strong> can see: {sectionList(consent.sections)}
                      {consent.periodEnd ? ` (until ${formatDate(consent.periodEnd)})` : ''}
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() => void stop(consent)}
                      >
                        Stop sharing
                      </button>
                    </li>
                  ))}
              </ul>
            )}
          </section>
          <ShareForm
            people={data.state.data.people}
            onShared={(name) => {
              setDone(`You are now sharing with ${name}.`);
              data.reload();
            }}
          />
        </>
      ) : null}
    </div>
  );
}

function ShareForm({ people, onShared }: { people: ConsentCandidate[]; onShared(name: string): void }) {
  const [person, setPerson] = useState('');
  const [sections, setSections] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const personId = useId();
  if (people.length === 0) {
    return (
      <p className="muted">
        There is nobody to share with yet: no therapist on your care team and no guardian linked to your
        account.
      </p>
    );
  }
  const toggle = (section: string) =>
    setSections((current) =>
      current.includes(section) ? current.filter((s) => s !== section) : [...current, section],
    );
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const chosen = people.find((p) => p.userId === person);
    if (!chosen || sections.length === 0) {
      setProblem('Choose a person and at least one part of your record.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      // 42 CFR Part 2: sharing alcohol and drug use records needs an end date (here one year; shown in the list).
      const periodEnd = sections.includes('substance-use')
        ? new Date(Date.now() + 365 * 86_400_000).toISOString()
        : null;
      await sharingApi.shareMyRecord({
        granteeUserId: chosen.userId,
        sections,
        purpose: 'treatment',
        periodEnd,
      });
      setSections([]);
      onShared(chosen.displayName);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <h2 className="card-title">Share more</h2>
      {problem ? <ErrorPanel title="Not shared" message={problem} /> : null}
      <label htmlFor={personId}>With</label>
      <select id={personId} value={person} onChange={(e) => setPerson(e.target.value)}>
        <option value="">Choose a person</option>
        {people.map((p) => (
          <option key={p.userId} value={p.userId}>
            {who(p, p.relationship)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>What they can see</legend>
        {SHAREABLE_SECTIONS.map((section) => (
          <label key={section} className="checkbox">
            <input type="checkbox" checked={sections.includes(section)} onChange={() => toggle(section)} />{' '}
            {SECTION_LABELS[section]}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Sharing…' : 'Share'}
        </button>
      </div>
    </form>
  );
}
