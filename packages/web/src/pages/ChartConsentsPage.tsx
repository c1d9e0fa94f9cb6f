// Consents recorded by staff on the patient's documented request: who sees which parts of the chart, on
// what basis and for how long; record a new one (alcohol and drug use records, protected by 42 CFR Part 2,
// need an explicit choice); revoke with confirmation. Consents are never deleted, so revoked ones stay
// in the history.

import { useCallback, useId, useState } from 'react';
import { useOutletContext } from 'react-router';
import { api } from '../api.js';
import { sectionList } from '../components/sharing.js';
import {
  AsyncView,
  Card,
  DataTable,
  ErrorPanel,
  FormFooter,
  Notice,
  useBusyAction,
  useDocumentTitle,
} from '../components/ui.js';
import { formatDateTime, roleLabel, todayIso } from '../format.js';
import { formatDay } from '../monitoring.js';
import { useSession } from '../session.js';
import {
  type Consent,
  type ConsentInput,
  canManageConsents,
  SECTION_LABELS,
  SHAREABLE_SECTIONS,
  sharingApi,
} from '../sharing.js';
import type { CareTeamMember, ManagedUser } from '../types.js';
import { useAsync } from '../useAsync.js';
import { BackToChart } from './ChartMonitoringPage.js';
import type { ChartContext } from './chart.js';
import '../care.css';
import '../chart-monitoring.css';

const PART2_SECTION = 'substance-use';
/** People a consent can name (the server also accepts linked guardians). */
const GRANTEE_ROLES = ['therapist', 'collaborator'];

const PURPOSE_LABELS: Record<ConsentInput['purpose'], string> = {
  treatment: 'Treatment',
  coordination: 'Care coordination',
  payment: 'Payment',
  operations: 'Health care operations',
};

/** The legal basis: substance-use records are 42 CFR Part 2 records whatever the stored regulation says. */
function isPart2(consent: Consent): boolean {
  return consent.regulation === '42cfr2' || consent.sections.includes(PART2_SECTION);
}

interface Candidate {
  userId: string;
  displayName: string;
  role: string;
}

/** Therapists and collaborators on the care team; an administrator may also name others in the organization. */
async function loadCandidates(patientId: string, admin: boolean, signal: AbortSignal): Promise<Candidate[]> {
  const team: CareTeamMember[] = await api.getCareTeam(patientId, signal);
  const found = new Map<string, Candidate>();
  for (const member of team) {
    if (GRANTEE_ROLES.includes(member.role)) {
      found.set(member.userId, { userId: member.userId, displayName: member.displayName, role: member.role });
    }
  }
  if (admin) {
    const users: ManagedUser[] = await api.listUsers(signal).catch(() => []);
    for (const user of users) {
      const role = user.roles.find((r) => GRANTEE_ROLES.includes(r));
      if (role && !user.disabled && !found.has(user.id)) {
        found.set(user.id, { userId: user.id, displayName: user.displayName, role });
      }
    }
  }
  return [...found.values()];
}

export function ChartConsentsPage() {
  const { patient } = useOutletContext<ChartContext>();
  const session = useSession();
  useDocumentTitle('Sharing and consents');
  const patientId = patient.id;
  const admin = session.user.roles.includes('admin');
  const loadConsents = useCallback(
    (signal: AbortSignal) => sharingApi.patientConsents(patientId, signal),
    [patientId],
  );
  const loadPeople = useCallback(
    (signal: AbortSignal) => loadCandidates(patientId, admin, signal),
    [patientId, admin],
  );
  const consents = useAsync(loadConsents);
  const people = useAsync(loadPeople);
  const [notice, setNotice] = useState<string | null>(null);

  if (!canManageConsents(session)) {
    return (
      <>
        <BackToChart />
        <h2>Sharing and consents</h2>
        <p>Your role does not record consents.</p>
      </>
    );
  }

  return (
    <div className="chart-subpage">
      <BackToChart />
      <h2>Sharing and consents</h2>
      <div aria-live="polite">{notice ? <Notice tone="success">{notice}</Notice> : null}</div>
      <Card title="Consents">
        <AsyncView state={consents.state} reload={consents.reload} loadingLabel="Loading consents…">
          {(data) => (
            <ConsentTables
              patientId={patientId}
              consents={data}
              onRevoked={(consent) => {
                setNotice(`Sharing with ${consent.grantee.displayName} was revoked.`);
                consents.reload();
              }}
            />
          )}
        </AsyncView>
      </Card>
      <Card title="Record a consent">
        <AsyncView state={people.state} reload={people.reload} loadingLabel="Loading the care team…">
          {(data) =>
            data.length === 0 ? (
              <p className="muted">
                No therapist or collaborating clinician is on this patient’s care team. Add them to the care
                team first; guardians share through the patient portal.
              </p>
            ) : (
              <ConsentForm
                patientId={patientId}
                candidates={data}
                onSaved={(consent) => {
                  setNotice(
                    `Consent recorded: ${consent.grantee.displayName} now sees ${sectionList(consent.sections)}.`,
                  );
                  consents.reload();
                }}
              />
            )
          }
        </AsyncView>
      </Card>
    </div>
  );
}

function ConsentTables({
  patientId,
  consents,
  onRevoked,
}: {
  patientId: string;
  consents: Consent[];
  onRevoked(consent: Consent): void;
}) {
  const current = consents.filter((c) => c.status === 'active');
  const past = consents.filter((c) => c.status !== 'active');
  if (consents.length === 0) return <p className="muted">No consents are recorded for this patient.</p>;
  return (
    <>
      {current.length === 0 ? <p className="muted">No consent is active.</p> : null}
      {current.length > 0 ? (
        <ConsentTable
          patientId={patientId}
          consents={current}
          caption="Active consents"
          onRevoked={onRevoked}
        />
      ) : null}
      {past.length > 0 ? (
        <details className="consent-history">
          <summary>Revoked ({past.length})</summary>
          <ConsentTable
            patientId={patientId}
            consents={past}
            caption="Revoked consents"
            onRevoked={onRevoked}
          />
        </details>
      ) : null}
    </>
  );
}

function ConsentTable({
  patientId,
  consents,
  caption,
  onRevoked,
}: {
  patientId: string;
  consents: Consent[];
  caption: string;
  onRevoked(consent: Consent): void;
}) {
  const revocable = consents.some((c) => c.status === 'active');
  return (
    <DataTable
      label={caption}
      caption={caption}
      className="consent-table"
      columns={['Shared with', 'Parts of the record', 'Basis', 'Period', 'Status', 'Recorded']}
      actions={revocable}
    >
      {consents.map((consent) => (
        <ConsentRow
          key={consent.id}
          patientId={patientId}
          consent={consent}
          revocable={revocable}
          onRevoked={onRevoked}
        />
      ))}
    </DataTable>
  );
}

function ConsentRow({
  patientId,
  consent,
  revocable,
  onRevoked,
}: {
  patientId: string;
  consent: Consent;
  revocable: boolean;
  onRevoked(consent: Consent): void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { busy, error, setError, run } = useBusyAction();
  const part2 = isPart2(consent);

  const revoke = async () => {
    await run(async () => {
      await sharingApi.revokePatientConsent(patientId, consent.id);
      setConfirming(false);
      onRevoked(consent);
    });
  };

  const status =
    consent.status === 'revoked'
      ? `Revoked ${consent.revokedAt ? formatDay(consent.revokedAt) : ''}`
      : consent.inForce
        ? 'In force'
        : 'Not in force';
  return (
    <>
      <tr className={consent.status === 'active' ? '' : 'row-muted'}>
        <th scope="row">
          {consent.grantee.displayName}
          {consent.grantee.role ? (
            <span className="monitoring-why muted">{roleLabel(consent.grantee.role)}</span>
          ) : null}
        </th>
        <td className="cell-wrap">{sectionList(consent.sections)}</td>
        <td>
          {PURPOSE_LABELS[consent.purpose as ConsentInput['purpose']] ?? consent.purpose}
          <span className="monitoring-why">
            {part2 ? <span className="badge badge-warning">42 CFR Part 2</span> : 'HIPAA'}
          </span>
        </td>
        <td className="cell-nowrap">
          {formatDay(consent.periodStart)} –{' '}
          {consent.periodEnd ? formatDay(consent.periodEnd) : 'until revoked'}
        </td>
        <td>{status}</td>
        <td>
          {formatDateTime(consent.recordedAt)}
          <span className="monitoring-why muted">
            {consent.authority === 'patient' ? 'by the patient' : `by ${consent.recordedBy.displayName}`}
          </span>
        </td>
        {revocable ? (
          <td>
            {consent.status === 'active' && !confirming ? (
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={`Revoke consent for ${consent.grantee.displayName}`}
                onClick={() => setConfirming(true)}
              >
                Revoke
              </button>
            ) : null}
          </td>
        ) : null}
      </tr>
      {confirming ? (
        <tr className="row-panel">
          <td colSpan={7}>
            <div className="consent-confirm">
              <p>
                Revoke sharing with {consent.grantee.displayName}? They lose access to{' '}
                {sectionList(consent.sections)} now. The consent stays in the history.
              </p>
              <button
                type="button"
                className="button button-primary button-small"
                disabled={busy}
                onClick={() => void revoke()}
              >
                {busy ? 'Revoking…' : 'Yes, revoke'}
              </button>
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => {
                  setConfirming(false);
                  setError(null);
                }}
              >
                Keep sharing
              </button>
            </div>
            {error ? <ErrorPanel title="Not revoked" message={error} /> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** A date (yyyy-mm-dd) as the start of that day in the browser's time zone. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00`).toISOString();

function ConsentForm({
  patientId,
  candidates,
  onSaved,
}: {
  patientId: string;
  candidates: Candidate[];
  onSaved(consent: Consent): void;
}) {
  const ids = {
    grantee: useId(),
    purpose: useId(),
    start: useId(),
    end: useId(),
    part2: useId(),
    attest: useId(),
    hint: useId(),
  };
  const [grantee, setGrantee] = useState('');
  const [sections, setSections] = useState<Set<string>>(new Set());
  const [part2, setPart2] = useState<'' | 'share' | 'withhold'>('');
  const [purpose, setPurpose] = useState<ConsentInput['purpose']>('treatment');
  const [start, setStart] = useState(todayIso);
  const [end, setEnd] = useState('');
  const [attested, setAttested] = useState(false);
  const { busy, error, setError, run } = useBusyAction();
  const general = SHAREABLE_SECTIONS.filter((s) => s !== PART2_SECTION);

  const toggle = (section: string, on: boolean) => {
    const next = new Set(sections);
    if (on) next.add(section);
    else next.delete(section);
    setSections(next);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const chosen = [...sections, ...(part2 === 'share' ? [PART2_SECTION] : [])];
    if (!grantee) return setError('Choose who the patient shares with.');
    if (chosen.length === 0) return setError('Choose at least one part of the record.');
    if (!part2) return setError('Choose whether alcohol and drug use records are shared (42 CFR Part 2).');
    if (!attested) return setError('Confirm that the patient gave this consent and it is documented.');
    // 42 CFR Part 2 (§2.31) needs an expiration on a consent that discloses substance-use records.
    if (part2 === 'share' && !end)
      return setError(
        'Sharing alcohol and drug use records (42 CFR Part 2) needs an end date: fill in "Until".',
      );
    if (end && end <= start) return setError('The end date must be after the start date.');
    const input: ConsentInput = { granteeUserId: grantee, sections: chosen, purpose };
    // Today starts now (the server's default); a later start begins at the start of that day.
    if (start && start !== todayIso()) input.periodStart = startOfDay(start);
    if (end) input.periodEnd = startOfDay(end);
    await run(async () => {
      const consent = await sharingApi.recordPatientConsent(patientId, input);
      setGrantee('');
      setSections(new Set());
      setPart2('');
      setEnd('');
      setAttested(false);
      onSaved(consent);
    });
  };

  return (
    <form className="consent-form" onSubmit={(event) => void submit(event)} noValidate>
      <p id={ids.hint} className="card-intro">
        Record a consent the patient gave you (signed form or documented request). The person named sees only
        the parts you tick, from the start date until the end date or until the consent is revoked.
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.grantee}>Share with</label>
          <select id={ids.grantee} value={grantee} onChange={(e) => setGrantee(e.target.value)}>
            <option value="">Choose a person…</option>
            {candidates.map((c) => (
              <option key={c.userId} value={c.userId}>
                {c.displayName} ({roleLabel(c.role)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.purpose}>Purpose</label>
          <select
            id={ids.purpose}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as ConsentInput['purpose'])}
          >
            {Object.entries(PURPOSE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.start}>From</label>
          <input id={ids.start} type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.end}>
            Until{' '}
            <span className="optional">
              {part2 === 'share' ? '(required for alcohol and drug use records)' : '(optional)'}
            </span>
          </label>
          <input id={ids.end} type="date" value={end} min={start} onChange={(e) => setEnd(e.target.value)} />
        </div>
      </div>
      <fieldset className="choices consent-sections">
        <legend>Parts of the record to share</legend>
        {general.map((section) => (
          <label className="choice" key={section}>
            <input
              type="checkbox"
              checked={sections.has(section)}
              onChange={(e) => toggle(section, e.target.checked)}
            />
            {SECTION_LABELS[section] ?? section}
          </label>
        ))}
      </fieldset>
      <fieldset className="consent-part2">
        <legend>Alcohol and drug use records — 42 CFR Part 2</legend>
        <p>
          Substance use records are protected by federal law (42 CFR Part 2). Share them only if the patient’s
          written consent names this person and includes these records. Choose one.
        </p>
        <label className="choice">
          <input
            type="radio"
            name={ids.part2}
            checked={part2 === 'withhold'}
            onChange={() => setPart2('withhold')}
          />
          Do not share alcohol and drug use records
        </label>
        <label className="choice">
          <input
            type="radio"
            name={ids.part2}
            checked={part2 === 'share'}
            onChange={() => setPart2('share')}
          />
          Share alcohol and drug use records (the patient’s Part 2 consent covers it)
        </label>
      </fieldset>
      <label className="checkbox" htmlFor={ids.attest}>
        <input
          id={ids.attest}
          type="checkbox"
          checked={attested}
          onChange={(e) => setAttested(e.target.checked)}
        />
        The patient gave this consent and it is documented
      </label>
      <FormFooter error={error} busy={busy} label="Record consent" busyLabel="Recording…" />
    </form>
  );
}
