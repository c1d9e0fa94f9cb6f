import { CheckInputError, checkRegimen } from '@titrate/clinical';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CheckDocumentError, parseCheckDocument } from '../../cli/check-input.js';
import { today } from '../../cli/common.js';
import type { Role } from '../../db/schema.js';
import type { Clock } from '../../domain/deps.js';
import { AppError } from '../../domain/errors.js';
import type { OrderService } from '../../domain/orders.js';
import type { ScoreService } from '../../domain/scores.js';
import type { TaskService } from '../../domain/tasks.js';
import { expectedVersion, requirePrincipal, setEtag } from '../context.js';
import { IdParams, IsoDate, Uuid } from '../schemas.js';

/** Roles that prescribe (PA-Cs hold `prescriber` with credential PA: their orders wait for co-signature). */
const PRESCRIBERS: readonly Role[] = ['prescriber'];
/** Clinical staff who care for patients on their care teams. */
const CLINICAL: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator'];
/** Roles that may read orders and their alerts: therapists and collaborators only as consent grants. */
const CHART_READERS: readonly Role[] = [
  'prescriber',
  'nurse',
  'care-coordinator',
  'therapist',
  'collaborator',
];
/** The medication list and scores: also a guardian, when the adolescent's consent shares them. */
const LIST_READERS: readonly Role[] = [...CHART_READERS, 'guardian'];

const text = (max: number) => z.string().trim().min(1).max(max);
const OrderParams = z.object({ id: Uuid, orderId: Uuid }).strict();
const TaskParams = z.object({ taskId: Uuid }).strict();

const Frequency = z
  .object({
    timesPerDay: z.number().positive().max(24).nullable().optional(),
    text: text(120).nullable().optional(),
  })
  .strict();
const TitrationStep = z
  .object({
    afterDays: z.number().int().min(0).max(3650),
    doseAmount: z.number().min(0),
    doseUnit: text(20),
    note: text(300).nullable().optional(),
  })
  .strict();

const OrderFields = {
  drug: text(200),
  strength: text(60).nullable().optional(),
  doseAmount: z.number().min(0).max(100_000).nullable().optional(),
  doseUnit: text(20).nullable().optional(),
  route: text(40).nullable().optional(),
  frequency: Frequency.optional(),
  titration: z.array(TitrationStep).max(52).optional(),
  quantity: z.number().min(0).max(100_000).nullable().optional(),
  refills: z.number().int().min(0).max(12).nullable().optional(),
  pharmacy: text(300).nullable().optional(),
  indication: text(300).nullable().optional(),
  reason: text(1000).nullable().optional(),
  startDate: IsoDate.nullable().optional(),
  endDate: IsoDate.nullable().optional(),
};
const OrderBody = z
  .object({
    ...OrderFields,
    action: z.enum(['start', 'continue', 'change-dose', 'switch', 'taper', 'stop', 'avoid']),
    replacesOrderId: Uuid.nullable().optional(),
  })
  .strict();
const OrderPatch = z
  .object(OrderFields)
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: 'send at least one field to change' });
const SignBody = z
  .object({
    overrides: z
      .array(z.object({ key: text(300), reason: text(1000) }).strict())
      .max(100)
      .optional(),
    sharedDecision: z
      .object({
        optionsDiscussed: z.array(text(300)).min(1).max(20),
        benefitsRisksExplained: z.boolean(),
        patientPreference: text(2000),
      })
      .strict()
      .optional(),
    pdmpChecked: z.boolean().optional(),
    mfaCode: z.string().trim().min(6).max(20).optional(),
  })
  .strict();

const Answer = z.union([z.number(), z.string().max(40), z.boolean(), z.null()]);
const ScoreBody = z.object({ instrument: text(40), answers: z.array(Answer).min(1).max(60) }).strict();
/** Staff may date a paper form answered earlier; the patient's own answers are always "now". */
const ClinicScoreBody = ScoreBody.extend({
  authoredAt: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      message: 'must be the date the scale was answered (YYYY-MM-DD) or an ISO date-time with offset',
    })
    .optional(),
}).strict();
const ScoreQuery = z.object({ instrument: text(40).optional() }).strict();
const TaskQuery = z
  .object({
    patientId: Uuid.optional(),
    priority: z.enum(['routine', 'urgent', 'asap', 'stat']).optional(),
    status: z.enum(['open', 'in-progress', 'done']).optional(),
    assignedTo: z.literal('me').optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .strict();
const TaskPatch = z
  .object({
    status: z.enum(['open', 'in-progress', 'done']).optional(),
    note: text(2000).nullable().optional(),
    assignedTo: Uuid.nullable().optional(),
  })
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: 'send at least one field to change' });
const CaseloadQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }).strict();

export interface CareServices {
  orders: OrderService;
  scores: ScoreService;
  tasks: TaskService;
  clock: Clock;
}

/** Prescribing, measurement-based care and safety tasks (issue #5). */
export function careRoutes({ orders, scores, tasks, clock }: CareServices) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/check',
      {
        config: { access: CLINICAL },
        schema: {
          tags: ['clinical'],
          summary: 'Safety-check a regimen: the same document and answer as `titrate check`',
        },
      },
      async (request) => {
        // The CLI's validation, so the API and `titrate check` accept and refuse the same documents.
        try {
          const input = parseCheckDocument(request.body);
          const day = today(clock.now());
          return checkRegimen({ ...input, asOf: input.asOf ?? day }, { today: day });
        } catch (error) {
          if (error instanceof CheckDocumentError || error instanceof CheckInputError) {
            throw new AppError('validation', error.message, [
              { field: `body${error.field ? `.${error.field}` : ''}`, message: error.message },
            ]);
          }
          throw error;
        }
      },
    );

    app.get(
      '/patients/:id/medication-orders',
      {
        config: { access: LIST_READERS, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary: 'The patient’s medication orders, newest first',
          params: IdParams,
        },
      },
      async (request) => ({ items: await orders.list(requirePrincipal(request), request.params.id) }),
    );
    app.post(
      '/patients/:id/medication-orders',
      {
        config: { access: PRESCRIBERS, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary:
            'Draft an order (start, continue, change dose, switch, taper, stop, avoid); returns the safety check',
          params: IdParams,
          body: OrderBody,
        },
      },
      async (request, reply) => {
        const result = await orders.create(requirePrincipal(request), request.params.id, request.body);
        setEtag(reply, result.order.version);
        return reply
          .status(201)
          .header('location', `/api/v1/patients/${request.params.id}/medication-orders/${result.order.id}`)
          .send(result);
      },
    );
    app.get(
      '/patients/:id/medication-orders/:orderId',
      {
        config: { access: CHART_READERS, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary: 'An order with its alerts, overrides, shared decision and history',
          params: OrderParams,
        },
      },
      async (request, reply) => {
        const detail = await orders.get(requirePrincipal(request), request.params.id, request.params.orderId);
        setEtag(reply, detail.order.version);
        return detail;
      },
    );
    app.patch(
      '/patients/:id/medication-orders/:orderId',
      {
        config: { access: PRESCRIBERS, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary: 'Edit a draft order (If-Match); the check runs again',
          params: OrderParams,
          body: OrderPatch,
        },
      },
      async (request, reply) => {
        const result = await orders.update(
          requirePrincipal(request),
          request.params.id,
          request.params.orderId,
          () => expectedVersion(request),
          request.body,
        );
        setEtag(reply, result.order.version);
        return result;
      },
    );
    app.post(
      '/patients/:id/medication-orders/:orderId/sign',
      {
        config: { access: PRESCRIBERS, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary:
            'Sign a draft: contraindicated and major alerts need a reason; controlled substances need PDMP attestation and a fresh code',
          params: OrderParams,
          body: SignBody,
        },
      },
      async (request, reply) => {
        const result = await orders.sign(
          requirePrincipal(request),
          request.params.id,
          request.params.orderId,
          request.body,
        );
        setEtag(reply, result.order.version);
        return result;
      },
    );
    app.post(
      '/patients/:id/medication-orders/:orderId/cosign',
      {
        config: { access: PRESCRIBERS, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary: 'Co-sign a physician assistant’s order (their supervising psychiatrist only)',
          params: OrderParams,
        },
      },
      async (request, reply) => {
        const order = await orders.cosign(
          requirePrincipal(request),
          request.params.id,
          request.params.orderId,
        );
        setEtag(reply, order.version);
        return order;
      },
    );
    app.get(
      '/cosign-queue',
      {
        config: { access: PRESCRIBERS },
        schema: {
          tags: ['prescribing'],
          summary:
            'Orders of the physician assistants I supervise awaiting my co-signature, oldest first, with patient identification',
        },
      },
      async (request) => orders.cosignQueue(requirePrincipal(request)),
    );
    app.post(
      '/patients/:id/medication-orders/:orderId/entered-in-error',
      {
        config: { access: PRESCRIBERS, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary: 'Mark an order entered in error (discard a draft); kept, never deleted',
          params: OrderParams,
          body: z.object({ reason: text(1000) }).strict(),
        },
      },
      async (request, reply) => {
        const order = await orders.enteredInError(
          requirePrincipal(request),
          request.params.id,
          request.params.orderId,
          request.body.reason,
        );
        setEtag(reply, order.version);
        return order;
      },
    );
    app.get(
      '/patients/:id/order-alerts',
      {
        config: { access: CHART_READERS, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary: 'Every alert that blocked or warned at signing, with its override reason',
          params: IdParams,
        },
      },
      async (request) => ({ items: await orders.alerts(requirePrincipal(request), request.params.id) }),
    );

    app.post(
      '/patients/:id/scores',
      {
        config: { access: CLINICAL, section: 'measures' },
        schema: {
          tags: ['measurement'],
          summary:
            'Score and store a rating scale (entered in clinic, optionally dated when it was answered); a positive suicide-risk answer opens an urgent task',
          params: IdParams,
          body: ClinicScoreBody,
        },
      },
      async (request, reply) => {
        const result = await scores.submit(
          requirePrincipal(request),
          request.params.id,
          request.body.instrument,
          request.body.answers,
          { authoredAt: request.body.authoredAt },
        );
        return reply.status(201).send(result);
      },
    );
    app.get(
      '/patients/:id/scores',
      {
        config: { access: LIST_READERS, section: 'measures' },
        schema: {
          tags: ['measurement'],
          summary: 'Scores, newest first, with each instrument’s series: response, remission, trend',
          params: IdParams,
          querystring: ScoreQuery,
        },
      },
      async (request) => scores.list(requirePrincipal(request), request.params.id, request.query.instrument),
    );
    app.post(
      '/me/scores',
      {
        config: { access: ['patient'] },
        schema: { tags: ['portal'], summary: 'Submit my own rating scale', body: ScoreBody },
      },
      async (request, reply) => {
        const principal = requirePrincipal(request);
        if (!principal.patientId)
          throw new AppError('not-found', 'This account is not linked to a patient record.');
        const result = await scores.submit(
          principal,
          principal.patientId,
          request.body.instrument,
          request.body.answers,
        );
        return reply.status(201).send(result);
      },
    );
    app.get(
      '/me/scores',
      {
        config: { access: ['patient'] },
        schema: { tags: ['portal'], summary: 'My own scores and progress', querystring: ScoreQuery },
      },
      async (request) => {
        const principal = requirePrincipal(request);
        if (!principal.patientId)
          throw new AppError('not-found', 'This account is not linked to a patient record.');
        return scores.list(principal, principal.patientId, request.query.instrument);
      },
    );
    app.get(
      '/me/medications',
      {
        config: { access: ['patient'] },
        schema: { tags: ['portal'], summary: 'My active medications, each with its education' },
      },
      async (request) => ({ items: await orders.myMedications(requirePrincipal(request)) }),
    );

    app.get(
      '/tasks',
      {
        config: { access: CLINICAL },
        schema: {
          tags: ['tasks'],
          summary: 'Tasks for the patients you may see; safety tasks first',
          querystring: TaskQuery,
        },
      },
      async (request) => tasks.list(requirePrincipal(request), request.query),
    );
    app.patch(
      '/tasks/:taskId',
      {
        config: { access: CLINICAL },
        schema: {
          tags: ['tasks'],
          summary: 'Update a task: status, note, assignee (If-Match)',
          params: TaskParams,
          body: TaskPatch,
        },
      },
      async (request, reply) => {
        const task = await tasks.update(
          requirePrincipal(request),
          request.params.taskId,
          () => expectedVersion(request),
          request.body,
        );
        setEtag(reply, task.version);
        return task;
      },
    );
    app.get(
      '/caseload',
      {
        config: { access: CLINICAL },
        schema: {
          tags: ['tasks'],
          summary:
            'My patients ordered by need: urgent safety, worsening scores, overdue follow-up/results/monitoring, poor adherence/pending refills/unsigned notes, then last activity',
          querystring: CaseloadQuery,
        },
      },
      async (request) => tasks.caseload(requirePrincipal(request), request.query),
    );
  };
}
