import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../db/schema.js';
import { CHART_SECTIONS } from '../../domain/access.js';
import type { ConsentService } from '../../domain/consents.js';
import { requirePrincipal } from '../context.js';
import { IdParams, Uuid } from '../schemas.js';

/** Who records consents on a patient's documented request. */
export const CONSENT_RECORDERS: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator', 'admin'];

const ConsentBody = z
  .object({
    granteeUserId: Uuid,
    sections: z.array(z.enum(CHART_SECTIONS)).min(1, 'name at least one part of the record'),
    purpose: z.enum(['treatment', 'payment', 'operations', 'coordination']),
    periodStart: z.iso.datetime({ offset: true }).optional(),
    periodEnd: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();
const ConsentParams = z.object({ id: Uuid, consentId: Uuid }).strict();
const OwnConsentParams = z.object({ consentId: Uuid }).strict();

export function consentRoutes(consents: ConsentService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/patients/:id/consents',
      {
        config: { access: CONSENT_RECORDERS, section: 'care-team' },
        schema: {
          tags: ['consent'],
          summary: 'Who the patient shares which parts of the record with',
          params: IdParams,
        },
      },
      async (request) => ({ items: await consents.list(requirePrincipal(request), request.params.id) }),
    );
    app.post(
      '/patients/:id/consents',
      {
        config: { access: CONSENT_RECORDERS, section: 'care-team' },
        schema: {
          tags: ['consent'],
          summary:
            'Record a consent the patient gave (sections shared with a therapist, collaborator or guardian)',
          params: IdParams,
          body: ConsentBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await consents.record(requirePrincipal(request), request.params.id, request.body)),
    );
    app.post(
      '/patients/:id/consents/:consentId/revoke',
      {
        config: { access: CONSENT_RECORDERS, section: 'care-team' },
        schema: {
          tags: ['consent'],
          summary: 'Revoke a consent (kept in the history)',
          params: ConsentParams,
        },
      },
      async (request) =>
        consents.revoke(requirePrincipal(request), request.params.id, request.params.consentId),
    );
    app.get(
      '/me/consents',
      {
        config: { access: ['patient'], section: 'care-team' },
        schema: { tags: ['portal'], summary: 'Who can see my record' },
      },
      async (request) => {
        const principal = requirePrincipal(request);
        return { items: await consents.listOwn(principal), people: await consents.candidates(principal) };
      },
    );
    app.post(
      '/me/consents',
      {
        config: { access: ['patient'], section: 'care-team' },
        schema: {
          tags: ['portal'],
          summary: 'Share parts of my record with my therapist, collaborator or guardian',
          body: ConsentBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send(await consents.recordOwn(requirePrincipal(request), request.body)),
    );
    app.post(
      '/me/consents/:consentId/revoke',
      {
        config: { access: ['patient'], section: 'care-team' },
        schema: {
          tags: ['portal'],
          summary: 'Stop sharing (revoke one of my consents)',
          params: OwnConsentParams,
        },
      },
      async (request) => consents.revokeOwn(requirePrincipal(request), request.params.consentId),
    );
  };
}
