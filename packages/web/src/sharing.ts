// Consent ("sharing") and emergency access: types and calls, kept beside the features that use them.

import { apiRequest, apiSend } from './api.js';
import type { Patient, Session } from './types.js';

export const SECTION_LABELS: Record<string, string> = {
  demographics: 'Contact details',
  appointments: 'Appointments',
  'care-team': 'Care team',
  medications: 'Medicines and reminders',
  measures: 'Check-ins and rating scales',
  safety: 'Safety plan',
  diagnoses: 'Diagnoses',
  notes: 'Visit notes',
  labs: 'Labs and vitals',
  'substance-use': 'Alcohol and drug use',
};

/** What a patient can choose to share (contact details and visits are visible to the care team anyway). */
export const SHAREABLE_SECTIONS = [
  'medications',
  'measures',
  'safety',
  'diagnoses',
  'notes',
  'labs',
  'substance-use',
] as const;

export interface Consent {
  id: string;
  version: number;
  patientId: string;
  grantee: { userId: string; displayName: string; role: string | null };
  sections: string[];
  purpose: string;
  /** `42cfr2` when the consent includes substance-use records (the server then requires an end date). */
  regulation?: 'hipaa' | '42cfr2';
  status: 'active' | 'revoked';
  inForce: boolean;
  periodStart: string;
  periodEnd: string | null;
  authority: 'patient' | 'patient-request';
  recordedBy: { userId: string; displayName: string };
  recordedAt: string;
  revokedAt: string | null;
}

export interface ConsentCandidate {
  userId: string;
  displayName: string;
  role: string;
  relationship: string | null;
}

export interface ConsentInput {
  granteeUserId: string;
  sections: string[];
  purpose: 'treatment' | 'payment' | 'operations' | 'coordination';
  periodStart?: string;
  periodEnd?: string | null;
}

export interface EmergencyAccessInfo {
  grantId: string;
  expiresAt: string;
  reason: string;
}

/** A chart read during emergency access carries the grant, so the chart can show a banner. */
export type ChartPatient = Patient & { emergencyAccess?: EmergencyAccessInfo };

export interface EmergencyGrant {
  id: string;
  patientId: string;
  expiresAt: string;
  reason: string;
}

export interface EmergencyGrantForReview extends EmergencyGrant {
  userId: string;
  userDisplayName: string;
  grantedAt: string;
  patient: { mrn: string; givenName: string; familyName: string };
  reviewStatus: 'pending' | 'reviewed';
  reviewOutcome: 'justified' | 'not-justified' | null;
  reviewNote: string | null;
  reviewedAt: string | null;
}

export interface EmergencyAccessRequest {
  mrn?: string;
  familyName?: string;
  dateOfBirth?: string;
  reason: string;
}

const id = encodeURIComponent;

export const sharingApi = {
  async patientConsents(patientId: string, signal?: AbortSignal): Promise<Consent[]> {
    return (
      await apiRequest<{ items: Consent[] }>('GET', `/api/v1/patients/${id(patientId)}/consents`, { signal })
    ).items;
  },
  /** Staff record a consent the patient gave (documented request). */
  recordPatientConsent(patientId: string, input: ConsentInput): Promise<Consent> {
    return apiRequest<Consent>('POST', `/api/v1/patients/${id(patientId)}/consents`, { body: input });
  },
  revokePatientConsent(patientId: string, consentId: string): Promise<Consent> {
    return apiRequest<Consent>('POST', `/api/v1/patients/${id(patientId)}/consents/${id(consentId)}/revoke`);
  },
  myConsents(signal?: AbortSignal): Promise<{ items: Consent[]; people: ConsentCandidate[] }> {
    return apiRequest('GET', '/api/v1/me/consents', { signal });
  },
  shareMyRecord(input: ConsentInput): Promise<Consent> {
    return apiRequest<Consent>('POST', '/api/v1/me/consents', { body: input });
  },
  revokeMyConsent(consentId: string): Promise<Consent> {
    return apiRequest<Consent>('POST', `/api/v1/me/consents/${id(consentId)}/revoke`);
  },
  requestEmergencyAccess(input: EmergencyAccessRequest): Promise<EmergencyGrant> {
    return apiRequest<EmergencyGrant>('POST', '/api/v1/emergency-access', { body: input });
  },
  async emergencyQueue(
    status: 'pending' | 'reviewed',
    signal?: AbortSignal,
  ): Promise<EmergencyGrantForReview[]> {
    return (
      await apiRequest<{ items: EmergencyGrantForReview[] }>(
        'GET',
        `/api/v1/emergency-access?status=${status}`,
        {
          signal,
        },
      )
    ).items;
  },
  reviewEmergencyAccess(
    grantId: string,
    outcome: 'justified' | 'not-justified',
    note: string,
  ): Promise<void> {
    return apiSend('POST', `/api/v1/emergency-access/${id(grantId)}/review`, { body: { outcome, note } });
  },
};

const consentRecorders = new Set(['prescriber', 'nurse', 'care-coordinator', 'admin']);
const emergencyRoles = new Set(['prescriber', 'nurse', 'care-coordinator']);

export const canManageConsents = (session: Session) =>
  session.user.roles.some((r) => consentRecorders.has(r));
/** The server decides who is on the emergency-access list; the form is offered to the roles that can be. */
export const mayRequestEmergencyAccess = (session: Session) =>
  session.user.roles.some((r) => emergencyRoles.has(r));
