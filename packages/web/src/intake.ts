// Typed calls for the intake evaluation and follow-up visit notes (issue #5). Uses the shared client, so
// CSRF, problem+json errors and 401 handling match the rest of the app. The server's ETag is `W/"<version>"`,
// so If-Match is built from the record's `version` (the JSON client does not expose response headers).

import { apiRequest } from './api.js';

export type RiskLevel = 'none' | 'low' | 'moderate' | 'high' | 'imminent';
export const RISK_LEVELS: readonly RiskLevel[] = ['none', 'low', 'moderate', 'high', 'imminent'];
export type Answer = number | string | boolean | null;
export type Section = Record<string, unknown>;

export interface PriorTrial {
  drug: string;
  highestDailyMg?: number | null;
  durationWeeks?: number | null;
  response?: 'remission' | 'response' | 'partial' | 'none' | 'stopped-side-effects' | 'unknown';
  sideEffects?: string | null;
  reasonStopped?: string | null;
  stoppedAbruptly?: boolean | null;
}

/** Loosely typed content: the server validates every section (unknown keys refused). */
export interface EvaluationContent {
  chiefComplaint?: string;
  historyOfPresentIllness?: string;
  symptomReview?: { positives?: string[]; negatives?: string[]; notes?: string | null };
  psychiatricHistory?: Section;
  familyHistory?: Section;
  medicalHistory?: Section;
  currentMedications?: { name: string; dose?: string | null; frequency?: string | null }[];
  priorTrials?: PriorTrial[];
  allergies?: { substance: string; kind: 'allergy' | 'intolerance'; reaction?: string | null }[];
  substanceUse?: {
    substances?: { substance: string; amount?: string | null; frequency?: string | null }[];
    auditC?: Answer[];
    dast10?: Answer[];
    notes?: string | null;
  };
  sleep?: Section;
  trauma?: Section;
  social?: Section;
  safety?: { cssrs?: Answer[] } & Section;
  mentalStatus?: Section;
  goals?: string;
}

export interface Diagnosis {
  icd10: string;
  display: string;
  substanceUse: boolean;
}

export interface Amendment {
  id: string;
  text: string;
  reason?: string;
  authorId: string;
  createdAt: string;
}

export interface Evaluation {
  id: string;
  patientId: string;
  status: 'draft' | 'signed' | string;
  version: number;
  content: EvaluationContent;
  scores: Record<
    string,
    | {
        instrument: string;
        total: number | null;
        band: string | null;
        positive: boolean | null;
        risk?: string | null;
      }
    | undefined
  >;
  diagnoses: Diagnosis[];
  substanceUseWithheld: boolean;
  riskLevel: RiskLevel | null;
  plan: string | null;
  safetyTaskId: string | null;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  amendments?: Amendment[];
}

export interface SignedEvaluation {
  evaluation: Evaluation;
  safetyTaskCreated: boolean;
  levelOfCare?: { level?: string; reasons?: string[] } | null;
}

const base = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;
const ifMatch = (version: number) => ({ 'If-Match': `W/"${version}"` });

export const intakeApi = {
  async listEvaluations(patientId: string, signal?: AbortSignal): Promise<Evaluation[]> {
    return (await apiRequest<{ items: Evaluation[] }>('GET', `${base(patientId)}/evaluations`, { signal }))
      .items;
  },
  getEvaluation(patientId: string, id: string, signal?: AbortSignal): Promise<Evaluation> {
    return apiRequest('GET', `${base(patientId)}/evaluations/${id}`, { signal });
  },
  createEvaluation(patientId: string, content: EvaluationContent): Promise<Evaluation> {
    return apiRequest('POST', `${base(patientId)}/evaluations`, { body: { content } });
  },
  saveEvaluation(
    patientId: string,
    id: string,
    version: number,
    content: EvaluationContent,
  ): Promise<Evaluation> {
    return apiRequest('PATCH', `${base(patientId)}/evaluations/${id}`, {
      body: { content },
      headers: ifMatch(version),
    });
  },
  signEvaluation(
    patientId: string,
    id: string,
    body: { diagnoses: Diagnosis[]; riskLevel: RiskLevel; plan: string },
  ): Promise<SignedEvaluation> {
    return apiRequest('POST', `${base(patientId)}/evaluations/${id}/sign`, { body });
  },
  amendEvaluation(patientId: string, id: string, text: string): Promise<Amendment> {
    return apiRequest('POST', `${base(patientId)}/evaluations/${id}/amendments`, { body: { text } });
  },

  async listNotes(patientId: string, signal?: AbortSignal): Promise<VisitNote[]> {
    return (await apiRequest<{ items: VisitNote[] }>('GET', `${base(patientId)}/visit-notes`, { signal }))
      .items;
  },
  createNote(patientId: string): Promise<VisitNote> {
    return apiRequest('POST', `${base(patientId)}/visit-notes`, { body: {} });
  },
  saveNote(patientId: string, id: string, version: number, changes: NoteChanges): Promise<VisitNote> {
    return apiRequest('PATCH', `${base(patientId)}/visit-notes/${id}`, {
      body: changes,
      headers: ifMatch(version),
    });
  },
  signNote(
    patientId: string,
    id: string,
    body: { modality?: Modality; startsAt?: string },
  ): Promise<{ note: VisitNote; appointment: Appointment }> {
    return apiRequest('POST', `${base(patientId)}/visit-notes/${id}/sign`, { body });
  },
  /** What signing the draft would book now (the server computes it exactly as signing does). */
  noteRecommendation(patientId: string, id: string, signal?: AbortSignal): Promise<NextVisitPreview> {
    return apiRequest('GET', `${base(patientId)}/visit-notes/${id}/recommendation`, { signal });
  },
  amendNote(patientId: string, id: string, text: string, reason: string): Promise<Amendment> {
    return apiRequest('POST', `${base(patientId)}/visit-notes/${id}/amendments`, { body: { text, reason } });
  },
};

export type Modality = 'telehealth' | 'in-person';
export type DecisionKind = 'keep' | 'raise' | 'lower' | 'switch' | 'add' | 'taper' | 'stop';
export const DECISION_KINDS: readonly DecisionKind[] = [
  'keep',
  'raise',
  'lower',
  'switch',
  'add',
  'taper',
  'stop',
];

export interface Decision {
  kind: DecisionKind;
  orderId?: string | null;
  drug?: string | null;
  note?: string | null;
}

export interface NoteChanges {
  subjective?: string | null;
  assessment?: string | null;
  riskLevel?: RiskLevel | null;
  decisions?: Decision[];
  plan?: string | null;
}

export interface ScoreSummary {
  instrument: string;
  count: number;
  first: { total: number | null; band: string | null; at: string };
  last: { total: number | null; band: string | null; at: string };
  change: { percentChange: number | null; response: boolean | null; remission: boolean | null } | null;
}

export interface Prefill {
  since: string | null;
  scores: ScoreSummary[];
  adherence: { asOf: string | null; items: Record<string, unknown>[]; note?: string };
  doseLog: { counts: Record<string, number>; skipReasons: Record<string, number> };
  sideEffects: { id: string; symptom: string; severity: string; reportedAt: string }[];
  messages: {
    id: string;
    subject: string | null;
    preview: string;
    senderKind: string;
    notSafe: boolean;
    sentAt: string;
  }[];
  labs: {
    id: string;
    name: string;
    value: number | null;
    unit: string | null;
    flag: string | null;
    effectiveAt: string;
  }[];
  medicationChanges: {
    orderId: string;
    displayName: string;
    action: string;
    doseAmount: number | null;
    doseUnit: string | null;
    status: string;
    signedAt: string | null;
  }[];
}

export interface Recommendation {
  intervalDays: number;
  nextVisitBy: string | null;
  inPersonRequired: boolean;
  modality: Modality | 'either';
  reasons: string[];
}

/** GET …/visit-notes/:noteId/recommendation */
export interface NextVisitPreview extends Recommendation {
  noteId: string;
  asOf: string;
  levelOfCare: string;
  rules: { code: string; intervalDays: number | null; reason: string; inPersonRequired: boolean }[];
  sources: { id: string; citation: string; url: string | null }[];
  /** What signing books when neither a modality nor a time is chosen. */
  booking: { modality: Modality; startsAt: string; timeZone: string };
  riskLevelRecorded: boolean;
}

export interface VisitNote {
  id: string;
  version: number;
  patientId: string;
  status: 'draft' | 'signed' | string;
  since: string | null;
  prefill: Prefill | null;
  subjective: string | null;
  assessment: string | null;
  riskLevel: RiskLevel | null;
  decisions: Decision[] | null;
  plan: string | null;
  recommendation: Recommendation | null;
  nextAppointmentId: string | null;
  signedAt: string | null;
  createdAt: string;
  updatedAt: string;
  amendments: Amendment[];
}

export interface Appointment {
  id: string;
  startsAt: string;
  localStartsAt: string | null;
  timeZone: string;
  modality: Modality;
  location: string | null;
  clinicianName: string | null;
  status: string;
}
