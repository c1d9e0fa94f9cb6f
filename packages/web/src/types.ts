// Shapes of the Titrate HTTP API (JSON under /api/v1) as the web app uses them.

export type Credential = 'MD' | 'DO' | 'NP' | 'PA';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  /** e.g. 'prescriber', 'nurse', 'care-coordinator', 'therapist', 'collaborator', 'front-desk', 'admin', 'patient', 'guardian' */
  roles: string[];
  credential: Credential | null;
  patientId: string | null;
}

export interface Session {
  user: SessionUser;
  organization: { id: string; name: string };
  csrfToken: string;
  /** Absolute end of the session (ISO date-time); the server also ends it after a period of inactivity. */
  expiresAt: string;
  /**
   * Inactivity limit in seconds, when the server reports it: the app warns shortly before and clears the
   * screen after that long without a request to the server, so health information is not left visible
   * on an unattended device.
   */
  idleTimeoutSeconds?: number;
  /** Whether the user has a confirmed authenticator (TOTP) enrolment. */
  mfaEnrolled?: boolean;
}

/**
 * Answer of sign-in, the MFA step and invitation acceptance. `ok` may carry the session; for the two MFA
 * answers the cookie holds only a pending session that reaches nothing but the MFA routes.
 */
export type LoginResult =
  | { status: 'ok'; session?: Session }
  | { status: 'mfa-required'; csrfToken?: string }
  | { status: 'mfa-enrolment-required'; csrfToken?: string };

/** A started (unconfirmed) authenticator enrolment. */
export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
  /** SVG data URL of the QR code for `otpauthUri`. */
  qrCodeDataUrl: string;
}

export interface MfaEnrolmentConfirmed {
  status: 'ok';
  /** Single-use recovery codes, shown once. */
  recoveryCodes: string[];
}

export interface InvitationDetails {
  email: string;
  displayName: string;
  organizationName: string;
  roles: string[];
}

export interface InvitationInput {
  email: string;
  displayName: string;
  roles: string[];
  credential?: Credential;
  npi?: string;
  deaNumber?: string;
  supervisingUserId?: string;
}

export interface PendingInvitation {
  id: string;
  email: string;
  expiresAt: string;
  displayName?: string;
  roles?: string[];
  createdAt?: string;
}

export interface CreatedInvitation {
  invitation: { id: string; email: string; expiresAt: string };
  /** Sign-up link carrying the secret in its fragment; shown once. */
  link: string;
}

export interface ManagedUser {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  credential: Credential | null;
  disabled: boolean;
  mfaEnrolled: boolean;
  lastSignInAt: string | null;
}

export interface UserChanges {
  roles?: string[];
  displayName?: string;
  disabled?: boolean;
}

export type SexAssignedAtBirth = 'female' | 'male' | 'intersex' | 'unknown';
export type PatientStatus = 'active' | 'inactive';

export interface PatientSummary {
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  pronouns: string | null;
  dateOfBirth: string;
  sexAssignedAtBirth: SexAssignedAtBirth;
}

export interface Address {
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  postalCode: string;
}

export interface EmergencyContact {
  name: string;
  relationship: string;
  phone: string;
}

export interface Pharmacy {
  name: string;
  phone: string | null;
  address: string | null;
}

export interface Insurance {
  payer: string;
  memberId: string;
  groupNumber: string | null;
}

export interface Patient {
  id: string;
  version: number;
  mrn: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  pronouns: string | null;
  dateOfBirth: string;
  sexAssignedAtBirth: SexAssignedAtBirth;
  genderIdentity: string | null;
  phone: string | null;
  email: string | null;
  address: Address | null;
  /** IANA time zone, e.g. `America/Chicago`. */
  timeZone: string;
  /** BCP 47 language tag, e.g. `en`, `es-MX`. */
  preferredLanguage: string;
  emergencyContact: EmergencyContact | null;
  preferredPharmacy: Pharmacy | null;
  insurance: Insurance | null;
  status: PatientStatus;
  createdAt: string;
  updatedAt: string;
}

/** The fields a client may set when creating or editing a patient. */
export type PatientInput = Omit<Patient, 'id' | 'version' | 'mrn' | 'createdAt' | 'updatedAt'>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Me {
  patient: Patient;
  careTeam: CareTeamMember[];
}

export interface CareTeamMember {
  userId: string;
  displayName: string;
  role: string;
  credential: Credential | null;
}

export interface FieldError {
  /** Where the problem is, e.g. `body.address.postalCode`. */
  field: string;
  message: string;
}

/** RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** Per-field validation problems. */
  errors?: FieldError[];
}
