import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, errorMessage } from '../api.js';
import { BarePage } from '../components/layouts.js';
import { Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { homePathFor, isPortalUser, useSessionContext } from '../session.js';
import type { Session } from '../types.js';

function requestedPath(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null;
  const from = state.from;
  // Only same-app paths: never follow a redirect to another origin.
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return null;
  return from;
}

/** Back to the page that was asked for when it belongs to the signed-in user's area; else home. */
function destinationFor(session: Session, from: string | null): string {
  if (!from || from === '/signin') return homePathFor(session);
  const portalPath = from === '/portal' || from.startsWith('/portal/');
  return portalPath === isPortalUser(session) ? from : homePathFor(session);
}

export function SignInPage() {
  const { state, signIn } = useSessionContext();
  const location = useLocation();
  useDocumentTitle('Sign in');

  if (state.status === 'loading') {
    return (
      <BarePage>
        <Loading />
      </BarePage>
    );
  }
  if (state.status === 'signed-in') {
    const from = requestedPath(location.state);
    return <Navigate to={destinationFor(state.session, from)} replace />;
  }
  const reason = state.status === 'signed-out' ? state.reason : null;
  return (
    <BarePage>
      <div className="signin">
        <h1>Sign in to Titrate</h1>
        {reason === 'expired' ? (
          <Notice tone="warning">
            Your session has ended, so we signed you out to keep your information safe. Please sign in again.
          </Notice>
        ) : null}
        {reason === 'signed-out' ? <Notice>You have signed out.</Notice> : null}
        {state.status === 'unavailable' ? <Notice tone="warning">{state.message}</Notice> : null}
        <SignInForm onSignedIn={signIn} />
      </div>
    </BarePage>
  );
}

function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [step, setStep] = useState<'credentials' | 'code'>('credentials');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const codeHintId = useId();
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'code') codeInput.current?.focus();
  }, [step]);

  const submitCredentials = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.login(email.trim(), password);
      if (result.status === 'ok') {
        onSignedIn(result.session);
        return;
      }
      setPassword('');
      setStep('code');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const submitCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.submitMfaCode(code.replace(/\s+/g, ''));
      if (result.status === 'ok') {
        onSignedIn(result.session);
        return;
      }
      setError('That code wasn’t accepted. Please try again.');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const errorMessageBlock = error ? (
    <p id={errorId} className="form-error" role="alert">
      {error}
    </p>
  ) : null;

  if (step === 'code') {
    return (
      <form className="form signin-form" onSubmit={submitCode} noValidate>
        <h2 className="signin-step">Check your authenticator</h2>
        {errorMessageBlock}
        <div className="field">
          <label htmlFor="signin-code">Verification code</label>
          <p id={codeHintId} className="hint">
            Enter the 6-digit code from your authenticator app.
          </p>
          <input
            ref={codeInput}
            id="signin-code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={10}
            required
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-describedby={error ? `${codeHintId} ${errorId}` : codeHintId}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Checking…' : 'Verify and sign in'}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setStep('credentials');
              setCode('');
              setError(null);
            }}
          >
            Start again
          </button>
        </div>
      </form>
    );
  }

  return (
    <form className="form signin-form" onSubmit={submitCredentials}>
      {errorMessageBlock}
      <div className="field">
        <label htmlFor="signin-email">Email</label>
        <input
          id="signin-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="signin-password">Password</label>
        <input
          id="signin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
