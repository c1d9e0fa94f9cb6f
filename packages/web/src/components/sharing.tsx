import { useCallback, useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api.js';
import { formatDateTime } from '../format.js';
import { type Consent, type EmergencyAccessInfo, SECTION_LABELS, sharingApi } from '../sharing.js';
import { useAsync } from '../useAsync.js';
import { Card, ErrorPanel, Loading } from './ui.js';

export const sectionList = (sections: string[]) => sections.map((s) => SECTION_LABELS[s] ?? s).join(', ');

const ROLE_LABELS: Record<string, string> = {
  therapist: 'therapist',
  collaborator: 'collaborating clinician',
  guardian: 'guardian',
};

/** Chart card: who this patient shares which parts of the record with, with revoke. */
export function SharingPanel({ patientId }: { patientId: string }) {
  const load = useCallback(
    (signal: AbortSignal) => sharingApi.patientConsents(patientId, signal),
    [patientId],
  );
  const consents = useAsync(load);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const revoke = async (consent: Consent) => {
    setBusy(consent.id);
    setProblem(null);
    try {
      await sharingApi.revokePatientConsent(patientId, consent.id);
      consents.reload();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="Sharing" headingLevel={3}>
      {consents.state.status === 'loading' ? <Loading label="Loading consents…" /> : null}
      {consents.state.status === 'error' ? (
        <ErrorPanel message={consents.state.message} onRetry={consents.reload} />
      ) : null}
      {problem ? <ErrorPanel title="Not revoked" message={problem} /> : null}
      {consents.state.status === 'ready' ? (
        consents.state.data.length === 0 ? (
          <p className="muted">The patient has not shared any part of the record.</p>
        ) : (
          <ul className="consent-list">
            {consents.state.data.map((consent) => (
              <li key={consent.id} className={consent.inForce ? '' : 'muted'}>
                <strong>{consent.grantee.displayName}</strong>
                {consent.grantee.role
                  ? ` (${ROLE_LABELS[consent.grantee.role] ?? consent.grantee.role})`
                  : ''}
                : {sectionList(consent.sections)}
                <br />
                <small>
                  {consent.status === 'revoked'
                    ? `Revoked ${consent.revokedAt ? formatDateTime(consent.revokedAt) : ''}`
                    : consent.inForce
                      ? `Since ${formatDateTime(consent.periodStart)}${consent.periodEnd ? ` until ${formatDateTime(consent.periodEnd)}` : ''}`
                      : 'Not in force'}
                  {' · '}
                  {consent.authority === 'patient'
                    ? 'recorded by the patient'
                    : `recorded by ${consent.recordedBy.displayName}`}
                </small>
                {consent.status === 'active' ? (
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={busy === consent.id}
                    onClick={() => void revoke(consent)}
                  >
                    {busy === consent.id ? 'Revoking…' : 'Revoke'}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </Card>
  );
}

function minutesLeft(expiresAt: string, now: number) {
  return Math.max(0, Math.ceil((new Date(expiresAt).getTime() - now) / 60_000));
}

/** Red banner on a chart opened by emergency access, with the time left. */
export function EmergencyBanner({ access }: { access: EmergencyAccessInfo }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const left = minutesLeft(access.expiresAt, now);
  return (
    <div className="notice notice-error emergency-banner" role="alert">
      <p className="notice-title">Emergency access</p>
      <p>
        You opened this chart with emergency access.{' '}
        {left > 0 ? `It ends in ${left} ${left === 1 ? 'minute' : 'minutes'}.` : 'It has ended.'} Every view
        is recorded and an administrator will review it.
      </p>
    </div>
  );
}

/** For clinicians on the emergency-access list: open a chart outside their care teams. */
export function EmergencyAccessForm() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [mrn, setMrn] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { mrn: useId(), family: useId(), dob: useId(), reason: useId(), hint: useId() };

  if (!open) {
    return (
      <p>
        <button type="button" className="button button-quiet" onClick={() => setOpen(true)}>
          Emergency access to a patient outside your care teams…
        </button>
      </p>
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const grant = await sharingApi.requestEmergencyAccess({
        ...(mrn.trim() ? { mrn: mrn.trim() } : { familyName: familyName.trim(), dateOfBirth }),
        reason: reason.trim(),
      });
      navigate(`/patients/${grant.patientId}`);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <form className="card emergency-form" onSubmit={(event) => void submit(event)}>
      <h2 className="card-title">Emergency access</h2>
      <p id={ids.hint}>
        Only for an emergency, and only if you are on your clinic's emergency-access list. Identify the
        patient exactly (MRN, or family name and date of birth) and say why. Access lasts a limited time, is
        recorded, and administrators are told.
      </p>
      {problem ? <ErrorPanel title="Emergency access not granted" message={problem} /> : null}
      <label htmlFor={ids.mrn}>MRN</label>
      <input id={ids.mrn} value={mrn} onChange={(e) => setMrn(e.target.value)} autoComplete="off" />
      <label htmlFor={ids.family}>or family name</label>
      <input
        id={ids.family}
        value={familyName}
        onChange={(e) => setFamilyName(e.target.value)}
        autoComplete="off"
        disabled={mrn.trim() !== ''}
      />
      <label htmlFor={ids.dob}>and date of birth</label>
      <input
        id={ids.dob}
        type="date"
        value={dateOfBirth}
        onChange={(e) => setDateOfBirth(e.target.value)}
        disabled={mrn.trim() !== ''}
      />
      <label htmlFor={ids.reason}>Reason (at least 20 characters)</label>
      <textarea
        id={ids.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        minLength={20}
        required
        rows={3}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open chart with emergency access'}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
