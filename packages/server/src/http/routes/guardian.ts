import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { GuardianViewService } from '../../domain/guardian-view.js';
import { requirePrincipal } from '../context.js';
import { IdParams } from '../schemas.js';

const Instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with offset' });
const Range = z.object({ from: Instant.optional(), to: Instant.optional() }).strict();

/** A guardian's view of linked adolescents, within what each adolescent shares (issue #6). */
export function guardianRoutes(guardian: GuardianViewService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/guardian/adolescents',
      {
        config: { access: ['guardian'] },
        schema: { tags: ['portal'], summary: 'The adolescents linked to me and what each shares with me' },
      },
      async (request) => guardian.listAdolescents(requirePrincipal(request)),
    );
    app.get(
      '/guardian/adolescents/:id/schedule',
      {
        config: { access: ['guardian'], section: 'appointments' },
        schema: {
          tags: ['portal'],
          summary:
            'A linked adolescent’s upcoming appointments and, if they share medicines, dose reminders between from and to (default: the next 48 hours)',
          params: IdParams,
          querystring: Range,
        },
      },
      async (request) =>
        guardian.schedule(requirePrincipal(request), request.params.id, {
          ...(request.query.from ? { from: request.query.from } : {}),
          ...(request.query.to ? { to: request.query.to } : {}),
        }),
    );
  };
}
