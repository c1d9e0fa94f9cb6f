import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { TASK_KINDS } from './migrations/0010-task-kinds.js';

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
  last_sign_in_at: Timestamp | null;
  /** May open charts outside their care teams in an emergency (set by an admin). */
  emergency_access_allowed: Generated<boolean>;
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
  /** Set while the second factor is outstanding; such a session reaches only the MFA routes. */
  pending: ColumnType<SessionPending | null, SessionPending | null | undefined, SessionPending | null>;
  mfa_failures: Generated<number>;
  stepped_up_at: Timestamp | null;
}

export type SessionPending = 'mfa' | 'mfa-enrolment';

export interface UserMfaTable {
  user_id: string;
  organization_id: string;
  secret_encrypted: string;
  confirmed_at: Timestamp | null;
  /** Postgres bigint arrives as a string. */
  last_used_step: string | number | null;
  created_at: Generated<Timestamp>;
}

export interface MfaRecoveryCodesTable {
  id: Generated<string>;
  organization_id: string;
  user_id: string;
  code_hash: string;
  created_at: Generated<Timestamp>;
  used_at: Timestamp | null;
}

export interface InvitationsTable {
  id: Generated<string>;
  organization_id: string;
  email: string;
  display_name: string;
  roles: Role[];
  credential: Credential | null;
  npi: string | null;
  dea_number: string | null;
  supervising_user_id: string | null;
  patient_id: string | null;
  token_hash: string;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  user_id: string | null;
}

export interface PasswordResetsTable {
  id: Generated<string>;
  organization_id: string;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export type ApiTokenScope = 'read' | 'write';

export interface ApiTokensTable {
  id: Generated<string>;
  organization_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  scopes: ApiTokenScope[];
  created_at: Timestamp;
  created_by: string | null;
  expires_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
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
  api_tokens: ApiTokensTable;
  user_mfa: UserMfaTable;
  mfa_recovery_codes: MfaRecoveryCodesTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  medication_orders: MedicationOrdersTable;
  order_alerts: OrderAlertsTable;
  shared_decisions: SharedDecisionsTable;
  questionnaire_responses: QuestionnaireResponsesTable;
  tasks: TasksTable;
  consents: ConsentsTable;
  emergency_access_grants: EmergencyAccessGrantsTable;
  conditions: ConditionsTable;
  allergies: AllergiesTable;
  observations: ObservationsTable;
  patient_routines: PatientRoutinesTable;
  dose_schedules: DoseSchedulesTable;
  reminders: RemindersTable;
  dose_events: DoseEventsTable;
  scale_assignments: ScaleAssignmentsTable;
  daily_check_ins: DailyCheckInsTable;
  side_effect_reports: SideEffectReportsTable;
  messages: MessagesTable;
  refill_requests: RefillRequestsTable;
  medication_fills: MedicationFillsTable;
  check_in_nudges: CheckInNudgesTable;
  evaluations: EvaluationsTable;
  evaluation_amendments: EvaluationAmendmentsTable;
  medication_trials: MedicationTrialsTable;
  erx_outbox: ErxOutboxTable;
  appointments: AppointmentsTable;
  visit_notes: VisitNotesTable;
  visit_note_amendments: VisitNoteAmendmentsTable;
}

export type PatientRow = Selectable<PatientsTable>;
export type NewPatientRow = Insertable<PatientsTable>;
export type PatientUpdate = Updateable<PatientsTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;

// Prescribing, measurement and safety tasks (migration 0008-care).
export type OrderAction = 'start' | 'continue' | 'change-dose' | 'switch' | 'taper' | 'stop' | 'avoid';
export type OrderStatus =
  | 'draft'
  | 'pending-cosign'
  | 'active'
  | 'completed'
  | 'stopped'
  | 'entered-in-error';
export interface OrderFrequency {
  timesPerDay?: number | null;
  text?: string | null;
}
export interface TitrationStep {
  afterDays: number;
  doseAmount: number;
  doseUnit: string;
  note?: string | null;
}

export interface MedicationOrdersTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  drug_name: string;
  rxnorm: string | null;
  display_name: string;
  strength: string | null;
  dose_amount: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  dose_unit: string | null;
  route: string | null;
  frequency: Json<OrderFrequency>;
  titration: Json<TitrationStep[]>;
  quantity: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  refills: number | null;
  pharmacy: string | null;
  indication: string | null;
  action: OrderAction;
  status: Generated<OrderStatus>;
  reason: string | null;
  start_date: ColumnType<string | null, string | null | undefined, string | null>;
  end_date: ColumnType<string | null, string | null | undefined, string | null>;
  replaces_order_id: string | null;
  prescriber_id: string;
  signed_at: Timestamp | null;
  cosigner_id: string | null;
  cosigned_at: Timestamp | null;
  pdmp_checked_at: Timestamp | null;
  error_reason: string | null;
  status_changed_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface OrderAlertsTable {
  id: Generated<string>;
  organization_id: string;
  order_id: string;
  patient_id: string;
  code: string;
  category: string;
  severity: string;
  drugs: Json<string[]>;
  title: string;
  detail: string;
  recommendation: string;
  sources: Json<string[]>;
  requires_override: boolean;
  shown_at: Timestamp;
  override_reason: string | null;
  overridden_by: string | null;
  overridden_at: Timestamp | null;
}

export interface SharedDecisionsTable {
  id: Generated<string>;
  organization_id: string;
  order_id: string;
  patient_id: string;
  options_discussed: Json<string[]>;
  benefits_risks_explained: boolean;
  patient_preference: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface QuestionnaireResponsesTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  instrument: string;
  answers: Json<(number | string | boolean | null)[]>;
  total: number | null;
  band: string | null;
  positive: boolean | null;
  risk: string | null;
  flags: Json<{ code: string; item: number | null; severity: string; message: string }[]>;
  complete: boolean;
  entered_by: string;
  entered_by_kind: 'patient' | 'staff';
  status: Generated<'final' | 'entered-in-error'>;
  authored_at: Timestamp;
  /** When it was entered; null for rows from before 0017 (recorded when answered). */
  recorded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type TaskKind = (typeof TASK_KINDS)[number];
export type TaskStatus = 'open' | 'in-progress' | 'done';
export interface TasksTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  kind: TaskKind;
  priority: 'routine' | 'urgent' | 'asap' | 'stat';
  title: string;
  detail: Json<Record<string, unknown>>;
  source_response_id: string | null;
  assigned_to: string | null;
  status: Generated<TaskStatus>;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
  closed_by: string | null;
  closed_at: Timestamp | null;
  updated_at: Timestamp;
  version: Generated<number>;
}

// Consent and emergency access (migration 0007-consent-emergency-access).
export type ConsentPurpose = 'treatment' | 'payment' | 'operations' | 'coordination';

export interface ConsentsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  grantee_user_id: string;
  /** Chart sections (see CHART_SECTIONS in domain/access.ts). */
  sections: string[];
  purpose: ConsentPurpose;
  regulation: Generated<'hipaa' | '42cfr2'>;
  /** Reserved for the 42 CFR 2.31 elements of a Part 2 consent. */
  part2_elements: Json<Record<string, unknown> | null>;
  status: Generated<'active' | 'revoked'>;
  period_start: Timestamp;
  period_end: Timestamp | null;
  /** The patient recorded it themself, or staff on the patient's documented request. */
  authority: 'patient' | 'patient-request';
  recorded_by: string;
  recorded_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  version: Generated<number>;
}

export interface EmergencyAccessGrantsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  user_id: string;
  reason: string;
  granted_at: Timestamp;
  expires_at: Timestamp;
  review_status: Generated<'pending' | 'reviewed'>;
  review_outcome: 'justified' | 'not-justified' | null;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
}

// Routines, dose schedules, reminders and the dose log (migration 0009-reminders).
export type RoutineAnchor = 'wake' | 'breakfast' | 'lunch' | 'dinner' | 'bedtime';
export type AnchorTimes = Partial<Record<RoutineAnchor, string>>;
export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export interface ShiftPattern {
  startDate: string;
  days: AnchorTimes[];
}
export interface WebPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PatientRoutinesTable {
  patient_id: string;
  organization_id: string;
  version: Generated<number>;
  anchors: Json<AnchorTimes>;
  weekdays: Json<Partial<Record<WeekdayKey, AnchorTimes>>>;
  shift_pattern: Json<ShiftPattern | null>;
  quiet_start: string | null;
  quiet_end: string | null;
  snooze_minutes: Generated<number>;
  email_enabled: Generated<boolean>;
  web_push_subscriptions: Json<WebPushSubscription[]>;
  sms_number: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface DoseSchedulesTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  medication_order_id: string;
  anchor: RoutineAnchor;
  offset_minutes: Generated<number>;
  dose_text: string;
  start_date: string;
  end_date: string | null;
  status: Generated<'active' | 'superseded' | 'entered-in-error'>;
  created_at: Timestamp;
  created_by: string | null;
  superseded_at: Timestamp | null;
}

export type ReminderStatus = 'planned' | 'sending' | 'sent' | 'snoozed' | 'cancelled' | 'failed';
export interface RemindersTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  dose_schedule_id: string;
  scheduled_for: Timestamp;
  due_at: Timestamp;
  status: Generated<ReminderStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp | null;
  claimed_at: Timestamp | null;
  claimed_by: string | null;
  sent_at: Timestamp | null;
  channel: 'email' | 'web-push' | 'sms' | null;
  last_error: string | null;
}

export type DoseEventStatus = 'taken' | 'skipped' | 'late' | 'entered-in-error';
export type SkipReason = 'forgot' | 'side-effects' | 'cost' | 'ran-out' | 'felt-fine' | 'felt-off';
export interface DoseEventsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  medication_order_id: string;
  scheduled_for: Timestamp | null;
  status: DoseEventStatus;
  reason: SkipReason | null;
  taken_at: Timestamp | null;
  recorded_at: Timestamp;
  recorded_by: string;
}

// Between visits: check-ins, scale assignments, side effects, messages, refills (migration 0013-between-visits).
export type SideEffectReportSeverity = 'mild' | 'moderate' | 'severe' | 'life-threatening';
export interface CheckInSideEffect {
  symptom: string;
  severity: SideEffectReportSeverity;
}
export type RefillStatus =
  | 'requested'
  | 'approved'
  | 'denied'
  | 'needs-visit'
  | 'needs-prescription'
  | 'sent';

export interface ScaleAssignmentsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  instrument: string;
  cadence: 'interval' | 'phase';
  interval_days: number | null;
  phase: 'acute' | 'stable' | null;
  before_visit: Generated<boolean>;
  start_date: ColumnType<string, string, string>;
  active: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string | null;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface DailyCheckInsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  check_in_date: ColumnType<string, string, string>;
  mood: number | null;
  anxiety: number | null;
  sleep_hours: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  sleep_quality: number | null;
  cravings: number | null;
  substance_use: boolean | null;
  substance_use_detail: string | null;
  side_effects: Json<CheckInSideEffect[]>;
  note: string | null;
  safe: boolean;
  safety_task_id: string | null;
  entered_by: string;
  status: Generated<'final' | 'entered-in-error'>;
  created_at: Timestamp;
}

export interface SideEffectReportsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  symptom: string;
  severity: SideEffectReportSeverity;
  since: ColumnType<string | null, string | null | undefined, string | null>;
  medication_order_id: string | null;
  note: string | null;
  task_id: string | null;
  reported_by: string;
  status: Generated<'final' | 'entered-in-error'>;
  created_at: Timestamp;
}

export interface MessagesTable {
  id: string;
  organization_id: string;
  patient_id: string;
  thread_id: string;
  subject: string | null;
  body: string;
  sender_id: string;
  sender_kind: 'patient' | 'staff';
  not_safe: Generated<boolean>;
  task_id: string | null;
  read_at: Timestamp | null;
  read_by: string | null;
  created_at: Timestamp;
}

export interface RefillRequestsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  medication_order_id: string;
  status: RefillStatus;
  policy_decision: string;
  policy_reason: string;
  review_date: ColumnType<string, string, string>;
  note: string | null;
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  task_id: string | null;
  updated_at: Timestamp;
  version: Generated<number>;
}

export type FillSource = 'pharmacy-report' | 'clinic-recorded' | 'patient-reported';

export interface MedicationFillsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  medication_order_id: string;
  filled_on: ColumnType<string, string, string>;
  quantity: ColumnType<string, number | string, number | string>;
  days_supply: number;
  days_supply_computed: Generated<boolean>;
  source: FillSource;
  recorded_by: string;
  recorded_at: Timestamp;
  status: Generated<'completed' | 'entered-in-error'>;
  error_reason: ColumnType<string | null, string | null | undefined, string | null>;
  status_changed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  status_changed_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CheckInNudgesTable {
  organization_id: string;
  patient_id: string;
  nudge_date: ColumnType<string, string, string>;
  channel: string | null;
  sent_at: Timestamp;
}

// Clinical record: conditions, allergies, observations (migration 0011-clinical-record).
type Numeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;
export type RecordStatus = 'recorded' | 'entered-in-error';

export interface ConditionsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  code: string;
  display: string;
  clinical_status: ColumnType<
    'active' | 'remission' | 'resolved',
    'active' | 'remission' | 'resolved' | undefined,
    'active' | 'remission' | 'resolved'
  >;
  onset_date: ColumnType<string | null, string | null | undefined, string | null>;
  substance_use: Generated<boolean>;
  note: string | null;
  status: Generated<RecordStatus>;
  error_reason: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface AllergiesTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  substance: string;
  resolved_drug: string | null;
  reaction: string | null;
  severity: 'mild' | 'moderate' | 'severe' | null;
  type: 'allergy' | 'intolerance';
  clinical_status: 'active' | 'inactive' | 'resolved';
  status: Generated<RecordStatus>;
  error_reason: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export type ObservationSource = 'clinic' | 'external-lab' | 'patient-reported' | 'device';
export interface ObservationsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  code: string;
  loinc: string | null;
  name: string;
  value: Numeric;
  canonical_value: Numeric;
  unit: string | null;
  diastolic: Numeric;
  gene: string | null;
  phenotype: string | null;
  effective_at: Timestamp;
  flag: 'normal' | 'low' | 'high' | 'critical-low' | 'critical-high' | 'abnormal' | null;
  band: string | null;
  severity: string | null;
  message: string | null;
  source: ObservationSource;
  task_id: string | null;
  status: Generated<'final' | 'entered-in-error'>;
  error_reason: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

// Appointments and follow-up visit notes (migration 0012-visits).
export type AppointmentStatus = 'booked' | 'arrived' | 'fulfilled' | 'cancelled' | 'no-show';
export type AppointmentModality = 'telehealth' | 'in-person';
export type AppointmentReasonKind = 'intake' | 'follow-up' | 'medication-check';
export type VisitDecisionKind = 'keep' | 'raise' | 'lower' | 'switch' | 'add' | 'taper' | 'stop';
export interface VisitDecision {
  kind: VisitDecisionKind;
  /** The order the decision is about, or the drug (for `add`, or a drug not yet ordered). */
  orderId?: string | null;
  drug?: string | null;
  note?: string | null;
}

export interface AppointmentsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  clinician_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  modality: AppointmentModality;
  location: string | null;
  telehealth_url: string | null;
  status: Generated<AppointmentStatus>;
  reason_kind: AppointmentReasonKind;
  recommendation: Json<Record<string, unknown> | null>;
  source_note_id: string | null;
  cancel_reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface VisitNotesTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  appointment_id: string | null;
  author_id: string;
  status: Generated<'draft' | 'signed'>;
  since: Timestamp | null;
  prefill: Json<Record<string, unknown>>;
  subjective: string | null;
  assessment: string | null;
  risk_level: 'none' | 'low' | 'moderate' | 'high' | 'imminent' | null;
  decisions: Json<VisitDecision[]>;
  plan: string | null;
  recommendation: Json<Record<string, unknown> | null>;
  next_appointment_id: string | null;
  signed_by: string | null;
  signed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface VisitNoteAmendmentsTable {
  id: Generated<string>;
  organization_id: string;
  note_id: string;
  patient_id: string;
  text: string;
  reason: string;
  author_id: string;
  created_at: Timestamp;
}

// Intake evaluation, trial history and e-prescribing outbox (migration 0014-intake-documents).
export type EvaluationStatus = 'draft' | 'signed' | 'entered-in-error';
export type EvaluationRisk = 'none' | 'low' | 'moderate' | 'high' | 'imminent';
export interface EvaluationDiagnosis {
  icd10: string;
  display: string;
  substanceUse: boolean;
}

export interface EvaluationsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  status: Generated<EvaluationStatus>;
  content: Json<Record<string, unknown>>;
  scores: Json<Record<string, unknown>>;
  diagnoses: Json<EvaluationDiagnosis[]>;
  risk_level: EvaluationRisk | null;
  plan: string | null;
  safety_task_id: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  signed_by: string | null;
  signed_at: Timestamp | null;
  version: Generated<number>;
}

export interface EvaluationAmendmentsTable {
  id: Generated<string>;
  organization_id: string;
  evaluation_id: string;
  patient_id: string;
  text: string;
  author_id: string;
  created_at: Timestamp;
}

export interface MedicationTrialsTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  evaluation_id: string;
  drug: string;
  daily_mg: Numeric;
  weeks: Numeric;
  response: string | null;
  side_effects: string | null;
  reason_stopped: string | null;
  stopped_abruptly: boolean | null;
  phq9_before: number | null;
  phq9_after: number | null;
  recorded_at: Timestamp;
}

export type ErxStatus = 'pending' | 'sent' | 'failed';
export interface ErxOutboxTable {
  id: Generated<string>;
  organization_id: string;
  patient_id: string;
  order_id: string;
  status: Generated<ErxStatus>;
  payload: Json<Record<string, unknown>>;
  reference: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  sent_at: Timestamp | null;
}
