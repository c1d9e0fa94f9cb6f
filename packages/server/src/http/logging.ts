import type { FastifyServerOptions } from 'fastify';

/**
 * Structured logs without health information: request lines carry the method, the route
 * pattern (never the raw URL with its query string), status and timing; credentials and
 * bodies are never logged.
 */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.email',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(request: { method: string; routeOptions?: { url?: string }; id: string }) {
        return { method: request.method, route: request.routeOptions?.url ?? 'unmatched', id: request.id };
      },
      res(reply: { statusCode: number }) {
        return { statusCode: reply.statusCode };
      },
    },
  };
}
