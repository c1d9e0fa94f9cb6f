// Account settings for anyone signed in: change password, sign out everywhere, and (patients) two-step
// sign-in on or off. Staff always have two-step sign-in; only an administrator can reset it.

import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api, errorMessage } from '../api.js';
import { MfaEnrolmentStep } from '../components/mfa.js';
import { localPasswordProblems, NewPasswordFields, passwordProblems } from '../components/NewPassword.js';
import { Card, FormError, Notice, useDocumentTitle } from '../components/ui.js';
import { isPortalUser, useSession, useSessionContext } from '../session.js';

export function SettingsPage() {
  useDocumentTitle('Settings');
  const session = useSession();
  const portal = isPortalUser(session);
  return (
    <div className={portal ? 'page portal-page settings-page' : 'page page-narrow settings-page'}>
      <h1>Settings</h1>
      <p className="lead">
        Signed in as {session.user.displayName} ({session.user.email}).
      </p>
      <ChangePassword />
      {portal ? <PatientMfa /> : null}
      <SignOutEverywhere />
      {portal ? null : (
        <Card title="API tokens">
          <p>Tokens let scripts and integrations use the Titrate API as you.</p>
          <Link to="/settings/tokens" className="button button-secondary">
            Manage API tokens
          </Link>
        </Card>
      )}
    </div>
  );
}

function ChangePassword() {
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setError(null);
    const local = localPasswordProblems(password, confirmation);
    setProblems(local);
    if (!current) {
      setError('Enter your current password.');
      return;
    }
    if (local.length > 0) return;
    setBusy(true);
    try {
      await api.changePassword(current, password);
      setCurrent('');
      setPassword('');
      setConfirmation('');
      setSaved(true);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 422) setProblems(passwordProblems(caught));
      else setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Change password">
      {saved ? <Notice tone="success">Password changed. Your other sessions were signed out.</Notice> : null}
      <form className="form" onSubmit={submit} noValidate>
        <FormError id={errorId} message={error} />
        <div className="field">
          <label htmlFor="current-password">Current password</label>
          <input
            id="current-password"
            name="current-password"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <NewPasswordFields
          username={session.user.email}
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          problems={problems}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Change password'}
          </button>
        </div>
      </form>
    </Card>
  );
}

function PatientMfa() {
  const session = useSession();
  const { refresh } = useSessionContext();
  const enrolled = session.mfaEnrolled === true;
  const [enrolling, setEnrolling] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  const turnOff = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.disableMfa(code.replace(/\s+/g, ''));
      setCode('');
      await refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Two-step sign-in">
      {enrolled ? (
        <form className="form" onSubmit={turnOff} noValidate>
          <p>Two-step sign-in is on: you enter a code from your authenticator app after your password.</p>
          <FormError id={errorId} message={error} />
          <div className="field">
            <label htmlFor="mfa-off-code">Current code from your app</label>
            <input
              id="mfa-off-code"
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={10}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              aria-describedby={error ? errorId : undefined}
              aria-invalid={error ? true : undefined}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {busy ? 'Turning off…' : 'Turn off two-step sign-in'}
            </button>
          </div>
        </form>
      ) : enrolling ? (
        <MfaEnrolmentStep
          onDone={() => {
            setEnrolling(false);
            void refresh();
          }}
          onCancel={() => setEnrolling(false)}
        />
      ) : (
        <>
          <p>
            Add a second step to signing in: a code from an authenticator app on your phone. It keeps your
            account safe even if someone learns your password.
          </p>
          <button type="button" className="button button-secondary" onClick={() => setEnrolling(true)}>
            Turn on two-step sign-in
          </button>
        </>
      )}
    </Card>
  );
}

function SignOutEverywhere() {
  const { signOut } = useSessionContext();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  return (
    <Card title="Sign out everywhere">
      <p>Ends every session of your account, on this device and all others.</p>
      <FormError id={errorId} message={error} />
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await api.logoutEverywhere();
            await signOut();
          } catch (caught) {
            setError(errorMessage(caught));
            setBusy(false);
          }
        }}
      >
        {busy ? 'Signing out…' : 'Sign out everywhere'}
      </button>
    </Card>
  );
}
