// Warns before the server ends a session for inactivity, and clears the screen when it does.
//
// The server's idle limit counts from the last request it answered (not from clicks), so the countdown
// runs from the last API call (`lastServerActivity`). The server records activity at most every 15 s,
// so its clock may be up to 15 s behind ours: the app ends the session that much early, never late.

import { useEffect, useId, useRef, useState } from 'react';
import { lastServerActivity, onServerActivity } from '../api.js';

/** setTimeout's delay is a signed 32-bit number of milliseconds. */
const maxTimerDelay = 2_147_483_647;
const serverRecordingLagMs = 15_000;
const warningLeadMs = 120_000;

/** "1:59" */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** How long after the last request the app signs out, and how long before that it warns. */
export function idleTimings(idleSeconds: number): { windowMs: number; leadMs: number } {
  const idleMs = idleSeconds * 1000;
  const windowMs = idleMs - Math.min(serverRecordingLagMs, idleMs * 0.25);
  // Two minutes' warning, or the last 20% of a short limit.
  const leadMs = Math.min(warningLeadMs, windowMs * 0.2);
  return { windowMs, leadMs };
}

export function IdleTimeoutDialog({
  idleSeconds,
  onStay,
  onSignOut,
  onTimeout,
}: {
  idleSeconds: number;
  /** Asks the server to keep the session (any request does). */
  onStay: () => Promise<unknown>;
  onSignOut: () => Promise<void>;
  onTimeout: () => void;
}) {
  const { windowMs, leadMs } = idleTimings(idleSeconds);
  const [deadline, setDeadline] = useState(() => lastServerActivity() + windowMs);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const timedOut = useRef(false);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    setDeadline(lastServerActivity() + windowMs);
    return onServerActivity((at) => {
      setDeadline(at + windowMs);
      setNow(Date.now());
    });
  }, [windowMs]);

  const warning = now >= deadline - leadMs;

  // One timer to the moment of the warning; then a tick each second for the countdown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each tick (`now`) schedules the next.
  useEffect(() => {
    const current = Date.now();
    const delay = warning ? Math.min(1000, Math.max(deadline - current, 0)) : deadline - leadMs - current;
    const timer = window.setTimeout(() => setNow(Date.now()), Math.min(Math.max(delay, 0), maxTimerDelay));
    return () => window.clearTimeout(timer);
  }, [now, deadline, leadMs, warning]);

  useEffect(() => {
    if (now >= deadline && !timedOut.current) {
      timedOut.current = true;
      dialogRef.current?.close();
      onTimeout();
    }
  }, [now, deadline, onTimeout]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (warning && now < deadline && !dialog.open) dialog.showModal();
    if (!warning && dialog.open) dialog.close();
  }, [warning, now, deadline]);

  const stay = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await onStay();
    } catch {
      // Network trouble: the countdown continues; the user can try again.
    } finally {
      setBusy(false);
    }
  };

  const secondsLeft = (deadline - now) / 1000;
  return (
    <dialog
      ref={dialogRef}
      className="idle-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape means "not now": keep the session rather than closing with the countdown still running.
        event.preventDefault();
        void stay();
      }}
    >
      <h2 id={titleId}>Are you still there?</h2>
      <p id={bodyId}>
        You will be signed out in <span className="idle-countdown">{formatCountdown(secondsLeft)}</span> for
        your safety.
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void stay()}>
          {busy ? 'Staying signed in…' : 'Stay signed in'}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void onSignOut()}>
          Sign out
        </button>
      </div>
    </dialog>
  );
}
