import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Typed view of the tables (kept by hand next to the migrations). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface Address {
  line1: string;
  line2?: string | null;
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
  phone?: string | null;
  address?: string | null;
}
export interface Insurance {
  payer: string;
  memberId: string;
  groupNumber?: string | null;
}

export type Role =
  | 'prescriber'
  | 'nurse'
  | 'care-coordinator'
  | 'therapist'
  | 'collaborator'
  | 'front-desk'
  | 'admin'
  | 'patient'
  | 'guardian';

export const ROLES: readonly Role[] = [
  'prescriber',
  'nurse',
  'care-coordinator',
  'therapist',
  'collaborator',
  'front-desk',
  'admin',
  'patient',
  'guardian',
];

export type Credential = 'MD' | 'DO' | 'NP' | 'PA' | 'RN' | 'LCSW' | 'PhD' | 'PsyD' | 'LPC';

export interface OrganizationsTable {
  id: Generated<string>;
  name: string;
  slug: string;
  time_zone: Generated<string>;
  settings: Json<Record<string, unknown>>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface UsersTable {
  id: Generated<string>;
  organization_id: string;
  email: string;
  display_name: string;
  given_name: string;
  family_name: string;
  password_hash: string | null;
  credential: Credential | null;
  npi: string | null;
  dea_number: string | null;
  supervising_user_id: string | null;
  patient_id: string | null;
  status: Generated<'active' | 'invited' | 'disabled'>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface UserRolesTable {
  user_id: string;
  organization_id: string;
  role: Role;
}

export interface PatientsTable {
  id: Generated<string>;
  organization_id: string;
  mrn: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  pronouns: string | null;
  date_of_birth: string;
  sex_assigned_at_birth: 'female' | 'male' | 'intersex' | 'unknown';
  gender_identity: string | null;
  phone: string | null;
  email: string | null;
  address: Json<Address | null>;
  time_zone: string;
  preferred_language: Generated<string>;
  emergency_contact: Json<EmergencyContact | null>;
  preferred_pharmacy: Json<Pharmacy | null>;
  insurance: Json<Insurance | null>;
  status: Generated<'active' | 'inactive'>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface CareTeamMembersTable {
  organization_id: string;
  patient_id: string;
  user_id: string;
  role: 'prescriber' | 'nurse' | 'care-coordinator' | 'therapist' | 'collaborator';
  is_primary: Generated<boolean>;
  added_at: Timestamp;
  added_by: string | null;
  removed_at: Timestamp | null;
}

export interface GuardianLinksTable {
  organization_id: string;
  patient_id: string;
  guardian_user_id: string;
  relationship: string;
  added_at: Timestamp;
}

export interface SessionsTable {
  id: Generated<string>;
  organization_id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  mfa_verified: Generated<boolean>;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  idle_timeout_seconds: number;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  chain: string;
  organization_id: string | null;
  occurred_at: Timestamp;
  user_id: string | null;
  role: string | null;
  patient_id: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  user_agent: string | null;
  detail: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  first_failure_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface DB {
  sign_in_throttle: SignInThrottleTable;
  audit_events: AuditEventsTable;
  organizations: OrganizationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  patients: PatientsTable;
  care_team_members: CareTeamMembersTable;
  guardian_links: GuardianLinksTable;
  sessions: SessionsTable;
}

export type PatientRow = Selectable<PatientsTable>;
export type NewPatientRow = Insertable<PatientsTable>;
export type PatientUpdate = Updateable<PatientsTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
