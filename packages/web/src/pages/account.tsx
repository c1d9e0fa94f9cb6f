// Public account pages: accepting an invitation, asking for a password reset, and choosing a new
// password from a reset link. Links carry their secret in the URL fragment (`#token=…`), which browsers
// never send to the server or in Referer; the page reads it once and removes it from the address bar.

import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { ApiError, api, errorMessage, setCsrfToken } from '../api.js';
import { BarePage } from '../components/layouts.js';
import { MfaEnrolmentStep, useFocusOnMount } from '../components/mfa.js';
import { localPasswordProblems, NewPasswordFields, passwordProblems } from '../components/NewPassword.js';
import { FormError, Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { roleLabel } from '../format.js';
import { homePathFor, useSessionContext } from '../session.js';
import type { InvitationDetails, LoginResult } from '../types.js';

/** The `token` in the fragment, read once; the fragment is then dropped from the address and history. */
function useFragmentToken(): string | null {
  const [token] = useState(() => {
    const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    const value = params.get('token');
    return value && value.length <= 512 ? value : null;
  });
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
    }
  }, []);
  return token;
}

function listRoles(roles: string[]): string {
  return roles.map(roleLabel).join(', ');
}

export function InvitationPage() {
  useDocumentTitle('Accept invitation');
  const token = useFragmentToken();
  const { state, refresh } = useSessionContext();
  const navigate = useNavigate();
  const [details, setDetails] = useState<InvitationDetails | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [step, setStep] = useState<'password' | 'enrol' | 'finishing'>('password');

  useEffect(() => {
    if (!token) return;
    let live = true;
    api.inspectInvitation(token).then(
      (found) => {
        if (live) setDetails(found);
      },
      (caught: unknown) => {
        if (live) setLoadError(errorMessage(caught));
      },
    );
    return () => {
      live = false;
    };
  }, [token]);

  const finish = async () => {
    setStep('finishing');
    try {
      const session = await refresh();
      navigate(session ? homePathFor(session) : '/signin', { replace: true });
    } catch {
      navigate('/signin', { replace: true });
    }
  };

  const accepted = (result: LoginResult) => {
    if (result.status === 'mfa-enrolment-required') {
      if (result.csrfToken) setCsrfToken(result.csrfToken);
      setStep('enrol');
    } else if (result.status === 'ok') {
      void finish();
    } else {
      navigate('/signin', { replace: true });
    }
  };

  let content: ReactNode;
  if (!token) {
    content = (
      <Notice tone="warning">
        This invitation link is incomplete. Open the link from your invitation email again, or ask your clinic
        administrator for a new one.
      </Notice>
    );
  } else if (loadError) {
    content = (
      <div className="notice notice-error" role="alert">
        <p>{loadError}</p>
      </div>
    );
  } else if (!details || step === 'finishing') {
    content = <Loading />;
  } else if (step === 'enrol') {
    content = (
      <MfaEnrolmentStep
        intro={<p>Your account is created. Staff accounts also need a code from an authenticator app.</p>}
        onDone={() => void finish()}
      />
    );
  } else {
    content = <AcceptForm token={token} details={details} onAccepted={accepted} />;
  }

  return (
    <BarePage>
      <div className="signin">
        <h1>Join {details?.organizationName ?? 'Titrate'}</h1>
        {state.status === 'signed-in' && step === 'password' ? (
          <Notice>
            You are signed in as {state.session.user.displayName}. Accepting this invitation signs you in as
            the new account instead.
          </Notice>
        ) : null}
        {content}
      </div>
    </BarePage>
  );
}

function AcceptForm({
  token,
  details,
  onAccepted,
}: {
  token: string;
  details: InvitationDetails;
  onAccepted: (result: LoginResult) => void;
}) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const local = localPasswordProblems(password, confirmation);
    setProblems(local);
    setError(null);
    if (local.length > 0) return;
    setBusy(true);
    try {
      onAccepted(await api.acceptInvitation(token, password));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 422) setProblems(passwordProblems(caught));
      else setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form signin-form" onSubmit={submit} noValidate>
      <p>
        <strong>{details.displayName}</strong> ({details.email}) is invited to {details.organizationName} as{' '}
        {listRoles(details.roles)}.
      </p>
      <FormError id={errorId} message={error} />
      <NewPasswordFields
        label="Password"
        username={details.email}
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
        problems={problems}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </div>
    </form>
  );
}

export function ForgotPasswordPage() {
  useDocumentTitle('Forgot password');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!email.includes('@')) {
      setError('Enter the email address you sign in with.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.requestPasswordReset(email.trim());
      setSent(true);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <BarePage>
      <div className="signin">
        <h1>Reset your password</h1>
        {sent ? (
          <SentNotice />
        ) : (
          <form className="form signin-form" onSubmit={submit} noValidate>
            <p>Enter the email you sign in with. We will send a link to choose a new password.</p>
            <FormError id={errorId} message={error} />
            <div className="field">
              <label htmlFor="reset-email">Email</label>
              <input
                id="reset-email"
                name="email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                aria-describedby={error ? errorId : undefined}
                aria-invalid={error ? true : undefined}
              />
            </div>
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? 'Sending…' : 'Send reset link'}
              </button>
            </div>
          </form>
        )}
        <p>
          <Link to="/signin">Back to sign in</Link>
        </p>
      </div>
    </BarePage>
  );
}

function SentNotice() {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="notice notice-success" role="status">
      <h2 className="notice-title" ref={heading} tabIndex={-1}>
        Check your email
      </h2>
      <p>
        If an account exists for that address, we sent a link to reset the password. It works for 30 minutes.
      </p>
    </div>
  );
}

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const token = useFragmentToken();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errorId = useId();

  if (done) return <Navigate to="/signin" replace state={{ passwordReset: true }} />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !token) return;
    const local = localPasswordProblems(password, confirmation);
    setProblems(local);
    setError(null);
    if (local.length > 0) return;
    setBusy(true);
    try {
      await api.completePasswordReset(token, password);
      setDone(true);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 422) setProblems(passwordProblems(caught));
      else setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <BarePage>
      <div className="signin">
        <h1>Choose a new password</h1>
        {token ? (
          <form className="form signin-form" onSubmit={submit} noValidate>
            <FormError id={errorId} message={error} />
            <NewPasswordFields
              password={password}
              confirmation={confirmation}
              onPassword={setPassword}
              onConfirmation={setConfirmation}
              problems={problems}
            />
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save new password'}
              </button>
            </div>
          </form>
        ) : (
          <Notice tone="warning">
            This reset link is incomplete. Open the link from the email again, or{' '}
            <Link to="/forgot-password">ask for a new one</Link>.
          </Notice>
        )}
        <p>
          <Link to="/signin">Back to sign in</Link>
        </p>
      </div>
    </BarePage>
  );
}
