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

  // Clinical record
  'POST /api/v1/patients/:id/conditions': {
    body: () => ({ code: 'F41.1', display: 'Generalized anxiety disorder' }),
  },
  'POST /api/v1/patients/:id/conditions/:conditionId/entered-in-error': {
    body: () => ({ reason: 'Matrix probe' }),
  },
  'POST /api/v1/patients/:id/allergies': { body: () => ({ substance: 'latex' }) },
  'POST /api/v1/patients/:id/allergies/:allergyId/entered-in-error': {
    body: () => ({ reason: 'Matrix probe' }),
  },
  // A normal value: the probe opens no task.
  'POST /api/v1/patients/:id/observations': { body: () => ({ code: 'heart-rate', value: 72 }) },
  'POST /api/v1/patients/:id/observations/:observationId/entered-in-error': {
    body: () => ({ reason: 'Matrix probe' }),
  },

  // Visits and appointments
  'POST /api/v1/patients/:id/appointments': {
    body: () => ({
      startsAt: '2099-01-05T15:00:00Z',
      modality: 'in-person',
      reasonKind: 'follow-up',
    }),
  },
  'PATCH /api/v1/patients/:id/appointments/:appointmentId': {
    body: () => ({ status: 'arrived' }),
  },
  'POST /api/v1/me/appointments/:appointmentId/reschedule-request': {
    body: () => ({ preferredTimes: ['2099-01-06T15:00:00Z'] }),
  },
  'POST /api/v1/patients/:id/visit-notes': { body: () => ({}) },
  'PATCH /api/v1/patients/:id/visit-notes/:noteId': { body: () => ({ plan: 'Matrix probe' }) },
  'POST /api/v1/patients/:id/visit-notes/:noteId/sign': { body: () => ({}) },
  'POST /api/v1/patients/:id/visit-notes/:noteId/amendments': {
    body: () => ({ text: 'Matrix probe', reason: 'Matrix probe' }),
  },

  // Between visits
  'POST /api/v1/patients/:id/scale-assignments': {
    body: () => ({ instrument: 'PHQ-9', cadence: 'phase', phase: 'acute' }),
  },
  'PATCH /api/v1/patients/:id/scale-assignments/:assignmentId': { body: () => ({ active: false }) },
  // Safe, no side effects: the probe opens no task.
  'POST /api/v1/me/check-ins': { body: () => ({ mood: 6, safe: true }) },
  'POST /api/v1/me/side-effects': { body: () => ({ symptom: 'Matrix probe', severity: 'mild' }) },
  'POST /api/v1/me/messages': { body: () => ({ body: 'Matrix probe' }) },
  'POST /api/v1/patients/:id/messages': { body: () => ({ body: 'Matrix probe' }) },
  'POST /api/v1/me/refill-requests': {
    body: () => ({ medicationOrderId: '00000000-0000-4000-8000-000000000000' }),
  },
  // Deny, not approve: any clinical role may deny (approving is a prescriber's, refused with 403).
  'POST /api/v1/refill-requests/:requestId/decision': { body: () => ({ decision: 'deny' }) },
  // Fills: an unknown order id (404 once access is granted); nothing is written.
  'POST /api/v1/patients/:id/fills': {
    body: () => ({
      medicationOrderId: '00000000-0000-4000-8000-000000000000',
      filledOn: '2026-01-01',
      quantity: 30,
    }),
  },
  'POST /api/v1/me/fills': {
    body: () => ({
      medicationOrderId: '00000000-0000-4000-8000-000000000000',
      filledOn: '2026-01-01',
      quantity: 30,
    }),
  },
  // An unknown fill (404 once access is granted); nothing is marked.
  'POST /api/v1/patients/:id/fills/:fillId/entered-in-error': {
    params: () => ({ fillId: '00000000-0000-4000-8000-000000000000' }),
    body: () => ({ reason: 'Matrix probe' }),
  },

  // Evaluations and documents
  'POST /api/v1/patients/:id/evaluations': { body: () => ({ content: { chiefComplaint: 'Matrix probe' } }) },
  'PATCH /api/v1/patients/:id/evaluations/:evaluationId': { body: () => ({ content: { goals: 'Probe' } }) },
  'POST /api/v1/patients/:id/evaluations/:evaluationId/sign': {
    body: () => ({ diagnoses: [{ icd10: 'F32.1', display: 'Probe' }], riskLevel: 'low', plan: 'Probe' }),
  },
  'POST /api/v1/patients/:id/evaluations/:evaluationId/amendments': { body: () => ({ text: 'Probe' }) },

  // Patient portal (web)
  'GET /api/v1/instruments/:name': { params: () => ({ name: 'PHQ-9' }) },
};
