import type { Credential, Role } from '../db/schema.js';

/** The authenticated user behind a request. */
export interface Principal {
  userId: string;
  organizationId: string;
  organizationName: string;
  email: string;
  displayName: string;
  roles: Role[];
  credential: Credential | null;
  /** For patient accounts: their own patient record. */
  patientId: string | null;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  /** The session ends after this many seconds without a request. */
  idleTimeoutSeconds: number;
  /** Where this request came from (for the audit trail). */
  ip: string | null;
  userAgent: string | null;
}

export const STAFF_ROLES: readonly Role[] = [
  'prescriber',
  'nurse',
  'care-coordinator',
  'therapist',
  'collaborator',
  'front-desk',
  'admin',
];

/** Roles that may register patients and change demographics. */
export const PATIENT_REGISTRARS: readonly Role[] = [
  'prescriber',
  'nurse',
  'care-coordinator',
  'front-desk',
  'admin',
];

/** Roles that may add people to, or take them off, a care team. */
export const CARE_TEAM_MANAGERS: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator', 'admin'];

export const hasAnyRole = (principal: Pick<Principal, 'roles'>, roles: readonly Role[]) =>
  principal.roles.some((role) => roles.includes(role));

export const isStaff = (principal: Pick<Principal, 'roles'>) => hasAnyRole(principal, STAFF_ROLES);
