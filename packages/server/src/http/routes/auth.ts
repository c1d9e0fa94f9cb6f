import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { AuthService } from '../../domain/auth.js';
import { AppError } from '../../domain/errors.js';
import { MAX_PASSWORD_LENGTH } from '../../domain/password-policy.js';
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
      mfaEnrolled: principal.mfaEnrolled ?? false,
    },
    mfaEnrolled: principal.mfaEnrolled ?? false,
    organization: { id: principal.organizationId, name: principal.organizationName },
    csrfToken: principal.csrfToken,
    expiresAt: principal.expiresAt.toISOString(),
    idleTimeoutSeconds: principal.idleTimeoutSeconds,
  };
}

const Login = z
  .object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(1024) })
  .strict();

const Code = z.object({ code: z.string().trim().min(6).max(32) }).strict();
const ChangePassword = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z
      .string()
      .min(1)
      .max(MAX_PASSWORD_LENGTH * 4),
  })
  .strict();

/** The session of a request on an MFA route: a full one, or one waiting for its second factor. */
function anySession(request: FastifyRequest) {
  const principal = request.principal ?? request.pendingPrincipal;
  if (!principal || principal.authMethod === 'token' || !principal.sessionId) {
    throw new AppError('unauthenticated', 'Sign in with your email and password first.');
  }
  return principal;
}

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
        const { token, principal, status } = await auth.login(
          request.body.email,
          request.body.password,
          requestMeta(request),
        );
        setCookie(reply, token, principal.expiresAt);
        // Until the second factor is done the cookie carries a pending session only.
        if (status !== 'ok') return { status };
        return { status, session: sessionView(principal) };
      },
    );
    app.post(
      '/auth/mfa',
      {
        config: { access: 'authenticated', allowPendingMfa: true },
        schema: {
          tags: ['auth'],
          summary: 'Second sign-in step: a code from the authenticator app, or a recovery code',
          body: Code,
        },
      },
      async (request, reply) => {
        const { token, principal } = await auth.completeMfa(
          anySession(request),
          request.body.code,
          requestMeta(request),
        );
        setCookie(reply, token, principal.expiresAt);
        return { status: 'ok' as const, session: sessionView(principal) };
      },
    );
    app.post(
      '/auth/mfa/enrolment',
      {
        config: { access: 'authenticated', allowPendingMfa: true },
        schema: { tags: ['auth'], summary: 'Start (or restart) setting up an authenticator app' },
      },
      async (request) => auth.startEnrolment(anySession(request)),
    );
    app.post(
      '/auth/mfa/enrolment/confirm',
      {
        config: { access: 'authenticated', allowPendingMfa: true },
        schema: {
          tags: ['auth'],
          summary: 'Finish authenticator set-up with a first code; returns recovery codes once',
          body: Code,
        },
      },
      async (request, reply) => {
        const result = await auth.confirmEnrolment(
          anySession(request),
          request.body.code,
          requestMeta(request),
        );
        if (result.session) setCookie(reply, result.session.token, result.session.principal.expiresAt);
        return {
          status: 'ok' as const,
          recoveryCodes: result.recoveryCodes,
          ...(result.session ? { session: sessionView(result.session.principal) } : {}),
        };
      },
    );
    app.post(
      '/auth/step-up',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['auth'],
          summary: 'Confirm a current authenticator code before a sensitive action',
          body: Code,
        },
      },
      async (request) => auth.stepUp(requirePrincipal(request), request.body.code),
    );
    app.delete(
      '/auth/mfa',
      {
        config: { access: ['patient', 'guardian'] },
        schema: {
          tags: ['auth'],
          summary: 'Turn two-step verification off (patients and guardians only)',
          body: Code,
        },
      },
      async (request, reply) => {
        await auth.disableMfa(requirePrincipal(request), request.body.code);
        return reply.status(204).send();
      },
    );
    app.post(
      '/auth/password',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['auth'],
          summary: 'Change your password (other sessions end)',
          body: ChangePassword,
        },
      },
      async (request, reply) => {
        await auth.changePassword(
          requirePrincipal(request),
          request.body.currentPassword,
          request.body.newPassword,
        );
        return reply.status(204).send();
      },
    );
    app.post(
      '/auth/logout-everywhere',
      {
        config: { access: 'authenticated' },
        schema: { tags: ['auth'], summary: 'Sign out of every session, this one included' },
      },
      async (request, reply) => {
        await auth.logoutEverywhere(requirePrincipal(request));
        reply.clearCookie(cookieName, {
          path: '/',
          secure: config.cookieSecure,
          httpOnly: true,
          sameSite: 'strict',
        });
        return reply.status(204).send();
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
