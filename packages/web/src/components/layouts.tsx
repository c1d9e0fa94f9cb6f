import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { isClinical } from '../care.js';
import { nameWithCredential } from '../format.js';
import type { PatientSearchContext } from '../pages/PatientListPage.js';
import { isPortalUser, useSession, useSessionContext } from '../session.js';
import { ErrorPanel, Loading } from './ui.js';

/** Where a signed-out visitor was headed, so sign-in can take them back there. */
export interface SignInLocationState {
  from?: string;
}

/** Native in-page link: the browser moves focus to <main tabindex="-1">. */
function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to main content
    </a>
  );
}

function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" />
      <path d="M9 22c3-8 5-12 7-12s4 4 7 12" />
    </svg>
  );
}

/** Moves keyboard and screen-reader focus to the main region after client-side navigation. */
function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);
  return mainRef;
}

function SignOutButton() {
  const { signOut } = useSessionContext();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button-quiet"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut();
      }}
    >
      {busy ? 'Signing out…' : 'Sign out'}
    </button>
  );
}

/** A page with only a main region, for states before the app's chrome can be shown. */
export function BarePage({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="bare-header">
        <span className="brand">
          <BrandMark />
          Titrate
        </span>
      </header>
      <main id="main" tabIndex={-1} className="bare-main">
        {children}
      </main>
    </>
  );
}

/** Guards an area of the app: signed-out visitors go to sign-in, and each role to its own area. */
export function RequireSession({ area }: { area: 'staff' | 'portal' | 'any' }) {
  const { state, retry } = useSessionContext();
  const location = useLocation();

  if (state.status === 'loading') {
    return (
      <BarePage>
        <Loading />
      </BarePage>
    );
  }
  if (state.status === 'unavailable') {
    return (
      <BarePage>
        <h1>Titrate is not available right now</h1>
        <ErrorPanel title="We couldn’t connect" message={state.message} onRetry={retry} />
      </BarePage>
    );
  }
  if (state.status === 'signed-out') {
    const signInState: SignInLocationState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/signin" replace state={signInState} />;
  }
  const portal = isPortalUser(state.session);
  // Pages for everyone signed in (settings) appear in the user's own area.
  if (area === 'any') return portal ? <PortalLayout /> : <StaffLayout />;
  if (area === 'staff' && portal) return <Navigate to="/portal" replace />;
  if (area === 'portal' && !portal) return <Navigate to="/" replace />;
  return area === 'staff' ? <StaffLayout /> : <PortalLayout />;
}

function StaffLayout() {
  const session = useSession();
  const mainRef = useFocusMainOnNavigate();
  const [patientQuery, setPatientQuery] = useState('');
  const searchContext: PatientSearchContext = { patientQuery, setPatientQuery };
  return (
    <div className="app app-staff">
      <SkipLink />
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            <BrandMark />
            Titrate
          </Link>
          <span className="org-name">{session.organization.name}</span>
          <nav aria-label="Main" className="main-nav">
            <ul>
              {isClinical(session.user.roles) ? (
                <li>
                  <NavLink to="/caseload">Caseload</NavLink>
                </li>
              ) : null}
              {session.user.roles.includes('prescriber') ? (
                <li>
                  <NavLink to="/cosign">Co-signature</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/" end>
                  Patients
                </NavLink>
              </li>
              {session.user.roles.includes('admin') ? (
                <li>
                  <NavLink to="/admin/users">Users</NavLink>
                </li>
              ) : null}
              {session.user.roles.includes('admin') ? (
                <li>
                  <NavLink to="/admin/emergency-access">Emergency access</NavLink>
                </li>
              ) : null}
              {session.user.roles.includes('admin') ? (
                <li>
                  <NavLink to="/admin/audit">Audit</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="account">
            <span className="account-name">
              {nameWithCredential(session.user.displayName, session.user.credential)}
            </span>
            <Link to="/settings" className="button button-quiet">
              Settings
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet context={searchContext} />
      </main>
    </div>
  );
}

/**
 * Portal sections. Each entry is a page that exists; later features (medications, check-ins,
 * appointments, messages) are added here as their API arrives.
 */
const portalSections: {
  to: string;
  label: string;
  end?: boolean;
  guardians: boolean;
  /** Shown only to guardians (a patient has no teen's schedule to see). */
  guardiansOnly?: boolean;
}[] = [
  { to: '/portal', label: 'Today', end: true, guardians: true },
  { to: '/portal/family', label: 'Your teen’s schedule', guardians: true, guardiansOnly: true },
  { to: '/portal/medications', label: 'My medications', guardians: false },
  { to: '/portal/messages', label: 'Messages', guardians: false },
  { to: '/portal/appointments', label: 'Appointments', guardians: false },
  { to: '/portal/refills', label: 'Refills', guardians: false },
  { to: '/portal/progress', label: 'My progress', guardians: false },
  { to: '/portal/dose-log', label: 'Dose log', guardians: false },
  { to: '/portal/routine', label: 'My routine', guardians: false },
  { to: '/portal/details', label: 'My details', guardians: false },
  { to: '/portal/sharing', label: 'Who can see my record', guardians: false },
  { to: '/portal/access-log', label: 'Who has seen my record', guardians: false },
];

function PortalLayout() {
  const session = useSession();
  const guardianOnly = session.user.roles.includes('guardian') && !session.user.roles.includes('patient');
  const mainRef = useFocusMainOnNavigate();
  return (
    <div className="app app-portal">
      <SkipLink />
      <header className="app-header portal-header">
        <div className="app-header-inner">
          <Link to="/portal" className="brand">
            <BrandMark />
            Titrate
          </Link>
          <span className="org-name">{session.organization.name}</span>
          <div className="account">
            <Link to="/settings" className="button button-quiet">
              Settings
            </Link>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Portal" className="portal-nav">
          <ul>
            {portalSections
              .filter((section) => section.guardians || !guardianOnly)
              .filter((section) => !section.guardiansOnly || session.user.roles.includes('guardian'))
              .map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to} end={section.end ?? false}>
                    {section.label}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main portal-main">
        <Outlet />
      </main>
      {/* Where to turn in a crisis, reachable from every portal page. */}
      <footer className="portal-footer">
        <p>
          In crisis? Call or text <a href="tel:988">988</a>. Emergency: <a href="tel:911">911</a>.
        </p>
      </footer>
    </div>
  );
}
