import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../db/schema.js';
import type { DocumentFile, DocumentService } from '../../domain/documents.js';
import type { ErxService } from '../../domain/erx.js';
import { EvaluationContent } from '../../domain/evaluation-content.js';
import type { EvaluationService } from '../../domain/evaluations.js';
import { expectedVersion, requirePrincipal, setEtag } from '../context.js';
import { IdParams, Uuid } from '../schemas.js';

/** Clinicians who take an intake history; only a prescriber signs it. */
const EVALUATION_WRITERS: readonly Role[] = ['prescriber', 'nurse'];
const PRESCRIBERS: readonly Role[] = ['prescriber'];
/** Evaluations are clinical notes: therapists and collaborators read them only under consent. */
const EVALUATION_READERS: readonly Role[] = [
  'prescriber',
  'nurse',
  'care-coordinator',
  'therapist',
  'collaborator',
];
/** The medication list is the patient's own document: the patient and a sharing guardian too. */
const LIST_READERS: readonly Role[] = [
  'prescriber',
  'nurse',
  'care-coordinator',
  'therapist',
  'collaborator',
  'guardian',
  'patient',
];
const OUTBOX_READERS: readonly Role[] = ['prescriber', 'admin'];
/** Trial judgements read medications and scores: the clinical roles (therapists and collaborators by consent). */
const TRIAL_READERS = EVALUATION_READERS;

const text = (max: number) => z.string().trim().min(1).max(max);
const EvaluationParams = z.object({ id: Uuid, evaluationId: Uuid }).strict();
const OrderParams = z.object({ id: Uuid, orderId: Uuid }).strict();
const EntryParams = z.object({ entryId: Uuid }).strict();

const ContentBody = z.object({ content: EvaluationContent }).strict();
const PatchBody = z
  .object({ content: EvaluationContent })
  .strict()
  .refine((value) => Object.keys(value.content).length > 0, { message: 'send at least one section to save' });
const Diagnosis = z
  .object({
    icd10: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10-CM code such as F33.1 or F10.20'),
    display: text(300),
    substanceUse: z.boolean().default(false),
  })
  .strict();
const SignBody = z
  .object({
    diagnoses: z.array(Diagnosis).min(1).max(30),
    riskLevel: z.enum(['none', 'low', 'moderate', 'high', 'imminent']),
    plan: text(20_000),
  })
  .strict();
const AmendBody = z.object({ text: text(20_000) }).strict();
const OutboxQuery = z.object({ status: z.enum(['pending', 'sent', 'failed']).optional() }).strict();

function sendPdf(reply: FastifyReply, file: DocumentFile) {
  return reply
    .type('application/pdf')
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body);
}

export interface EvaluationServices {
  evaluations: EvaluationService;
  documents: DocumentService;
  erx: ErxService;
}

/** Intake evaluations, printable documents and the e-prescribing outbox (issue #5). */
export function evaluationRoutes({ evaluations, documents, erx }: EvaluationServices) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/patients/:id/evaluations',
      {
        config: { access: EVALUATION_WRITERS, section: 'notes' },
        schema: {
          tags: ['evaluations'],
          summary: 'Start an intake evaluation (a draft; any sections may be sent)',
          params: IdParams,
          body: ContentBody,
        },
      },
      async (request, reply) => {
        const evaluation = await evaluations.create(
          requirePrincipal(request),
          request.params.id,
          request.body.content,
        );
        setEtag(reply, evaluation.version);
        return reply
          .status(201)
          .header('location', `/api/v1/patients/${request.params.id}/evaluations/${evaluation.id}`)
          .send(evaluation);
      },
    );
    app.get(
      '/patients/:id/evaluations',
      {
        config: { access: EVALUATION_READERS, section: 'notes' },
        schema: {
          tags: ['evaluations'],
          summary: 'The patient’s intake evaluations, newest first',
          params: IdParams,
        },
      },
      async (request) => ({ items: await evaluations.list(requirePrincipal(request), request.params.id) }),
    );
    app.get(
      '/patients/:id/evaluations/:evaluationId',
      {
        config: { access: EVALUATION_READERS, section: 'notes' },
        schema: {
          tags: ['evaluations'],
          summary: 'An evaluation with its amendments',
          params: EvaluationParams,
        },
      },
      async (request, reply) => {
        const evaluation = await evaluations.get(
          requirePrincipal(request),
          request.params.id,
          request.params.evaluationId,
        );
        setEtag(reply, evaluation.version);
        return evaluation;
      },
    );
    app.patch(
      '/patients/:id/evaluations/:evaluationId',
      {
        config: { access: EVALUATION_WRITERS, section: 'notes' },
        schema: {
          tags: ['evaluations'],
          summary: 'Save a draft in progress (If-Match): each section sent replaces that section',
          params: EvaluationParams,
          body: PatchBody,
        },
      },
      async (request, reply) => {
        const evaluation = await evaluations.update(
          requirePrincipal(request),
          request.params.id,
          request.params.evaluationId,
          () => expectedVersion(request),
          request.body.content,
        );
        setEtag(reply, evaluation.version);
        return evaluation;
      },
    );
    app.post(
      '/patients/:id/evaluations/:evaluationId/sign',
      {
        config: { access: PRESCRIBERS, section: 'notes' },
        schema: {
          tags: ['evaluations'],
          summary:
            'Sign with diagnoses (ICD-10-CM), risk level and plan; a positive C-SSRS opens an urgent safety task',
          params: EvaluationParams,
          body: SignBody,
        },
      },
      async (request, reply) => {
        const result = await evaluations.sign(
          requirePrincipal(request),
          request.params.id,
          request.params.evaluationId,
          request.body,
        );
        setEtag(reply, result.evaluation.version);
        return result;
      },
    );
    app.post(
      '/patients/:id/evaluations/:evaluationId/amendments',
      {
        config: { access: PRESCRIBERS, section: 'notes' },
        schema: {
          tags: ['evaluations'],
          summary: 'Amend a signed evaluation (the signed text never changes)',
          params: EvaluationParams,
          body: AmendBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await evaluations.amend(
              requirePrincipal(request),
              request.params.id,
              request.params.evaluationId,
              request.body.text,
            ),
          ),
    );

    app.get(
      '/patients/:id/medication-orders/:orderId/prescription.pdf',
      {
        config: { access: PRESCRIBERS, section: 'medications' },
        schema: {
          tags: ['documents'],
          summary: 'Printable prescription of a signed order (PDF)',
          params: OrderParams,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await documents.prescription(requirePrincipal(request), request.params.id, request.params.orderId),
        ),
    );
    app.get(
      '/patients/:id/medication-list.pdf',
      {
        config: { access: LIST_READERS, section: 'medications' },
        schema: {
          tags: ['documents'],
          summary: 'The patient’s current medication list (PDF)',
          params: IdParams,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await documents.medicationList(requirePrincipal(request), request.params.id)),
    );
    app.get(
      '/patients/:id/prior-authorization.pdf',
      {
        config: { access: PRESCRIBERS, section: 'medications' },
        schema: {
          tags: ['documents'],
          summary:
            'Prior-authorization summary for treatment-resistant depression: the adequate trials (PDF)',
          params: IdParams,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await documents.priorAuthorization(requirePrincipal(request), request.params.id)),
    );

    app.get(
      '/patients/:id/medication-trials',
      {
        config: { access: TRIAL_READERS, section: 'medications' },
        schema: {
          tags: ['documents'],
          summary:
            'Each medication trial judged (adequate dose and duration, outcome by PHQ-9) and whether the adequate antidepressant trials meet treatment-resistant depression',
          params: IdParams,
        },
      },
      async (request) => documents.medicationTrials(requirePrincipal(request), request.params.id),
    );

    app.get(
      '/erx-outbox',
      {
        config: { access: OUTBOX_READERS },
        schema: {
          tags: ['prescribing'],
          summary: 'Signed prescriptions handed to e-prescribing, newest first',
          querystring: OutboxQuery,
        },
      },
      async (request) => ({ items: await erx.list(requirePrincipal(request), request.query.status) }),
    );
    app.post(
      '/erx-outbox/:entryId/retry',
      {
        config: { access: OUTBOX_READERS },
        schema: { tags: ['prescribing'], summary: 'Send a failed prescription again', params: EntryParams },
      },
      async (request) => erx.retry(requirePrincipal(request), request.params.entryId),
    );
  };
}
