import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../db/schema.js';
import { type BetweenVisitsService, REPORTED_SEVERITIES } from '../../domain/between-visits.js';
import type { MessageService } from '../../domain/messages.js';
import type { RefillService } from '../../domain/refills.js';
import { expectedVersion, requirePrincipal, setEtag } from '../context.js';
import { IdParams, IsoDate, Uuid } from '../schemas.js';

/** Clinical staff who care for patients on their care teams. */
const CLINICAL: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator'];
/** Check-ins and side effects: therapists and collaborators only as the patient's consent grants. */
const CHART_READERS: readonly Role[] = [...CLINICAL, 'therapist', 'collaborator'];
/** Messages: the clinicians who answer them (a therapist as consent to `notes` grants). */
const MESSAGING: readonly Role[] = [...CLINICAL, 'therapist'];
const PATIENT: readonly Role[] = ['patient'];

const text = (max: number) => z.string().trim().min(1).max(max);
const score = z.number().int().min(0).max(10);

const AssignmentBody = z
  .object({
    instrument: text(40),
    cadence: z.enum(['interval', 'phase']),
    intervalDays: z.number().int().min(1).max(365).nullable().optional(),
    phase: z.enum(['acute', 'stable']).nullable().optional(),
    beforeVisit: z.boolean().optional(),
    startDate: IsoDate.optional(),
  })
  .strict();
const AssignmentPatch = z
  .object({
    cadence: z.enum(['interval', 'phase']).optional(),
    intervalDays: z.number().int().min(1).max(365).nullable().optional(),
    phase: z.enum(['acute', 'stable']).nullable().optional(),
    beforeVisit: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: 'send at least one field to change' });
const AssignmentParams = z.object({ id: Uuid, assignmentId: Uuid }).strict();

const Severity = z.enum(REPORTED_SEVERITIES);
const CheckInBody = z
  .object({
    mood: score.nullable().optional(),
    anxiety: score.nullable().optional(),
    sleepHours: z.number().min(0).max(24).nullable().optional(),
    sleepQuality: z.number().int().min(1).max(5).nullable().optional(),
    cravings: score.nullable().optional(),
    substanceUse: z.boolean().nullable().optional(),
    substanceUseDetail: text(500).nullable().optional(),
    sideEffects: z
      .array(z.object({ symptom: text(120), severity: Severity }).strict())
      .max(20)
      .optional(),
    note: text(2000).nullable().optional(),
    /** "Are you safe right now?" — required, so it is never skipped by accident. */
    safe: z.boolean(),
  })
  .strict();
const RangeQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() }).strict();

const SideEffectBody = z
  .object({
    symptom: text(200),
    severity: Severity,
    since: IsoDate.nullable().optional(),
    medicationOrderId: Uuid.nullable().optional(),
    note: text(2000).nullable().optional(),
  })
  .strict();

const PatientMessageBody = z
  .object({
    body: text(5000),
    subject: text(200).nullable().optional(),
    threadId: Uuid.nullable().optional(),
    notSafe: z.boolean().optional(),
  })
  .strict();
const StaffMessageBody = PatientMessageBody.omit({ notSafe: true });
const MessageParams = z.object({ id: Uuid, messageId: Uuid }).strict();
const MyMessageParams = z.object({ messageId: Uuid }).strict();

const RefillBody = z.object({ medicationOrderId: Uuid, note: text(1000).nullable().optional() }).strict();
const RefillQuery = z
  .object({
    status: z
      .enum(['requested', 'approved', 'denied', 'needs-visit', 'needs-prescription', 'sent'])
      .optional(),
  })
  .strict();
const RefillParams = z.object({ requestId: Uuid }).strict();
const RefillDecisionBody = z
  .object({ decision: z.enum(['approve', 'deny', 'needs-visit']), note: text(1000).nullable().optional() })
  .strict();

export interface BetweenVisitsServices {
  betweenVisits: BetweenVisitsService;
  messages: MessageService;
  refills: RefillService;
}

/** Between visits (issue #6): check-ins, scale assignments, side effects, messages, refills. */
export function betweenVisitsRoutes({ betweenVisits, messages, refills }: BetweenVisitsServices) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    // ——— Scale assignments (measures) ———
    app.get(
      '/patients/:id/scale-assignments',
      {
        config: { access: CHART_READERS, section: 'measures' },
        schema: {
          tags: ['measurement'],
          summary: 'Rating scales assigned to the patient, and how often',
          params: IdParams,
        },
      },
      async (request) => betweenVisits.listAssignments(requirePrincipal(request), request.params.id),
    );
    app.post(
      '/patients/:id/scale-assignments',
      {
        config: { access: CLINICAL, section: 'measures' },
        schema: {
          tags: ['measurement'],
          summary: 'Assign a scale: every N days, or by phase (acute 14 days, stable 30), and before visits',
          params: IdParams,
          body: AssignmentBody,
        },
      },
      async (request, reply) => {
        const assignment = await betweenVisits.createAssignment(
          requirePrincipal(request),
          request.params.id,
          request.body,
        );
        setEtag(reply, assignment.version);
        return reply.status(201).send(assignment);
      },
    );
    app.patch(
      '/patients/:id/scale-assignments/:assignmentId',
      {
        config: { access: CLINICAL, section: 'measures' },
        schema: {
          tags: ['measurement'],
          summary: 'Change or stop a scale assignment (If-Match)',
          params: AssignmentParams,
          body: AssignmentPatch,
        },
      },
      async (request, reply) => {
        const assignment = await betweenVisits.updateAssignment(
          requirePrincipal(request),
          request.params.id,
          request.params.assignmentId,
          () => expectedVersion(request),
          request.body,
        );
        setEtag(reply, assignment.version);
        return assignment;
      },
    );
    app.get(
      '/me/check-ins/due',
      {
        config: { access: PATIENT },
        schema: {
          tags: ['portal'],
          summary: 'My scales due now, upcoming ones, and whether today’s check-in is done',
        },
      },
      async (request) => betweenVisits.due(requirePrincipal(request)),
    );

    // ——— Daily check-ins (measures) ———
    app.post(
      '/me/check-ins',
      {
        config: { access: PATIENT },
        schema: {
          tags: ['portal'],
          summary:
            'My one-minute daily check-in; "not safe" alerts the care team and returns crisis resources',
          body: CheckInBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send(await betweenVisits.submitCheckIn(requirePrincipal(request), request.body)),
    );
    app.get(
      '/me/check-ins',
      {
        config: { access: PATIENT },
        schema: { tags: ['portal'], summary: 'My daily check-ins, newest first', querystring: RangeQuery },
      },
      async (request) => betweenVisits.myCheckIns(requirePrincipal(request), request.query),
    );
    app.get(
      '/patients/:id/check-ins',
      {
        config: { access: CHART_READERS, section: 'measures' },
        schema: {
          tags: ['measurement'],
          summary: 'The patient’s daily check-ins (substance-use answers only with substance-use access)',
          params: IdParams,
          querystring: RangeQuery,
        },
      },
      async (request) =>
        betweenVisits.listCheckIns(requirePrincipal(request), request.params.id, request.query),
    );

    // ——— Side-effect reports (medications) ———
    app.post(
      '/me/side-effects',
      {
        config: { access: PATIENT },
        schema: {
          tags: ['portal'],
          summary: 'Report a side effect: symptom, severity, since when, suspected medicine',
          body: SideEffectBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send(await betweenVisits.reportSideEffect(requirePrincipal(request), request.body)),
    );
    app.get(
      '/me/side-effects',
      { config: { access: PATIENT }, schema: { tags: ['portal'], summary: 'My side-effect reports' } },
      async (request) => betweenVisits.mySideEffects(requirePrincipal(request)),
    );
    app.get(
      '/patients/:id/side-effects',
      {
        config: { access: CHART_READERS, section: 'medications' },
        schema: { tags: ['prescribing'], summary: 'Side effects the patient reported', params: IdParams },
      },
      async (request) => betweenVisits.listSideEffects(requirePrincipal(request), request.params.id),
    );

    // ——— Messages (notes) ———
    app.post(
      '/me/messages',
      {
        config: { access: PATIENT },
        schema: {
          tags: ['portal'],
          summary: 'Send a non-urgent message to my care team ("I am not safe" alerts them at once)',
          body: PatientMessageBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send(await messages.sendFromPatient(requirePrincipal(request), request.body)),
    );
    app.get(
      '/me/messages',
      {
        config: { access: PATIENT },
        schema: { tags: ['portal'], summary: 'My messages with the care team' },
      },
      async (request) => messages.myMessages(requirePrincipal(request)),
    );
    app.post(
      '/me/messages/:messageId/read',
      {
        config: { access: PATIENT },
        schema: {
          tags: ['portal'],
          summary: 'Mark a message from my care team read',
          params: MyMessageParams,
        },
      },
      async (request) => messages.markMineRead(requirePrincipal(request), request.params.messageId),
    );
    app.get(
      '/patients/:id/messages',
      {
        config: { access: MESSAGING, section: 'notes' },
        schema: {
          tags: ['messages'],
          summary: 'Messages between the patient and the care team',
          params: IdParams,
        },
      },
      async (request) => messages.list(requirePrincipal(request), request.params.id),
    );
    app.post(
      '/patients/:id/messages',
      {
        config: { access: MESSAGING, section: 'notes' },
        schema: {
          tags: ['messages'],
          summary: 'Write to the patient (they get an email with no content, only a link)',
          params: IdParams,
          body: StaffMessageBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await messages.sendFromStaff(requirePrincipal(request), request.params.id, request.body)),
    );
    app.post(
      '/patients/:id/messages/:messageId/read',
      {
        config: { access: MESSAGING, section: 'notes' },
        schema: { tags: ['messages'], summary: 'Mark a patient’s message read', params: MessageParams },
      },
      async (request) =>
        messages.markRead(requirePrincipal(request), request.params.id, request.params.messageId),
    );

    // ——— Refill requests (medications) ———
    app.post(
      '/me/refill-requests',
      {
        config: { access: PATIENT },
        schema: {
          tags: ['portal'],
          summary: 'Ask for a refill; the clinic policy answers at once with the status and review date',
          body: RefillBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send(await refills.request(requirePrincipal(request), request.body)),
    );
    app.get(
      '/me/refill-requests',
      {
        config: { access: PATIENT },
        schema: { tags: ['portal'], summary: 'My refill requests and their status' },
      },
      async (request) => refills.mine(requirePrincipal(request)),
    );
    app.get(
      '/refill-requests',
      {
        config: { access: CLINICAL },
        schema: {
          tags: ['prescribing'],
          summary: 'The refill queue for the patients you may see (open requests unless a status is given)',
          querystring: RefillQuery,
        },
      },
      async (request) => refills.queue(requirePrincipal(request), request.query),
    );
    app.post(
      '/refill-requests/:requestId/decision',
      {
        config: { access: CLINICAL },
        schema: {
          tags: ['prescribing'],
          summary: 'Decide a refill request: approve (prescribers only), deny, or needs a visit',
          params: RefillParams,
          body: RefillDecisionBody,
        },
      },
      async (request) => refills.decide(requirePrincipal(request), request.params.requestId, request.body),
    );
  };
}
