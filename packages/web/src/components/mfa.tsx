// The second sign-in step (authenticator or recovery code) and authenticator enrolment, shared by
// sign-in, invitation acceptance and settings.

import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { api, errorMessage } from '../api.js';
import type { LoginResult, MfaEnrolment } from '../types.js';
import { FormError, Loading } from './ui.js';

/** Moves focus to a new step's heading so screen-reader users hear where they are. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** Spaces and dashes people type or paste into codes are not part of them. */
function cleanCode(value: string): string {
  return value.replace(/[\s-]+/g, '');
}

function CodeField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  errorId,
  recovery = false,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  errorId: string;
  recovery?: boolean;
}) {
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <input
        id={id}
        name="code"
        type="text"
        inputMode={recovery ? 'text' : 'numeric'}
        autoComplete={recovery ? 'off' : 'one-time-code'}
        autoCapitalize="off"
        spellCheck={false}
        maxLength={recovery ? 40 : 10}
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

/** Sign-in step 2 for an enrolled user: a current authenticator code, or one recovery code. */
export function MfaCodeStep({
  onVerified,
  onStartAgain,
}: {
  onVerified: (result: LoginResult) => void;
  onStartAgain: () => void;
}) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const value = cleanCode(code);
    if (!value) {
      setError(
        recovery
          ? 'Enter one of your recovery codes.'
          : 'Enter the 6-digit code from your authenticator app.',
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await api.submitMfaCode(value);
      if (result.status === 'ok') {
        onVerified(result);
        return;
      }
      setError('That code wasn’t accepted. Please try again.');
    } catch (caught) {
      setError(errorMessage(caught));
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form signin-form" onSubmit={submit} noValidate>
      <h2 className="signin-step" ref={heading} tabIndex={-1}>
        {recovery ? 'Use a recovery code' : 'Check your authenticator'}
      </h2>
      <FormError id={errorId} message={error} />
      {recovery ? (
        <CodeField
          id="signin-recovery-code"
          label="Recovery code"
          hint="Enter one of the recovery codes you saved when you set up two-step sign-in. Each works once."
          value={code}
          onChange={setCode}
          error={error}
          errorId={errorId}
          recovery
        />
      ) : (
        <CodeField
          id="signin-code"
          label="Verification code"
          hint="Enter the 6-digit code from your authenticator app."
          value={code}
          onChange={setCode}
          error={error}
          errorId={errorId}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Checking…' : 'Verify and sign in'}
        </button>
        <button type="button" className="button button-quiet" onClick={onStartAgain}>
          Start again
        </button>
      </div>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setRecovery((value) => !value);
            setCode('');
            setError(null);
          }}
        >
          {recovery ? 'Use a code from your authenticator app instead' : 'Use a recovery code instead'}
        </button>
      </p>
    </form>
  );
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {label}
      </button>
      <span className="copy-status" role="status">
        {copied ? 'Copied.' : ''}
      </span>
    </>
  );
}

/** Secret in groups of four for reading aloud or typing. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Authenticator enrolment: scan (or type) the secret, confirm with a code, then see the recovery codes
 * once. `onDone` runs after "I have saved these codes"; the session is full from the confirmation on.
 */
export function MfaEnrolmentStep({
  onDone,
  intro,
  onCancel,
}: {
  onDone: () => void;
  intro?: ReactNode;
  onCancel?: () => void;
}) {
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let live = true;
    setLoadError(null);
    api.startMfaEnrolment().then(
      (started) => {
        if (live) setEnrolment(started);
      },
      (caught: unknown) => {
        if (live) setLoadError(errorMessage(caught));
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={onDone} />;
  if (loadError) {
    return (
      <div className="signin-form">
        <p className="form-error" role="alert">
          {loadError}
        </p>
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
          {onCancel ? (
            <button type="button" className="button button-quiet" onClick={onCancel}>
              Start again
            </button>
          ) : null}
        </div>
      </div>
    );
  }
  if (!enrolment) return <Loading label="Preparing two-step sign-in…" />;
  return (
    <EnrolmentForm enrolment={enrolment} intro={intro} onConfirmed={setRecoveryCodes} onCancel={onCancel} />
  );
}

function EnrolmentForm({
  enrolment,
  intro,
  onConfirmed,
  onCancel,
}: {
  enrolment: MfaEnrolment;
  intro?: ReactNode;
  onConfirmed: (codes: string[]) => void;
  onCancel?: (() => void) | undefined;
}) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const value = cleanCode(code);
    if (!/^\d{6}$/.test(value)) {
      setError('Enter the 6-digit code your authenticator app shows for Titrate.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const confirmed = await api.confirmMfaEnrolment(value);
      onConfirmed(confirmed.recoveryCodes);
    } catch (caught) {
      setError(errorMessage(caught));
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form signin-form enrol-form" onSubmit={submit} noValidate>
      <h2 className="signin-step" ref={heading} tabIndex={-1}>
        Set up two-step sign-in
      </h2>
      {intro}
      <ol className="steps">
        <li>
          Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator
          or 1Password).
        </li>
        <li>
          Scan this QR code with it.
          <img
            className="qr-code"
            src={enrolment.qrCodeDataUrl}
            alt="QR code for adding Titrate to an authenticator app"
            width={180}
            height={180}
          />
        </li>
        <li>
          <span>Can’t scan? Enter this key in the app instead:</span>
          <span className="secret-row">
            <code className="secret">{groupSecret(enrolment.secret)}</code>
            <CopyButton text={enrolment.secret} label="Copy key" />
          </span>
        </li>
      </ol>
      <FormError id={errorId} message={error} />
      <CodeField
        id="enrol-code"
        label="Verification code"
        hint="Enter the 6-digit code the app now shows for Titrate."
        value={code}
        onChange={setCode}
        error={error}
        errorId={errorId}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Checking…' : 'Confirm and continue'}
        </button>
        {onCancel ? (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Start again
          </button>
        ) : null}
      </div>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [busy, setBusy] = useState(false);
  return (
    <div className="signin-form recovery">
      <h2 className="signin-step" ref={heading} tabIndex={-1}>
        Save your recovery codes
      </h2>
      <p>
        If you lose your phone, each of these codes lets you sign in once. Keep them somewhere safe, such as a
        password manager. They are shown only now.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p className="form-actions">
        <CopyButton text={codes.join('\n')} label="Copy codes" />
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            onDone();
          }}
        >
          I have saved these codes
        </button>
      </div>
    </div>
  );
}
