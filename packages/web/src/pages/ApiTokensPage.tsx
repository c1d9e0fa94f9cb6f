// Settings → API tokens: personal access tokens for scripts and integrations. A new token is shown
// once, with a copy button; the list shows only names, prefixes, scopes and dates, never tokens.

import { type FormEvent, useCallback, useId, useState } from 'react';
import { Link } from 'react-router';
import { apiRequest, apiSend, errorMessage } from '../api.js';
import {
  AsyncView,
  Card,
  ErrorPanel,
  FormError,
  Notice,
  useBusyAction,
  useDocumentTitle,
} from '../components/ui.js';
import { formatDateTime } from '../format.js';
import { useSession } from '../session.js';
import { useAsync } from '../useAsync.js';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: ('read' | 'write')[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: 'active' | 'expired' | 'revoked';
  user: { id: string; displayName: string };
}

interface CreatedToken extends ApiToken {
  token: string;
}

const EXPIRY_CHOICES = [
  { days: 1, label: '1 day' },
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
];

const statusLabel: Record<ApiToken['status'], string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
};

export function ApiTokensPage() {
  useDocumentTitle('API tokens');
  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest<{ items: ApiToken[] }>('GET', '/api/v1/tokens', { signal }).then((page) => page.items),
    [],
  );
  const tokens = useAsync(load);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const isAdmin = useSession().user.roles.includes('admin');

  return (
    <div className="page page-narrow api-tokens-page">
      <p className="muted">
        <Link to="/settings">Settings</Link> › API tokens
      </p>
      <h1>API tokens</h1>
      <p className="lead">
        A token lets a script or integration use the Titrate API as you, with your access, by sending{' '}
        <code>Authorization: Bearer …</code>. Treat it like a password. Tokens cannot sign in to the web app
        or manage users or tokens.
      </p>
      {created ? <NewTokenReveal token={created} onDone={() => setCreated(null)} /> : null}
      <CreateTokenForm
        onCreated={(token) => {
          setCreated(token);
          tokens.reload();
        }}
      />
      <Card title="Your tokens">
        <AsyncView state={tokens.state} reload={tokens.reload}>
          {(data) => <TokenTable tokens={data} onRevoked={tokens.reload} showOwner={false} />}
        </AsyncView>
      </Card>
      {isAdmin ? <OrganizationTokens /> : null}
    </div>
  );
}

/** Administrators: every token in the organization, to find and revoke a leaked or forgotten one. */
function OrganizationTokens() {
  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest<{ items: ApiToken[] }>('GET', '/api/v1/admin/tokens', { signal }).then((page) => page.items),
    [],
  );
  const tokens = useAsync(load);
  return (
    <Card title="Everyone’s tokens">
      <AsyncView state={tokens.state} reload={tokens.reload}>
        {(data) => <TokenTable tokens={data} onRevoked={tokens.reload} showOwner />}
      </AsyncView>
    </Card>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const [name, setName] = useState('');
  const [write, setWrite] = useState(false);
  const [days, setDays] = useState(30);
  const { busy, error, setError, run } = useBusyAction();
  const errorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setError('Give the token a name, such as the script that will use it.');
      return;
    }
    setError(null);
    await run(async () => {
      const token = await apiRequest<CreatedToken>('POST', '/api/v1/tokens', {
        body: { name: name.trim(), scopes: write ? ['read', 'write'] : ['read'], expiresInDays: days },
      });
      setName('');
      setWrite(false);
      onCreated(token);
    });
  };

  return (
    <Card title="Create a token">
      <form className="form" onSubmit={submit} noValidate>
        <FormError id={errorId} message={error} />
        <div className="field">
          <label htmlFor="token-name">Name</label>
          <input
            id="token-name"
            name="token-name"
            maxLength={100}
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <fieldset className="form-group">
          <legend>Access</legend>
          <label className="checkbox">
            <input type="radio" name="token-scope" checked={!write} onChange={() => setWrite(false)} />
            Read only
          </label>
          <label className="checkbox">
            <input type="radio" name="token-scope" checked={write} onChange={() => setWrite(true)} />
            Read and write (can change records)
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="token-expiry">Expires after</label>
          <select id="token-expiry" value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {EXPIRY_CHOICES.map((choice) => (
              <option key={choice.days} value={choice.days}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create token'}
          </button>
        </div>
      </form>
    </Card>
  );
}

function NewTokenReveal({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Card title="Your new token" className="token-reveal">
      <Notice tone="warning">
        Copy this token now. It is shown only once; if you lose it, revoke it and create another.
      </Notice>
      <label htmlFor="new-token" className="visually-hidden">
        New API token
      </label>
      <input
        id="new-token"
        className="token-value"
        readOnly
        value={token.token}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="muted">
        “{token.name}” · {token.scopes.includes('write') ? 'read and write' : 'read only'} · expires{' '}
        {formatDateTime(token.expiresAt)}
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void copy()}>
          Copy token
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          Done
        </button>
      </div>
      <p role="status" className="form-ok">
        {copied === 'yes'
          ? 'Copied.'
          : copied === 'failed'
            ? 'Copy failed: select the token and copy it.'
            : ''}
      </p>
    </Card>
  );
}

/** Tokens as a table with revoke buttons (also used by administrators for everyone's tokens). */
export function TokenTable({
  tokens,
  onRevoked,
  showOwner,
}: {
  tokens: ApiToken[];
  onRevoked: () => void;
  showOwner: boolean;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  if (tokens.length === 0) return <p className="muted">No API tokens yet.</p>;
  const revoke = async (token: ApiToken) => {
    if (!window.confirm(`Revoke the token “${token.name}”? Anything using it will stop working at once.`))
      return;
    setBusyId(token.id);
    setError(null);
    try {
      await apiSend('DELETE', `/api/v1/tokens/${encodeURIComponent(token.id)}`);
      onRevoked();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusyId(null);
    }
  };
  return (
    <>
      {error ? <ErrorPanel message={error} /> : null}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              {showOwner ? <th scope="col">User</th> : null}
              <th scope="col">Token</th>
              <th scope="col">Access</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className={token.status === 'active' ? undefined : 'row-muted'}>
                <th scope="row" className="cell-wrap">
                  {token.name}
                </th>
                {showOwner ? <td>{token.user.displayName}</td> : null}
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{token.scopes.includes('write') ? 'Read and write' : 'Read only'}</td>
                <td>{formatDateTime(token.expiresAt)}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</td>
                <td>{statusLabel[token.status]}</td>
                <td>
                  {token.status === 'active' ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={busyId === token.id}
                      onClick={() => void revoke(token)}
                      aria-label={`Revoke ${token.name}`}
                    >
                      {busyId === token.id ? 'Revoking…' : 'Revoke'}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
