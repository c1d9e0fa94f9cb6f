import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_SORT_KEYS, type AuditReportService } from '../../domain/audit-report.js';
import { requirePrincipal } from '../context.js';
import { Uuid } from '../schemas.js';

const DateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  message: 'must be a date (YYYY-MM-DD) or an ISO date and time',
});

/** Every filter and sort parameter is allowlisted; anything else is a 400, never a 500. */
const ReportFilters = {
  from: DateOrDateTime.optional(),
  to: DateOrDateTime.optional(),
  userId: Uuid.optional(),
  patientId: Uuid.optional(),
  action: z
    .string()
    .regex(/^[a-z][a-z-]{0,39}$/, 'must be an audit action such as read or sign-in')
    .optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  resourceType: z
    .string()
    .regex(/^[A-Za-z][A-Za-z-]{0,59}$/, 'must be a resource type such as Patient')
    .optional(),
  sort: z.enum(AUDIT_SORT_KEYS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
};
const ReportQuery = z
  .object({
    ...ReportFilters,
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .strict();
const ExportQuery = z.object(ReportFilters).strict();
const PageQuery = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
  })
  .strict();

export function auditReportRoutes(reports: AuditReportService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/audit-events',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['audit'],
          summary: `Audit report: filter by time, user, patient, action, outcome, resource type; sort by ${AUDIT_SORT_KEYS.join(', ')}`,
          querystring: ReportQuery,
        },
      },
      async (request) => reports.report(requirePrincipal(request), request.query),
    );
    app.get(
      '/audit-events/export.csv',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['audit'],
          summary: 'The audit report as CSV (same filters and sort); audited as an export',
          querystring: ExportQuery,
        },
      },
      async (request, reply) => {
        const records = await reports.exportRows(requirePrincipal(request), request.query);
        const stamp = new Date().toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="audit-events-${stamp}.csv"`)
          .send(stringify(records));
      },
    );
    app.get(
      '/me/access-log',
      {
        config: { access: ['patient'] },
        schema: {
          tags: ['portal'],
          summary: 'Who has seen or changed my record: newest first, paginated',
          querystring: PageQuery,
        },
      },
      async (request) => reports.accessLog(requirePrincipal(request), request.query),
    );
  };
}
