// Typed calls for the portal's between-visit pages: refill requests, the daily check-in, side-effect
// reports, messages with the care team and appointments. Shapes follow the server's
// `http/routes/between-visits.ts` and `http/routes/visits.ts`.

import { apiRequest } from './api.js';
import type { CrisisResource } from './portal-care.js';

export type RefillStatus =
  | 'requested'
  | 'approved'
  | 'denied'
  | 'needs-visit'
  | 'needs-prescription'
  | 'sent';

export interface RefillRequest {
  id: string;
  medicationOrderId: string;
  medication: string;
  status: RefillStatus | string;
  policyDecision: string | null;
  /** The clinic policy's answer in plain words, written for the patient. */
  policyReason: string | null;
  reviewDate: string | null;
  note: string | null;
  requestedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  deferred?: boolean;
}

/** Plain words for a refill status. */
export function refillStatusLabel(status: string): string {
  switch (status) {
    case 'requested':
      return 'Waiting for your care team';
    case 'approved':
      return 'Approved';
    case 'sent':
      return 'Sent to your pharmacy';
    case 'denied':
      return 'Not approved';
    case 'needs-visit':
      return 'Your clinic needs to see you first';
    case 'needs-prescription':
      return 'Needs a new prescription from your prescriber';
    default:
      return status;
  }
}

export const SEVERITIES = [
  { value: 'mild', label: 'Mild: I notice it, but it doesn’t get in the way' },
  { value: 'moderate', label: 'Moderate: it gets in the way of my day' },
  { value: 'severe', label: 'Severe: I can’t do my usual things' },
  { value: 'life-threatening', label: 'Dangerous: I feel my life could be at risk' },
] as const;
export type Severity = (typeof SEVERITIES)[number]['value'];

export interface DailyCheckInInput {
  mood?: number | null;
  anxiety?: number | null;
  sleepHours?: number | null;
  sleepQuality?: number | null;
  cravings?: number | null;
  substanceUse?: boolean | null;
  sideEffects?: { symptom: string; severity: Severity }[];
  note?: string | null;
  safe: boolean;
}

export interface DailyCheckInResult {
  checkIn: { id: string; date: string; safe: boolean; createdAt: string };
  safetyTaskCreated: boolean;
  sideEffectTaskId: string | null;
  crisisMessage?: string;
  crisisResources?: CrisisResource[];
  whatHappensNext?: string;
}

export interface DueScale {
  assignmentId: string;
  instrument: string;
  title: string;
  dueDate: string;
  lastCompleted: string | null;
  reason: 'schedule' | 'before-visit';
}

export interface CheckInsDue {
  today: string;
  scales: DueScale[];
  upcoming: DueScale[];
  dailyCheckInDone: boolean;
}

export interface SideEffectResult {
  report: { id: string; symptom: string; severity: string; medication: string | null; createdAt: string };
  whatHappensNext: string;
  crisisResources?: CrisisResource[];
}

export interface Message {
  id: string;
  threadId: string;
  subject: string | null;
  body: string;
  senderKind: 'patient' | 'staff' | string;
  notSafe: boolean;
  readAt: string | null;
  createdAt: string;
}

export interface MessageList {
  items: Message[];
  unread: number;
  notice: string;
  crisisResources: CrisisResource[];
}

export interface SentMessage {
  message: Message;
  notice: string;
  crisisResources: CrisisResource[];
  whatHappensNext: string;
  crisisMessage?: string;
  safetyTaskCreated?: boolean;
}

export interface Appointment {
  id: string;
  clinicianName: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  modality: string;
  location: string | null;
  telehealthUrl: string | null;
  status: string;
}

export const moreApi = {
  async refills(signal?: AbortSignal): Promise<RefillRequest[]> {
    return (await apiRequest<{ items: RefillRequest[] }>('GET', '/api/v1/me/refill-requests', { signal }))
      .items;
  },
  requestRefill(medicationOrderId: string, note: string | null): Promise<RefillRequest> {
    return apiRequest('POST', '/api/v1/me/refill-requests', {
      body: note ? { medicationOrderId, note } : { medicationOrderId },
    });
  },
  due(signal?: AbortSignal): Promise<CheckInsDue> {
    return apiRequest('GET', '/api/v1/me/check-ins/due', { signal });
  },
  checkIn(input: DailyCheckInInput): Promise<DailyCheckInResult> {
    return apiRequest('POST', '/api/v1/me/check-ins', { body: input });
  },
  reportSideEffect(input: {
    symptom: string;
    severity: Severity;
    since?: string | null;
    medicationOrderId?: string | null;
    note?: string | null;
  }): Promise<SideEffectResult> {
    return apiRequest('POST', '/api/v1/me/side-effects', { body: input });
  },
  messages(signal?: AbortSignal): Promise<MessageList> {
    return apiRequest('GET', '/api/v1/me/messages', { signal });
  },
  sendMessage(input: {
    body: string;
    subject?: string | null;
    threadId?: string | null;
    notSafe?: boolean;
  }): Promise<SentMessage> {
    return apiRequest('POST', '/api/v1/me/messages', { body: input });
  },
  markRead(messageId: string): Promise<Message> {
    return apiRequest('POST', `/api/v1/me/messages/${encodeURIComponent(messageId)}/read`, { body: {} });
  },
  async appointments(signal?: AbortSignal): Promise<Appointment[]> {
    return (await apiRequest<{ items: Appointment[] }>('GET', '/api/v1/me/appointments', { signal })).items;
  },
  calendarUrl(appointmentId: string): string {
    return `/api/v1/me/appointments/${encodeURIComponent(appointmentId)}/calendar.ics`;
  },
  askToReschedule(
    appointmentId: string,
    input: { preferredTimes: string[]; note?: string | null },
  ): Promise<{ taskId: string; status: string }> {
    return apiRequest(
      'POST',
      `/api/v1/me/appointments/${encodeURIComponent(appointmentId)}/reschedule-request`,
      { body: input },
    );
  },
};

/** "Monday 2 Nov" style date for a `YYYY-MM-DD`. */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Date and time of an instant in the patient's time zone, e.g. "Tuesday, Dec 1, 10:00 AM". */
export function dateTimeIn(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(at));
}
