// Typed calls and shapes for the clinician workspace (issue #5): medication orders and their safety
// check, rating-scale scores, tasks, the caseload and the formulary search. Uses the shared client, so
// CSRF, problem+json errors and the 401 handling are the same as everywhere else.

import { apiRequest } from './api.js';

export type OrderAction = 'start' | 'continue' | 'change-dose' | 'switch' | 'taper' | 'stop' | 'avoid';
export type OrderStatus =
  | 'draft'
  | 'pending-cosign'
  | 'active'
  | 'completed'
  | 'stopped'
  | 'entered-in-error';
export type AlertSeverity = 'contraindicated' | 'major' | 'moderate' | 'minor' | 'info';

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

export interface MedicationOrder {
  id: string;
  patientId: string;
  version: number;
  drug: string;
  rxnorm: string | null;
  displayName: string;
  strength: string | null;
  doseAmount: number | null;
  doseUnit: string | null;
  route: string | null;
  frequency: OrderFrequency;
  titration: TitrationStep[];
  quantity: number | null;
  refills: number | null;
  pharmacy: string | null;
  indication: string | null;
  action: OrderAction;
  status: OrderStatus;
  reason: string | null;
  startDate: string | null;
  endDate: string | null;
  replacesOrderId: string | null;
  prescriberId: string;
  signedAt: string | null;
  cosignerId: string | null;
  cosignedAt: string | null;
  pdmpCheckedAt: string | null;
  errorReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CheckedAlert {
  key: string;
  code: string;
  category: string;
  severity: AlertSeverity | string;
  drugs: string[];
  title: string;
  detail: string;
  recommendation: string;
  sources: string[];
  requiresOverride: boolean;
}

export interface CheckedOrder {
  order: MedicationOrder;
  alerts: CheckedAlert[];
  unrecognized: string[];
}

export interface OrderFields {
  drug: string;
  strength?: string | null;
  doseAmount?: number | null;
  doseUnit?: string | null;
  route?: string | null;
  frequency?: OrderFrequency;
  titration?: TitrationStep[];
  quantity?: number | null;
  refills?: number | null;
  pharmacy?: string | null;
  indication?: string | null;
  reason?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

export interface OrderInput extends OrderFields {
  action: OrderAction;
  replacesOrderId?: string | null;
}

export interface SharedDecision {
  optionsDiscussed: string[];
  benefitsRisksExplained: boolean;
  patientPreference: string;
}

export interface SignInput {
  overrides?: { key: string; reason: string }[];
  sharedDecision?: SharedDecision;
  pdmpChecked?: boolean;
  mfaCode?: string;
}

export interface FormularyEntry {
  name: string;
  rxnorm: string;
  brands: string[];
  classes: string[];
  psychiatric: boolean;
  schedule: string | null;
  controlled: boolean;
  strengthsMg: number[];
  liquidAvailable: boolean;
  startingDailyMg: number;
  usualDailyMg: { min: number; max: number };
  maxDailyMg: number | null;
  titration: string;
  nonDailyRoute: { route: string; note: string } | null;
  boxedWarnings: string[];
}

export interface ScoreResponse {
  id: string;
  patientId: string;
  instrument: string;
  answers: (number | string | boolean | null)[];
  total: number | null;
  band: string | null;
  positive: boolean | null;
  risk: string | null;
  flags: { code: string; severity: string; item: number | null; message: string }[];
  complete: boolean;
  enteredBy: string | null;
  enteredByKind: 'patient' | 'staff';
  status: string;
  authoredAt: string;
}

export interface ScoreSeries {
  instrument: string;
  points: { date: string; total: number }[];
  interpretation: {
    baseline: { date: string; total: number };
    latest: { date: string; total: number };
    best: { date: string; total: number };
    percentChange: number | null;
    response: boolean | null;
    remission: boolean | null;
    reliableWorsening: boolean | null;
    worsenedFromBest: boolean | null;
    sustainedRemission: boolean | null;
    trend: string | null;
  };
  noAdequateResponseAfterAdequateTrial: boolean;
  adequateTrials: { orderId: string; drug: string; dailyMg: number; weeks: number }[];
}

export interface Scores {
  items: ScoreResponse[];
  series: ScoreSeries[];
}

export interface SubmittedScore extends ScoreResponse {
  safetyTaskCreated: boolean;
  safetyTaskId: string | null;
  crisisMessage?: string;
}

export type TaskStatus = 'open' | 'in-progress' | 'done';

export interface Task {
  id: string;
  version: number;
  patientId: string;
  kind: string;
  priority: 'routine' | 'urgent' | 'asap' | 'stat';
  title: string;
  detail: unknown;
  sourceResponseId: string | null;
  assignedTo: string | null;
  status: TaskStatus;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
  closedBy: string | null;
  closedAt: string | null;
  updatedAt: string;
}

export interface Coverage {
  days: number;
  eligibleDays: number;
  coveredDays: number;
  pdc: number | null;
}

export interface Adherence {
  medicationOrderId: string;
  drug: string;
  doseLog: { days14: Coverage; days30: Coverage };
  missedInARow: number;
  lastTakenAt: string | null;
  alerts: { rule: string; priority: string; title: string }[];
}

export interface CaseloadItem {
  patient: {
    id: string;
    mrn: string;
    givenName: string;
    familyName: string;
    preferredName: string | null;
    dateOfBirth: string;
  };
  urgentSafetyTasks: number;
  worsening: boolean;
  overdueFollowUp: boolean;
  /** 0 urgent safety, 1 worsening, 2 overdue follow-up/results/monitoring, 3 work waiting, 4 the rest. */
  tier: number;
  lastActivity: string;
  reasons: { code: string; message: string }[];
}

const patientPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;
const orderPath = (patientId: string, orderId: string) =>
  `${patientPath(patientId)}/medication-orders/${encodeURIComponent(orderId)}`;
/** The server's ETag for a record of this version (it parses W/"n"). */
const etagOf = (version: number) => `W/"${version}"`;

export const careApi = {
  async searchFormulary(q: string, signal?: AbortSignal): Promise<FormularyEntry[]> {
    const page = await apiRequest<{ items: FormularyEntry[] }>(
      'GET',
      `/api/v1/formulary?q=${encodeURIComponent(q)}&limit=8`,
      { signal },
    );
    return page.items;
  },

  async listOrders(patientId: string, signal?: AbortSignal): Promise<MedicationOrder[]> {
    const page = await apiRequest<{ items: MedicationOrder[] }>(
      'GET',
      `${patientPath(patientId)}/medication-orders`,
      { signal },
    );
    return page.items;
  },

  createOrder(patientId: string, input: OrderInput): Promise<CheckedOrder> {
    return apiRequest<CheckedOrder>('POST', `${patientPath(patientId)}/medication-orders`, { body: input });
  },

  updateOrder(patientId: string, orderId: string, version: number, patch: Partial<OrderFields>) {
    return apiRequest<CheckedOrder>('PATCH', orderPath(patientId, orderId), {
      body: patch,
      headers: { 'If-Match': etagOf(version) },
    });
  },

  signOrder(patientId: string, orderId: string, input: SignInput): Promise<CheckedOrder> {
    return apiRequest<CheckedOrder>('POST', `${orderPath(patientId, orderId)}/sign`, { body: input });
  },

  cosignOrder(patientId: string, orderId: string): Promise<MedicationOrder> {
    return apiRequest<MedicationOrder>('POST', `${orderPath(patientId, orderId)}/cosign`);
  },

  discardOrder(patientId: string, orderId: string, reason: string): Promise<MedicationOrder> {
    return apiRequest<MedicationOrder>('POST', `${orderPath(patientId, orderId)}/entered-in-error`, {
      body: { reason },
    });
  },

  async adherence(patientId: string, signal?: AbortSignal): Promise<Adherence[]> {
    const page = await apiRequest<{ items: Adherence[] }>('GET', `${patientPath(patientId)}/adherence`, {
      signal,
    });
    return page.items;
  },

  getScores(patientId: string, signal?: AbortSignal): Promise<Scores> {
    return apiRequest<Scores>('GET', `${patientPath(patientId)}/scores`, { signal });
  },

  /** `authoredAt` (YYYY-MM-DD): the day a paper form was answered, when entered later. */
  submitScore(
    patientId: string,
    instrument: string,
    answers: number[],
    authoredAt?: string,
  ): Promise<SubmittedScore> {
    return apiRequest<SubmittedScore>('POST', `${patientPath(patientId)}/scores`, {
      body: { instrument, answers, ...(authoredAt ? { authoredAt } : {}) },
    });
  },

  async listTasks(filter: { status?: TaskStatus; patientId?: string }, signal?: AbortSignal) {
    const params = new URLSearchParams({ limit: '200' });
    if (filter.status) params.set('status', filter.status);
    if (filter.patientId) params.set('patientId', filter.patientId);
    const page = await apiRequest<{ items: Task[] }>('GET', `/api/v1/tasks?${params}`, { signal });
    return page.items;
  },

  updateTask(task: Pick<Task, 'id' | 'version'>, change: { status?: TaskStatus; note?: string | null }) {
    return apiRequest<Task>('PATCH', `/api/v1/tasks/${encodeURIComponent(task.id)}`, {
      body: change,
      headers: { 'If-Match': etagOf(task.version) },
    });
  },

  async caseload(signal?: AbortSignal): Promise<CaseloadItem[]> {
    const page = await apiRequest<{ items: CaseloadItem[] }>('GET', '/api/v1/caseload?limit=500', { signal });
    return page.items;
  },
};

/** The parts of visits, lab results and side-effect reports the timeline draws. */
export interface AppointmentSummary {
  id: string;
  startsAt: string;
  status: string;
  modality?: string | null;
  clinicianName?: string | null;
  reasonKind?: string | null;
}

export interface ObservationSummary {
  id: string;
  name: string;
  code?: string | null;
  value: number | null;
  unit: string | null;
  diastolic?: number | null;
  phenotype?: string | null;
  effectiveAt: string;
  status?: string | null;
  interpretation: { flag: string | null; message?: string | null; severity?: string | null } | null;
}

export interface SideEffectReport {
  id: string;
  symptom: string;
  severity: string | null;
  medication: string | null;
  note?: string | null;
  createdAt: string;
}

/** Visits, labs and side effects come from other parts of the chart: a refusal leaves a lane out. */
async function itemsOrNone<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  try {
    const page = await apiRequest<{ items?: T[] }>('GET', path, { signal });
    return Array.isArray(page.items) ? page.items : [];
  } catch (error) {
    if (signal?.aborted) throw error;
    return [];
  }
}

export async function timelineSources(patientId: string, signal?: AbortSignal) {
  const base = patientPath(patientId);
  const [appointments, observations, sideEffects] = await Promise.all([
    itemsOrNone<AppointmentSummary>(`${base}/appointments`, signal),
    itemsOrNone<ObservationSummary>(`${base}/observations`, signal),
    itemsOrNone<SideEffectReport>(`${base}/side-effects`, signal),
  ]);
  return { appointments, observations, sideEffects };
}

/** Roles that see the clinician workspace (caseload, tasks, scores entry). */
export const CLINICAL_ROLES = ['prescriber', 'nurse', 'care-coordinator'];

export function isClinical(roles: readonly string[]): boolean {
  return roles.some((role) => CLINICAL_ROLES.includes(role));
}

/** Orders that are in effect or on the way to it, for the medication list and the timeline. */
export const CURRENT_STATUSES: readonly OrderStatus[] = ['active', 'pending-cosign'];

export function doseLabel(order: Pick<MedicationOrder, 'doseAmount' | 'doseUnit' | 'frequency'>): string {
  const dose =
    order.doseAmount !== null ? `${order.doseAmount}${order.doseUnit ? ` ${order.doseUnit}` : ''}` : '';
  return [dose, frequencyLabel(order.frequency)].filter(Boolean).join(' ');
}

export function frequencyLabel(frequency: OrderFrequency): string {
  if (frequency.text) return frequency.text;
  const n = frequency.timesPerDay;
  if (!n) return '';
  return (
    (
      { 1: 'daily', 2: 'twice daily', 3: 'three times daily', 4: 'four times daily' } as Record<
        number,
        string
      >
    )[n] ?? `${n} times a day`
  );
}

/** Daily dose in mg when the order states it plainly; what the timeline's bar thickness follows. */
export function dailyMg(
  order: Pick<MedicationOrder, 'doseAmount' | 'doseUnit' | 'frequency'>,
): number | null {
  if (order.doseAmount === null || order.doseUnit?.toLowerCase() !== 'mg') return null;
  return order.doseAmount * (order.frequency.timesPerDay ?? 1);
}

export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
