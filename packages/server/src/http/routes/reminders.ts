import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../db/schema.js';
import type { ReminderService } from '../../domain/reminders.js';
import { isKnownPushService } from '../../notify/web-push.js';
import { SKIP_REASONS } from '../../reminders/adherence.js';
import { ANCHORS, WEEKDAYS } from '../../reminders/schedule.js';
import { expectedVersion, requirePrincipal, setEtag } from '../context.js';
import { IdParams, IsoDate, Uuid } from '../schemas.js';

/** Clinical roles that see the medications section through the care team. */
const MEDICATION_ROLES: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator'];

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM');
const Anchor = z.enum(ANCHORS as [string, ...string[]]).transform((v) => v as (typeof ANCHORS)[number]);
const AnchorTimes = z
  .object(
    Object.fromEntries(ANCHORS.map((a) => [a, LocalTime.optional()])) as Record<
      string,
      z.ZodOptional<typeof LocalTime>
    >,
  )
  .strict();
const Weekdays = z
  .object(
    Object.fromEntries(WEEKDAYS.map((d) => [d, AnchorTimes.optional()])) as Record<
      string,
      z.ZodOptional<typeof AnchorTimes>
    >,
  )
  .strict();
const Instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with offset' });

const RoutineBody = z
  .object({
    anchors: AnchorTimes,
    weekdays: Weekdays.optional(),
    shiftPattern: z
      .object({ startDate: IsoDate, days: z.array(AnchorTimes).min(1).max(28) })
      .strict()
      .nullable()
      .optional(),
    quietHours: z.object({ start: LocalTime, end: LocalTime }).strict().nullable().optional(),
    snoozeMinutes: z.number().int().min(5).max(240).optional(),
    channels: z
      .object({
        email: z.boolean().optional(),
        webPushSubscription: z
          .object({
            endpoint: z
              .url()
              .startsWith('https://')
              .refine(
                isKnownPushService,
                'must be a browser push service (Google, Mozilla, Apple or Microsoft)',
              ),
            keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }).strict(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const ScheduleItem = z
  .object({
    medicationOrderId: Uuid,
    anchor: Anchor,
    offsetMinutes: z.number().int().min(-720).max(720).optional(),
    doseText: z.string().trim().min(1).max(200),
    startDate: IsoDate,
    endDate: IsoDate.nullable().optional(),
  })
  .strict();

const DoseEventBody = z
  .object({
    medicationOrderId: Uuid,
    status: z.enum(['taken', 'skipped', 'late']),
    reason: z
      .enum(SKIP_REASONS as [string, ...string[]])
      .transform((v) => v as (typeof SKIP_REASONS)[number])
      .optional(),
    takenAt: Instant.optional(),
    scheduledFor: Instant.optional(),
  })
  .strict();

const Range = z.object({ from: Instant.optional(), to: Instant.optional() }).strict();

export function reminderRoutes(reminders: ReminderService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/me/push/public-key',
      {
        config: { access: ['patient', 'guardian'] },
        schema: {
          tags: ['portal'],
          summary: 'VAPID public key for subscribing this browser to reminder pushes (404 when push is off)',
        },
      },
      async () => reminders.webPushPublicKey(),
    );
    app.get(
      '/me/routine',
      {
        config: { access: ['patient'] },
        schema: { tags: ['portal'], summary: 'My daily routine and reminder settings' },
      },
      async (request, reply) => {
        const routine = await reminders.getRoutine(requirePrincipal(request));
        setEtag(reply, routine.version);
        return routine;
      },
    );
    app.put(
      '/me/routine',
      {
        config: { access: ['patient'] },
        schema: {
          tags: ['portal'],
          summary:
            'Set my routine (anchors per weekday or shift cycle, quiet hours, snooze, channels); If-Match: W/"0" the first time',
          body: RoutineBody,
        },
      },
      async (request, reply) => {
        const routine = await reminders.putRoutine(
          requirePrincipal(request),
          expectedVersion(request),
          request.body,
        );
        setEtag(reply, routine.version);
        return routine;
      },
    );
    app.get(
      '/me/reminders',
      {
        config: { access: ['patient'] },
        schema: {
          tags: ['portal'],
          summary: 'My upcoming dose reminders (default: the next 48 hours)',
          querystring: Range,
        },
      },
      async (request) =>
        reminders.listReminders(requirePrincipal(request), request.query.from, request.query.to),
    );
    app.post(
      '/me/reminders/:reminderId/snooze',
      {
        config: { access: ['patient'] },
        schema: {
          tags: ['portal'],
          summary: 'Snooze a reminder (never into quiet hours)',
          params: z.object({ reminderId: Uuid }).strict(),
          body: z.object({ minutes: z.number().int().min(5).max(240).optional() }).strict(),
        },
      },
      async (request) =>
        reminders.snooze(requirePrincipal(request), request.params.reminderId, request.body.minutes),
    );
    app.post(
      '/me/dose-events',
      {
        config: { access: ['patient'] },
        schema: {
          tags: ['portal'],
          summary: 'Log a dose: taken, late, or skipped with a reason',
          body: DoseEventBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await reminders.recordDoseEvent(requirePrincipal(request), null, request.body)),
    );
    app.get(
      '/me/dose-events',
      {
        config: { access: ['patient'] },
        schema: { tags: ['portal'], summary: 'My dose log (default: the last 30 days)', querystring: Range },
      },
      async (request) =>
        reminders.listDoseEvents(requirePrincipal(request), request.query.from, request.query.to),
    );
    app.post(
      '/patients/:id/dose-events',
      {
        config: { access: MEDICATION_ROLES, section: 'medications' },
        schema: {
          tags: ['medications'],
          summary: 'Log a dose for the patient',
          params: IdParams,
          body: DoseEventBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await reminders.recordDoseEvent(requirePrincipal(request), request.params.id, request.body)),
    );
    app.get(
      '/patients/:id/adherence',
      {
        config: { access: MEDICATION_ROLES, section: 'medications' },
        schema: {
          tags: ['medications'],
          summary:
            'Adherence per medication: days covered over 14 and 30 days, skip reasons, misses in a row, alerts',
          params: IdParams,
        },
      },
      async (request) => reminders.adherence(requirePrincipal(request), request.params.id),
    );
    app.get(
      '/patients/:id/dose-schedules',
      {
        config: { access: MEDICATION_ROLES, section: 'medications' },
        schema: {
          tags: ['medications'],
          summary: 'The patient’s routine-anchored dose schedule',
          params: IdParams,
        },
      },
      async (request) => reminders.getSchedules(requirePrincipal(request), request.params.id),
    );
    app.put(
      '/patients/:id/dose-schedules',
      {
        config: { access: MEDICATION_ROLES, section: 'medications' },
        schema: {
          tags: ['medications'],
          summary: 'Replace the patient’s dose schedule (previous items are kept as superseded)',
          params: IdParams,
          body: z.object({ items: z.array(ScheduleItem).max(50) }).strict(),
        },
      },
      async (request) =>
        reminders.putSchedules(requirePrincipal(request), request.params.id, request.body.items),
    );
  };
}
