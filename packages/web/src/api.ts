// A small typed client for the Titrate API.
//
// - Requests go to the same origin with the httpOnly session cookie (`credentials: 'same-origin'`).
// - Every non-GET request carries the session's CSRF token in `X-CSRF-Token`.
// - Errors arrive as RFC 9457 problem+json; they surface as `ApiError` whose message is the problem's
//   `detail` (written for people), or a plain-language fallback.
// - A 401 on an ordinary request means the session has ended: the registered handler sends the user to
//   sign-in. Sign-in, MFA and the session probe treat 401 as an answer instead.
// - Responses are fetched with `cache: 'no-store'` so health information never lands in the HTTP cache.

import type {
  CareTeamMember,
  CreatedInvitation,
  FieldError,
  InvitationDetails,
  InvitationInput,
  LoginResult,
  ManagedUser,
  Me,
  MfaEnrolment,
  MfaEnrolmentConfirmed,
  Page,
  Patient,
  PatientInput,
  PatientSummary,
  PendingInvitation,
  Problem,
  Session,
  UserChanges,
} from './types.js';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, message: string, problem: Problem | null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Sets the token sent in `X-CSRF-Token` on non-GET requests (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let lastActivityAt = Date.now();
const activityListeners = new Set<(at: number) => void>();

/**
 * Time (ms since epoch) of the last request the server answered without 401. The server's idle time-out
 * counts from requests, not from clicks, so this is what the idle warning measures from.
 */
export function lastServerActivity(): number {
  return lastActivityAt;
}

/** Calls `listener` after each request the server accepted; returns the unsubscribe function. */
export function onServerActivity(listener: (at: number) => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

function noteActivity(): void {
  lastActivityAt = Date.now();
  for (const listener of activityListeners) listener(lastActivityAt);
}

/** Called when a request is refused with 401, i.e. the session has expired or was revoked. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Plain-language message for an error, for showing to the user. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** A 401 is an expected answer here (wrong password, no session yet), not an expired session. */
  allow401?: boolean;
}

const fallbackMessages: Record<number, string> = {
  0: 'We couldn’t reach Titrate. Check your connection and try again.',
  400: 'Some of the information isn’t quite right. Please check it and try again.',
  401: 'Your session has ended. Please sign in again.',
  403: 'You don’t have permission to do that.',
  404: 'We couldn’t find what you were looking for.',
  409: 'This record was changed by someone else. Reload it to see the latest version.',
  412: 'This record was changed by someone else. Reload it to see the latest version.',
  428: 'This change needs the version of the record you edited. Reload it and try again.',
  413: 'That is more information than we can accept at once.',
  429: 'Too many attempts in a short time. Please wait a minute and try again.',
};

function fallbackMessage(status: number): string {
  return (
    fallbackMessages[status] ??
    (status >= 500
      ? 'Something went wrong on our side. Please try again in a moment.'
      : 'Something went wrong. Please try again.')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readProblem(response: Response): Promise<Problem | null> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return null;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return null;
  }
  if (!isRecord(body)) return null;
  const problem: Problem = {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: typeof body.title === 'string' ? body.title : '',
    status: typeof body.status === 'number' ? body.status : response.status,
  };
  if (typeof body.detail === 'string' && body.detail.trim() !== '') problem.detail = body.detail;
  if (Array.isArray(body.errors)) {
    const errors: FieldError[] = [];
    for (const item of body.errors) {
      if (isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string') {
        errors.push({ field: item.field, message: item.message });
      }
    }
    if (errors.length > 0) problem.errors = errors;
  }
  return problem;
}

async function send(method: Method, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && csrfToken !== null) headers.set('X-CSRF-Token', csrfToken);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(0, fallbackMessage(0), null);
  }

  if (response.status !== 401) noteActivity();
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !options.allow401) unauthorizedHandler?.();
    const message = problem?.detail ?? fallbackMessage(response.status);
    throw new ApiError(response.status, message, problem);
  }
  return response;
}

async function json<T>(response: Response): Promise<T> {
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'We received an answer we couldn’t read. Please try again.', null);
  }
}

async function request<T>(method: Method, path: string, options?: RequestOptions): Promise<T> {
  return json<T>(await send(method, path, options));
}

/** The weak ETag the server sends with a patient, or one built from its version. */
function patientEtag(response: Response, patient: Patient): string {
  return response.headers.get('etag') ?? `W/"${patient.version}"`;
}

export interface PatientWithEtag {
  patient: Patient;
  etag: string;
}

export interface PatientSearch {
  q?: string;
  cursor?: string | null;
  limit?: number;
}

export const api = {
  login(email: string, password: string): Promise<LoginResult> {
    return request<LoginResult>('POST', '/api/v1/auth/login', { body: { email, password }, allow401: true });
  },

  submitMfaCode(code: string): Promise<LoginResult> {
    return request<LoginResult>('POST', '/api/v1/auth/mfa', { body: { code }, allow401: true });
  },

  /** Starts (or restarts) an authenticator enrolment: pending sign-in, or a signed-in user without MFA. */
  startMfaEnrolment(): Promise<MfaEnrolment> {
    return request<MfaEnrolment>('POST', '/api/v1/auth/mfa/enrolment', { allow401: true });
  },

  confirmMfaEnrolment(code: string): Promise<MfaEnrolmentConfirmed> {
    return request<MfaEnrolmentConfirmed>('POST', '/api/v1/auth/mfa/enrolment/confirm', {
      body: { code },
      allow401: true,
    });
  },

  /** Turns MFA off (patients only; staff are refused by the server). */
  async disableMfa(code: string): Promise<void> {
    await send('DELETE', '/api/v1/auth/mfa', { body: { code } });
  },

  inspectInvitation(token: string): Promise<InvitationDetails> {
    return request<InvitationDetails>('POST', '/api/v1/invitations/inspect', {
      body: { token },
      allow401: true,
    });
  },

  acceptInvitation(token: string, password: string): Promise<LoginResult> {
    return request<LoginResult>('POST', '/api/v1/invitations/accept', {
      body: { token, password },
      allow401: true,
    });
  },

  async requestPasswordReset(email: string): Promise<void> {
    await send('POST', '/api/v1/auth/password-reset', { body: { email }, allow401: true });
  },

  async completePasswordReset(token: string, newPassword: string): Promise<void> {
    await send('POST', '/api/v1/auth/password-reset/complete', {
      body: { token, newPassword },
      allow401: true,
    });
  },

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    // 401 here means a wrong current password, not an ended session.
    await send('POST', '/api/v1/auth/password', { body: { currentPassword, newPassword }, allow401: true });
  },

  async logoutEverywhere(): Promise<void> {
    await send('POST', '/api/v1/auth/logout-everywhere', { allow401: true });
  },

  async listUsers(signal?: AbortSignal): Promise<ManagedUser[]> {
    const page = await request<{ items: ManagedUser[] } | ManagedUser[]>('GET', '/api/v1/users', { signal });
    return Array.isArray(page) ? page : page.items;
  },

  updateUser(userId: string, changes: UserChanges): Promise<ManagedUser> {
    return request<ManagedUser>('PATCH', `/api/v1/users/${encodeURIComponent(userId)}`, { body: changes });
  },

  async revokeUserSessions(userId: string): Promise<void> {
    await send('POST', `/api/v1/users/${encodeURIComponent(userId)}/sessions/revoke`);
  },

  async resetUserMfa(userId: string): Promise<void> {
    await send('POST', `/api/v1/users/${encodeURIComponent(userId)}/mfa/reset`);
  },

  async listInvitations(signal?: AbortSignal): Promise<PendingInvitation[]> {
    const page = await request<{ items: PendingInvitation[] } | PendingInvitation[]>(
      'GET',
      '/api/v1/users/invitations',
      { signal },
    );
    return Array.isArray(page) ? page : page.items;
  },

  createInvitation(input: InvitationInput): Promise<CreatedInvitation> {
    return request<CreatedInvitation>('POST', '/api/v1/users/invitations', { body: input });
  },

  async revokeInvitation(invitationId: string): Promise<void> {
    await send('DELETE', `/api/v1/users/invitations/${encodeURIComponent(invitationId)}`);
  },

  /** The current session, or null when there is none. */
  async getSession(signal?: AbortSignal): Promise<Session | null> {
    try {
      return await request<Session>('GET', '/api/v1/auth/session', { signal, allow401: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },

  async logout(): Promise<void> {
    await send('POST', '/api/v1/auth/logout', { allow401: true });
  },

  searchPatients(search: PatientSearch, signal?: AbortSignal): Promise<Page<PatientSummary>> {
    const params = new URLSearchParams();
    if (search.q) params.set('q', search.q);
    if (search.cursor) params.set('cursor', search.cursor);
    if (search.limit !== undefined) params.set('limit', String(search.limit));
    const query = params.toString();
    return request<Page<PatientSummary>>('GET', `/api/v1/patients${query ? `?${query}` : ''}`, { signal });
  },

  async getPatient(id: string, signal?: AbortSignal): Promise<PatientWithEtag> {
    const response = await send('GET', `/api/v1/patients/${encodeURIComponent(id)}`, { signal });
    const patient = await json<Patient>(response);
    return { patient, etag: patientEtag(response, patient) };
  },

  /** Saves changed fields; fails with status 409 (or 412) when `etag` is no longer the current version. */
  async updatePatient(id: string, etag: string, changes: Partial<PatientInput>): Promise<PatientWithEtag> {
    const response = await send('PATCH', `/api/v1/patients/${encodeURIComponent(id)}`, {
      body: changes,
      headers: { 'If-Match': etag },
    });
    const patient = await json<Patient>(response);
    return { patient, etag: patientEtag(response, patient) };
  },

  createPatient(input: PatientInput): Promise<Patient> {
    return request<Patient>('POST', '/api/v1/patients', { body: input });
  },

  async getCareTeam(patientId: string, signal?: AbortSignal): Promise<CareTeamMember[]> {
    const page = await request<{ items: CareTeamMember[] }>(
      'GET',
      `/api/v1/patients/${encodeURIComponent(patientId)}/care-team`,
      { signal },
    );
    return page.items;
  },

  /** The signed-in patient's own record and care team (patient accounts only). */
  getMe(signal?: AbortSignal): Promise<Me> {
    return request<Me>('GET', '/api/v1/me', { signal });
  },
};

/** For feature modules that keep their own typed calls (consent, emergency access): same CSRF, errors and 401 handling. */
export function apiRequest<T>(method: Method, path: string, options?: RequestOptions): Promise<T> {
  return request<T>(method, path, options);
}

export async function apiSend(method: Method, path: string, options?: RequestOptions): Promise<void> {
  await send(method, path, options);
}
