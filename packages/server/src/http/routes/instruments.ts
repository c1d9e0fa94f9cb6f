import { getInstrument } from '@titrate/clinical';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';

const InstrumentParams = z.object({ name: z.string().trim().min(1).max(40) }).strict();

/**
 * Rating-scale questions and answer choices, so the portal's check-in form asks exactly what the
 * scoring engine scores. Instrument definitions hold no health information: any signed-in user.
 */
export function instrumentRoutes() {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/instruments/:name',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['measurement'],
          summary: 'A rating scale’s instructions, questions and answer choices (PHQ-9, GAD-7, …)',
          params: InstrumentParams,
        },
      },
      async (request) => {
        const instrument = getInstrument(request.params.name);
        if (!instrument) {
          throw new AppError('not-found', `"${request.params.name}" is not a rating scale Titrate knows.`);
        }
        return {
          id: instrument.id,
          title: instrument.title,
          administration: instrument.administration,
          lookBack: instrument.lookBack,
          instructions: instrument.instructions,
          // The chart's scale: what the lowest and highest possible totals are.
          totalRange: instrument.totalRange,
          // Severity bands, so the chart's timeline shades them (issue #5).
          bands: instrument.bands.map((band) => ({ min: band.min, max: band.max, label: band.label })),
          items: instrument.items.map((item) => ({
            number: item.number,
            label: item.label,
            text: item.text,
            optional: item.optional,
            critical: item.critical,
            askedWhen: item.askedWhen ?? null,
            options: item.options.map((option) => ({ value: option.value, label: option.label })),
          })),
        };
      },
    );
  };
}
