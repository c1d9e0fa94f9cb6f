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

  // API tokens and audit reports

  // Consent and break-glass

  // Prescribing, measurement, tasks

  // Reminders, dose logs, jobs
};
