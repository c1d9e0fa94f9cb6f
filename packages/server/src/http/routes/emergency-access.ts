import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EMERGENCY_ACCESS_ROLES } from '../../domain/access.js';
import { EMERGENCY_REASON_MIN_LENGTH, type EmergencyAccessService } from '../../domain/emergency-access.js';
import { requirePrincipal } from '../context.js';
import { IsoDate, Uuid } from '../schemas.js';

const GrantBody = z
  .object({
    patientId: Uuid.optional(),
    mrn: z.string().trim().min(1).max(40).optional(),
    familyName: z.string().trim().min(1).max(200).optional(),
    dateOfBirth: IsoDate.optional(),
    reason: z
      .string()
      .trim()
      .min(
        EMERGENCY_REASON_MIN_LENGTH,
        `describe the emergency in at least ${EMERGENCY_REASON_MIN_LENGTH} characters`,
      )
      .max(2000),
  })
  .strict()
  .refine((b) => Boolean(b.patientId || b.mrn || (b.familyName && b.dateOfBirth)), {
    message: 'identify the patient by patientId, by mrn, or by familyName and dateOfBirth',
    path: ['patientId'],
  });
const QueueQuery = z.object({ status: z.enum(['pending', 'reviewed']).default('pending') }).strict();
const GrantParams = z.object({ grantId: Uuid }).strict();
const ReviewBody = z
  .object({ outcome: z.enum(['justified', 'not-justified']), note: z.string().trim().min(1).max(2000) })
  .strict();
const UserParams = z.object({ userId: Uuid }).strict();
const AllowedBody = z.object({ allowed: z.boolean() }).strict();

export function emergencyAccessRoutes(emergency: EmergencyAccessService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/emergency-access',
      {
        config: { access: EMERGENCY_ACCESS_ROLES },
        schema: {
          tags: ['emergency-access'],
          summary:
            'Emergency (break-glass) access to a patient outside your care teams: time-limited, audited, reviewed',
          body: GrantBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send(await emergency.grant(requirePrincipal(request), request.body)),
    );
    app.get(
      '/emergency-access',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['emergency-access'],
          summary: 'Emergency access grants to review (or reviewed)',
          querystring: QueueQuery,
        },
      },
      async (request) => ({ items: await emergency.queue(requirePrincipal(request), request.query.status) }),
    );
    app.post(
      '/emergency-access/:grantId/review',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['emergency-access'],
          summary: 'Review an emergency access grant (not your own)',
          params: GrantParams,
          body: ReviewBody,
        },
      },
      async (request, reply) => {
        await emergency.review(
          requirePrincipal(request),
          request.params.grantId,
          request.body.outcome,
          request.body.note,
        );
        return reply.status(204).send();
      },
    );
    app.put(
      '/users/:userId/emergency-access',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['emergency-access'],
          summary: 'Allow or withdraw a clinician’s emergency access',
          params: UserParams,
          body: AllowedBody,
        },
      },
      async (request) =>
        emergency.setAllowed(requirePrincipal(request), request.params.userId, request.body.allowed),
    );
  };
}
