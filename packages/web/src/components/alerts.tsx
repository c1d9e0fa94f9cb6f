// How a safety alert reads wherever it is shown (the order form, the co-signature review).

const severityLabel: Record<string, string> = {
  contraindicated: 'Contraindicated',
  major: 'Major',
  moderate: 'Moderate',
  minor: 'Minor',
  info: 'Information',
};

/** The alert's severity and title, what it found, and what to do. */
export function AlertText({
  alert,
}: {
  alert: { severity: string; title: string; detail: string; recommendation: string };
}) {
  return (
    <>
      <p className="order-alert-title">
        <span className="order-alert-severity">{severityLabel[alert.severity] ?? alert.severity}</span>{' '}
        {alert.title}
      </p>
      <p>{alert.detail}</p>
      <p>
        <strong>Recommendation:</strong> {alert.recommendation}
      </p>
    </>
  );
}
