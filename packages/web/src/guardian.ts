// Typed calls for a guardian's view of linked adolescents. Shapes follow the server's
// `http/routes/guardian.ts` (`domain/guardian-view.ts`).

import { apiRequest } from './api.js';

export interface GuardianAdolescent {
  id: string;
  givenName: string;
  preferredName: string | null;
  relationship: string;
  timeZone: string;
  /** Parts of the record the adolescent shares with this guardian now. */
  shares: string[];
  sharesMedications: boolean;
}

export interface GuardianAppointment {
  id: string;
  clinicianName: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  modality: string;
  location: string | null;
  status: string;
}

export interface GuardianReminder {
  id: string;
  dueAt: string;
  scheduledFor: string;
  medication: string;
  anchor: string;
  doseText: string;
}

export interface GuardianSchedule {
  adolescent: GuardianAdolescent;
  appointments: GuardianAppointment[];
  reminders:
    | { shared: true; message: null; items: GuardianReminder[] }
    | { shared: false; message: string; items: [] };
}

export const guardianApi = {
  async adolescents(signal?: AbortSignal): Promise<GuardianAdolescent[]> {
    return (
      await apiRequest<{ items: GuardianAdolescent[] }>('GET', '/api/v1/guardian/adolescents', { signal })
    ).items;
  },
  schedule(
    patientId: string,
    range: { from: Date; to: Date },
    signal?: AbortSignal,
  ): Promise<GuardianSchedule> {
    const q = new URLSearchParams({ from: range.from.toISOString(), to: range.to.toISOString() });
    return apiRequest('GET', `/api/v1/guardian/adolescents/${encodeURIComponent(patientId)}/schedule?${q}`, {
      signal,
    });
  },
};
