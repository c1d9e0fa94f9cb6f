import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../db/schema.js';
import type { FillService } from '../../domain/fills.js';
import { requirePrincipal } from '../context.js';
import { IdParams, IsoDate, Uuid } from '../schemas.js';

/** Staff who record fills the pharmacy reports. */
const CLINICAL: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator'];
/** Fills are part of the medications section: therapists and collaborators as consent grants. */
const CHART_READERS: readonly Role[] = [...CLINICAL, 'therapist', 'collaborator'];
const PATIENT: readonly Role[] = ['patient'];

const FillBody = z
  .object({
    medicationOrderId: Uuid,
    filledOn: IsoDate,
    quantity: z.number().positive().max(10000),
    /** Optional: computed from the order (quantity ÷ units a day) when left out. */
    daysSupply: z.number().int().min(1).max(365).nullable().optional(),
  })
  .strict();

const FillParams = z.object({ id: Uuid, fillId: Uuid }).strict();
const ReasonBody = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();

/** Medication fills (FHIR MedicationDispense): refill dates behind adherence by refills. */
export function fillRoutes(fills: FillService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/patients/:id/fills',
      {
        config: { access: CHART_READERS, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary: 'Fills (pickups) of the patient’s prescriptions, newest first',
          params: IdParams,
        },
      },
      async (request) => fills.list(requirePrincipal(request), request.params.id),
    );
    app.post(
      '/patients/:id/fills',
      {
        config: { access: CLINICAL, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary: "Record a fill; the days' supply is computed from the order when not given",
          params: IdParams,
          body: FillBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await fills.recordForPatient(requirePrincipal(request), request.params.id, request.body)),
    );
    app.post(
      '/patients/:id/fills/:fillId/entered-in-error',
      {
        config: { access: CLINICAL, section: 'medications' },
        schema: {
          tags: ['prescribing'],
          summary: 'Mark a fill entered in error; kept, never deleted, and no longer counted in adherence',
          params: FillParams,
          body: ReasonBody,
        },
      },
      async (request) =>
        fills.enteredInError(
          requirePrincipal(request),
          request.params.id,
          request.params.fillId,
          request.body.reason,
        ),
    );
    app.post(
      '/me/fills',
      {
        config: { access: PATIENT },
        schema: { tags: ['portal'], summary: 'I picked up my medicine', body: FillBody },
      },
      async (request, reply) =>
        reply.status(201).send(await fills.recordMine(requirePrincipal(request), request.body)),
    );
  };
}
