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
  /** Empty for API-token requests (no session). */
  sessionId: string;
  /** Empty for API-token requests: a Bearer token is no ambient credential, so there is no CSRF check. */
  csrfToken: string;
  /** How this request was authenticated: a browser session cookie or a personal access token. */
  authMethod: 'session' | 'token';
  /** The token's scopes (`read`, `write`) for token requests; null for sessions. */
  tokenScopes: readonly string[] | null;
  /** The API token's id for token requests (recorded in every audit event's detail). */
  tokenId?: string | undefined;
  /** Set while the session's second factor is outstanding (such a principal is never `request.principal`). */
  mfaPending?: 'mfa' | 'mfa-enrolment' | null | undefined;
  /** Whether the user has confirmed TOTP enrolment (sessions only). */
  mfaEnrolled?: boolean | undefined;
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
