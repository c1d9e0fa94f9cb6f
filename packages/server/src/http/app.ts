import { randomUUID, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { type Database, withTenant } from '../db/database.js';
import type { ChartSection } from '../domain/access.js';
import { createApiTokenService, tokenRefusal } from '../domain/api-tokens.js';
import { createAppointmentService } from '../domain/appointments.js';
import { actor, recordAudit } from '../domain/audit.js';
import { createAuditReportService } from '../domain/audit-report.js';
import { createAuthService } from '../domain/auth.js';
import { createBetweenVisitsService } from '../domain/between-visits.js';
import { createClinicalRecordService } from '../domain/clinical-record.js';
import { createConsentService } from '../domain/consents.js';
import { type Clock, type Deps, systemClock } from '../domain/deps.js';
import { createDocumentService } from '../domain/documents.js';
import { createEmergencyAccessService } from '../domain/emergency-access.js';
import { AppError } from '../domain/errors.js';
import { createErxService } from '../domain/erx.js';
import { createEvaluationService } from '../domain/evaluations.js';
import { createFillService } from '../domain/fills.js';
import { createGuardianViewService } from '../domain/guardian-view.js';
import { createIdentityService } from '../domain/identity.js';
import { createMessageService } from '../domain/messages.js';
import { createOrderService } from '../domain/orders.js';
import { createPatientService } from '../domain/patients.js';
import { createRefillService } from '../domain/refills.js';
import { createReminderService } from '../domain/reminders.js';
import { createScoreService } from '../domain/scores.js';
import { configureSecretBox } from '../domain/secret-box.js';
import { createTaskService } from '../domain/tasks.js';
import { createVisitNoteService } from '../domain/visit-notes.js';
import type { PrescriptionTransmitter } from '../erx/transmitter.js';
import { createSmtpMailer, disabledMailer, type Mailer } from '../notify/mailer.js';
import { type RouteAccess, requestMeta } from './context.js';
import { loggerOptions } from './logging.js';
import { sendProblem, toAppError } from './problem.js';
import { apiTokenRoutes } from './routes/api-tokens.js';
import { auditReportRoutes } from './routes/audit-report.js';
import { authRoutes } from './routes/auth.js';
import { betweenVisitsRoutes } from './routes/between-visits.js';
import { careRoutes } from './routes/care.js';
import { clinicalRecordRoutes } from './routes/clinical-record.js';
import { consentRoutes } from './routes/consents.js';
import { emergencyAccessRoutes } from './routes/emergency-access.js';
import { evaluationRoutes } from './routes/evaluations.js';
import { fillRoutes } from './routes/fills.js';
import { formularyRoutes } from './routes/formulary.js';
import { guardianRoutes } from './routes/guardian.js';
import { healthRoutes } from './routes/health.js';
import { identityRoutes } from './routes/identity.js';
import { instrumentRoutes } from './routes/instruments.js';
import { meRoutes } from './routes/me.js';
import { patientRoutes } from './routes/patients.js';
import { reminderRoutes } from './routes/reminders.js';
import { visitRoutes } from './routes/visits.js';

/** `__Host-` binds the cookie to this host over HTTPS (no Domain, Path=/, Secure). */
export const sessionCookieName = (config: Pick<Config, 'cookieSecure'>) =>
  config.cookieSecure ? '__Host-titrate_session' : 'titrate_session';

export interface AppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Outgoing email; by default SMTP when configured, otherwise disabled. */
  mailer?: Mailer;
  /** Where log lines go (tests capture them); the redacting serializers always apply. */
  logStream?: { write(line: string): void };
  logLevel?: string;
  /** E-prescribing adapter; by default the outbox the clinic inspects (GET /api/v1/erx-outbox). */
  erxTransmitter?: PrescriptionTransmitter;
}

export type App = FastifyInstance;

export interface RouteRecord {
  method: string;
  url: string;
  access: RouteAccess | undefined;
  /** The chart section the route touches, when it is a patient route. */
  section: ChartSection | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with its declared access rule (for the access-matrix tests). */
    routeInventory: RouteRecord[];
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const deps: Deps = {
    db: database.db,
    config,
    clock: options.clock ?? systemClock,
    mailer:
      options.mailer ?? (config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : disabledMailer),
  };
  // TOTP secrets are encrypted at rest with the installation key (env or data-folder key file).
  configureSecretBox(config);
  // E-prescribing: signed orders are queued in the signing transaction and sent by this adapter.
  const erx = createErxService(deps, options.erxTransmitter);
  const services = {
    auth: createAuthService(deps),
    identity: createIdentityService(deps),
    patients: createPatientService(deps),
    orders: createOrderService(deps, { erx }),
    scores: createScoreService(deps),
    tasks: createTaskService(deps),
    consents: createConsentService(deps),
    emergencyAccess: createEmergencyAccessService(deps),
    apiTokens: createApiTokenService(deps),
    auditReport: createAuditReportService(deps),
    reminders: createReminderService(deps),
    betweenVisits: createBetweenVisitsService(deps),
    messages: createMessageService(deps),
    refills: createRefillService(deps),
    fills: createFillService(deps),
    clinicalRecord: createClinicalRecordService(deps),
  };
  // Visits: notes read adherence through the reminder service built above.
  const visitServices = {
    appointments: createAppointmentService(deps),
    visitNotes: createVisitNoteService(deps, services.reminders),
  };
  // Intake evaluations store their C-SSRS through the score service (its safety task included).
  const intakeServices = {
    evaluations: createEvaluationService(deps, { scores: services.scores }),
    documents: createDocumentService(deps),
    erx,
  };

  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? config.logLevel, options.logStream),
    bodyLimit: 1_048_576,
    trustProxy: true,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    genReqId: () => randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  const routeInventory: RouteRecord[] = [];
  app.decorate('routeInventory', routeInventory);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      routeInventory.push({
        method,
        url: route.url,
        access: route.config?.access,
        section: route.config?.section,
      });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('principal', null);
  app.decorateRequest('pendingPrincipal', null);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only means something over TLS; it is added per request below when the request was secure.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Titrate API',
        version: '1',
        description:
          'Psychiatric medication management. JSON under /api/v1; errors are RFC 9457 problem documents. ' +
          'Browsers sign in with POST /api/v1/auth/login (session cookie + X-CSRF-Token on changes).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: sessionCookieName(config) },
          // Personal access tokens (`ttr_…`) for scripts; no CSRF token needed.
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');

    // Scripts and integrations: `Authorization: Bearer ttr_…` (a bad, expired or revoked token is a 401).
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer !== undefined && request.url.startsWith('/api/')) {
      request.principal = await services.apiTokens.authenticate(bearer, requestMeta(request));
      return;
    }
    const token = request.cookies[sessionCookieName(config)];
    if (token) {
      const found = await services.auth.authenticate(token, requestMeta(request));
      // A session still waiting for its second factor is no sign-in: only MFA routes see it.
      if (found?.mfaPending) request.pendingPrincipal = found;
      else request.principal = found;
    }
  });

  // Route-level access declared in `config.access`, enforced before any handler runs.
  app.addHook('preHandler', async (request) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (access === undefined) {
      // Routes added by plugins (docs, static files) are public by nature; API routes must declare.
      if (request.url.startsWith('/api/v1/'))
        throw new AppError('forbidden', 'This route declares no access rule.');
      return;
    }
    if (access === 'public') return;
    // MFA routes also serve a pending session. No CSRF token is checked for it: the cookie is
    // SameSite=Strict, bodies must be JSON, and the session can do nothing but finish MFA.
    if (!request.principal && request.pendingPrincipal && request.routeOptions.config.allowPendingMfa) return;
    const principal = request.principal;
    if (!principal)
      throw new AppError(
        'unauthenticated',
        'Your session has ended or you are not signed in. Sign in to continue.',
      );
    if (access !== 'authenticated' && !principal.roles.some((role) => access.includes(role))) {
      throw new AppError('forbidden', 'Your role does not allow this action.');
    }
    // API tokens: never on account-security routes; `read` tokens only on safe methods.
    const refusal = tokenRefusal(
      principal,
      request.method,
      request.routeOptions.url,
      request.routeOptions.config.tokens,
    );
    if (refusal) throw new AppError('forbidden', refusal);
    // CSRF: a state-changing request carried by the session cookie must echo the session's token.
    // A Bearer token is no ambient credential (a browser never adds it by itself), so it needs none.
    if (principal.authMethod === 'session' && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      const sent = request.headers['x-csrf-token'];
      const expected = Buffer.from(principal.csrfToken);
      const given = Buffer.from(typeof sent === 'string' ? sent : '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new AppError(
          'forbidden',
          'The request is missing its security token. Reload the page and try again.',
        );
      }
    }
  });

  app.setErrorHandler(async (error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    const principal = request.principal;
    // Every refusal by access control is audited (in its own transaction: the failed one rolled back).
    if (principal && (appError.denial || appError.status === 403)) {
      await withTenant(database.db, principal.organizationId, (trx) =>
        recordAudit(trx, {
          ...actor(principal),
          patientId: appError.denial?.patientId ?? null,
          action: 'permission-denied',
          resourceType: appError.denial?.resourceType ?? null,
          outcome: 'denied',
          detail: { method: request.method, route: request.routeOptions.url ?? 'unmatched' },
          at: deps.clock.now(),
        }),
      ).catch((auditError: unknown) => request.log.error({ err: auditError }, 'could not audit a denial'));
    }
    return sendProblem(reply, request, appError);
  });

  await app.register(healthRoutes(database));
  await app.register(authRoutes(services.auth, config), { prefix: '/api/v1' });
  await app.register(identityRoutes(services.identity, services.auth, config), { prefix: '/api/v1' });
  await app.register(patientRoutes(services.patients), { prefix: '/api/v1' });
  await app.register(meRoutes(services.patients), { prefix: '/api/v1' });
  await app.register(
    careRoutes({
      orders: services.orders,
      scores: services.scores,
      tasks: services.tasks,
      clock: deps.clock,
    }),
    { prefix: '/api/v1' },
  );
  await app.register(consentRoutes(services.consents), { prefix: '/api/v1' });
  await app.register(emergencyAccessRoutes(services.emergencyAccess), { prefix: '/api/v1' });
  await app.register(apiTokenRoutes(services.apiTokens), { prefix: '/api/v1' });
  await app.register(auditReportRoutes(services.auditReport), { prefix: '/api/v1' });
  await app.register(reminderRoutes(services.reminders), { prefix: '/api/v1' });
  await app.register(
    betweenVisitsRoutes({
      betweenVisits: services.betweenVisits,
      messages: services.messages,
      refills: services.refills,
    }),
    { prefix: '/api/v1' },
  );
  await app.register(fillRoutes(services.fills), { prefix: '/api/v1' });
  await app.register(clinicalRecordRoutes(services.clinicalRecord), { prefix: '/api/v1' });
  await app.register(visitRoutes(visitServices), { prefix: '/api/v1' });
  await app.register(evaluationRoutes(intakeServices), { prefix: '/api/v1' });
  // Guardians: a linked adolescent's schedule through the appointment and reminder services.
  await app.register(
    guardianRoutes(
      createGuardianViewService(deps, {
        appointments: visitServices.appointments,
        reminders: services.reminders,
      }),
    ),
    { prefix: '/api/v1' },
  );
  await app.register(instrumentRoutes(), { prefix: '/api/v1' });
  await app.register(formularyRoutes(), { prefix: '/api/v1' });

  const webDir = resolveWebDir(config);
  if (webDir) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // The service worker must be revalidated so a fixed version reaches devices promptly.
      setHeaders: (res, filePath) => {
        if (path.basename(filePath) === 'sw.js') res.header('cache-control', 'no-cache');
      },
    });
    const indexHtml = fs.readFileSync(path.join(webDir, 'index.html'));
    app.get('/assets/*', { schema: { hide: true } }, (request, reply) => {
      const file = (request.params as { '*': string })['*'];
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .sendFile(path.join('assets', file));
    });
    app.setNotFoundHandler((request, reply) => {
      const isPage =
        request.method === 'GET' &&
        !request.url.startsWith('/api/') &&
        (request.headers.accept ?? '').includes('text/html');
      if (isPage) return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
      return sendProblem(reply, request, new AppError('not-found', 'There is nothing at this address.'));
    });
  } else {
    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, request, new AppError('not-found', 'There is nothing at this address.')),
    );
  }
  return app;
}

/** The built web app: configured folder, else packages/web/dist beside this package. */
function resolveWebDir(config: Config): string | undefined {
  const candidates = [
    config.webDir,
    path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../web/dist'),
  ].filter((dir): dir is string => Boolean(dir));
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}
