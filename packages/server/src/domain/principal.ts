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

export const isStaff = (principal: Pick<Principal, 'roles'>) =>
  principal.roles.some((role) => STAFF_ROLES.includes(role));
