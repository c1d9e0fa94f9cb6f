import { type FormEvent, useId, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { api, errorMessage, setCsrfToken } from '../api.js';
import { BarePage } from '../components/layouts.js';
import { MfaCodeStep, MfaEnrolmentStep } from '../components/mfa.js';
import { Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { homePathFor, isPortalUser, useSessionContext } from '../session.js';
import type { LoginResult, Session } from '../types.js';

function requestedPath(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null;
  const from = state.from;
  // Only same-app paths: never follow a redirect to another origin.
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return null;
  return from;
}

function passwordWasReset(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && 'passwordReset' in state && state.passwordReset === true
  );
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
        {passwordWasReset(location.state) ? (
          <Notice tone="success">Your password has been changed. Sign in with the new one.</Notice>
        ) : null}
        {reason === 'idle' && state.status === 'signed-out' ? (
          <Notice tone="warning">
            You were signed out after {state.idleMinutes ?? 1}{' '}
            {state.idleMinutes === 1 ? 'minute' : 'minutes'} without activity.
          </Notice>
        ) : null}
        {state.status === 'unavailable' ? <Notice tone="warning">{state.message}</Notice> : null}
        <SignInForm onSignedIn={signIn} />
      </div>
    </BarePage>
  );
}

function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { refresh } = useSessionContext();
  const [step, setStep] = useState<'credentials' | 'code' | 'enrol'>('credentials');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  /** After the last step: the server's answer may carry the session; otherwise ask for it. */
  const finish = async (result: LoginResult) => {
    if (result.status === 'ok' && result.session) {
      onSignedIn(result.session);
      return;
    }
    try {
      const session = await refresh();
      if (!session) {
        setStep('credentials');
        setError('Your sign-in did not complete. Please sign in again.');
      }
    } catch (caught) {
      setStep('credentials');
      setError(errorMessage(caught));
    }
  };

  const startAgain = () => {
    setCsrfToken(null);
    setStep('credentials');
    setError(null);
  };

  const submitCredentials = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.login(email.trim(), password);
      setPassword('');
      if (result.status === 'ok') {
        await finish(result);
        return;
      }
      // A pending sign-in may come with its own security token for the MFA requests.
      if (result.csrfToken) setCsrfToken(result.csrfToken);
      setStep(result.status === 'mfa-enrolment-required' ? 'enrol' : 'code');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  if (step === 'code') {
    return <MfaCodeStep onVerified={(result) => void finish(result)} onStartAgain={startAgain} />;
  }
  if (step === 'enrol') {
    return (
      <MfaEnrolmentStep
        intro={
          <p>
            Your clinic requires a second step when you sign in: a code from an authenticator app on your
            phone. This takes a minute, once.
          </p>
        }
        onDone={() => void finish({ status: 'ok' })}
        onCancel={startAgain}
      />
    );
  }

  return (
    <form className="form signin-form" onSubmit={submitCredentials}>
      {error ? (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      ) : null}
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
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
    </form>
  );
}
