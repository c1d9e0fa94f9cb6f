// Patient portal, between visits (issue #6, part 2): refill requests, the one-minute daily check-in,
// side-effect reports, messages with the care team and upcoming appointments. Mobile first (360 px).

import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  Card,
  ErrorPanel,
  FormError,
  FormFooter,
  Loading,
  Notice,
  RadioOptions,
  useBusyAction,
  useDocumentTitle,
} from '../components/ui.js';
import { type CrisisResource, type MyMedication, portalApi, type ScoreSubmission } from '../portal-care.js';
import {
  type Appointment,
  dateTimeIn,
  longDate,
  type Message,
  moreApi,
  type RefillRequest,
  refillStatusLabel,
  SEVERITIES,
  type Severity,
} from '../portal-more.js';
import { useAsync } from '../useAsync.js';
import { CrisisPanel } from './portal-care.js';
import '../portal-more.css';

/** G's crisis panel takes a score submission; a daily check-in or message answer maps onto it. */
function crisisSubmission(answer: {
  safetyTaskCreated?: boolean | undefined;
  crisisMessage?: string | undefined;
  crisisResources?: CrisisResource[] | undefined;
}): ScoreSubmission {
  return {
    id: 'daily',
    instrument: 'daily',
    total: null,
    band: null,
    authoredAt: new Date().toISOString(),
    safetyTaskCreated: answer.safetyTaskCreated ?? false,
    ...(answer.crisisMessage ? { crisisMessage: answer.crisisMessage } : {}),
    ...(answer.crisisResources ? { crisisResources: answer.crisisResources } : {}),
  };
}

function Page({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="page portal-page">
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}

// ——— Refills ———

/** "Request a refill" for one medication, with the clinic policy's answer in plain words. */
export function RefillButton({
  medication,
  onRequested,
}: {
  medication: Pick<MyMedication, 'id' | 'displayName'>;
  onRequested?: (request: RefillRequest) => void;
}) {
  const { busy, error, run } = useBusyAction();
  const [answer, setAnswer] = useState<RefillRequest | null>(null);
  async function request() {
    await run(async () => {
      const result = await moreApi.requestRefill(medication.id, null);
      setAnswer(result);
      onRequested?.(result);
    });
  }
  return (
    <div className="refill">
      {answer ? null : (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void request()}
        >
          {busy ? 'Sending…' : 'Request a refill'}
          <span className="visually-hidden"> of {medication.displayName}</span>
        </button>
      )}
      <div role="status">
        {answer ? (
          <div className="refill-answer">
            <p>
              <strong>{refillStatusLabel(answer.status)}.</strong>
            </p>
            {answer.policyReason ? <p>{answer.policyReason}</p> : null}
          </div>
        ) : null}
      </div>
      <FormError message={error} />
    </div>
  );
}

function RefillList({ items }: { items: RefillRequest[] }) {
  if (items.length === 0) return <p className="empty">You haven’t asked for a refill yet.</p>;
  return (
    <ul className="refill-list">
      {items.map((item) => (
        <li key={item.id} className="refill-item">
          <p>
            <strong>{item.medication}</strong>{' '}
            <span className={['approved', 'sent'].includes(item.status) ? 'badge' : 'badge badge-muted'}>
              {refillStatusLabel(item.status)}
            </span>
          </p>
          <p className="hint">Asked on {longDate(item.requestedAt.slice(0, 10))}.</p>
          {item.decisionNote ? (
            <p>{item.decisionNote}</p>
          ) : item.policyReason ? (
            <p>{item.policyReason}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function PortalRefills() {
  const load = useCallback(async (signal: AbortSignal) => {
    const [medications, refills] = await Promise.all([
      portalApi.medications(signal),
      moreApi.refills(signal),
    ]);
    return { medications, refills };
  }, []);
  const data = useAsync(load);
  const [added, setAdded] = useState<RefillRequest[]>([]);
  return (
    <Page title="Refills" lead="Ask for more of a medicine before you run out. Your clinic answers here.">
      {data.state.status === 'loading' ? <Loading /> : null}
      {data.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load your refills"
          message={data.state.message}
          onRetry={data.reload}
        />
      ) : null}
      {data.state.status === 'ready' ? (
        <div className="portal-cards">
          <Card title="Ask for a refill">
            {data.state.data.medications.length === 0 ? (
              <p className="empty">You have no active medications on file.</p>
            ) : (
              <ul className="refill-list">
                {data.state.data.medications.map((medication) => (
                  <li key={medication.id} className="refill-item">
                    <p>
                      <strong>{medication.displayName}</strong>
                    </p>
                    <RefillButton
                      medication={medication}
                      onRequested={(request) => setAdded((current) => [request, ...current])}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="My refill requests">
            <RefillList items={[...added, ...data.state.data.refills]} />
          </Card>
        </div>
      ) : null}
    </Page>
  );
}

// ——— Daily check-in ———

function Scale({
  name,
  legend,
  low,
  high,
  value,
  onChange,
  min = 0,
  max = 10,
}: {
  name: string;
  legend: string;
  low: string;
  high: string;
  value: number | null;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
}) {
  const hintId = useId();
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset className="form-group scale" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p className="hint" id={hintId}>
        {min} = {low}, {max} = {high}
      </p>
      <div className="scale-options">
        {values.map((n) => (
          <label key={n} className="scale-option">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function PortalDailyCheckIn() {
  const [mood, setMood] = useState<number | null>(null);
  const [anxiety, setAnxiety] = useState<number | null>(null);
  const [sleepHours, setSleepHours] = useState('');
  const [sleepQuality, setSleepQuality] = useState<number | null>(null);
  const [cravings, setCravings] = useState<number | null>(null);
  const [substanceUse, setSubstanceUse] = useState<boolean | null>(null);
  const [symptom, setSymptom] = useState('');
  const [severity, setSeverity] = useState<Severity>('mild');
  const [note, setNote] = useState('');
  const [safe, setSafe] = useState<boolean | null>(null);
  const [missingSafe, setMissingSafe] = useState(false);
  const { busy, error, run } = useBusyAction();
  const [result, setResult] = useState<Awaited<ReturnType<typeof moreApi.checkIn>> | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const crisis = result ? !result.checkIn.safe || result.safetyTaskCreated : false;
  useEffect(() => {
    if (result && !crisis) doneRef.current?.focus();
  }, [result, crisis]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (safe === null) {
      setMissingSafe(true);
      document.getElementById('safe-question')?.focus();
      return;
    }
    const hours = sleepHours.trim() === '' ? null : Number(sleepHours);
    await run(async () => {
      setResult(
        await moreApi.checkIn({
          mood,
          anxiety,
          sleepHours: hours !== null && Number.isFinite(hours) ? hours : null,
          sleepQuality,
          cravings,
          substanceUse,
          sideEffects: symptom.trim() ? [{ symptom: symptom.trim(), severity }] : [],
          note: note.trim() || null,
          safe,
        }),
      );
    });
  }

  if (result) {
    return (
      <Page title="Daily check-in">
        {crisis ? <CrisisPanel submission={crisisSubmission(result)} /> : null}
        <section className="card check-in-done" aria-labelledby="daily-done-title">
          <h2 id="daily-done-title" className="card-title" tabIndex={-1} ref={doneRef}>
            Thank you for checking in today
          </h2>
          {result.whatHappensNext ? (
            <div className="what-next">
              <p className="notice-title">What happens next</p>
              <p>{result.whatHappensNext}</p>
            </div>
          ) : (
            <p>Your care team will see your answers.</p>
          )}
          {result.sideEffectTaskId ? (
            <p>Your care team has been told about the side effect and will contact you.</p>
          ) : null}
          <p className="button-row">
            <Link to="/portal" className="button button-quiet">
              Back to Today
            </Link>
          </p>
        </section>
      </Page>
    );
  }

  return (
    <Page
      title="Daily check-in"
      lead="About one minute. Answer what you can; only the last question is needed."
    >
      <form className="form daily-check-in" onSubmit={(event) => void submit(event)} noValidate>
        <Scale
          name="mood"
          legend="Mood today"
          low="very low"
          high="very good"
          value={mood}
          onChange={setMood}
        />
        <Scale
          name="anxiety"
          legend="Anxiety or worry today"
          low="none"
          high="the worst"
          value={anxiety}
          onChange={setAnxiety}
        />
        <fieldset className="form-group">
          <legend>Sleep last night</legend>
          <div className="field">
            <label htmlFor="sleep-hours">Hours of sleep</label>
            <input
              id="sleep-hours"
              type="number"
              inputMode="decimal"
              min={0}
              max={24}
              step={0.5}
              value={sleepHours}
              onChange={(e) => setSleepHours(e.target.value)}
            />
          </div>
        </fieldset>
        <Scale
          name="sleep-quality"
          legend="How well did you sleep?"
          low="very badly"
          high="very well"
          min={1}
          max={5}
          value={sleepQuality}
          onChange={setSleepQuality}
        />
        <Scale
          name="cravings"
          legend="Cravings for alcohol or drugs"
          low="none"
          high="very strong"
          value={cravings}
          onChange={setCravings}
        />
        <fieldset className="form-group">
          <legend>Did you use alcohol or drugs since yesterday?</legend>
          <div className="choices choices-inline">
            <label className="choice">
              <input
                type="radio"
                name="substance"
                checked={substanceUse === false}
                onChange={() => setSubstanceUse(false)}
              />
              No
            </label>
            <label className="choice">
              <input
                type="radio"
                name="substance"
                checked={substanceUse === true}
                onChange={() => setSubstanceUse(true)}
              />
              Yes
            </label>
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend>Any side effects today?</legend>
          <div className="field">
            <label htmlFor="daily-symptom">What did you notice? (leave empty if nothing)</label>
            <input
              id="daily-symptom"
              value={symptom}
              maxLength={120}
              onChange={(e) => setSymptom(e.target.value)}
            />
          </div>
          {symptom.trim() ? (
            <div className="field">
              <label htmlFor="daily-severity">How bad is it?</label>
              <select
                id="daily-severity"
                value={severity}
                onChange={(e) => setSeverity(e.target.value as Severity)}
              >
                {SEVERITIES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor="daily-note">Anything else you want your care team to know? (optional)</label>
          <textarea
            id="daily-note"
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <fieldset
          id="safe-question"
          tabIndex={-1}
          className={missingSafe ? 'form-group field-invalid' : 'form-group'}
          aria-describedby={missingSafe ? 'safe-error' : undefined}
        >
          <legend>Are you safe right now?</legend>
          {missingSafe ? (
            <p className="field-error" id="safe-error">
              Please answer this question.
            </p>
          ) : null}
          <div className="choices choices-inline">
            <label className="choice">
              <input type="radio" name="safe" checked={safe === true} onChange={() => setSafe(true)} />
              Yes, I am safe
            </label>
            <label className="choice">
              <input type="radio" name="safe" checked={safe === false} onChange={() => setSafe(false)} />
              No, I am not safe
            </label>
          </div>
        </fieldset>
        <FormFooter error={error} busy={busy} label="Send my check-in" busyLabel="Sending…" />
      </form>
    </Page>
  );
}

/** Today page card: whether today's check-in is done, and which rating scales the clinic wants now. */
export function DailyCheckInCard() {
  const load = useCallback((signal: AbortSignal) => moreApi.due(signal), []);
  const due = useAsync(load);
  return (
    <Card title="Your daily check-in">
      {due.state.status === 'loading' ? <Loading /> : null}
      {due.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load your check-ins"
          message={due.state.message}
          onRetry={due.reload}
        />
      ) : null}
      {due.state.status === 'ready' ? (
        <>
          {due.state.data.dailyCheckInDone ? (
            <p>
              <span className="badge badge-muted">Done today</span> Thank you. You can check in again if
              something changed.
            </p>
          ) : (
            <p>One minute: how are you today?</p>
          )}
          <p>
            <Link to="/portal/daily-check-in" className="button button-primary">
              {due.state.data.dailyCheckInDone ? 'Check in again' : 'Start today’s check-in'}
            </Link>
          </p>
          {due.state.data.scales.length > 0 ? (
            <>
              <p>Your clinic asks you to fill in:</p>
              <ul className="check-in-list">
                {due.state.data.scales.map((scale) => (
                  <li key={scale.assignmentId}>
                    <Link to={`/portal/check-in/${scale.instrument.toLowerCase()}`} className="check-in-link">
                      {scale.title}
                    </Link>
                    <span className="badge">
                      {scale.reason === 'before-visit' ? 'Before your visit' : 'Due now'}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p>
            <Link to="/portal/side-effects">Report a side effect</Link>
          </p>
        </>
      ) : null}
    </Card>
  );
}

// ——— Side effects ———

export function PortalSideEffects() {
  const load = useCallback((signal: AbortSignal) => portalApi.medications(signal), []);
  const medications = useAsync(load);
  const [symptom, setSymptom] = useState('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [since, setSince] = useState('');
  const [medicationOrderId, setMedicationOrderId] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useBusyAction();
  const [result, setResult] = useState<Awaited<ReturnType<typeof moreApi.reportSideEffect>> | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!symptom.trim() || !severity) {
      setError('Tell us what you notice and how bad it is.');
      return;
    }
    await run(async () => {
      setResult(
        await moreApi.reportSideEffect({
          symptom: symptom.trim(),
          severity,
          since: since || null,
          medicationOrderId: medicationOrderId || null,
          note: note.trim() || null,
        }),
      );
    });
  }

  return (
    <Page title="Report a side effect" lead="Tell your care team about something a medicine may be causing.">
      {result ? (
        <>
          {result.crisisResources ? (
            <CrisisPanel
              submission={crisisSubmission({
                safetyTaskCreated: true,
                crisisResources: result.crisisResources,
              })}
            />
          ) : null}
          <section className="card" aria-labelledby="side-effect-done">
            <h2 id="side-effect-done" className="card-title" tabIndex={-1} ref={resultRef}>
              Thank you, we got your report
            </h2>
            <p className="notice-title">What happens next</p>
            <p>{result.whatHappensNext}</p>
            <p>
              <Link to="/portal">Back to Today</Link>
            </p>
          </section>
        </>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="se-symptom">What do you notice?</label>
            <input
              id="se-symptom"
              value={symptom}
              maxLength={200}
              onChange={(e) => setSymptom(e.target.value)}
            />
          </div>
          <fieldset className="form-group">
            <legend>How bad is it?</legend>
            <div className="choices">
              <RadioOptions name="severity" options={SEVERITIES} value={severity} onChange={setSeverity} />
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="se-since">Since when? (optional)</label>
            <input id="se-since" type="date" value={since} onChange={(e) => setSince(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="se-medication">Which medicine do you think causes it? (optional)</label>
            <select
              id="se-medication"
              value={medicationOrderId}
              onChange={(e) => setMedicationOrderId(e.target.value)}
            >
              <option value="">I’m not sure</option>
              {medications.state.status === 'ready'
                ? medications.state.data.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.displayName}
                    </option>
                  ))
                : null}
            </select>
          </div>
          <div className="field">
            <label htmlFor="se-note">Anything else? (optional)</label>
            <textarea
              id="se-note"
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <p className="hint">
            If you have trouble breathing, swelling of the face or throat, or a seizure, call 911 now.
          </p>
          <FormFooter error={error} busy={busy} label="Send report" busyLabel="Sending…" />
        </form>
      )}
    </Page>
  );
}

// ——— Messages ———

function CrisisList({ resources }: { resources: CrisisResource[] }) {
  return (
    <aside className="crisis-aside" aria-label="If you need help now">
      <p className="notice-title">Need help now?</p>
      <ul>
        {resources.map((r) => (
          <li key={r.name}>
            <strong>{r.name}</strong>: {r.action}
          </li>
        ))}
      </ul>
    </aside>
  );
}

const messageTime = (at: string) =>
  new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(at));

interface Thread {
  id: string;
  subject: string | null;
  messages: Message[];
}

function threadsOf(items: Message[]): Thread[] {
  const byId = new Map<string, Thread>();
  // Items come newest first: the first seen thread is the most recent one.
  for (const message of items) {
    const thread = byId.get(message.threadId) ?? { id: message.threadId, subject: null, messages: [] };
    thread.messages.unshift(message);
    thread.subject = thread.subject ?? message.subject;
    byId.set(message.threadId, thread);
  }
  return [...byId.values()];
}

export function PortalMessages() {
  const load = useCallback((signal: AbortSignal) => moreApi.messages(signal), []);
  const list = useAsync(load);
  const [read, setRead] = useState<Record<string, string>>({});
  return (
    <Page title="Messages" lead="Write to your care team about questions that can wait.">
      {list.state.status === 'loading' ? <Loading /> : null}
      {list.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load your messages"
          message={list.state.message}
          onRetry={list.reload}
        />
      ) : null}
      {list.state.status === 'ready' ? (
        <div className="portal-cards">
          <Compose
            notice={list.state.data.notice}
            resources={list.state.data.crisisResources}
            onSent={(message) => {
              // Added in place: a reload would unmount the form and its answer.
              if (list.state.status === 'ready') {
                list.setData({ ...list.state.data, items: [message, ...list.state.data.items] });
              }
            }}
          />
          <Card title="Conversations">
            {list.state.data.items.length === 0 ? (
              <p className="empty">No messages yet.</p>
            ) : (
              <ul className="thread-list">
                {threadsOf(list.state.data.items).map((thread) => (
                  <li key={thread.id} className="thread">
                    <h3 className="thread-subject">{thread.subject ?? 'Message'}</h3>
                    <ol className="message-list">
                      {thread.messages.map((message) => {
                        const unread =
                          message.senderKind === 'staff' && message.readAt === null && !read[message.id];
                        return (
                          <li key={message.id} className={unread ? 'message message-unread' : 'message'}>
                            <p className="hint">
                              {message.senderKind === 'patient' ? 'You' : 'Your care team'},{' '}
                              {messageTime(message.createdAt)}
                              {unread ? <span className="badge"> New</span> : null}
                            </p>
                            <p className="message-body">{message.body}</p>
                            {unread ? (
                              <button
                                type="button"
                                className="button button-quiet"
                                onClick={() =>
                                  void moreApi
                                    .markRead(message.id)
                                    .then((m) =>
                                      setRead((current) => ({ ...current, [m.id]: m.readAt ?? 'now' })),
                                    )
                                    .catch(() => undefined)
                                }
                              >
                                Mark as read
                              </button>
                            ) : null}
                          </li>
                        );
                      })}
                    </ol>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      ) : null}
    </Page>
  );
}

function Compose({
  notice,
  resources,
  onSent,
}: {
  notice: string;
  resources: CrisisResource[];
  onSent: (message: Message) => void;
}) {
  const noticeId = useId();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [notSafe, setNotSafe] = useState(false);
  const { busy, error, setError, run } = useBusyAction();
  const [sent, setSent] = useState<Awaited<ReturnType<typeof moreApi.sendMessage>> | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError('Write your message first.');
      return;
    }
    await run(async () => {
      const result = await moreApi.sendMessage({
        body: body.trim(),
        subject: subject.trim() || null,
        ...(notSafe ? { notSafe: true } : {}),
      });
      setSent(result);
      setBody('');
      setSubject('');
      setNotSafe(false);
      onSent(result.message);
    });
  }

  return (
    <>
      {sent?.safetyTaskCreated ? <CrisisPanel submission={crisisSubmission(sent)} /> : null}
      <Card title="New message">
        <p className="notice notice-warning" id={noticeId}>
          {notice}
        </p>
        <CrisisList resources={resources} />
        {sent ? <Notice tone="success">Sent. {sent.whatHappensNext}</Notice> : null}
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="message-subject">Subject (optional)</label>
            <input
              id="message-subject"
              value={subject}
              maxLength={200}
              onChange={(e) => setSubject(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="message-body">Your message</label>
            <textarea
              id="message-body"
              rows={5}
              maxLength={5000}
              aria-describedby={noticeId}
              value={body}
              onChange={(e) => setBody(e.target.value)}
            />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={notSafe} onChange={(e) => setNotSafe(e.target.checked)} />I am not
            safe right now
          </label>
          <FormFooter error={error} busy={busy} label="Send message" busyLabel="Sending…" />
        </form>
      </Card>
    </>
  );
}

// ——— Appointments ———

export function PortalAppointments() {
  const load = useCallback((signal: AbortSignal) => moreApi.appointments(signal), []);
  const list = useAsync(load);
  return (
    <Page title="Appointments" lead="Your upcoming visits, shown in your time zone.">
      {list.state.status === 'loading' ? <Loading /> : null}
      {list.state.status === 'error' ? (
        <ErrorPanel
          title="We couldn’t load your appointments"
          message={list.state.message}
          onRetry={list.reload}
        />
      ) : null}
      {list.state.status === 'ready' ? (
        list.state.data.length === 0 ? (
          <p className="empty">
            You have no upcoming appointments. Your clinic will let you know when one is booked.
          </p>
        ) : (
          <div className="portal-cards">
            {list.state.data.map((appointment) => (
              <AppointmentCard key={appointment.id} appointment={appointment} />
            ))}
          </div>
        )
      ) : null}
    </Page>
  );
}

function AppointmentCard({ appointment }: { appointment: Appointment }) {
  const when = dateTimeIn(appointment.startsAt, appointment.timeZone);
  const video = appointment.modality === 'telehealth' || appointment.telehealthUrl !== null;
  return (
    <Card title={when} className="appointment-card">
      <p>
        {video ? 'Video visit' : 'Visit in person'}
        {appointment.clinicianName ? ` with ${appointment.clinicianName}` : ''}
      </p>
      {appointment.location ? <p>{appointment.location}</p> : null}
      <div className="button-row">
        {appointment.telehealthUrl ? (
          <a
            className="button button-primary"
            href={appointment.telehealthUrl}
            rel="noreferrer"
            target="_blank"
          >
            Join the video visit<span className="visually-hidden"> (opens a new tab)</span>
          </a>
        ) : null}
        <a
          className="button button-secondary"
          href={moreApi.calendarUrl(appointment.id)}
          download="appointment.ics"
        >
          Add to calendar
        </a>
      </div>
      <RescheduleForm appointment={appointment} />
    </Card>
  );
}

function RescheduleForm({ appointment }: { appointment: Appointment }) {
  const prefix = useId();
  const [times, setTimes] = useState(['', '', '']);
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useBusyAction();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const preferredTimes = times.filter(Boolean).map((value) => new Date(value).toISOString());
    if (preferredTimes.length === 0) {
      setError('Give at least one time that would suit you.');
      return;
    }
    await run(async () => {
      await moreApi.askToReschedule(appointment.id, { preferredTimes, note: note.trim() || null });
      setDone(true);
    });
  }

  if (done) {
    return (
      <p role="status" className="notice notice-success">
        We sent your request. The clinic will contact you to confirm a new time; until then, this visit stays
        booked.
      </p>
    );
  }
  return (
    <details className="reschedule">
      <summary>Ask to reschedule</summary>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="form-group">
          <legend>Times that would suit you</legend>
          {times.map((value, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: three fixed fields.
            <div className="field" key={index}>
              <label htmlFor={`${prefix}-time-${index}`}>Choice {index + 1}</label>
              <input
                id={`${prefix}-time-${index}`}
                type="datetime-local"
                value={value}
                onChange={(e) =>
                  setTimes((current) => current.map((t, i) => (i === index ? e.target.value : t)))
                }
              />
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${prefix}-note`}>Note (optional)</label>
          <textarea
            id={`${prefix}-note`}
            rows={2}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            Send reschedule request
          </button>
        </div>
      </form>
    </details>
  );
}
