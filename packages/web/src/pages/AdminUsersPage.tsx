// Clinic administrators: the clinic's accounts, invitations, and the per-account actions (roles,
// disable/enable, sign out everywhere, reset two-step sign-in). The server enforces every rule (e.g. an
// admin cannot disable themself or remove the last admin); this page shows its answers.

import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { ApiError, api, errorMessage, isAbortError } from '../api.js';
import { Card, ErrorPanel, FormError, Loading, useDocumentTitle } from '../components/ui.js';
import { formatDateTime, roleLabel } from '../format.js';
import { useSession } from '../session.js';
import type {
  CreatedInvitation,
  Credential,
  InvitationInput,
  ManagedUser,
  PendingInvitation,
} from '../types.js';

const staffRoles = [
  'prescriber',
  'nurse',
  'care-coordinator',
  'therapist',
  'collaborator',
  'front-desk',
  'admin',
];
const credentials: Credential[] = ['MD', 'DO', 'NP', 'PA'];

function problemList(error: unknown): string[] {
  if (error instanceof ApiError && error.problem?.errors?.length) {
    return error.problem.errors.map((item) => item.message);
  }
  return [errorMessage(error)];
}

export function AdminUsersPage() {
  useDocumentTitle('Users');
  const session = useSession();
  if (!session.user.roles.includes('admin')) {
    return (
      <div className="page">
        <h1>Users</h1>
        <p>Only clinic administrators manage accounts. Ask your administrator for changes to your account.</p>
      </div>
    );
  }
  return <AdminUsers />;
}

function AdminUsers() {
  const [users, setUsers] = useState<ManagedUser[] | null>(null);
  const [invitations, setInvitations] = useState<PendingInvitation[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    const controller = new AbortController();
    setLoadError(null);
    Promise.all([api.listUsers(controller.signal), api.listInvitations(controller.signal)]).then(
      ([loadedUsers, loadedInvitations]) => {
        setUsers(loadedUsers);
        setInvitations(loadedInvitations);
      },
      (caught: unknown) => {
        if (!isAbortError(caught)) setLoadError(errorMessage(caught));
      },
    );
    return () => controller.abort();
  }, [attempt]);

  return (
    <div className="page admin-users">
      <div className="page-header">
        <h1>Users</h1>
      </div>
      {loadError ? (
        <ErrorPanel title="We couldn’t load the users" message={loadError} onRetry={reload} />
      ) : null}
      {users ? <UserTables users={users} onChanged={reload} /> : loadError ? null : <Loading />}
      <InviteForm prescribers={users ?? []} onInvited={reload} />
      {invitations ? <Invitations invitations={invitations} onChanged={reload} /> : null}
    </div>
  );
}

const isPortalAccount = (user: ManagedUser) =>
  user.roles.length > 0 && user.roles.every((role) => role === 'patient' || role === 'guardian');

/** Staff first; patients' and guardians' accounts folded away (there are many, and they change rarely). */
function UserTables({ users, onChanged }: { users: ManagedUser[]; onChanged: () => void }) {
  const portal = users.filter(isPortalAccount);
  return (
    <>
      <Card title="Staff">
        <UserTable
          label="Staff accounts"
          users={users.filter((user) => !isPortalAccount(user))}
          onChanged={onChanged}
        />
      </Card>
      {portal.length > 0 ? (
        <Card title="Patients and guardians">
          <details>
            <summary>Show {portal.length} patient and guardian accounts</summary>
            <UserTable label="Patient and guardian accounts" users={portal} onChanged={onChanged} />
          </details>
        </Card>
      ) : null}
    </>
  );
}

function UserTable({
  label,
  users,
  onChanged,
}: {
  label: string;
  users: ManagedUser[];
  onChanged: () => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table users-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Roles</th>
            <th scope="col">Credential</th>
            <th scope="col">Two-step</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UserRow({ user, onChanged }: { user: ManagedUser; onChanged: () => void }) {
  const session = useSession();
  const self = session.user.id === user.id;
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  useEffect(() => setRoles(user.roles), [user.roles]);

  const act = async (action: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await action();
      setMessage(done);
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const portalOnly = isPortalAccount(user);
  return (
    <>
      <tr className={user.disabled ? 'row-muted' : undefined}>
        <th scope="row">{user.displayName}</th>
        <td className="cell-wrap">{user.email}</td>
        <td>{user.roles.map(roleLabel).join(', ')}</td>
        <td>{user.credential ?? <span className="muted">—</span>}</td>
        <td>{user.mfaEnrolled ? 'On' : <span className="muted">Not set up</span>}</td>
        <td>{user.disabled ? <span className="badge badge-muted">Disabled</span> : 'Active'}</td>
        <td className="cell-nowrap">
          {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : <span className="muted">Never</span>}
        </td>
        <td>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-expanded={open}
            aria-controls={panelId}
            aria-label={`Manage ${user.displayName}`}
            onClick={() => setOpen((value) => !value)}
          >
            Manage
          </button>
        </td>
      </tr>
      {open ? (
        <tr className="row-panel">
          <td colSpan={8}>
            <section id={panelId} className="row-actions-panel" aria-label={`Manage ${user.displayName}`}>
              {error ? (
                <p id={errorId} className="form-error" role="alert">
                  {error}
                </p>
              ) : null}
              {message ? (
                <p className="form-ok" role="status">
                  {message}
                </p>
              ) : null}
              {portalOnly ? null : (
                <fieldset className="form-group">
                  <legend>Roles</legend>
                  <div className="checkbox-list">
                    {staffRoles.map((role) => (
                      <label key={role} className="checkbox">
                        <input
                          type="checkbox"
                          checked={roles.includes(role)}
                          onChange={(event) =>
                            setRoles((current) =>
                              event.target.checked ? [...current, role] : current.filter((r) => r !== role),
                            )
                          }
                        />
                        {roleLabel(role)}
                      </label>
                    ))}
                  </div>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy || roles.length === 0}
                    onClick={() => void act(() => api.updateUser(user.id, { roles }), 'Roles saved.')}
                  >
                    Save roles
                  </button>
                </fieldset>
              )}
              <div className="button-row">
                {self ? null : (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy}
                    onClick={() =>
                      void act(
                        () => api.updateUser(user.id, { disabled: !user.disabled }),
                        user.disabled ? 'Account enabled.' : 'Account disabled and signed out.',
                      )
                    }
                  >
                    {user.disabled ? 'Enable' : 'Disable'}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy}
                  onClick={() => void act(() => api.revokeUserSessions(user.id), 'Signed out everywhere.')}
                >
                  Sign out everywhere
                </button>
                {user.mfaEnrolled ? (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy}
                    onClick={() => {
                      if (
                        window.confirm(
                          `Reset two-step sign-in for ${user.displayName}? They set it up again at their next sign-in.`,
                        )
                      ) {
                        void act(() => api.resetUserMfa(user.id), 'Two-step sign-in reset.');
                      }
                    }}
                  >
                    Reset two-step sign-in
                  </button>
                ) : null}
              </div>
            </section>
          </td>
        </tr>
      ) : null}
    </>
  );
}

function InviteForm({ prescribers, onInvited }: { prescribers: ManagedUser[]; onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [credential, setCredential] = useState<Credential | ''>('');
  const [npi, setNpi] = useState('');
  const [deaNumber, setDeaNumber] = useState('');
  const [supervisingUserId, setSupervisingUserId] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  const prescriber = roles.includes('prescriber');
  const supervisors = prescribers.filter(
    (user) =>
      !user.disabled &&
      user.roles.includes('prescriber') &&
      (user.credential === 'MD' || user.credential === 'DO'),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const local: string[] = [];
    if (!email.includes('@')) local.push('Enter the email address of the person to invite.');
    if (!displayName.trim()) local.push('Enter their name as it should appear in Titrate.');
    if (roles.length === 0) local.push('Choose at least one role.');
    if (prescriber && !credential) local.push('Choose the prescriber’s credential.');
    if (prescriber && credential === 'PA' && !supervisingUserId)
      local.push('Choose the supervising psychiatrist for a physician assistant.');
    setProblems(local);
    if (local.length > 0) return;
    const input: InvitationInput = { email: email.trim(), displayName: displayName.trim(), roles };
    if (prescriber && credential) {
      input.credential = credential;
      if (npi.trim()) input.npi = npi.trim();
      if (deaNumber.trim()) input.deaNumber = deaNumber.trim().toUpperCase();
      if (credential === 'PA' && supervisingUserId) input.supervisingUserId = supervisingUserId;
    }
    setBusy(true);
    setCreated(null);
    try {
      setCreated(await api.createInvitation(input));
      setEmail('');
      setDisplayName('');
      setRoles([]);
      setCredential('');
      setNpi('');
      setDeaNumber('');
      setSupervisingUserId('');
      onInvited();
    } catch (caught) {
      setProblems(problemList(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Invite someone">
      {created ? <InvitationLink created={created} /> : null}
      <form className="form invite-form" onSubmit={submit} noValidate>
        {problems.length > 0 ? (
          <div id={errorId} className="form-error" role="alert">
            {problems.length === 1 ? (
              <p>{problems[0]}</p>
            ) : (
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
        <div className="form-grid">
          <div className="field">
            <label htmlFor="invite-email">Email</label>
            <input
              id="invite-email"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="invite-name">Name</label>
            <input
              id="invite-name"
              type="text"
              autoComplete="off"
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
            />
          </div>
        </div>
        <fieldset className="form-group">
          <legend>Roles</legend>
          <div className="checkbox-list">
            {staffRoles.map((role) => (
              <label key={role} className="checkbox">
                <input
                  type="checkbox"
                  name="roles"
                  value={role}
                  checked={roles.includes(role)}
                  onChange={(event) =>
                    setRoles((current) =>
                      event.target.checked ? [...current, role] : current.filter((r) => r !== role),
                    )
                  }
                />
                {roleLabel(role)}
              </label>
            ))}
          </div>
        </fieldset>
        {prescriber ? (
          <fieldset className="form-group">
            <legend>Prescriber details</legend>
            <div className="form-grid">
              <div className="field">
                <label htmlFor="invite-credential">Credential</label>
                <select
                  id="invite-credential"
                  value={credential}
                  onChange={(event) => setCredential(event.target.value as Credential | '')}
                >
                  <option value="">Choose…</option>
                  {credentials.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="invite-npi">
                  NPI <span className="optional">(10 digits)</span>
                </label>
                <input
                  id="invite-npi"
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={10}
                  value={npi}
                  onChange={(event) => setNpi(event.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor="invite-dea">
                  DEA number <span className="optional">(optional)</span>
                </label>
                <input
                  id="invite-dea"
                  type="text"
                  autoComplete="off"
                  autoCapitalize="characters"
                  maxLength={9}
                  value={deaNumber}
                  onChange={(event) => setDeaNumber(event.target.value)}
                />
              </div>
              {credential === 'PA' ? (
                <div className="field">
                  <label htmlFor="invite-supervisor">Supervising psychiatrist</label>
                  <select
                    id="invite-supervisor"
                    value={supervisingUserId}
                    onChange={(event) => setSupervisingUserId(event.target.value)}
                  >
                    <option value="">Choose…</option>
                    {supervisors.map((user) => (
                      <option key={user.id} value={user.id}>
                        {user.displayName}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </div>
          </fieldset>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Inviting…' : 'Send invitation'}
          </button>
        </div>
      </form>
    </Card>
  );
}

/** The link is shown once: email may not be configured, so the admin can pass it on another way. */
function InvitationLink({ created }: { created: CreatedInvitation }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice notice-success" role="status">
      <p className="notice-title">Invitation created for {created.invitation.email}</p>
      <p>
        If email is set up, the link is on its way. It is shown here only once, so you can also pass it on
        yourself. It works once and expires {formatDateTime(created.invitation.expiresAt)}.
      </p>
      <div className="secret-row">
        <label htmlFor="invitation-link" className="visually-hidden">
          Invitation link
        </label>
        <input id="invitation-link" className="mono link-box" type="text" readOnly value={created.link} />
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            navigator.clipboard?.writeText(created.link).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          Copy link
        </button>
        <span className="copy-status">{copied ? 'Copied.' : ''}</span>
      </div>
    </div>
  );
}

function Invitations({
  invitations,
  onChanged,
}: {
  invitations: PendingInvitation[];
  onChanged: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const errorId = useId();
  return (
    <Card title="Pending invitations">
      <FormError id={errorId} message={error} />
      {invitations.length === 0 ? (
        <p className="muted">No invitations are waiting to be accepted.</p>
      ) : (
        <table className="data-table" aria-label="Pending invitations">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Roles</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row" className="cell-wrap">
                  {invitation.email}
                </th>
                <td>{invitation.roles ? invitation.roles.map(roleLabel).join(', ') : ''}</td>
                <td>{formatDateTime(invitation.expiresAt)}</td>
                <td>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={`Revoke the invitation for ${invitation.email}`}
                    disabled={busyId === invitation.id}
                    onClick={async () => {
                      setBusyId(invitation.id);
                      setError(null);
                      try {
                        await api.revokeInvitation(invitation.id);
                        onChanged();
                      } catch (caught) {
                        setError(errorMessage(caught));
                      } finally {
                        setBusyId(null);
                      }
                    }}
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
