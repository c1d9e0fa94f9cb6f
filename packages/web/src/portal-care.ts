// Typed calls and shapes for the patient portal's care pages: medications and their education,
// dose reminders and the dose log, the daily routine, check-ins (rating scales) and progress.
// Same CSRF, problem+json errors and 401 handling as `api.ts` (through `apiRequest`).

import { ApiError, apiRequest } from './api.js';

export interface Education {
  drug: string;
  purpose: string;
  howToTake: string;
  weeks1to2: string;
  weeks4to8: string;
  commonSideEffects: string[];
  seriousSideEffects: string[];
  whenToCall: string;
  missedDose: string;
  questionsToAsk: string[];
}

export interface MyMedication {
  id: string;
  drug: string;
  displayName: string;
  strength: string | null;
  doseAmount: number | null;
  doseUnit: string | null;
  route: string | null;
  frequency: { timesPerDay?: number | null; text?: string | null } | null;
  indication: string | null;
  startDate: string | null;
  refills: number | null;
  pharmacy: string | null;
  education: Education[];
}

export type ReminderStatus = 'planned' | 'sent' | 'snoozed' | 'cancelled' | 'failed' | string;

export interface Reminder {
  id: string;
  dueAt: string;
  scheduledFor: string;
  status: ReminderStatus;
  medicationOrderId: string;
  medication: string;
  anchor: string;
  doseText: string;
  missedDoseInstruction: string | null;
}

export type DoseStatus = 'taken' | 'skipped' | 'late' | 'entered-in-error';

export interface DoseEvent {
  id: string;
  medicationOrderId: string;
  scheduledFor: string | null;
  status: DoseStatus;
  reason: SkipReason | null;
  takenAt: string | null;
  recordedAt: string;
}

/** The server's skip reasons (`SKIP_REASONS`) with the words a patient reads. */
export const SKIP_REASONS = [
  { value: 'forgot', label: 'I forgot' },
  { value: 'side-effects', label: 'Side effects' },
  { value: 'cost', label: 'The cost' },
  { value: 'ran-out', label: 'I ran out' },
  { value: 'felt-fine', label: 'I felt fine without it' },
  { value: 'felt-off', label: 'I felt “off”' },
] as const;

export type SkipReason = (typeof SKIP_REASONS)[number]['value'];

export function skipReasonLabel(reason: string | null): string {
  return SKIP_REASONS.find((r) => r.value === reason)?.label ?? 'No reason given';
}

export const ANCHORS = [
  { key: 'wake', label: 'Wake up' },
  { key: 'breakfast', label: 'Breakfast' },
  { key: 'lunch', label: 'Lunch' },
  { key: 'dinner', label: 'Dinner' },
  { key: 'bedtime', label: 'Bedtime' },
] as const;

export type AnchorKey = (typeof ANCHORS)[number]['key'];
export type AnchorTimes = Partial<Record<AnchorKey, string>>;

export interface Routine {
  version: number;
  timeZone: string;
  anchors: AnchorTimes;
  weekdays: Record<string, AnchorTimes>;
  shiftPattern: { startDate: string; days: AnchorTimes[] } | null;
  quietHours: { start: string; end: string } | null;
  snoozeMinutes: number;
  channels: { email: boolean; webPushSubscriptions: number; sms: boolean };
}

export interface RoutineInput {
  anchors: AnchorTimes;
  weekdays?: Record<string, AnchorTimes>;
  shiftPattern?: { startDate: string; days: AnchorTimes[] } | null;
  quietHours: { start: string; end: string } | null;
  snoozeMinutes?: number;
  channels: {
    email: boolean;
    webPushSubscription?: { endpoint: string; keys: { p256dh: string; auth: string } };
  };
}

export interface InstrumentForm {
  id: string;
  title: string;
  lookBack: string;
  instructions: string;
  totalRange: { min: number; max: number } | null;
  items: {
    number: number;
    label: string;
    text: string;
    optional: boolean;
    critical: boolean;
    askedWhen: string | null;
    options: { value: string; label: string }[];
  }[];
}

export interface CrisisResource {
  name: string;
  action: string;
  phone: string | null;
  text: string | null;
  url: string | null;
}

export interface ScoreSubmission {
  id: string;
  instrument: string;
  total: number | null;
  band: string | null;
  authoredAt: string;
  safetyTaskCreated: boolean;
  crisisMessage?: string;
  crisisResources?: CrisisResource[];
}

export interface ScoreItem {
  id: string;
  instrument: string;
  total: number | null;
  band: string | null;
  authoredAt: string;
}

export interface SeriesPoint {
  date: string;
  total: number;
}

export interface ScoreSeries {
  instrument: string;
  points: SeriesPoint[];
  interpretation: {
    baseline: SeriesPoint;
    latest: SeriesPoint;
    best: SeriesPoint;
    percentChange: number | null;
    response: boolean | null;
    remission: boolean | null;
    reliableChange: 'improved' | 'worsened' | 'none' | null;
    reliableWorsening: boolean | null;
    worsenedFromBest: boolean | null;
    sustainedRemission: boolean | null;
    trend: 'improving' | 'worsening' | 'stable' | null;
  };
}

export interface MyScores {
  items: ScoreItem[];
  series: ScoreSeries[];
}

/** The check-ins the portal offers (self-report scales the clinic tracks over time). */
export const CHECK_INS = [
  { instrument: 'PHQ-9', slug: 'phq-9', title: 'Mood check-in (PHQ-9)', about: 'How your mood has been' },
  {
    instrument: 'GAD-7',
    slug: 'gad-7',
    title: 'Worry check-in (GAD-7)',
    about: 'How much worry and nerves have bothered you',
  },
] as const;

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

export const portalApi = {
  async medications(signal?: AbortSignal): Promise<MyMedication[]> {
    return (await apiRequest<{ items: MyMedication[] }>('GET', '/api/v1/me/medications', { signal })).items;
  },
  async reminders(from: Date, to: Date, signal?: AbortSignal): Promise<Reminder[]> {
    const path = `/api/v1/me/reminders?${q({ from: from.toISOString(), to: to.toISOString() })}`;
    return (await apiRequest<{ items: Reminder[] }>('GET', path, { signal })).items;
  },
  snooze(reminderId: string): Promise<{ id: string; status: 'snoozed'; dueAt: string }> {
    return apiRequest('POST', `/api/v1/me/reminders/${encodeURIComponent(reminderId)}/snooze`, { body: {} });
  },
  logDose(input: {
    medicationOrderId: string;
    status: 'taken' | 'skipped';
    reason?: SkipReason;
    scheduledFor?: string;
    takenAt?: string;
  }): Promise<DoseEvent> {
    return apiRequest<DoseEvent>('POST', '/api/v1/me/dose-events', { body: input });
  },
  async doseEvents(from: Date, signal?: AbortSignal): Promise<DoseEvent[]> {
    const path = `/api/v1/me/dose-events?${q({ from: from.toISOString() })}`;
    return (await apiRequest<{ items: DoseEvent[] }>('GET', path, { signal })).items;
  },
  routine(signal?: AbortSignal): Promise<Routine> {
    return apiRequest<Routine>('GET', '/api/v1/me/routine', { signal });
  },
  /** Saves the routine; the server refuses (412) when `version` is no longer the current one. */
  saveRoutine(version: number, input: RoutineInput): Promise<Routine> {
    return apiRequest<Routine>('PUT', '/api/v1/me/routine', {
      body: input,
      headers: { 'If-Match': `W/"${version}"` },
    });
  },
  /** The server's VAPID public key, or null when web push is off (404). */
  async pushPublicKey(signal?: AbortSignal): Promise<string | null> {
    try {
      return (await apiRequest<{ publicKey: string }>('GET', '/api/v1/me/push/public-key', { signal }))
        .publicKey;
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) return null;
      throw caught;
    }
  },
  instrument(name: string, signal?: AbortSignal): Promise<InstrumentForm> {
    return apiRequest<InstrumentForm>('GET', `/api/v1/instruments/${encodeURIComponent(name)}`, { signal });
  },
  submitScore(instrument: string, answers: (string | null)[]): Promise<ScoreSubmission> {
    return apiRequest<ScoreSubmission>('POST', '/api/v1/me/scores', { body: { instrument, answers } });
  },
  scores(signal?: AbortSignal): Promise<MyScores> {
    return apiRequest<MyScores>('GET', '/api/v1/me/scores', { signal });
  },
};

/** `YYYY-MM-DD` of an instant in a time zone (the patient's day, not the browser's). */
export function localDate(at: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));
}

export function formatTime(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(
    new Date(at),
  );
}

/** "Today", "Tomorrow", "Yesterday" or "Wednesday, Nov 25" for a `YYYY-MM-DD` relative to `today`. */
export function dayLabel(date: string, today: string): string {
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  if (days === -1) return 'Yesterday';
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "March 2026" style month of a `YYYY-MM-DD`. */
export function monthName(date: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function shortDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
