import { useCallback, useEffect, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage, isAbortError } from '../api.js';
import { CURRENT_STATUSES, careApi, doseLabel, type MedicationOrder } from '../care.js';
import { FieldErrorList, SelectField, TextField, timeOfDay } from '../components/intake-fields.js';
import { ErrorPanel, Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { formatDate, formatDateTime } from '../format.js';
import {
  type Appointment,
  DECISION_KINDS,
  type Decision,
  type DecisionKind,
  intakeApi,
  type Modality,
  type NextVisitPreview,
  type Prefill,
  RISK_LEVELS,
  type RiskLevel,
  type VisitNote,
} from '../intake.js';
import type { FieldError } from '../types.js';
import '../intake.css';

/** The chart's links to the intake, follow-up and printable documents (rendered on the chart and here). */
export function ChartLinks({ patientId }: { patientId: string }) {
  const base = `/patients/${encodeURIComponent(patientId)}`;
  return (
    <nav className="chart-links" aria-label="Evaluation and visit">
      <Link to={`${base}/intake`}>Intake evaluation</Link>
      <Link to={`${base}/visits/new`}>Follow-up visit</Link>
      {/* PDFs are downloads from the API (session cookie), not app routes. */}
      <a href={`/api/v1${base}/medication-list.pdf`} download>
        Medication list (PDF)
      </a>
      <a href={`/api/v1${base}/prior-authorization.pdf`} download>
        Prior authorization summary (PDF)
      </a>
    </nav>
  );
}

// One draft per page visit even when React runs effects twice in development.
const creating = new Map<string, Promise<VisitNote>>();

function openDraft(patientId: string, notes: VisitNote[]): Promise<VisitNote> {
  const draft = notes.find((n) => n.status === 'draft');
  if (draft) return Promise.resolve(draft);
  let pending = creating.get(patientId);
  if (!pending) {
    pending = intakeApi.createNote(patientId).finally(() => {
      setTimeout(() => creating.delete(patientId), 1000);
    });
    creating.set(patientId, pending);
  }
  return pending;
}

const DECISION_LABELS: Record<DecisionKind, string> = {
  keep: 'Keep',
  raise: 'Raise dose',
  lower: 'Lower dose',
  switch: 'Switch',
  add: 'Add',
  taper: 'Taper',
  stop: 'Stop',
};

export function VisitNotePage() {
  useDocumentTitle('Follow-up visit');
  const { patientId = '' } = useParams();
  const [note, setNote] = useState<VisitNote | null>(null);
  const [signedNotes, setSignedNotes] = useState<VisitNote[]>([]);
  const [orders, setOrders] = useState<MedicationOrder[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [booked, setBooked] = useState<{ note: VisitNote; appointment: Appointment } | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const notes = await intakeApi.listNotes(patientId);
      setSignedNotes(notes.filter((n) => n.status === 'signed'));
      setNote(await openDraft(patientId, notes));
      try {
        setOrders((await careApi.listOrders(patientId)).filter((o) => CURRENT_STATUSES.includes(o.status)));
      } catch {
        // Without the medications section the decision names the drug instead of the order.
        setOrders([]);
      }
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  }, [patientId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="visit-title" className="intake">
      <ChartLinks patientId={patientId} />
      <h2 id="visit-title">Follow-up visit</h2>
      {loadError ? <ErrorPanel message={loadError} onRetry={() => void load()} /> : null}
      {booked ? <BookedVisit result={booked} /> : null}
      {!note && !loadError && !booked ? <Loading label="Preparing the note…" /> : null}
      {note && !booked ? (
        <NoteForm
          key={note.id}
          patientId={patientId}
          initial={note}
          orders={orders}
          onSigned={(result) => {
            setBooked(result);
            setSignedNotes((list) => [result.note, ...list]);
          }}
        />
      ) : null}
      <SignedNotes patientId={patientId} notes={signedNotes} onChange={setSignedNotes} />
    </section>
  );
}

function PrefillSummary({ prefill }: { prefill: Prefill | null }) {
  if (!prefill) return null;
  const skipped = Object.entries(prefill.doseLog?.skipReasons ?? {});
  const counts = Object.entries(prefill.doseLog?.counts ?? {});
  return (
    <section className="card visit-prefill" aria-labelledby="prefill-title">
      <h3 id="prefill-title">Since {prefill.since ? formatDate(prefill.since) : 'the start of care'}</h3>
      <dl className="facts visit-facts">
        <div className="fact">
          <dt>Scores</dt>
          <dd>
            {prefill.scores.length === 0 ? 'None' : null}
            <ul className="plain-list">
              {prefill.scores.map((s) => (
                <li key={s.instrument}>
                  <strong>{s.instrument}</strong> {s.first.total ?? '—'} → {s.last.total ?? '—'}
                  {s.last.band ? ` (${s.last.band})` : ''}
                  {s.change ? ` · ${interpretation(s.change)}` : ''}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="fact">
          <dt>Adherence</dt>
          <dd>
            {prefill.adherence.note ??
              (prefill.adherence.items.length === 0
                ? 'No dose schedule'
                : prefill.adherence.items.map(adherenceLabel).join(' · '))}
            {counts.length > 0 ? (
              <span className="muted"> · doses {counts.map(([k, v]) => `${k} ${v}`).join(', ')}</span>
            ) : null}
          </dd>
        </div>
        <div className="fact">
          <dt>Skipped-dose reasons</dt>
          <dd>{skipped.length === 0 ? 'None' : skipped.map(([k, v]) => `${k} (${v})`).join(', ')}</dd>
        </div>
        <div className="fact">
          <dt>Side effects</dt>
          <dd>
            {prefill.sideEffects.length === 0
              ? 'None reported'
              : prefill.sideEffects.map((s) => `${s.symptom} (${s.severity})`).join(', ')}
          </dd>
        </div>
        <div className="fact">
          <dt>Messages</dt>
          <dd>
            {prefill.messages.length === 0 ? 'None' : null}
            <ul className="plain-list">
              {prefill.messages.map((m) => (
                <li key={m.id}>
                  {m.notSafe ? <span className="badge badge-danger">Not safe</span> : null}{' '}
                  {m.subject ?? m.preview}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="fact">
          <dt>Labs</dt>
          <dd>
            {prefill.labs.length === 0
              ? 'None'
              : prefill.labs
                  .map(
                    (l) =>
                      `${l.name} ${l.value ?? ''}${l.unit ? ` ${l.unit}` : ''}${l.flag ? ` (${l.flag})` : ''}`,
                  )
                  .join(' · ')}
          </dd>
        </div>
        <div className="fact">
          <dt>Medication changes</dt>
          <dd>
            {prefill.medicationChanges.length === 0 ? 'None' : null}
            <ul className="plain-list">
              {prefill.medicationChanges.map((m) => (
                <li key={m.orderId}>
                  {m.displayName}: {m.action.replace(/-/g, ' ')}
                  {m.doseAmount !== null ? ` ${m.doseAmount} ${m.doseUnit ?? ''}` : ''}
                  {m.signedAt ? <span className="muted"> · {formatDate(m.signedAt)}</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** "Sertraline: 86% of days covered (14 days)" from the adherence item of the reminders service. */
function adherenceLabel(item: Record<string, unknown>): string {
  const name = String(item.displayName ?? item.drug ?? 'Medication');
  const log = item.doseLog as { days14?: { pdc: number | null } } | undefined;
  const pdc = log?.days14?.pdc;
  return pdc === null || pdc === undefined
    ? `${name}: no doses scheduled`
    : `${name}: ${Math.round(pdc * 100)}% of days covered (14 days)`;
}

function interpretation(change: NonNullable<Prefill['scores'][number]['change']>): string {
  const parts: string[] = [];
  if (change.percentChange !== null)
    parts.push(`${change.percentChange > 0 ? '+' : ''}${change.percentChange}%`);
  if (change.remission) parts.push('remission');
  else if (change.response) parts.push('response');
  else if (change.response === false) parts.push('no response yet');
  return parts.join(', ');
}

interface Problem {
  message: string;
  errors?: FieldError[] | undefined;
}

function NoteForm({
  patientId,
  initial,
  orders,
  onSigned,
}: {
  patientId: string;
  initial: VisitNote;
  orders: MedicationOrder[];
  onSigned(result: { note: VisitNote; appointment: Appointment }): void;
}) {
  const [note, setNote] = useState(initial);
  const [subjective, setSubjective] = useState(initial.subjective ?? '');
  const [assessment, setAssessment] = useState(initial.assessment ?? '');
  const [riskLevel, setRiskLevel] = useState<RiskLevel | ''>(initial.riskLevel ?? '');
  const [plan, setPlan] = useState(initial.plan ?? '');
  const [decision, setDecision] = useState<Decision>(
    initial.decisions?.[0] ?? { kind: 'keep', orderId: null },
  );
  const [modality, setModality] = useState<Modality | ''>('');
  const [inPersonReason, setInPersonReason] = useState<string | null>(null);
  const [preview, setPreview] = useState<NextVisitPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  /** A date the clinician chose for the next visit; '' keeps the recommended one. */
  const [visitDate, setVisitDate] = useState('');
  const [busy, setBusy] = useState<'save' | 'sign' | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  const decisionReady = Boolean(decision.orderId || decision.drug?.trim());
  const changes = () => ({
    subjective: orNull(subjective),
    assessment: orNull(assessment),
    riskLevel: riskLevel || null,
    plan: orNull(plan),
    decisions: decisionReady
      ? [
          {
            kind: decision.kind,
            orderId: decision.orderId || null,
            drug: orNull(decision.drug ?? ''),
            note: orNull(decision.note ?? ''),
          },
        ]
      : [],
  });

  // What signing would book, for the note as last saved: reloaded after every save (the decisions
  // and the risk level change it).
  const noteId = note.id;
  const savedVersion = note.version;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each saved version reloads the preview.
  useEffect(() => {
    const controller = new AbortController();
    intakeApi
      .noteRecommendation(patientId, noteId, controller.signal)
      .then((next) => {
        setPreview(next);
        setPreviewError(null);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setPreviewError(errorMessage(error));
      });
    return () => controller.abort();
  }, [patientId, noteId, savedVersion]);

  const recommendedDate = preview ? bookingDate(preview.booking) : '';
  const chosenDate = visitDate && visitDate !== recommendedDate ? visitDate : '';
  const requiredInPerson = preview?.inPersonRequired
    ? preview.rules
        .filter((r) => r.inPersonRequired)
        .map((r) => r.reason)
        .join(' ')
    : null;
  useEffect(() => {
    if (requiredInPerson && modality === 'telehealth') setModality('');
  }, [requiredInPerson, modality]);

  const save = async (): Promise<VisitNote | null> => {
    setProblem(null);
    try {
      const saved = await intakeApi.saveNote(patientId, note.id, note.version, changes());
      setNote(saved);
      setSavedAt(saved.updatedAt ?? new Date().toISOString());
      return saved;
    } catch (error) {
      setProblem({
        message: errorMessage(error),
        errors: error instanceof ApiError ? error.problem?.errors : undefined,
      });
      return null;
    }
  };

  const sign = async () => {
    setBusy('sign');
    try {
      if (!(await save())) return;
      const startsAt =
        chosenDate && preview ? shiftBooking(preview.booking, recommendedDate, chosenDate) : null;
      const result = await intakeApi.signNote(patientId, note.id, {
        ...(modality ? { modality } : {}),
        ...(startsAt ? { startsAt } : {}),
      });
      onSigned(result);
    } catch (error) {
      // The engine refuses telehealth when in person is required: keep its reason by the option.
      if (modality === 'telehealth' && error instanceof ApiError && error.status < 500) {
        setInPersonReason(error.message);
        setModality('');
      }
      setProblem({
        message: errorMessage(error),
        errors: error instanceof ApiError ? error.problem?.errors : undefined,
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PrefillSummary prefill={note.prefill} />
      <form
        className="card visit-form"
        aria-labelledby="note-title"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy('save');
          void save().finally(() => setBusy(null));
        }}
      >
        <h3 id="note-title">Note</h3>
        <p className="intake-status" role="status">
          {busy === 'save' ? 'Saving…' : savedAt ? `Saved ${timeOfDay(savedAt)}` : 'Draft'}
        </p>
        {problem ? (
          <ErrorPanel title="Not saved" message={problem.message}>
            <FieldErrorList errors={problem.errors} />
          </ErrorPanel>
        ) : null}
        <TextField label="Subjective" multiline rows={4} value={subjective} onChange={setSubjective} />
        <TextField label="Assessment" multiline rows={4} value={assessment} onChange={setAssessment} />
        <SelectField
          label="Risk level"
          value={riskLevel}
          placeholder="Choose…"
          choices={RISK_LEVELS.map((r) => ({ value: r, label: r }))}
          onChange={(v) => setRiskLevel(v as RiskLevel | '')}
        />
        <fieldset className="visit-decision">
          <legend>Medication decision</legend>
          <SelectField
            label="Decision"
            value={decision.kind}
            placeholder="Choose…"
            choices={DECISION_KINDS.map((k) => ({ value: k, label: DECISION_LABELS[k] }))}
            onChange={(v) => setDecision((d) => ({ ...d, kind: (v || 'keep') as DecisionKind }))}
          />
          <SelectField
            label="Which order"
            value={decision.orderId ?? ''}
            placeholder={orders.length === 0 ? 'No current orders' : 'Choose an order…'}
            choices={orders.map((o) => ({ value: o.id, label: `${o.displayName} ${doseLabel(o)}` }))}
            onChange={(v) => setDecision((d) => ({ ...d, orderId: v || null }))}
          />
          <TextField
            label="Or drug (for add or switch)"
            value={decision.drug ?? ''}
            onChange={(v) => setDecision((d) => ({ ...d, drug: v }))}
          />
        </fieldset>
        <TextField label="Plan" multiline rows={4} value={plan} onChange={setPlan} />
        <NextVisitPanel preview={preview} error={previewError} />
        <fieldset className="visit-modality">
          <legend>Booking</legend>
          <p className="hint">
            Signing books the next visit at the recommended date unless you choose an earlier one.
          </p>
          <VisitDateField
            value={visitDate || recommendedDate}
            latest={preview?.nextVisitBy ?? null}
            onChange={setVisitDate}
          />
          <ModalityChoice
            value={modality}
            onChange={setModality}
            recommended={preview?.booking.modality ?? null}
            telehealthBlockedReason={inPersonReason ?? requiredInPerson}
          />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={busy !== null}>
            Save
          </button>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void sign()}>
            {busy === 'sign' ? 'Signing…' : 'Sign and book next visit'}
          </button>
        </div>
      </form>
    </>
  );
}

/** The booked default's calendar date in the patient's time zone (`YYYY-MM-DD`). */
function bookingDate(booking: NextVisitPreview['booking']): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: booking.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(booking.startsAt));
}

const DAY_MS = 86_400_000;

/** The default booking moved to another day at the same local time (kept across a clock change). */
function shiftBooking(booking: NextVisitPreview['booking'], from: string, to: string): string | null {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (!Number.isFinite(days)) return null;
  const hour = (date: Date) =>
    Number(
      new Intl.DateTimeFormat('en-US', {
        timeZone: booking.timeZone,
        hour: 'numeric',
        hourCycle: 'h23',
      }).format(date),
    );
  const base = new Date(booking.startsAt);
  const moved = new Date(base.getTime() + days * DAY_MS);
  const drift = hour(moved) - hour(base);
  return new Date(moved.getTime() - (Math.abs(drift) <= 2 ? drift : 0) * 3_600_000).toISOString();
}

function intervalLabel(preview: Pick<NextVisitPreview, 'intervalDays' | 'nextVisitBy'>): string {
  const by = preview.nextVisitBy ? ` (by ${formatDate(preview.nextVisitBy)})` : '';
  if (preview.intervalDays === 0) return `Next visit today${by}`;
  return `Next visit within ${preview.intervalDays} ${preview.intervalDays === 1 ? 'day' : 'days'}${by}`;
}

/** What signing would book, with the engine's reasons; announced politely when it changes. */
function NextVisitPanel({ preview, error }: { preview: NextVisitPreview | null; error: string | null }) {
  const summary = preview
    ? `${intervalLabel(preview)} — ${preview.inPersonRequired ? 'in person required' : 'in person or telehealth'}.`
    : error
      ? 'The recommendation could not be loaded.'
      : 'Working out the next visit…';
  return (
    <section className="visit-next" aria-labelledby="next-visit-title">
      <h4 id="next-visit-title">Next visit</h4>
      <p className="visit-next-summary" role="status">
        {summary}
      </p>
      {error ? <p className="hint">{error}</p> : null}
      {preview ? (
        <>
          {!preview.riskLevelRecorded ? (
            <p className="hint">
              No risk level saved yet: this assumes none. Record and save it — signing needs it, and it can
              shorten the interval.
            </p>
          ) : null}
          <ul className="visit-next-reasons">
            {preview.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p className="hint">Based on the note as last saved, the chart, and orders since the last note.</p>
          {preview.sources.length > 0 ? (
            <details>
              <summary>Sources ({preview.sources.length})</summary>
              <ul className="plain-list">
                {preview.sources.map((source) => (
                  <li key={source.id}>
                    {source.url ? (
                      <a href={source.url} target="_blank" rel="noreferrer">
                        {source.citation}
                      </a>
                    ) : (
                      source.citation
                    )}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function VisitDateField({
  value,
  latest,
  onChange,
}: {
  value: string;
  latest: string | null;
  onChange(next: string): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Next visit date</label>
      <p className="hint" id={`${id}-hint`}>
        {latest ? `No later than ${formatDate(latest)}.` : 'Pre-filled with the recommended date.'}
      </p>
      <input
        id={id}
        type="date"
        value={value}
        max={latest ?? undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function ModalityChoice({
  value,
  onChange,
  recommended,
  telehealthBlockedReason,
}: {
  value: Modality | '';
  onChange(next: Modality | ''): void;
  /** What signing books without a choice, once the preview is known. */
  recommended: Modality | null;
  telehealthBlockedReason: string | null;
}) {
  const options: { value: Modality | ''; label: string; disabled?: boolean }[] = [
    {
      value: '',
      label: recommended
        ? `As recommended (${recommended === 'in-person' ? 'in person' : 'telehealth'})`
        : 'As the engine recommends',
    },
    { value: 'in-person', label: 'In person' },
    { value: 'telehealth', label: 'Telehealth', disabled: telehealthBlockedReason !== null },
  ];
  return (
    <div className="visit-radios" role="radiogroup" aria-label="Modality">
      {options.map((option) => (
        <label key={option.value || 'default'} className="checkbox">
          <input
            type="radio"
            name="modality"
            value={option.value}
            checked={value === option.value}
            disabled={option.disabled}
            aria-describedby={option.disabled ? 'telehealth-reason' : undefined}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      {telehealthBlockedReason ? (
        <p className="hint" id="telehealth-reason">
          Telehealth is not available: {telehealthBlockedReason}
        </p>
      ) : null}
    </div>
  );
}

function BookedVisit({ result }: { result: { note: VisitNote; appointment: Appointment } }) {
  const { note, appointment } = result;
  const rec = note.recommendation;
  return (
    <section className="card visit-booked" aria-labelledby="booked-title">
      <h3 id="booked-title">Note signed — next visit booked</h3>
      <Notice tone="success">
        Next visit: {formatDateTime(appointment.startsAt)} ·{' '}
        {appointment.modality === 'in-person' ? 'in person' : 'telehealth'}
        {appointment.clinicianName ? ` with ${appointment.clinicianName}` : ''}
      </Notice>
      {rec ? (
        <dl className="facts">
          <div className="fact">
            <dt>Recommended interval</dt>
            <dd>
              {rec.intervalDays} days{rec.nextVisitBy ? ` (by ${formatDate(rec.nextVisitBy)})` : ''}
            </dd>
          </div>
          <div className="fact">
            <dt>Recommended modality</dt>
            <dd>
              {rec.inPersonRequired
                ? 'In person required'
                : rec.modality === 'in-person'
                  ? 'In person'
                  : rec.modality === 'telehealth'
                    ? 'Telehealth'
                    : 'In person or telehealth'}
            </dd>
          </div>
          <div className="fact">
            <dt>Why</dt>
            <dd>
              <ul className="plain-list">
                {rec.reasons.slice(0, 3).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}

function SignedNotes({
  patientId,
  notes,
  onChange,
}: {
  patientId: string;
  notes: VisitNote[];
  onChange(next: VisitNote[]): void;
}) {
  return (
    <section className="visit-history" aria-labelledby="signed-notes-title">
      <h3 id="signed-notes-title">Signed notes</h3>
      {notes.length === 0 ? <p className="muted">No signed follow-up notes yet.</p> : null}
      {notes.map((n) => (
        <SignedNote
          key={n.id}
          patientId={patientId}
          note={n}
          onAmended={(amendment) =>
            onChange(
              notes.map((x) =>
                x.id === n.id ? { ...x, amendments: [...(x.amendments ?? []), amendment] } : x,
              ),
            )
          }
        />
      ))}
    </section>
  );
}

function SignedNote({
  patientId,
  note,
  onAmended,
}: {
  patientId: string;
  note: VisitNote;
  onAmended(amendment: VisitNote['amendments'][number]): void;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const amend = async () => {
    if (!text.trim() || !reason.trim()) {
      setProblem('Write the amendment and its reason.');
      return;
    }
    try {
      onAmended(await intakeApi.amendNote(patientId, note.id, text.trim(), reason.trim()));
      setText('');
      setReason('');
      setOpen(false);
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <article className="card visit-signed">
      <h4>Signed {note.signedAt ? formatDateTime(note.signedAt) : ''}</h4>
      {note.assessment ? <p className="pre-wrap">{note.assessment}</p> : null}
      {note.plan ? <p className="pre-wrap">Plan: {note.plan}</p> : null}
      {(note.amendments ?? []).map((a) => (
        <p key={a.id} className="muted">
          Amendment {formatDateTime(a.createdAt)}: {a.text}
          {a.reason ? ` (reason: ${a.reason})` : ''}
        </p>
      ))}
      {open ? (
        <div>
          {problem ? <ErrorPanel title="Amendment not saved" message={problem} /> : null}
          <TextField label="Amendment" multiline value={text} onChange={setText} />
          <TextField label="Reason for amendment" value={reason} onChange={setReason} />
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => void amend()}>
              Save amendment
            </button>
            <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-quiet" onClick={() => setOpen(true)}>
          Add amendment
        </button>
      )}
    </article>
  );
}
