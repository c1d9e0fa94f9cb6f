import type { Tenant } from './helpers.js';

/**
 * What the access-matrix test sends to each route: a valid body (so that validation, which runs
 * before access control, does not answer 400 instead of the 403/404 being tested) and values for
 * path parameters other than `:id` (the target patient). Keyed by `METHOD /route/pattern`.
 * A route that needs neither has no entry.
 */
export interface SampleContext {
  tenant: Tenant;
  /** The patient the call is aimed at (own organization or foreign). */
  patientId: string;
  organizationId: string;
}

export interface RouteSample {
  body?: (ctx: SampleContext) => unknown;
  /** Values for path parameters by name (without the colon). */
  params?: (ctx: SampleContext) => Record<string, string>;
  /** Calling this route would disturb the shared sessions the matrix uses (sign-out and the like). */
  skip?: boolean;
}

export const ROUTE_SAMPLES: Record<string, RouteSample> = {
  // Foundation and patients
  'POST /api/v1/patients': {
    body: () => ({
      givenName: 'Matrix',
      familyName: 'Probe',
      dateOfBirth: '1990-02-03',
      sexAssignedAtBirth: 'female',
      timeZone: 'America/Chicago',
    }),
  },
  'PATCH /api/v1/patients/:id': { body: () => ({ preferredName: 'Probe' }) },
  'POST /api/v1/patients/:id/care-team': {
    body: ({ tenant }) => ({ userId: tenant.users.outsider!.id, role: 'prescriber' }),
  },
  'DELETE /api/v1/patients/:id/care-team/:userId': {
    params: ({ tenant }) => ({ userId: tenant.users.outsider!.id }),
  },
  'POST /api/v1/auth/logout': { skip: true },
  // Identity: accounts, invitations, multi-factor, passwords
  'POST /api/v1/auth/mfa': { body: () => ({ code: '000000' }) },
  'DELETE /api/v1/auth/mfa': { body: () => ({ code: '000000' }) },
  'POST /api/v1/auth/mfa/enrolment/confirm': { body: () => ({ code: '000000' }) },
  'POST /api/v1/auth/step-up': { body: () => ({ code: '000000' }) },
  // A wrong current password: answers 422 without changing anything.
  'POST /api/v1/auth/password': {
    body: () => ({
      currentPassword: 'not the current password',
      newPassword: 'matrix probe unused passphrase',
    }),
  },
  'POST /api/v1/auth/logout-everywhere': { skip: true },
  'POST /api/v1/auth/password-reset': { body: () => ({ email: 'nobody-matrix@test.titrate.test' }) },
  'POST /api/v1/auth/password-reset/complete': {
    body: () => ({ token: 'not-a-real-reset-token', newPassword: 'matrix probe unused passphrase' }),
  },
  'POST /api/v1/invitations/inspect': { body: () => ({ token: 'not-a-real-invitation-token' }) },
  'POST /api/v1/invitations/accept': {
    body: () => ({ token: 'not-a-real-invitation-token', password: 'matrix probe unused passphrase' }),
  },
  // `outsider` is never signed in by the matrix, so changing it disturbs no shared session.
  'PATCH /api/v1/users/:userId': {
    params: ({ tenant }) => ({ userId: tenant.users.outsider!.id }),
    body: () => ({ displayName: 'Outsider Probe' }),
  },
  // POST /api/v1/users/:userId/sessions/revoke and …/mfa/reset: a nil user id (404), so no test
  // user loses their sessions or their MFA enrolment.
  'POST /api/v1/users/invitations': {
    body: () => ({
      email: `matrix-${Math.random().toString(36).slice(2)}@test.titrate.test`,
      displayName: 'Matrix Invitee',
      roles: ['nurse'],
      credential: 'RN',
    }),
  },

  // API tokens and audit reports
  'POST /api/v1/tokens': { body: () => ({ name: 'Matrix probe', scopes: ['read'], expiresInDays: 1 }) },

  // Consent and break-glass
  'POST /api/v1/patients/:id/consents': {
    // Shares only what the guardian sees anyway, so the matrix's later calls are not widened.
    body: ({ tenant }) => ({
      granteeUserId: tenant.users.guardian!.id,
      sections: ['appointments'],
      purpose: 'coordination',
    }),
  },
  'POST /api/v1/me/consents': {
    body: ({ tenant }) => ({
      granteeUserId: tenant.users.therapist!.id,
      sections: ['appointments'],
      purpose: 'treatment',
    }),
  },
  'POST /api/v1/emergency-access': {
    body: ({ patientId }) => ({
      patientId,
      reason: 'Matrix probe: patient unresponsive in the emergency room',
    }),
  },
  'POST /api/v1/emergency-access/:grantId/review': {
    body: () => ({ outcome: 'justified', note: 'Matrix probe' }),
  },
  'PUT /api/v1/users/:userId/emergency-access': {
    params: ({ tenant }) => ({ userId: tenant.users.prescriber!.id }),
    body: () => ({ allowed: true }),
  },

  // Prescribing, measurement, tasks
  'POST /api/v1/check': { body: () => ({ proposed: [{ drug: 'sertraline', dose: 50, unit: 'mg' }] }) },
  'POST /api/v1/patients/:id/medication-orders': {
    body: () => ({
      drug: 'sertraline',
      action: 'start',
      doseAmount: 25,
      doseUnit: 'mg',
      frequency: { timesPerDay: 1 },
    }),
  },
  'PATCH /api/v1/patients/:id/medication-orders/:orderId': { body: () => ({ doseAmount: 50 }) },
  'POST /api/v1/patients/:id/medication-orders/:orderId/sign': { body: () => ({}) },
  'POST /api/v1/patients/:id/medication-orders/:orderId/entered-in-error': {
    body: () => ({ reason: 'Matrix probe' }),
  },
  'POST /api/v1/patients/:id/scores': {
    body: () => ({ instrument: 'GAD-7', answers: [0, 0, 0, 0, 0, 0, 0] }),
  },
  'POST /api/v1/me/scores': { body: () => ({ instrument: 'GAD-7', answers: [0, 0, 0, 0, 0, 0, 0] }) },
  'PATCH /api/v1/tasks/:taskId': { body: () => ({ status: 'in-progress' }) },

  // Reminders, dose logs, jobs
  'PUT /api/v1/me/routine': { body: () => ({ anchors: { breakfast: '08:00' } }) },
  'POST /api/v1/me/reminders/:reminderId/snooze': { body: () => ({ minutes: 15 }) },
  'POST /api/v1/me/dose-events': {
    body: () => ({ medicationOrderId: '00000000-0000-4000-8000-000000000000', status: 'taken' }),
  },
  'POST /api/v1/patients/:id/dose-events': {
    body: () => ({ medicationOrderId: '00000000-0000-4000-8000-000000000000', status: 'taken' }),
  },
  'PUT /api/v1/patients/:id/dose-schedules': { body: () => ({ items: [] }) },
};
