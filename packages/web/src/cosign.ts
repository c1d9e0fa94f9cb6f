// The supervising psychiatrist's co-signature queue and what reviewing one order reads: the order with
// its alerts and override reasons, the patient's other medications, allergies, diagnoses and recent
// results. Those reads are the ones the server opens to the supervisor while the order waits
// (cosign review), even off the care team; the chart itself (demographics) stays closed.

import { apiRequest } from './api.js';
import { careApi, type MedicationOrder } from './care.js';
import { monitoringApi, type Observation } from './monitoring.js';

export interface CosignQueueItem {
  order: MedicationOrder;
  /** The minimum a reviewer needs to identify the patient. */
  patient: {
    id: string;
    givenName: string;
    familyName: string;
    preferredName: string | null;
    dateOfBirth: string;
    mrn: string;
  };
  prescriberName: string;
  signedAt: string | null;
  overriddenAlerts: number;
}

/** An alert stored at signing, with the reason it was overridden (if it was). */
export interface StoredAlert {
  id: string;
  orderId: string;
  key: string;
  severity: string;
  title: string;
  detail: string;
  recommendation: string;
  requiresOverride: boolean;
  shownAt: string;
  override: { reason: string; userId: string | null; at: string | null } | null;
}

export interface OrderDetail {
  order: MedicationOrder;
  alerts: StoredAlert[];
  sharedDecision: {
    optionsDiscussed: string[];
    benefitsRisksExplained: boolean;
    patientPreference: string;
  } | null;
}

export interface Allergy {
  id: string;
  substance: string;
  reaction: string | null;
  severity: string | null;
  type: string | null;
  clinicalStatus: string;
  status: string;
}

export interface Condition {
  id: string;
  code: string;
  display: string;
  clinicalStatus: string;
  onsetDate: string | null;
  status: string;
}

export interface CosignReview {
  detail: OrderDetail;
  medications: MedicationOrder[];
  allergies: Allergy[];
  conditions: Condition[];
  observations: Observation[];
}

const patientPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;

async function items<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  return (await apiRequest<{ items: T[] }>('GET', path, { signal })).items;
}

export const cosignApi = {
  async queue(signal?: AbortSignal): Promise<CosignQueueItem[]> {
    return items<CosignQueueItem>('/api/v1/cosign-queue', signal);
  },

  /** Everything the review panel shows, read in parallel. */
  async review(patientId: string, orderId: string, signal?: AbortSignal): Promise<CosignReview> {
    const base = patientPath(patientId);
    const [detail, medications, allergies, conditions, observations] = await Promise.all([
      apiRequest<OrderDetail>('GET', `${base}/medication-orders/${encodeURIComponent(orderId)}`, { signal }),
      careApi.listOrders(patientId, signal),
      items<Allergy>(`${base}/allergies`, signal),
      items<Condition>(`${base}/conditions`, signal),
      monitoringApi.observations(patientId, signal),
    ]);
    return { detail, medications, allergies, conditions, observations };
  },

  cosign: careApi.cosignOrder,
};
