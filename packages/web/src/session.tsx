// The signed-in session, kept in memory only (never in web storage). The session cookie itself is
// httpOnly; the browser sends it, the app never sees it.

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from './api.js';
import { isClinical } from './care.js';
import { IdleTimeoutDialog } from './components/IdleTimeoutDialog.js';
import type { Session } from './types.js';

export type SignedOutReason = 'expired' | 'signed-out' | 'idle' | null;

export type SessionState =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string }
  | { status: 'signed-out'; reason: SignedOutReason; idleMinutes?: number }
  | { status: 'signed-in'; session: Session };

interface SessionContextValue {
  state: SessionState;
  signIn(session: Session): void;
  /** Asks the server for the current session (after a sign-in step that answered without one). */
  refresh(): Promise<Session | null>;
  signOut(): Promise<void>;
  /** Marks the session as ended by the server (expired or revoked). */
  expire(): void;
  retry(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

const patientRoles = new Set(['patient', 'guardian']);

/** Patients and guardians use the portal; everyone else the clinician area. */
export function isPortalUser(session: Session): boolean {
  const roles = session.user.roles;
  return roles.length > 0 && roles.every((role) => patientRoles.has(role));
}

/** Prescribers, nurses and coordinators start on their caseload (issue #5); other staff on the patient list. */
export function homePathFor(session: Session): string {
  if (isPortalUser(session)) return '/portal';
  return isClinical(session.user.roles) ? '/caseload' : '/';
}

/** setTimeout's delay is a signed 32-bit number of milliseconds. */
const maxTimerDelay = 2_147_483_647;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setState((current) =>
      current.status === 'signed-in' ? { status: 'signed-out', reason: 'expired' } : current,
    );
  }, []);

  const signIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // The server may already consider the session over; signing out locally is what matters here.
    }
    setCsrfToken(null);
    setState({ status: 'signed-out', reason: 'signed-out' });
  }, []);

  const refresh = useCallback(async () => {
    const session = await api.getSession();
    if (session) signIn(session);
    return session;
  }, [signIn]);

  // The idle limit was reached: clear the screen now, and end the session on the server too (the
  // request is sent, with its security token, before the token is forgotten).
  const signOutIdle = useCallback((idleSeconds: number) => {
    api.logout().catch(() => {
      // Already ended on the server.
    });
    setCsrfToken(null);
    setState({
      status: 'signed-out',
      reason: 'idle',
      idleMinutes: Math.max(1, Math.round(idleSeconds / 60)),
    });
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    setUnauthorizedHandler(expire);
    return () => setUnauthorizedHandler(null);
  }, [expire]);

  // On start (and on retry), ask the server whether the browser already has a session.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    api.getSession(controller.signal).then(
      (session) => {
        if (session) {
          setCsrfToken(session.csrfToken);
          setState({ status: 'signed-in', session });
        } else {
          setState({ status: 'signed-out', reason: null });
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'unavailable',
          message:
            error instanceof ApiError
              ? error.message
              : 'We couldn’t reach Titrate. Check your connection and try again.',
        });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // When the session reaches its expiry time, ask the server again: it may have been extended.
  const expiresAt = state.status === 'signed-in' ? state.session.expiresAt : null;
  useEffect(() => {
    if (expiresAt === null) return;
    const due = new Date(expiresAt).getTime();
    if (Number.isNaN(due)) return;
    const delay = Math.min(Math.max(due - Date.now() + 1000, 0), maxTimerDelay);
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api.getSession(controller.signal).then(
        (session) => {
          if (session) signIn(session);
          else expire();
        },
        () => {
          // Network trouble: leave the session as it is; the next request will tell.
        },
      );
    }, delay);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [expiresAt, expire, signIn]);

  // The server ends a session after a period without requests; warn before that and clear the screen at
  // the limit (see IdleTimeoutDialog).
  const idleSeconds = state.status === 'signed-in' ? (state.session.idleTimeoutSeconds ?? null) : null;

  const value = useMemo(
    () => ({ state, signIn, refresh, signOut, expire, retry }),
    [state, signIn, refresh, signOut, expire, retry],
  );
  return (
    <SessionContext.Provider value={value}>
      {children}
      {idleSeconds !== null && idleSeconds > 0 ? (
        <IdleTimeoutDialog
          idleSeconds={idleSeconds}
          onStay={async () => {
            if (!(await refresh())) expire();
          }}
          onSignOut={signOut}
          onTimeout={() => signOutIdle(idleSeconds)}
        />
      ) : null}
    </SessionContext.Provider>
  );
}

export function useSessionContext(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSessionContext must be used inside <SessionProvider>');
  return context;
}

/** The current session; only for components rendered behind a signed-in route guard. */
export function useSession(): Session {
  const { state } = useSessionContext();
  if (state.status !== 'signed-in') throw new Error('useSession needs a signed-in session');
  return state.session;
}
