import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { ROLES } from '../../db/schema.js';
import type { AuthService } from '../../domain/auth.js';
import { AppError } from '../../domain/errors.js';
import type { IdentityService } from '../../domain/identity.js';
import { MAX_PASSWORD_LENGTH } from '../../domain/password-policy.js';
import { sessionCookieName } from '../app.js';
import { requestMeta, requirePrincipal } from '../context.js';
import { Uuid } from '../schemas.js';
import { sessionView } from './auth.js';

const Role = z.enum(ROLES as [string, ...string[]]).transform((r) => r as (typeof ROLES)[number]);
const Credential = z.enum(['MD', 'DO', 'NP', 'PA', 'RN', 'LCSW', 'PhD', 'PsyD', 'LPC']);
const Email = z.string().trim().toLowerCase().email().max(254);
const Token = z.string().min(10).max(200);
const NewPassword = z
  .string()
  .min(1)
  .max(MAX_PASSWORD_LENGTH * 4);

const Invitation = z
  .object({
    email: Email,
    displayName: z.string().trim().min(1).max(200),
    roles: z.array(Role).min(1).max(ROLES.length),
    credential: Credential.optional(),
    npi: z.string().trim().max(20).optional(),
    deaNumber: z.string().trim().max(20).optional(),
    supervisingUserId: Uuid.optional(),
    patientId: Uuid.optional(),
  })
  .strict();
const UserPatch = z
  .object({
    roles: z.array(Role).min(1).max(ROLES.length).optional(),
    displayName: z.string().trim().min(1).max(200).optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
const UserParams = z.object({ userId: Uuid }).strict();
const InvitationParams = z.object({ invitationId: Uuid }).strict();

/** Links in emails: the configured public address, else the address this request came to. */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export function identityRoutes(identity: IdentityService, auth: AuthService, config: Config) {
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
    const admin = { access: ['admin'] as const };

    // ——— User administration ———
    app.get(
      '/users',
      { config: admin, schema: { tags: ['users'], summary: 'Users of the organization' } },
      async (request) => ({
        items: await identity.listUsers(requirePrincipal(request)),
      }),
    );
    app.patch(
      '/users/:userId',
      {
        config: admin,
        schema: {
          tags: ['users'],
          summary: 'Change roles, name, or disable / re-enable a user',
          params: UserParams,
          body: UserPatch,
        },
      },
      async (request) => identity.updateUser(requirePrincipal(request), request.params.userId, request.body),
    );
    app.post(
      '/users/:userId/sessions/revoke',
      {
        config: admin,
        schema: { tags: ['users'], summary: 'Sign a user out everywhere', params: UserParams },
      },
      async (request) => identity.revokeSessions(requirePrincipal(request), request.params.userId),
    );
    app.post(
      '/users/:userId/mfa/reset',
      {
        config: admin,
        schema: {
          tags: ['users'],
          summary: 'Reset a user’s two-step verification (they set it up again)',
          params: UserParams,
        },
      },
      async (request, reply) => {
        await identity.resetMfa(requirePrincipal(request), request.params.userId);
        return reply.status(204).send();
      },
    );

    // ——— Invitations ———
    app.post(
      '/users/invitations',
      {
        config: admin,
        schema: { tags: ['users'], summary: 'Invite a person (emails a single-use link)', body: Invitation },
      },
      async (request, reply) => {
        const result = await identity.createInvitation(
          requirePrincipal(request),
          request.body,
          originOf(request),
        );
        return reply.status(201).send(result);
      },
    );
    app.get(
      '/users/invitations',
      { config: admin, schema: { tags: ['users'], summary: 'Pending invitations' } },
      async (request) => ({ items: await identity.listInvitations(requirePrincipal(request)) }),
    );
    app.delete(
      '/users/invitations/:invitationId',
      {
        config: admin,
        schema: { tags: ['users'], summary: 'Revoke an invitation', params: InvitationParams },
      },
      async (request, reply) => {
        await identity.revokeInvitation(requirePrincipal(request), request.params.invitationId);
        return reply.status(204).send();
      },
    );
    app.post(
      '/invitations/inspect',
      {
        config: { access: 'public' },
        schema: {
          tags: ['users'],
          summary: 'What an invitation link is for',
          body: z.object({ token: Token }).strict(),
        },
      },
      async (request) => identity.inspectInvitation(request.body.token),
    );
    app.post(
      '/invitations/accept',
      {
        config: { access: 'public' },
        schema: {
          tags: ['users'],
          summary: 'Accept an invitation: choose a password; answers like sign-in',
          body: z.object({ token: Token, password: NewPassword }).strict(),
        },
      },
      async (request, reply) => {
        const meta = requestMeta(request);
        const accepted = await identity.acceptInvitation(request.body.token, request.body.password, meta);
        const principal = await auth.loadPrincipal(accepted.organizationId, accepted.sessionId, meta);
        if (!principal) throw new AppError('internal', 'The session could not be started.');
        setCookie(reply, accepted.token, principal.expiresAt);
        if (accepted.status !== 'ok') return { status: accepted.status };
        return { status: accepted.status, session: sessionView(principal) };
      },
    );

    // ——— Password reset ———
    app.post(
      '/auth/password-reset',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Email a password reset link',
          body: z.object({ email: Email }).strict(),
        },
      },
      async (request, reply) => {
        await identity.requestPasswordReset(request.body.email, originOf(request));
        // The same answer whether or not the address has an account.
        return reply.status(202).send({
          status: 'accepted',
          message:
            'If an account uses this address, we sent it a link to reset the password. It works for 30 minutes.',
        });
      },
    );
    app.post(
      '/auth/password-reset/complete',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Set a new password with a reset link (every session ends; sign in afterwards)',
          body: z.object({ token: Token, newPassword: NewPassword }).strict(),
        },
      },
      async (request, reply) => {
        await identity.completePasswordReset(request.body.token, request.body.newPassword);
        return reply.status(204).send();
      },
    );
  };
}
