import { useCallback } from 'react';
import { Card, ErrorPanel, Loading, useDocumentTitle } from '../components/ui.js';
import { type GuardianAdolescent, type GuardianSchedule, guardianApi } from '../guardian.js';
import { dateTimeIn } from '../portal-more.js';
import { useAsync } from '../useAsync.js';

/** How many upcoming visits to show per adolescent. */
const NEXT_APPOINTMENTS = 3;

const callName = (teen: GuardianAdolescent) => teen.preferredName ?? teen.givenName;

function timeIn(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(
    new Date(at),
  );
}

/** Today in the browser's day: the reminders a parent plans around. */
function today(): { from: Date; to: Date } {
  const from = new Date();
  from.setHours(0, 0, 0, 0);
  const to = new Date(from);
  to.setDate(to.getDate() + 1);
  return { from, to };
}

/** A guardian's page: each linked adolescent's schedule, within what the adolescent shares. */
export function PortalFamilyPage() {
  useDocumentTitle('Your teen’s schedule');
  const load = useCallback((signal: AbortSignal) => guardianApi.adolescents(signal), []);
  const list = useAsync(load);
  return (
    <div className="page portal-page">
      <h1>Your teen’s schedule</h1>
      <p className="lead">Upcoming visits, and medicine reminders when your teen chooses to share them.</p>
      {list.state.status === 'loading' ? <Loading /> : null}
      {list.state.status === 'error' ? (
        <ErrorPanel title="We couldn’t load your family" message={list.state.message} onRetry={list.reload} />
      ) : null}
      {list.state.status === 'ready' ? (
        list.state.data.length === 0 ? (
          <p className="empty">
            No one is linked to your account yet. Ask the clinic to link you to your teen’s record.
          </p>
        ) : (
          <div className="portal-cards">
            {list.state.data.map((teen) => (
              <TeenSchedule key={teen.id} teen={teen} />
            ))}
          </div>
        )
      ) : null}
    </div>
  );
}

function TeenSchedule({ teen }: { teen: GuardianAdolescent }) {
  const load = useCallback(
    (signal: AbortSignal) => guardianApi.schedule(teen.id, today(), signal),
    [teen.id],
  );
  const schedule = useAsync(load);
  const name = callName(teen);
  return (
    <Card title={name} className="family-card">
      {schedule.state.status === 'loading' ? <Loading label={`Loading ${name}’s schedule…`} /> : null}
      {schedule.state.status === 'error' ? (
        <ErrorPanel
          title={`We couldn’t load ${name}’s schedule`}
          message={schedule.state.message}
          onRetry={schedule.reload}
        />
      ) : null}
      {schedule.state.status === 'ready' ? <ScheduleView name={name} schedule={schedule.state.data} /> : null}
    </Card>
  );
}

function ScheduleView({ name, schedule }: { name: string; schedule: GuardianSchedule }) {
  const next = schedule.appointments.slice(0, NEXT_APPOINTMENTS);
  return (
    <>
      <h3>Next appointments</h3>
      {next.length === 0 ? (
        <p className="empty">{name} has no upcoming appointments.</p>
      ) : (
        <ul className="plain-list">
          {next.map((a) => (
            <li key={a.id}>
              <strong>{dateTimeIn(a.startsAt, a.timeZone)}</strong>
              <br />
              {a.modality === 'telehealth' ? 'Video visit' : 'Visit in person'}
              {a.clinicianName ? ` with ${a.clinicianName}` : ''}
              {a.location && a.modality !== 'telehealth' ? ` · ${a.location}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>Today’s medicine reminders</h3>
      {!schedule.reminders.shared ? (
        <p className="note">
          {name} hasn’t chosen to share medicine reminders with you. That’s their choice to make.
        </p>
      ) : schedule.reminders.items.length === 0 ? (
        <p className="empty">No medicine reminders for {name} today.</p>
      ) : (
        <ul className="plain-list">
          {schedule.reminders.items.map((r) => (
            <li key={r.id}>
              <strong>{timeIn(r.scheduledFor, schedule.adolescent.timeZone)}</strong> {r.medication} —{' '}
              {r.doseText}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
