import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../db/schema.js';
import type { AppointmentService } from '../../domain/appointments.js';
import type { VisitNoteService } from '../../domain/visit-notes.js';
import { expectedVersion, requirePrincipal, setEtag } from '../context.js';
import { IdParams, Uuid } from '../schemas.js';

/** Who books and sees a patient's appointments (administrative: front desk and admin included). */
const SCHEDULERS: readonly Role[] = ['front-desk', 'prescriber', 'nurse', 'care-coordinator', 'admin'];
/** Visit notes are clinical: therapists and collaborators read them only as consent grants `notes`. */
const NOTE_READERS: readonly Role[] = [
  'prescriber',
  'nurse',
  'care-coordinator',
  'therapist',
  'collaborator',
];
const NOTE_WRITERS: readonly Role[] = ['prescriber', 'nurse'];
const NOTE_SIGNERS: readonly Role[] = ['prescriber'];

const text = (max: number) => z.string().trim().min(1).max(max);
const DateTimeString = z.iso.datetime({
  offset: true,
  message: 'must be an ISO date-time, e.g. 2026-12-01T15:00:00Z',
});
const Modality = z.enum(['telehealth', 'in-person']);
const AppointmentParams = z.object({ id: Uuid, appointmentId: Uuid }).strict();
const OwnAppointmentParams = z.object({ appointmentId: Uuid }).strict();
const NoteParams = z.object({ id: Uuid, noteId: Uuid }).strict();

const AppointmentBody = z
  .object({
    clinicianId: Uuid.optional(),
    startsAt: DateTimeString,
    endsAt: DateTimeString.optional(),
    durationMinutes: z.number().int().min(5).max(480).optional(),
    modality: Modality,
    reasonKind: z.enum(['intake', 'follow-up', 'medication-check']),
    location: text(300).nullable().optional(),
  })
  .strict();
const AppointmentPatch = z
  .object({
    startsAt: DateTimeString.optional(),
    endsAt: DateTimeString.optional(),
    modality: Modality.optional(),
    clinicianId: Uuid.optional(),
    location: text(300).nullable().optional(),
    status: z.enum(['booked', 'arrived', 'fulfilled', 'cancelled', 'no-show']).optional(),
    cancelReason: text(500).nullable().optional(),
  })
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: 'send at least one field to change' });
const ScheduleQuery = z
  .object({ from: DateTimeString.optional(), to: DateTimeString.optional(), clinicianId: Uuid.optional() })
  .strict();
const RescheduleBody = z
  .object({ preferredTimes: z.array(DateTimeString).min(1).max(5), note: text(500).nullable().optional() })
  .strict();

const Decision = z
  .object({
    kind: z.enum(['keep', 'raise', 'lower', 'switch', 'add', 'taper', 'stop']),
    orderId: Uuid.nullable().optional(),
    drug: text(200).nullable().optional(),
    note: text(500).nullable().optional(),
  })
  .strict()
  .refine((d) => Boolean(d.orderId || d.drug), { message: 'name the order (orderId) or the drug' });
const NoteBody = z.object({ appointmentId: Uuid.optional() }).strict();
const NotePatch = z
  .object({
    subjective: text(10_000).nullable().optional(),
    assessment: text(10_000).nullable().optional(),
    riskLevel: z.enum(['none', 'low', 'moderate', 'high', 'imminent']).nullable().optional(),
    decisions: z.array(Decision).max(30).optional(),
    plan: text(10_000).nullable().optional(),
  })
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: 'send at least one field to change' });
const SignBody = z
  .object({
    modality: Modality.optional(),
    startsAt: DateTimeString.optional(),
    durationMinutes: z.number().int().min(5).max(480).optional(),
    clinicianId: Uuid.optional(),
  })
  .strict();
const AmendmentBody = z.object({ text: text(10_000), reason: text(1000) }).strict();

export interface VisitServices {
  appointments: AppointmentService;
  visitNotes: VisitNoteService;
}

/** Appointments, the clinic schedule, the patient's calendar file, and follow-up visit notes. */
export function visitRoutes({ appointments, visitNotes }: VisitServices) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/patients/:id/appointments',
      {
        config: { access: SCHEDULERS, section: 'appointments' },
        schema: { tags: ['visits'], summary: 'The patient’s appointments, oldest first', params: IdParams },
      },
      async (request) => ({ items: await appointments.list(requirePrincipal(request), request.params.id) }),
    );
    app.post(
      '/patients/:id/appointments',
      {
        config: { access: SCHEDULERS, section: 'appointments' },
        schema: {
          tags: ['visits'],
          summary: 'Book an appointment (telehealth gets a fresh link; in person the clinic address)',
          params: IdParams,
          body: AppointmentBody,
        },
      },
      async (request, reply) => {
        const appointment = await appointments.book(
          requirePrincipal(request),
          request.params.id,
          request.body,
        );
        setEtag(reply, appointment.version);
        return reply
          .status(201)
          .header('location', `/api/v1/patients/${request.params.id}/appointments/${appointment.id}`)
          .send(appointment);
      },
    );
    app.patch(
      '/patients/:id/appointments/:appointmentId',
      {
        config: { access: SCHEDULERS, section: 'appointments' },
        schema: {
          tags: ['visits'],
          summary: 'Reschedule, cancel or record arrival/no-show (If-Match)',
          params: AppointmentParams,
          body: AppointmentPatch,
        },
      },
      async (request, reply) => {
        const appointment = await appointments.change(
          requirePrincipal(request),
          request.params.id,
          request.params.appointmentId,
          () => expectedVersion(request),
          request.body,
        );
        setEtag(reply, appointment.version);
        return appointment;
      },
    );
    app.get(
      '/appointments',
      {
        config: { access: SCHEDULERS },
        schema: {
          tags: ['visits'],
          summary: 'The clinic schedule (default: the next 7 days); no clinical content',
          querystring: ScheduleQuery,
        },
      },
      async (request) => appointments.schedule(requirePrincipal(request), request.query),
    );
    app.get(
      '/me/appointments',
      {
        config: { access: ['patient'] },
        schema: { tags: ['portal'], summary: 'My upcoming appointments with link or address' },
      },
      async (request) => ({ items: await appointments.mine(requirePrincipal(request)) }),
    );
    app.get(
      '/me/appointments/:appointmentId/calendar.ics',
      {
        config: { access: ['patient'] },
        schema: {
          tags: ['portal'],
          summary: 'One of my appointments as an iCalendar file',
          params: OwnAppointmentParams,
        },
      },
      async (request, reply) => {
        const body = await appointments.calendar(requirePrincipal(request), request.params.appointmentId);
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="appointment.ics"')
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
    app.post(
      '/me/appointments/:appointmentId/reschedule-request',
      {
        config: { access: ['patient'] },
        schema: {
          tags: ['portal'],
          summary: 'Ask the clinic to move an appointment (a task for the front desk and coordinator)',
          params: OwnAppointmentParams,
          body: RescheduleBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await appointments.requestReschedule(
              requirePrincipal(request),
              request.params.appointmentId,
              request.body,
            ),
          ),
    );

    app.get(
      '/patients/:id/visit-notes',
      {
        config: { access: NOTE_READERS, section: 'notes' },
        schema: {
          tags: ['visits'],
          summary: 'Visit notes with their amendments, newest first',
          params: IdParams,
        },
      },
      async (request) => ({ items: await visitNotes.list(requirePrincipal(request), request.params.id) }),
    );
    app.post(
      '/patients/:id/visit-notes',
      {
        config: { access: NOTE_WRITERS, section: 'notes' },
        schema: {
          tags: ['visits'],
          summary: 'Start a draft note pre-filled with everything since the last signed note',
          params: IdParams,
          body: NoteBody,
        },
      },
      async (request, reply) => {
        const note = await visitNotes.createDraft(requirePrincipal(request), request.params.id, request.body);
        setEtag(reply, note.version);
        return reply
          .status(201)
          .header('location', `/api/v1/patients/${request.params.id}/visit-notes/${note.id}`)
          .send(note);
      },
    );
    app.get(
      '/patients/:id/visit-notes/:noteId',
      {
        config: { access: NOTE_READERS, section: 'notes' },
        schema: { tags: ['visits'], summary: 'A visit note with its amendments', params: NoteParams },
      },
      async (request, reply) => {
        const note = await visitNotes.get(
          requirePrincipal(request),
          request.params.id,
          request.params.noteId,
        );
        setEtag(reply, note.version);
        return note;
      },
    );
    app.get(
      '/patients/:id/visit-notes/:noteId/recommendation',
      {
        // Those who edit the note see what signing it would book (the same computation as signing).
        config: { access: NOTE_WRITERS, section: 'notes' },
        schema: {
          tags: ['visits'],
          summary: 'What signing this draft would book now: interval, date, modality and the reasons',
          params: NoteParams,
        },
      },
      async (request) =>
        visitNotes.preview(requirePrincipal(request), request.params.id, request.params.noteId),
    );
    app.patch(
      '/patients/:id/visit-notes/:noteId',
      {
        config: { access: NOTE_WRITERS, section: 'notes' },
        schema: {
          tags: ['visits'],
          summary: 'Edit a draft note (If-Match); signed notes are amended instead',
          params: NoteParams,
          body: NotePatch,
        },
      },
      async (request, reply) => {
        const note = await visitNotes.update(
          requirePrincipal(request),
          request.params.id,
          request.params.noteId,
          () => expectedVersion(request),
          request.body,
        );
        setEtag(reply, note.version);
        return note;
      },
    );
    app.post(
      '/patients/:id/visit-notes/:noteId/sign',
      {
        config: { access: NOTE_SIGNERS, section: 'notes' },
        schema: {
          tags: ['visits'],
          summary: 'Sign the note and book the next visit at the engine’s interval and modality',
          params: NoteParams,
          body: SignBody,
        },
      },
      async (request, reply) => {
        const result = await visitNotes.sign(
          requirePrincipal(request),
          request.params.id,
          request.params.noteId,
          request.body,
        );
        setEtag(reply, result.note.version);
        return result;
      },
    );
    app.post(
      '/patients/:id/visit-notes/:noteId/amendments',
      {
        config: { access: NOTE_WRITERS, section: 'notes' },
        schema: {
          tags: ['visits'],
          summary: 'Amend a signed note (the original stays as signed)',
          params: NoteParams,
          body: AmendmentBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await visitNotes.amend(
              requirePrincipal(request),
              request.params.id,
              request.params.noteId,
              request.body,
            ),
          ),
    );
  };
}
