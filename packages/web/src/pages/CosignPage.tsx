// The supervising psychiatrist's co-signature queue (issue #5): their physician assistants' signed
// orders awaiting co-signature, oldest first; each opens a review of the order, its alerts with the
// override reasons, and the patient's other medications, allergies, diagnoses and recent results,
// then co-signs after an explicit "I have reviewed this order".

import { type FormEvent, useCallback, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../api.js';
import { capitalize, doseLabel, type MedicationOrder } from '../care.js';
import { AlertText } from '../components/alerts.js';
import { Card, ErrorPanel, Facts, Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { type CosignQueueItem, type CosignReview, cosignApi } from '../cosign.js';
import { formatDate, formatDateTime, listName } from '../format.js';
import { type AsyncState, useAsync } from '../useAsync.js';
import '../care.css';
import '../cosign.css';

/** What the queue page says after a co-signature (passed in the navigation state, never the URL). */
interface CosignedState {
  cosigned?: string;
}

const RECENT_RESULTS = 10;

const orderLabel = (order: MedicationOrder) =>
  [capitalize(order.displayName || order.drug), doseLabel(order)].filter(Boolean).join(' ');

export function CosignPage() {
  const { patientId, orderId } = useParams();
  // Read afresh on each navigation (both routes share this component): a co-signed order leaves it.
  const { key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the reload trigger.
  const loadQueue = useCallback((signal: AbortSignal) => cosignApi.queue(signal), [key]);
  const queue = useAsync(loadQueue);
  if (patientId && orderId) {
    return <CosignReviewView patientId={patientId} orderId={orderId} queue={queue.state} />;
  }
  return <CosignQueueView state={queue.state} reload={queue.reload} />;
}

function CosignQueueView({ state, reload }: { state: AsyncState<CosignQueueItem[]>; reload(): void }) {
  useDocumentTitle('Co-signature');
  const location = useLocation();
  const cosigned = (location.state as CosignedState | null)?.cosigned;
  return (
    <div className="page cosign-page">
      <div className="page-header">
        <h1>Co-signature</h1>
        <Link to="/caseload" className="button button-quiet">
          Caseload
        </Link>
      </div>
      <p className="lead">
        Orders signed by the physician assistants you supervise wait here, oldest first, until you review and
        co-sign them.
      </p>
      {cosigned ? <Notice tone="success">{cosigned}</Notice> : null}
      {state.status === 'loading' ? <Loading label="Loading orders awaiting co-signature…" /> : null}
      {state.status === 'error' ? <ErrorPanel message={state.message} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.length === 0 ? (
        <div className="empty">
          <p className="empty-title">No orders await your co-signature</p>
          <p className="muted">A physician assistant’s order appears here once they sign it.</p>
        </div>
      ) : null}
      {state.status === 'ready' && state.data.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table cosign-table">
            <caption className="visually-hidden">Orders awaiting your co-signature, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Order</th>
                <th scope="col">Signed by</th>
                <th scope="col">Alerts overridden</th>
                <th scope="col">
                  <span className="visually-hidden">Review</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((item) => (
                <tr key={item.order.id}>
                  <th scope="row">
                    {listName(item.patient)}
                    <span className="cell-aside"> born {formatDate(item.patient.dateOfBirth)}</span>
                    <span className="cell-aside mono"> {item.patient.mrn}</span>
                  </th>
                  <td>
                    {orderLabel(item.order)}
                    <span className="cell-aside"> {item.order.action}</span>
                  </td>
                  <td>
                    {item.prescriberName}
                    {item.signedAt ? (
                      <span className="cell-aside"> {formatDateTime(item.signedAt)}</span>
                    ) : null}
                  </td>
                  <td>
                    {item.overriddenAlerts > 0 ? (
                      <span className="badge badge-warning">{item.overriddenAlerts}</span>
                    ) : (
                      <span className="muted">None</span>
                    )}
                  </td>
                  <td>
                    <Link
                      className="button button-secondary button-small"
                      to={`/cosign/${item.patient.id}/${item.order.id}`}
                      aria-label={`Review ${orderLabel(item.order)} for ${listName(item.patient)}`}
                    >
                      Review
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function CosignReviewView({
  patientId,
  orderId,
  queue,
}: {
  patientId: string;
  orderId: string;
  queue: AsyncState<CosignQueueItem[]>;
}) {
  useDocumentTitle('Review order');
  const loadReview = useCallback(
    (signal: AbortSignal) => cosignApi.review(patientId, orderId, signal),
    [patientId, orderId],
  );
  const review = useAsync(loadReview);
  const item = queue.status === 'ready' ? queue.data.find((i) => i.order.id === orderId) : undefined;

  return (
    <div className="page cosign-page">
      <p className="breadcrumb">
        <Link to="/cosign">Orders awaiting co-signature</Link>
      </p>
      <div className="page-header">
        <h1>Review order</h1>
      </div>
      {item ? (
        <p className="cosign-identity">
          <strong>{listName(item.patient)}</strong>
          {item.patient.preferredName ? ` “${item.patient.preferredName}”` : ''} · born{' '}
          {formatDate(item.patient.dateOfBirth)} · <span className="mono">{item.patient.mrn}</span>
        </p>
      ) : null}
      {queue.status === 'ready' && !item ? (
        <Notice tone="warning">This order no longer awaits your co-signature.</Notice>
      ) : null}
      {review.state.status === 'loading' ? (
        <Loading label="Loading the order and the patient’s record…" />
      ) : null}
      {review.state.status === 'error' ? (
        <ErrorPanel message={review.state.message} onRetry={review.reload} />
      ) : null}
      {review.state.status === 'ready' ? (
        <ReviewPanels review={review.state.data} prescriberName={item?.prescriberName ?? null} />
      ) : null}
      {review.state.status === 'ready' && item ? (
        <CosignForm
          patientId={patientId}
          order={review.state.data.detail.order}
          patientName={listName(item.patient)}
        />
      ) : null}
    </div>
  );
}

function ReviewPanels({ review, prescriberName }: { review: CosignReview; prescriberName: string | null }) {
  const { order, alerts, sharedDecision } = review.detail;
  const others = review.medications.filter(
    (m) => m.id !== order.id && (m.status === 'active' || m.status === 'pending-cosign'),
  );
  const allergies = review.allergies.filter((a) => a.status !== 'entered-in-error');
  const conditions = review.conditions.filter((c) => c.status !== 'entered-in-error');
  const results = review.observations.filter((o) => o.status !== 'entered-in-error').slice(0, RECENT_RESULTS);
  return (
    <div className="card-grid cosign-grid">
      <Card title="Order">
        <Facts
          items={[
            { label: 'Drug', value: capitalize(order.displayName || order.drug) },
            { label: 'Action', value: capitalize(order.action) },
            { label: 'Strength', value: order.strength },
            { label: 'Dose', value: doseLabel(order) },
            { label: 'Route', value: order.route },
            { label: 'Quantity', value: order.quantity },
            { label: 'Refills', value: order.refills },
            { label: 'Indication', value: order.indication },
            { label: 'Reason', value: order.reason },
            { label: 'Start date', value: order.startDate ? formatDate(order.startDate) : null },
            { label: 'Pharmacy', value: order.pharmacy },
            { label: 'Signed by', value: prescriberName },
            { label: 'Signed', value: order.signedAt ? formatDateTime(order.signedAt) : null },
          ]}
        />
        <h3 className="cosign-subtitle">Titration</h3>
        {order.titration.length === 0 ? (
          <p className="muted">No titration steps.</p>
        ) : (
          <ol className="cosign-steps">
            {order.titration.map((step) => (
              <li key={`${step.afterDays}-${step.doseAmount}`}>
                After {step.afterDays} day{step.afterDays === 1 ? '' : 's'}: {step.doseAmount} {step.doseUnit}
                {step.note ? ` — ${step.note}` : ''}
              </li>
            ))}
          </ol>
        )}
        {sharedDecision ? (
          <>
            <h3 className="cosign-subtitle">Shared decision</h3>
            <Facts
              items={[
                { label: 'Options discussed', value: sharedDecision.optionsDiscussed.join(', ') },
                {
                  label: 'Benefits and risks explained',
                  value: sharedDecision.benefitsRisksExplained ? 'Yes' : 'No',
                },
                { label: 'Patient’s preference', value: sharedDecision.patientPreference },
              ]}
            />
          </>
        ) : null}
      </Card>
      <Card title="Alerts at signing">
        {alerts.length === 0 ? <p className="alert-none">No alerts for this order.</p> : null}
        {alerts.length > 0 ? (
          <ul className="alert-list" aria-label="Alerts at signing">
            {alerts.map((alert) => (
              <li key={alert.id} className={`order-alert order-alert-${alert.severity}`}>
                <AlertText alert={alert} />
                <p>
                  <strong>Override reason:</strong>{' '}
                  {alert.override ? alert.override.reason : <span className="muted">None given</span>}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      <Card title="Other current medications">
        {others.length === 0 ? (
          <p className="muted">No other active medications.</p>
        ) : (
          <ul className="cosign-list">
            {others.map((m) => (
              <li key={m.id}>
                {orderLabel(m)}
                {m.status === 'pending-cosign' ? (
                  <span className="badge badge-muted">Waiting for co-signature</span>
                ) : null}
                {m.startDate ? <span className="cell-aside"> since {formatDate(m.startDate)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Allergies">
        {allergies.length === 0 ? (
          <p className="muted">No allergies recorded.</p>
        ) : (
          <ul className="cosign-list">
            {allergies.map((a) => (
              <li key={a.id}>
                <strong>{a.substance}</strong>
                {a.reaction ? ` — ${a.reaction}` : ''}
                {a.severity ? <span className="cell-aside"> ({a.severity})</span> : null}
                {a.clinicalStatus !== 'active' ? (
                  <span className="cell-aside"> {a.clinicalStatus}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Diagnoses">
        {conditions.length === 0 ? (
          <p className="muted">No diagnoses recorded.</p>
        ) : (
          <ul className="cosign-list">
            {conditions.map((c) => (
              <li key={c.id}>
                <span className="mono">{c.code}</span> {c.display}
                {c.clinicalStatus !== 'active' ? (
                  <span className="cell-aside"> {c.clinicalStatus}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Recent results">
        {results.length === 0 ? (
          <p className="muted">No labs or vitals recorded.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Recent labs and vitals, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Test</th>
                  <th scope="col">Result</th>
                  <th scope="col">Date</th>
                </tr>
              </thead>
              <tbody>
                {results.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>
                      {o.phenotype ??
                        [
                          o.value === null
                            ? ''
                            : `${o.value}${o.diastolic !== null ? `/${o.diastolic}` : ''}`,
                          o.unit,
                        ]
                          .filter(Boolean)
                          .join(' ')}
                      {o.interpretation?.flag && o.interpretation.flag !== 'normal' ? (
                        <span className="badge badge-warning">{capitalize(o.interpretation.flag)}</span>
                      ) : null}
                    </td>
                    <td className="cell-nowrap">{formatDate(o.effectiveAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}

function CosignForm({
  patientId,
  order,
  patientName,
}: {
  patientId: string;
  order: MedicationOrder;
  patientName: string;
}) {
  const navigate = useNavigate();
  const [reviewed, setReviewed] = useState(false);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reviewed) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await cosignApi.cosign(patientId, order.id);
      const state: CosignedState = {
        cosigned: `${orderLabel(order)} for ${patientName} co-signed; it is now active.`,
      };
      navigate('/cosign', { state });
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <form className="card cosign-form" onSubmit={submit} noValidate aria-labelledby="cosign-form-title">
      <h2 id="cosign-form-title" className="card-title">
        Co-sign
      </h2>
      <div className={missing && !reviewed ? 'field field-invalid' : 'field'}>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={reviewed}
            aria-invalid={missing && !reviewed}
            aria-describedby={missing && !reviewed ? 'cosign-reviewed-error' : undefined}
            onChange={(e) => setReviewed(e.target.checked)}
          />
          I have reviewed this order
        </label>
        {missing && !reviewed ? (
          <p id="cosign-reviewed-error" className="field-error">
            Confirm that you have reviewed the order before co-signing.
          </p>
        ) : null}
      </div>
      {error ? <ErrorPanel title="The order was not co-signed" message={error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Co-signing…' : 'Co-sign'}
        </button>
      </div>
    </form>
  );
}
