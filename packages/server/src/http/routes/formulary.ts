import { DRUGS, type Drug, findDrug, suggestDrugs } from '@titrate/clinical';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../db/schema.js';

/** The order form's drug search is for the clinical staff who draft and review orders. */
const CLINICAL: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator'];
const MAX_RESULTS = 10;

const FormularyQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(25).optional(),
  })
  .strict();

/** What the order form needs of a drug; the full monograph stays in `titrate drug`. */
function toEntry(drug: Drug) {
  return {
    name: drug.name,
    rxnorm: drug.rxnorm,
    brands: drug.brands,
    classes: drug.classes,
    psychiatric: drug.psychiatric,
    schedule: drug.schedule,
    controlled: drug.schedule !== null,
    strengthsMg: drug.dose.strengthsMg,
    liquidAvailable: drug.dose.liquidAvailable ?? false,
    startingDailyMg: drug.dose.startingDailyMg,
    usualDailyMg: drug.dose.usualDailyMg,
    maxDailyMg: drug.dose.maxDailyMg,
    titration: drug.dose.titration,
    nonDailyRoute: drug.dose.nonDailyRoute ?? null,
    boxedWarnings: drug.boxedWarnings,
  };
}
export type FormularyEntry = ReturnType<typeof toEntry>;

const key = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Drugs matching a search by generic name, brand or synonym: exact match first, then names and
 * brands starting with the text, then the engine's spelling suggestions. Reads no patient data.
 */
export function searchFormulary(query: string, limit = MAX_RESULTS): FormularyEntry[] {
  const q = key(query);
  if (q.length === 0) return [];
  const found = new Map<string, Drug>();
  const exact = findDrug(query);
  if (exact) found.set(exact.name, exact);
  for (const drug of DRUGS) {
    const names = [drug.name, ...drug.brands, ...(drug.synonyms ?? [])].map(key);
    if (names.some((name) => name.startsWith(q))) found.set(drug.name, drug);
  }
  // Psychiatric drugs before the interacting non-psychiatric ones, then alphabetical.
  const ranked = [...found.values()].sort(
    (a, b) =>
      Number(b.name === exact?.name) - Number(a.name === exact?.name) ||
      Number(b.psychiatric) - Number(a.psychiatric) ||
      a.name.localeCompare(b.name),
  );
  if (ranked.length < limit && q.length >= 3) {
    for (const name of suggestDrugs(query, limit)) {
      const drug = findDrug(name);
      if (drug && !found.has(drug.name)) {
        found.set(drug.name, drug);
        ranked.push(drug);
      }
    }
  }
  return ranked.slice(0, limit).map(toEntry);
}

/** Drug search for the order form (issue #5): the formulary of `@titrate/clinical`, no patient data. */
export function formularyRoutes() {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/formulary',
      {
        config: { access: CLINICAL },
        schema: {
          tags: ['prescribing'],
          summary:
            'Search the formulary by generic or brand name: strengths, dose range, controlled schedule',
          querystring: FormularyQuery,
        },
      },
      async (request) => ({ items: searchFormulary(request.query.q ?? '', request.query.limit) }),
    );
  };
}
