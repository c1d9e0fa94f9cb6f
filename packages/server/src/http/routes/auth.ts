import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { AuthService } from '../../domain/auth.js';
import type { Principal } from '../../domain/principal.js';
import { sessionCookieName } from '../app.js';
import { requestMeta, requirePrincipal } from '../context.js';

export function sessionView(principal: Principal) {
  return {
    user: {
      id: principal.userId,
      email: principal.email,
      displayName: principal.displayName,
      roles: principal.roles,
      credential: principal.credential,
      patientId: principal.patientId,
    },
    organization: { id: principal.organizationId, name: principal.organizationName },
    csrfToken: principal.csrfToken,
    expiresAt: principal.expiresAt.toISOString(),
    idleTimeoutSeconds: principal.idleTimeoutSeconds,
  };
}

const Login = z
  .object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(1024) })
  .strict();

export function authRoutes(auth: AuthService, config: Config) {
  const cookieName = sessionCookieName(config);
  const setCookie = (reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(cookieName, token, {
      httpOnly: true,
      secure: config.cookieSecure,
      sameSite: 'strict',
      path: '/',
      expires: expiresAt,
    });

  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/auth/login',
      {
        config: { access: 'public' },
        schema: { tags: ['auth'], summary: 'Sign in with email and password', body: Login },
      },
      async (request, reply) => {
        const { token, principal } = await auth.login(
          request.body.email,
          request.body.password,
          requestMeta(request),
        );
        setCookie(reply, token, principal.expiresAt);
        return { status: 'ok' as const, session: sessionView(principal) };
      },
    );
    app.get(
      '/auth/session',
      { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'The current session' } },
      async (request) => sessionView(requirePrincipal(request)),
    );
    app.post(
      '/auth/logout',
      { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'Sign out this session' } },
      async (request, reply) => {
        await auth.logout(requirePrincipal(request));
        reply.clearCookie(cookieName, {
          path: '/',
          secure: config.cookieSecure,
          httpOnly: true,
          sameSite: 'strict',
        });
        return reply.status(204).send();
      },
    );
  };
}
