import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_TOKEN_MAX_DAYS, type ApiTokenService } from '../../domain/api-tokens.js';
import { STAFF_ROLES } from '../../domain/principal.js';
import { requirePrincipal } from '../context.js';
import { Uuid } from '../schemas.js';

const NewToken = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(z.enum(['read', 'write']))
      .min(1, 'choose at least one scope')
      .max(2),
    expiresInDays: z.number().int().min(1).max(API_TOKEN_MAX_DAYS).optional(),
  })
  .strict();
const TokenParams = z.object({ tokenId: Uuid }).strict();

/** Personal access tokens (`Authorization: Bearer ttr_…`); none of these routes accept a token. */
export function apiTokenRoutes(tokens: ApiTokenService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/tokens',
      {
        config: { access: STAFF_ROLES, tokens: false },
        schema: { tags: ['tokens'], summary: 'My API tokens (never the tokens themselves)' },
      },
      async (request) => ({ items: await tokens.list(requirePrincipal(request), 'own') }),
    );
    app.post(
      '/tokens',
      {
        config: { access: STAFF_ROLES, tokens: false },
        schema: {
          tags: ['tokens'],
          summary: `Create an API token (expires in 1–${API_TOKEN_MAX_DAYS} days, default 30); the token is shown only in this answer`,
          body: NewToken,
        },
      },
      async (request, reply) => {
        const created = await tokens.create(requirePrincipal(request), request.body);
        return reply.status(201).send(created);
      },
    );
    app.delete(
      '/tokens/:tokenId',
      {
        config: { access: STAFF_ROLES, tokens: false },
        schema: {
          tags: ['tokens'],
          summary: 'Revoke an API token (your own; administrators: anyone’s in the organization)',
          params: TokenParams,
        },
      },
      async (request, reply) => {
        await tokens.revoke(requirePrincipal(request), request.params.tokenId);
        return reply.status(204).send();
      },
    );
    app.get(
      '/admin/tokens',
      {
        config: { access: ['admin'], tokens: false },
        schema: { tags: ['tokens'], summary: 'Every API token in the organization (administrators)' },
      },
      async (request) => ({ items: await tokens.list(requirePrincipal(request), 'organization') }),
    );
  };
}
