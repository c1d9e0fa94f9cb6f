import { useCallback } from 'react';
import { Link } from 'react-router';
import { api } from '../api.js';
import { CareTeamList } from '../components/CareTeamList.js';
import { Card, ErrorPanel, Facts, Loading, useDocumentTitle } from '../components/ui.js';
import {
  addressLines,
  callName,
  formatDate,
  fullName,
  languageName,
  telHref,
  timeZoneName,
} from '../format.js';
import { useSession } from '../session.js';
import type { Patient, Session } from '../types.js';
import { useAsync } from '../useAsync.js';
import { CheckInsDue, TodayDoses } from './portal-care.js';
import { DailyCheckInCard } from './portal-more.js';

/** Guardians have no record of their own; their view is built from the adolescent's as the API grows. */
export function isGuardianOnly(session: Session): boolean {
  return session.user.roles.includes('guardian') && !session.user.roles.includes('patient');
}

function greetingFor(hour: number): string {
  if (hour < 5) return 'Hello';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

function useMe() {
  const load = useCallback((signal: AbortSignal) => api.getMe(signal), []);
  return useAsync(load);
}

/** Always shown in the portal: where to turn in a crisis. */
function CrisisNote() {
  return (
    <section className="crisis" aria-labelledby="crisis-title">
      <h2 id="crisis-title" className="crisis-title">
        Need help now?
      </h2>
      <p>
        If you are thinking about harming yourself or feel unsafe, call or text <a href="tel:988">988</a>{' '}
        (Suicide &amp; Crisis Lifeline) any time, day or night. In an emergency, call{' '}
        <a href="tel:911">911</a>.
      </p>
    </section>
  );
}

export function PortalToday() {
  useDocumentTitle('Today');
  const session = useSession();
  if (isGuardianOnly(session)) return <GuardianToday session={session} />;
  return <PatientToday session={session} />;
}

function GuardianToday({ session }: { session: Session }) {
  return (
    <div className="page portal-page">
      <h1 className="greeting">
        {greetingFor(new Date().getHours())}, {session.user.displayName}
      </h1>
      <p className="lead">You are signed in as a guardian at {session.organization.name}.</p>
      <p>
        <Link to="/portal/family">
          See your teen’s upcoming visits and, if they share them, medicine reminders
        </Link>
      </p>
      <CrisisNote />
    </div>
  );
}

function PatientToday({ session }: { session: Session }) {
  const me = useMe();
  if (me.state.status === 'loading') return <Loading />;
  if (me.state.status === 'error') {
    return (
      <div className="page portal-page">
        <h1 className="greeting">Welcome</h1>
        <ErrorPanel
          title="We couldn’t load your information"
          message={me.state.message}
          onRetry={me.reload}
        />
        <CrisisNote />
      </div>
    );
  }

  const { patient, careTeam } = me.state.data;
  return (
    <div className="page portal-page">
      <h1 className="greeting">
        {greetingFor(new Date().getHours())}, {callName(patient)}
      </h1>
      <p className="lead">Welcome to your space at {session.organization.name}.</p>

      <div className="portal-cards">
        <TodayDoses />
        <DailyCheckInCard />
        <CheckInsDue />
        <Card title="Your care team">
          <p className="card-intro">The people at your clinic who look after you.</p>
          <CareTeamList
            state={{ status: 'ready', data: careTeam }}
            onRetry={me.reload}
            emptyText="No one is assigned yet. Your clinic will add your care team."
          />
        </Card>

        <Card title="Your details">
          <Facts
            emptyText="Not on file"
            items={[
              { label: 'Name', value: fullName(patient) },
              { label: 'Phone', value: patient.phone },
              { label: 'Pharmacy', value: patient.preferredPharmacy?.name ?? null },
            ]}
          />
          <p>
            <Link to="/portal/details">See all your details</Link>
          </p>
        </Card>
      </div>

      <CrisisNote />
    </div>
  );
}

export function PortalDetails() {
  useDocumentTitle('My details');
  const me = useMe();
  if (me.state.status === 'loading') return <Loading />;
  if (me.state.status === 'error') {
    return (
      <div className="page portal-page">
        <h1>My details</h1>
        <ErrorPanel title="We couldn’t load your details" message={me.state.message} onRetry={me.reload} />
      </div>
    );
  }
  return (
    <div className="page portal-page">
      <h1>My details</h1>
      <p className="lead">
        This is what your clinic has on file. If something is wrong or has changed, please tell your clinic.
      </p>
      <PatientDetails patient={me.state.data.patient} />
      <CrisisNote />
    </div>
  );
}

function PhoneLink({ value }: { value: string | null | undefined }) {
  return value ? <a href={telHref(value)}>{value}</a> : null;
}

function PatientDetails({ patient }: { patient: Patient }) {
  const contact = patient.emergencyContact;
  const pharmacy = patient.preferredPharmacy;
  const insurance = patient.insurance;
  return (
    <div className="portal-cards">
      <Card title="About you">
        <Facts
          emptyText="Not on file"
          items={[
            { label: 'Name', value: fullName(patient) },
            { label: 'Preferred name', value: patient.preferredName },
            { label: 'Pronouns', value: patient.pronouns },
            { label: 'Date of birth', value: formatDate(patient.dateOfBirth) },
            { label: 'Preferred language', value: languageName(patient.preferredLanguage) },
          ]}
        />
      </Card>
      <Card title="How we reach you">
        <Facts
          emptyText="Not on file"
          items={[
            { label: 'Phone', value: <PhoneLink value={patient.phone} /> },
            { label: 'Email', value: patient.email },
            {
              label: 'Address',
              value: patient.address
                ? addressLines(patient.address).map((line) => (
                    <span className="line" key={line}>
                      {line}
                    </span>
                  ))
                : null,
            },
            { label: 'Time zone', value: timeZoneName(patient.timeZone) },
          ]}
        />
      </Card>
      <Card title="Emergency contact">
        {contact ? (
          <Facts
            emptyText="Not on file"
            items={[
              { label: 'Name', value: contact.name },
              { label: 'Relationship', value: contact.relationship },
              { label: 'Phone', value: <PhoneLink value={contact.phone} /> },
            ]}
          />
        ) : (
          <p className="muted">None on file.</p>
        )}
      </Card>
      <Card title="Pharmacy">
        {pharmacy ? (
          <Facts
            emptyText="Not on file"
            items={[
              { label: 'Name', value: pharmacy.name },
              { label: 'Phone', value: <PhoneLink value={pharmacy.phone} /> },
              { label: 'Address', value: pharmacy.address },
            ]}
          />
        ) : (
          <p className="muted">None on file.</p>
        )}
      </Card>
      <Card title="Insurance">
        {insurance ? (
          <Facts
            emptyText="Not on file"
            items={[
              { label: 'Insurance company', value: insurance.payer },
              { label: 'Member ID', value: insurance.memberId },
              { label: 'Group number', value: insurance.groupNumber },
            ]}
          />
        ) : (
          <p className="muted">None on file.</p>
        )}
      </Card>
    </div>
  );
}
