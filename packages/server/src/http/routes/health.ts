import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

export function healthRoutes(database: Database) {
  return async (app: FastifyInstance) => {
    app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({
      status: 'ok',
    }));
    app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
      try {
        await sql`select 1`.execute(database.db);
        return { status: 'ready', database: database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: database.kind });
      }
    });
  };
}
