// The order form (issue #5): drug search by generic or brand name, dose, frequency, titration, quantity,
// refills, pharmacy. Every change updates the server-side draft (created once, then PATCHed with If-Match,
// debounced), and the safety check's alerts are shown beside the form. Contraindicated and major alerts
// need a reason to sign; a new medication needs the shared decision; a controlled substance needs the
// PDMP attestation and a one-time code.

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useOutletContext, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../api.js';
import {
  type CheckedAlert,
  type CheckedOrder,
  capitalize,
  careApi,
  doseLabel,
  type FormularyEntry,
  type MedicationOrder,
  type OrderAction,
  type OrderFields,
  type TitrationStep,
} from '../care.js';
import { AlertText } from '../components/alerts.js';
import { Card, ErrorPanel, Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { useSession } from '../session.js';
import type { ChartContext } from './chart.js';
import '../care.css';

const ACTIONS: { value: OrderAction; label: string; replaces: boolean }[] = [
  { value: 'start', label: 'Start a new medication', replaces: false },
  { value: 'change-dose', label: 'Change dose', replaces: true },
  { value: 'switch', label: 'Switch to another drug', replaces: true },
  { value: 'taper', label: 'Taper', replaces: true },
  { value: 'stop', label: 'Stop', replaces: true },
  { value: 'avoid', label: 'Avoid (record a decision not to use)', replaces: false },
];
const FREQUENCIES = [
  { value: '1', label: 'Once daily' },
  { value: '2', label: 'Twice daily' },
  { value: '3', label: 'Three times daily' },
  { value: '4', label: 'Four times daily' },
];
const NEW_MEDICATION: readonly OrderAction[] = ['start', 'switch'];
const NO_DOSE: readonly OrderAction[] = ['stop', 'avoid'];
const DEBOUNCE_MS = 400;

interface FormState {
  drug: string;
  strength: string;
  doseAmount: string;
  doseUnit: string;
  timesPerDay: string;
  quantity: string;
  refills: string;
  pharmacy: string;
  indication: string;
  reason: string;
  startDate: string;
  titration: { afterDays: string; doseAmount: string }[];
}

const emptyForm: FormState = {
  drug: '',
  strength: '',
  doseAmount: '',
  doseUnit: 'mg',
  timesPerDay: '1',
  quantity: '',
  refills: '0',
  pharmacy: '',
  indication: '',
  reason: '',
  startDate: '',
  titration: [],
};

const numberOrNull = (value: string) =>
  value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value);
const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

function fieldsOf(form: FormState, action: OrderAction): OrderFields {
  const noDose = NO_DOSE.includes(action);
  const titration: TitrationStep[] = form.titration
    .filter((step) => numberOrNull(step.afterDays) !== null && numberOrNull(step.doseAmount) !== null)
    .map((step) => ({
      afterDays: Number(step.afterDays),
      doseAmount: Number(step.doseAmount),
      doseUnit: form.doseUnit.trim() || 'mg',
    }));
  return {
    drug: form.drug.trim(),
    strength: noDose ? null : textOrNull(form.strength),
    doseAmount: noDose ? null : numberOrNull(form.doseAmount),
    doseUnit: noDose ? null : textOrNull(form.doseUnit),
    frequency: noDose ? {} : { timesPerDay: numberOrNull(form.timesPerDay) },
    titration: noDose ? [] : titration,
    quantity: noDose ? null : numberOrNull(form.quantity),
    refills: noDose ? null : numberOrNull(form.refills),
    pharmacy: noDose ? null : textOrNull(form.pharmacy),
    indication: textOrNull(form.indication),
    reason: textOrNull(form.reason),
    startDate: textOrNull(form.startDate),
  };
}

function formOf(order: MedicationOrder): FormState {
  return {
    drug: order.displayName || order.drug,
    strength: order.strength ?? '',
    doseAmount: order.doseAmount === null ? '' : String(order.doseAmount),
    doseUnit: order.doseUnit ?? 'mg',
    timesPerDay: order.frequency.timesPerDay ? String(order.frequency.timesPerDay) : '1',
    quantity: order.quantity === null ? '' : String(order.quantity),
    refills: order.refills === null ? '0' : String(order.refills),
    pharmacy: order.pharmacy ?? '',
    indication: order.indication ?? '',
    reason: '',
    startDate: '',
    titration: [],
  };
}

export function OrderPage() {
  useDocumentTitle('New order');
  const { patient } = useOutletContext<ChartContext>();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const replacesId = params.get('replaces');
  const draftId = params.get('draft');
  const initialAction = (ACTIONS.find((a) => a.value === params.get('action'))?.value ??
    'start') as OrderAction;

  const [action, setAction] = useState<OrderAction>(initialAction);
  const [form, setForm] = useState<FormState>({
    ...emptyForm,
    pharmacy: patient.preferredPharmacy?.name ?? '',
  });
  const [replaced, setReplaced] = useState<MedicationOrder | null>(null);
  const [loading, setLoading] = useState(Boolean(replacesId || draftId));
  const [entry, setEntry] = useState<FormularyEntry | null>(null);
  const [checked, setChecked] = useState<CheckedOrder | null>(null);
  const [saving, setSaving] = useState(false);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [decision, setDecision] = useState({ options: '', explained: false, preference: '' });
  const [pdmp, setPdmp] = useState(false);
  const [code, setCode] = useState('');
  const [signError, setSignError] = useState<{ message: string; fields: string[] } | null>(null);
  const [signing, setSigning] = useState(false);
  const [signed, setSigned] = useState<CheckedOrder | null>(null);

  // The draft on the server: created once, then patched. A queue keeps one request in flight at a time.
  const draft = useRef<MedicationOrder | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<number | undefined>(undefined);
  /** Set by the first edit: opening the form alone creates no draft. */
  const touched = useRef(false);
  /** The formulary entry of the drug as typed, set before the re-render that `entry` needs. */
  const foundDrug = useRef<FormularyEntry | null>(null);
  // A draft is saved only for a drug the formulary knows, so half-typed names raise no errors.
  const drugKnown = (replaced !== null && action !== 'switch') || draftId !== null;
  const latest = useRef({ form, action, drugKnown });
  latest.current = { form, action, drugKnown };

  // Change dose, stop, taper: the order replaced decides the drug; a draft resumes where it was left.
  useEffect(() => {
    const controller = new AbortController();
    const id = draftId ?? replacesId;
    if (!id) return;
    careApi
      .listOrders(patient.id, controller.signal)
      .then(async (orders) => {
        const order = orders.find((o) => o.id === id);
        if (!order) throw new ApiError(404, 'That order was not found in this chart.', null);
        if (draftId) {
          draft.current = order;
          setAction(order.action);
          setForm(formOf(order));
          // A no-change edit re-runs the check, so the alerts show again.
          const result = await careApi.updateOrder(patient.id, order.id, order.version, {
            drug: order.displayName || order.drug,
          });
          draft.current = result.order;
          setChecked(result);
        } else {
          setReplaced(order);
          setForm({ ...formOf(order), reason: '' });
        }
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setDraftError(errorMessage(error));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [patient.id, draftId, replacesId]);

  // The formulary entry of the chosen drug: strengths, dose range, controlled schedule.
  useEffect(() => {
    const name = form.drug.trim();
    foundDrug.current = null;
    if (name.length < 3) {
      setEntry(null);
      return;
    }
    const controller = new AbortController();
    careApi
      .searchFormulary(name, controller.signal)
      .then((items) => {
        const lower = name.toLowerCase();
        const found =
          items.find((item) => item.name === lower || item.brands.some((b) => b.toLowerCase() === lower)) ??
          null;
        setEntry(found);
        foundDrug.current = found;
        // The drug is now known: save what was typed while it was being looked up.
        if (found) window.setTimeout(() => void enqueueRef.current(), 0);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [form.drug]);

  const save = useCallback(async () => {
    const { form: current, action: currentAction, drugKnown: known } = latest.current;
    const fields = fieldsOf(current, currentAction);
    if (!fields.drug || !(known || foundDrug.current) || !touched.current) return;
    if (NO_DOSE.includes(currentAction) && !fields.reason) return; // the server needs the reason first
    setSaving(true);
    try {
      let result: CheckedOrder;
      try {
        result = draft.current
          ? await careApi.updateOrder(patient.id, draft.current.id, draft.current.version, fields)
          : await careApi.createOrder(patient.id, {
              ...fields,
              action: currentAction,
              ...(replacesId ? { replacesOrderId: replacesId } : {}),
            });
      } catch (error) {
        // The draft changed elsewhere (another tab): apply this form's fields to its newest version,
        // once. The form holds every field, so nothing typed here is lost.
        const stale = draft.current;
        if (!(error instanceof ApiError && error.status === 409 && stale)) throw error;
        const latestOrder = (await careApi.listOrders(patient.id)).find((o) => o.id === stale.id);
        if (latestOrder?.status !== 'draft') throw error;
        result = await careApi.updateOrder(patient.id, stale.id, latestOrder.version, fields);
      }
      draft.current = result.order;
      setChecked(result);
      setDraftError(null);
    } catch (error) {
      setDraftError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }, [patient.id, replacesId]);

  /** Runs a save after the ones already queued. */
  const enqueue = useCallback(() => {
    const next = inFlight.current.then(save);
    inFlight.current = next.catch(() => undefined);
    return next;
  }, [save]);
  const enqueueRef = useRef(enqueue);
  enqueueRef.current = enqueue;

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void enqueue(), DEBOUNCE_MS);
  }, [enqueue]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const update = (changes: Partial<FormState>) => {
    touched.current = true;
    setForm((previous) => ({ ...previous, ...changes }));
    setSignError(null);
    schedule();
  };

  const changeAction = async (next: OrderAction) => {
    setAction(next);
    // The action is fixed when a draft is created: another action starts a new draft.
    const old = draft.current;
    if (old && old.action !== next) {
      draft.current = null;
      setChecked(null);
      await careApi
        .discardOrder(patient.id, old.id, 'Order action changed before signing')
        .catch(() => undefined);
    }
    schedule();
  };

  const sign = async (event: React.FormEvent) => {
    event.preventDefault();
    window.clearTimeout(timer.current);
    await enqueue();
    const order = draft.current;
    if (!order) {
      setSignError({
        message: 'Choose a drug (and, to stop or avoid it, a reason) before signing.',
        fields: [],
      });
      return;
    }
    setSigning(true);
    setSignError(null);
    try {
      const overrideList = Object.entries(overrides)
        .filter(([key, reason]) => reason.trim() && checked?.alerts.some((a) => a.key === key))
        .map(([key, reason]) => ({ key, reason: reason.trim() }));
      const options = decision.options
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const result = await careApi.signOrder(patient.id, order.id, {
        ...(overrideList.length > 0 ? { overrides: overrideList } : {}),
        ...(NEW_MEDICATION.includes(order.action) && (options.length > 0 || decision.preference.trim())
          ? {
              sharedDecision: {
                optionsDiscussed: options,
                benefitsRisksExplained: decision.explained,
                patientPreference: decision.preference.trim(),
              },
            }
          : {}),
        ...(entry?.controlled ? { pdmpChecked: pdmp } : {}),
        ...(entry?.controlled && code.trim() ? { mfaCode: code.trim() } : {}),
      });
      setSigned(result);
    } catch (error) {
      const fields = error instanceof ApiError ? (error.problem?.errors ?? []).map((e) => e.field) : [];
      setSignError({ message: errorMessage(error), fields });
      if (error instanceof ApiError && error.status === 409) {
        // Someone else changed or signed it: start a fresh draft on the next change.
        draft.current = null;
      }
    } finally {
      setSigning(false);
      setCode('');
    }
  };

  /** Drafts are kept, never deleted: discarding marks this one entered in error. */
  const discard = async () => {
    window.clearTimeout(timer.current);
    await inFlight.current;
    const order = draft.current;
    if (order) {
      try {
        await careApi.discardOrder(patient.id, order.id, 'Draft discarded before signing');
      } catch (error) {
        setSignError({ message: errorMessage(error), fields: [] });
        return;
      }
    }
    navigate(`/patients/${patient.id}`);
  };

  if (loading) return <Loading label="Opening the order…" />;

  if (signed) {
    const pending = signed.order.status === 'pending-cosign';
    return (
      <div className="order-done">
        <h2>Order signed</h2>
        <Notice tone={pending ? 'warning' : 'success'}>
          <p className="notice-title">
            {capitalize(signed.order.displayName || signed.order.drug)} {doseLabel(signed.order)}
          </p>
          <p>
            Status:{' '}
            <strong className="order-status">
              {pending ? 'Waiting for co-signature' : statusText(signed.order.status)}
            </strong>
            {pending ? ' — your supervising psychiatrist co-signs it before it takes effect.' : ''}
          </p>
        </Notice>
        <p>
          <Link to={`/patients/${patient.id}`} className="button button-secondary">
            Back to the chart
          </Link>
        </p>
      </div>
    );
  }

  const replacing = ACTIONS.find((a) => a.value === action)?.replaces ?? false;
  const noDose = NO_DOSE.includes(action);
  const needsDecision = NEW_MEDICATION.includes(action);
  const alerts = checked?.alerts ?? [];
  const blocking = alerts.filter((a) => a.requiresOverride);
  const missingReasons = blocking.filter((a) => !overrides[a.key]?.trim()).length;

  return (
    <div className="order-page">
      <h2>
        {replaced
          ? `${ACTIONS.find((a) => a.value === action)?.label}: ${capitalize(replaced.drug)}`
          : 'New order'}
      </h2>
      {replaced ? (
        <p className="muted">
          Replaces the active order for {capitalize(replaced.drug)} {doseLabel(replaced)}.
        </p>
      ) : null}
      <div className="order-layout">
        <form className="form order-form" onSubmit={(event) => void sign(event)} noValidate>
          {draftError ? <ErrorPanel title="The draft was not saved" message={draftError} /> : null}
          <fieldset className="form-group">
            <legend>Medication</legend>
            <div className="form-grid">
              <div className="field">
                <label htmlFor="order-action">Action</label>
                <select
                  id="order-action"
                  value={action}
                  disabled={Boolean(replaced) || Boolean(draftId)}
                  onChange={(event) => void changeAction(event.target.value as OrderAction)}
                >
                  {ACTIONS.filter((a) => (replaced ? a.replaces : !a.replaces) || a.value === action).map(
                    (a) => (
                      <option key={a.value} value={a.value}>
                        {a.label}
                      </option>
                    ),
                  )}
                </select>
              </div>
              <DrugSearch
                value={form.drug}
                disabled={Boolean(replaced) && action !== 'switch'}
                onChange={(drug) => update({ drug })}
                onChoose={(choice) =>
                  update({
                    drug: choice.name,
                    doseAmount: form.doseAmount || String(choice.startingDailyMg),
                    strength: form.strength || (choice.strengthsMg[0] ? `${choice.strengthsMg[0]} mg` : ''),
                  })
                }
              />
            </div>
            {entry ? <DrugFacts entry={entry} /> : null}
          </fieldset>

          {!noDose ? (
            <fieldset className="form-group">
              <legend>Dose and supply</legend>
              <div className="form-grid">
                <div className="field">
                  <label htmlFor="order-strength">Strength</label>
                  {entry && entry.strengthsMg.length > 0 ? (
                    <select
                      id="order-strength"
                      value={form.strength}
                      onChange={(e) => update({ strength: e.target.value })}
                    >
                      <option value="">Choose…</option>
                      {entry.strengthsMg.map((mg) => (
                        <option key={mg} value={`${mg} mg`}>
                          {mg} mg
                        </option>
                      ))}
                      {form.strength && !entry.strengthsMg.some((mg) => `${mg} mg` === form.strength) ? (
                        <option value={form.strength}>{form.strength}</option>
                      ) : null}
                    </select>
                  ) : (
                    <input
                      id="order-strength"
                      value={form.strength}
                      onChange={(e) => update({ strength: e.target.value })}
                    />
                  )}
                </div>
                <div className="field">
                  <label htmlFor="order-dose">Dose</label>
                  <input
                    id="order-dose"
                    inputMode="decimal"
                    value={form.doseAmount}
                    onChange={(e) => update({ doseAmount: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor="order-unit">Unit</label>
                  <input
                    id="order-unit"
                    value={form.doseUnit}
                    onChange={(e) => update({ doseUnit: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor="order-frequency">Frequency</label>
                  <select
                    id="order-frequency"
                    value={form.timesPerDay}
                    onChange={(e) => update({ timesPerDay: e.target.value })}
                  >
                    {FREQUENCIES.map((f) => (
                      <option key={f.value} value={f.value}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="order-quantity">Quantity</label>
                  <input
                    id="order-quantity"
                    inputMode="numeric"
                    value={form.quantity}
                    onChange={(e) => update({ quantity: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor="order-refills">Refills</label>
                  <input
                    id="order-refills"
                    inputMode="numeric"
                    value={form.refills}
                    onChange={(e) => update({ refills: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor="order-start">
                    Start date <span className="optional">(optional; today if empty)</span>
                  </label>
                  <input
                    id="order-start"
                    type="date"
                    value={form.startDate}
                    onChange={(e) => update({ startDate: e.target.value })}
                  />
                </div>
                <div className="field field-wide">
                  <label htmlFor="order-pharmacy">Pharmacy</label>
                  <input
                    id="order-pharmacy"
                    value={form.pharmacy}
                    onChange={(e) => update({ pharmacy: e.target.value })}
                  />
                </div>
              </div>
              <TitrationSteps
                steps={form.titration}
                unit={form.doseUnit || 'mg'}
                onChange={(titration) => update({ titration })}
              />
            </fieldset>
          ) : null}

          <fieldset className="form-group">
            <legend>Why</legend>
            <div className="form-grid">
              <div className="field field-wide">
                <label htmlFor="order-indication">
                  Indication <span className="optional">(optional)</span>
                </label>
                <input
                  id="order-indication"
                  value={form.indication}
                  onChange={(e) => update({ indication: e.target.value })}
                />
              </div>
              <div className="field field-wide">
                <label htmlFor="order-reason">
                  Reason{' '}
                  {noDose ? (
                    <span className="optional">(required)</span>
                  ) : (
                    <span className="optional">(optional)</span>
                  )}
                </label>
                <textarea
                  id="order-reason"
                  rows={2}
                  value={form.reason}
                  aria-required={noDose}
                  onChange={(e) => update({ reason: e.target.value })}
                />
              </div>
            </div>
          </fieldset>

          {needsDecision ? (
            <fieldset className="form-group">
              <legend>Shared decision</legend>
              <p className="hint group-note">Recorded with every new medication.</p>
              <div className="form-grid">
                <div className="field field-wide">
                  <label htmlFor="decision-options">Options discussed (one per line)</label>
                  <textarea
                    id="decision-options"
                    rows={3}
                    value={decision.options}
                    onChange={(e) => setDecision({ ...decision, options: e.target.value })}
                  />
                </div>
                <label className="checkbox field-wide">
                  <input
                    type="checkbox"
                    checked={decision.explained}
                    onChange={(e) => setDecision({ ...decision, explained: e.target.checked })}
                  />
                  Benefits and risks explained
                </label>
                <div className="field field-wide">
                  <label htmlFor="decision-preference">The patient’s preference</label>
                  <textarea
                    id="decision-preference"
                    rows={2}
                    value={decision.preference}
                    onChange={(e) => setDecision({ ...decision, preference: e.target.value })}
                  />
                </div>
              </div>
            </fieldset>
          ) : null}

          {entry?.controlled && !noDose ? (
            <fieldset className="form-group">
              <legend>Controlled substance (schedule {entry.schedule})</legend>
              <label className="checkbox">
                <input type="checkbox" checked={pdmp} onChange={(e) => setPdmp(e.target.checked)} />I checked
                the prescription-monitoring program (PDMP) for this patient
              </label>
              <div className="field">
                <label htmlFor="order-code">Verification code from your authenticator app</label>
                <input
                  id="order-code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                />
              </div>
            </fieldset>
          ) : null}

          {signError ? (
            <div className="form-error" role="alert">
              <p>{signError.message}</p>
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={signing}>
              {signing
                ? 'Signing…'
                : session.user.credential === 'PA'
                  ? 'Sign (sends for co-signature)'
                  : 'Sign order'}
            </button>
            <span className="muted" role="status">
              {saving
                ? 'Checking…'
                : checked
                  ? `Draft saved · ${alerts.length} alert${alerts.length === 1 ? '' : 's'}`
                  : ''}
              {missingReasons > 0
                ? ` · ${missingReasons} need${missingReasons === 1 ? 's' : ''} a reason`
                : ''}
            </span>
            {checked ? (
              <button type="button" className="button button-quiet" onClick={() => void discard()}>
                Discard draft
              </button>
            ) : (
              <Link to={`/patients/${patient.id}`} className="button button-quiet">
                Cancel
              </Link>
            )}
          </div>
          {replacing && !replaced ? (
            <p className="hint">Open this action from an active medication in the chart.</p>
          ) : null}
        </form>

        <AlertsPanel
          alerts={alerts}
          checked={checked !== null}
          unrecognized={checked?.unrecognized ?? []}
          overrides={overrides}
          invalid={signError?.fields ?? []}
          onOverride={(key, reason) => setOverrides({ ...overrides, [key]: reason })}
        />
      </div>
    </div>
  );
}

function statusText(status: string): string {
  return status === 'active' ? 'Active' : capitalize(status.replace('-', ' '));
}

function DrugSearch({
  value,
  disabled,
  onChange,
  onChoose,
}: {
  value: string;
  disabled: boolean;
  onChange(value: string): void;
  onChoose(entry: FormularyEntry): void;
}) {
  const [results, setResults] = useState<FormularyEntry[]>([]);
  const [open, setOpen] = useState(false);
  const listId = useId();

  useEffect(() => {
    if (!open || value.trim().length < 2) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    const handle = window.setTimeout(() => {
      careApi
        .searchFormulary(value.trim(), controller.signal)
        .then(setResults)
        .catch(() => undefined);
    }, 150);
    return () => {
      window.clearTimeout(handle);
      controller.abort();
    };
  }, [value, open]);

  return (
    <div className="field drug-search">
      <label htmlFor="order-drug">Drug (generic or brand name)</label>
      <input
        id="order-drug"
        type="search"
        autoComplete="off"
        value={value}
        disabled={disabled}
        aria-describedby={results.length > 0 ? listId : undefined}
        onChange={(event) => {
          setOpen(true);
          onChange(event.target.value);
        }}
      />
      {open && results.length > 0 ? (
        <ul className="drug-results" id={listId} aria-label="Matching drugs">
          {results.map((entry) => (
            <li key={entry.name}>
              <button
                type="button"
                className="drug-result"
                onClick={() => {
                  setOpen(false);
                  setResults([]);
                  onChoose(entry);
                }}
              >
                <span className="drug-result-name">{capitalize(entry.name)}</span>
                {entry.brands.length > 0 ? (
                  <span className="muted"> ({entry.brands.slice(0, 3).join(', ')})</span>
                ) : null}
                {entry.controlled ? <span className="badge badge-warning">C-{entry.schedule}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function DrugFacts({ entry }: { entry: FormularyEntry }) {
  return (
    <p className="hint drug-facts">
      {capitalize(entry.name)}
      {entry.brands.length > 0 ? ` (${entry.brands.slice(0, 3).join(', ')})` : ''} · usual{' '}
      {entry.usualDailyMg.min === entry.usualDailyMg.max
        ? entry.usualDailyMg.min
        : `${entry.usualDailyMg.min}–${entry.usualDailyMg.max}`}{' '}
      mg/day
      {entry.maxDailyMg !== null ? ` · max ${entry.maxDailyMg} mg/day` : ''} · start {entry.startingDailyMg}{' '}
      mg/day
      {entry.strengthsMg.length > 0 ? ` · strengths ${entry.strengthsMg.join(', ')} mg` : ''}
      {entry.controlled ? ` · controlled, schedule ${entry.schedule}` : ''}
    </p>
  );
}

function TitrationSteps({
  steps,
  unit,
  onChange,
}: {
  steps: FormState['titration'];
  unit: string;
  onChange(steps: FormState['titration']): void;
}) {
  return (
    <div className="titration">
      <p className="titration-title">
        Titration steps {steps.length === 0 ? <span className="optional">(none)</span> : null}
      </p>
      {steps.map((step, index) => (
        // Steps have no identity besides their position in the plan.
        // biome-ignore lint/suspicious/noArrayIndexKey: positional list
        <div className="titration-step" key={index}>
          <div className="field">
            <label htmlFor={`titration-days-${index}`}>Step {index + 1}: after days</label>
            <input
              id={`titration-days-${index}`}
              inputMode="numeric"
              value={step.afterDays}
              onChange={(e) =>
                onChange(steps.map((s, i) => (i === index ? { ...s, afterDays: e.target.value } : s)))
              }
            />
          </div>
          <div className="field">
            <label htmlFor={`titration-dose-${index}`}>Dose ({unit})</label>
            <input
              id={`titration-dose-${index}`}
              inputMode="decimal"
              value={step.doseAmount}
              onChange={(e) =>
                onChange(steps.map((s, i) => (i === index ? { ...s, doseAmount: e.target.value } : s)))
              }
            />
          </div>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => onChange(steps.filter((_, i) => i !== index))}
          >
            Remove step {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => onChange([...steps, { afterDays: '', doseAmount: '' }])}
      >
        Add titration step
      </button>
    </div>
  );
}

function AlertsPanel({
  alerts,
  checked,
  unrecognized,
  overrides,
  invalid,
  onOverride,
}: {
  alerts: CheckedAlert[];
  checked: boolean;
  unrecognized: string[];
  overrides: Record<string, string>;
  invalid: string[];
  onOverride(key: string, reason: string): void;
}) {
  return (
    <div className="order-alerts">
      <Card title="Safety check" headingLevel={3}>
        <div aria-live="polite">
          {!checked ? <p className="muted">Alerts appear here as you fill in the order.</p> : null}
          {checked && alerts.length === 0 ? <p className="alert-none">No alerts for this order.</p> : null}
          {unrecognized.length > 0 ? (
            <p className="muted">Not recognized: {unrecognized.join(', ')}</p>
          ) : null}
        </div>
        {alerts.length > 0 ? (
          <ul className="alert-list" aria-label="Alerts">
            {alerts.map((alert) => {
              const fieldId = `override-${alert.key.replace(/[^a-z0-9]/gi, '-')}`;
              const missing = invalid.includes(`overrides.${alert.key}`);
              return (
                <li key={alert.key} className={`order-alert order-alert-${alert.severity}`}>
                  <AlertText alert={alert} />
                  {alert.sources.length > 0 ? (
                    <details className="order-alert-sources">
                      <summary>Sources ({alert.sources.length})</summary>
                      <ul>
                        {alert.sources.map((source) => (
                          <li key={source}>{source}</li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                  {alert.requiresOverride ? (
                    <div className={missing ? 'field field-invalid' : 'field'}>
                      <label htmlFor={fieldId}>Reason to override (required to sign)</label>
                      <textarea
                        id={fieldId}
                        rows={2}
                        aria-required="true"
                        aria-invalid={missing}
                        value={overrides[alert.key] ?? ''}
                        onChange={(e) => onOverride(alert.key, e.target.value)}
                      />
                      {missing ? <p className="field-error">Give a reason to override this alert.</p> : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </Card>
    </div>
  );
}
