import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../db/schema.js';
import type { ClinicalRecordService } from '../../domain/clinical-record.js';
import { requirePrincipal, setEtag } from '../context.js';
import { IdParams, IsoDate, Uuid } from '../schemas.js';

/** Who records diagnoses, allergies and results. */
const WRITERS: readonly Role[] = ['prescriber', 'nurse'];
/** Who reads them: therapists and collaborators only as the patient's consent grants. */
const READERS: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator', 'therapist', 'collaborator'];

const text = (max: number) => z.string().trim().min(1).max(max);
const Icd10 = z
  .string()
  .trim()
  .regex(/^[A-TV-Za-tv-z][0-9][0-9A-Za-z](\.[0-9A-Za-z]{1,4})?$/, 'must be an ICD-10-CM code such as F32.1');
const ReasonBody = z.object({ reason: text(1000) }).strict();

const ConditionBody = z
  .object({
    code: Icd10,
    display: text(300),
    clinicalStatus: z.enum(['active', 'remission', 'resolved']).optional(),
    onsetDate: IsoDate.nullable().optional(),
    substanceUse: z.boolean().optional(),
    note: text(2000).nullable().optional(),
  })
  .strict();
const AllergyBody = z
  .object({
    substance: text(200),
    reaction: text(300).nullable().optional(),
    severity: z.enum(['mild', 'moderate', 'severe']).nullable().optional(),
    type: z.enum(['allergy', 'intolerance']).optional(),
    clinicalStatus: z.enum(['active', 'inactive', 'resolved']).optional(),
  })
  .strict();
const ObservationBody = z
  .object({
    code: text(60),
    value: z.number().finite().min(-1_000_000).max(1_000_000).optional(),
    unit: z.string().trim().max(40).optional(),
    diastolic: z.number().finite().min(0).max(400).optional(),
    gene: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9*:-]{2,20}$/, 'must be a gene symbol such as CYP2D6')
      .optional(),
    phenotype: text(80).optional(),
    effectiveAt: z.iso.datetime({ offset: true }).optional(),
    source: z.enum(['clinic', 'external-lab', 'patient-reported', 'device']).optional(),
  })
  .strict();
const ObservationQuery = z
  .object({ code: text(60).optional(), from: IsoDate.optional(), to: IsoDate.optional() })
  .strict();

const ConditionParams = z.object({ id: Uuid, conditionId: Uuid }).strict();
const AllergyParams = z.object({ id: Uuid, allergyId: Uuid }).strict();
const ObservationParams = z.object({ id: Uuid, observationId: Uuid }).strict();

/** Conditions, allergies, vitals/labs/PGx and the derived monitoring schedule (issue #5 item 6). */
export function clinicalRecordRoutes(record: ClinicalRecordService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/patients/:id/conditions',
      {
        config: { access: READERS, section: 'diagnoses' },
        schema: {
          tags: ['clinical-record'],
          summary: 'Diagnoses (substance-use ones only with substance-use access), newest first',
          params: IdParams,
        },
      },
      async (request) => ({
        items: await record.listConditions(requirePrincipal(request), request.params.id),
      }),
    );
    app.post(
      '/patients/:id/conditions',
      {
        config: { access: WRITERS, section: 'diagnoses' },
        schema: {
          tags: ['clinical-record'],
          summary: 'Record a diagnosis (ICD-10-CM)',
          params: IdParams,
          body: ConditionBody,
        },
      },
      async (request, reply) => {
        const row = await record.createCondition(requirePrincipal(request), request.params.id, request.body);
        setEtag(reply, row.version);
        return reply.status(201).send(row);
      },
    );
    app.post(
      '/patients/:id/conditions/:conditionId/entered-in-error',
      {
        config: { access: WRITERS, section: 'diagnoses' },
        schema: {
          tags: ['clinical-record'],
          summary: 'Mark a diagnosis entered in error; kept, never deleted',
          params: ConditionParams,
          body: ReasonBody,
        },
      },
      async (request, reply) => {
        const { id, conditionId } = request.params;
        const row = await record.enteredInError(
          requirePrincipal(request),
          'conditions',
          id,
          conditionId,
          request.body.reason,
        );
        setEtag(reply, row.version);
        return row;
      },
    );

    app.get(
      '/patients/:id/allergies',
      {
        config: { access: READERS, section: 'medications' },
        schema: { tags: ['clinical-record'], summary: 'Allergies and intolerances', params: IdParams },
      },
      async (request) => ({
        items: await record.listAllergies(requirePrincipal(request), request.params.id),
      }),
    );
    app.post(
      '/patients/:id/allergies',
      {
        config: { access: WRITERS, section: 'medications' },
        schema: {
          tags: ['clinical-record'],
          summary: 'Record an allergy or intolerance; resolved to a formulary drug when possible',
          params: IdParams,
          body: AllergyBody,
        },
      },
      async (request, reply) => {
        const row = await record.createAllergy(requirePrincipal(request), request.params.id, request.body);
        setEtag(reply, row.version);
        return reply.status(201).send(row);
      },
    );
    app.post(
      '/patients/:id/allergies/:allergyId/entered-in-error',
      {
        config: { access: WRITERS, section: 'medications' },
        schema: {
          tags: ['clinical-record'],
          summary: 'Mark an allergy entered in error; kept, never deleted',
          params: AllergyParams,
          body: ReasonBody,
        },
      },
      async (request, reply) => {
        const { id, allergyId } = request.params;
        const row = await record.enteredInError(
          requirePrincipal(request),
          'allergies',
          id,
          allergyId,
          request.body.reason,
        );
        setEtag(reply, row.version);
        return row;
      },
    );

    app.get(
      '/patients/:id/observations',
      {
        config: { access: READERS, section: 'labs' },
        schema: {
          tags: ['clinical-record'],
          summary: 'Vitals, labs and PGx results, newest first; filter by test and date',
          params: IdParams,
          querystring: ObservationQuery,
        },
      },
      async (request) => ({
        items: await record.listObservations(requirePrincipal(request), request.params.id, request.query),
      }),
    );
    app.post(
      '/patients/:id/observations',
      {
        config: { access: WRITERS, section: 'labs' },
        schema: {
          tags: ['clinical-record'],
          summary: 'Record a vital, lab or PGx result; an out-of-range value opens a care-team task',
          params: IdParams,
          body: ObservationBody,
        },
      },
      async (request, reply) => {
        const row = await record.createObservation(
          requirePrincipal(request),
          request.params.id,
          request.body,
        );
        setEtag(reply, row.version);
        return reply.status(201).send(row);
      },
    );
    app.post(
      '/patients/:id/observations/:observationId/entered-in-error',
      {
        config: { access: WRITERS, section: 'labs' },
        schema: {
          tags: ['clinical-record'],
          summary: 'Mark a result entered in error; kept, never deleted',
          params: ObservationParams,
          body: ReasonBody,
        },
      },
      async (request, reply) => {
        const { id, observationId } = request.params;
        const row = await record.enteredInError(
          requirePrincipal(request),
          'observations',
          id,
          observationId,
          request.body.reason,
        );
        setEtag(reply, row.version);
        return row;
      },
    );

    app.get(
      '/patients/:id/monitoring',
      {
        config: { access: READERS, section: 'labs' },
        schema: {
          tags: ['clinical-record'],
          summary: 'Monitoring due from the active medications, derived on every read',
          params: IdParams,
        },
      },
      async (request) => record.monitoring(requirePrincipal(request), request.params.id),
    );
  };
}
