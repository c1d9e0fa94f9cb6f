import type { PgxInput } from '../types.js';
import { interpretDiplotype, normalizeMetabolizerGene } from './genotype.js';
import { normalizePhenotypeForGene } from './phenotype.js';
import {
  type HlaAllele,
  type HlaResult,
  type MetabolizerGene,
  PgxInputError,
  type PgxPhenotype,
  type ResolvedPgx,
} from './types.js';

/** HLA alleles the rules use, by locus. */
export const HLA_ALLELES: readonly HlaAllele[] = ['HLA-B*15:02', 'HLA-A*31:01', 'HLA-B*58:01'];

const POSITIVE = new Set(['positive', 'pos', '+', 'present', 'detected', 'carrier', 'yes', 'true']);
const NEGATIVE = new Set([
  'negative',
  'neg',
  '-',
  'absent',
  'not detected',
  'non-carrier',
  'noncarrier',
  'no',
  'false',
]);

function normalizeResult(value: unknown): HlaResult | null {
  if (typeof value === 'boolean') return value ? 'positive' : 'negative';
  if (typeof value !== 'string') return null;
  const key = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (POSITIVE.has(key)) return 'positive';
  if (NEGATIVE.has(key)) return 'negative';
  return null;
}

/** HLA locus letter from a gene field such as `HLA-B`, `hla b`, `HLA-B*15:02`; null if not HLA. */
function hlaLocus(gene: string): string | null {
  const m = /^HLA[\s_-]?([A-Z]+\d?)/i.exec(gene.trim());
  return m?.[1] ? m[1].toUpperCase() : null;
}

/**
 * Two-field HLA allele name (`HLA-B*15:02`) from `*15:02`, `15:02`, `B*15:02`, `HLA-B*15:02:01`,
 * `B*1502`. `locus` is the locus implied by the gene field (if any); a conflicting locus → null.
 */
export function normalizeHlaAllele(text: string, locus: string | null): string | null {
  const compact = text.trim().toUpperCase().replace(/\s+/g, '');
  const m = /^(?:HLA[-_]?)?([A-Z]+\d?)?\*?(\d{2,3}):?(\d{2,3})(?::\d+)*[A-Z]?$/.exec(compact);
  if (!m) return null;
  const named = m[1] ?? null;
  if (named && locus && named !== locus) return null;
  const finalLocus = named ?? locus;
  if (!finalLocus) return null;
  return `HLA-${finalLocus}*${m[2]}:${m[3]}`;
}

interface GeneCall {
  phenotype: PgxPhenotype;
  activityScore: number | null;
  fromDiplotype: boolean;
}

/**
 * Turn the `pgx` entries of a check document into one phenotype per gene and HLA carrier status.
 * A diplotype outranks a stated phenotype for the same gene; two conflicting diplotypes (or two
 * conflicting stated phenotypes) make the gene `indeterminate` and are reported. For HLA, a
 * positive result outranks a negative one for the same allele (the safer reading) and the conflict
 * is reported. Nothing is silently dropped: every entry that cannot be used is listed in
 * `unrecognized`.
 */
export function resolvePgx(inputs: readonly PgxInput[] | undefined): ResolvedPgx {
  const calls = new Map<MetabolizerGene, GeneCall>();
  const hla: Partial<Record<HlaAllele, HlaResult>> = {};
  const unrecognized: string[] = [];

  const setHla = (allele: string, result: HlaResult, raw: string) => {
    if (!(HLA_ALLELES as readonly string[]).includes(allele)) {
      unrecognized.push(`${allele}: no prescribing rules for this HLA allele`);
      return;
    }
    const key = allele as HlaAllele;
    const previous = hla[key];
    if (previous && previous !== result) {
      unrecognized.push(
        `${raw}: conflicts with an earlier ${allele} ${previous} result (treated as positive)`,
      );
      hla[key] = 'positive';
      return;
    }
    hla[key] = result;
  };

  const setCall = (gene: MetabolizerGene, call: GeneCall, raw: string) => {
    const previous = calls.get(gene);
    if (!previous) {
      calls.set(gene, call);
      return;
    }
    if (previous.fromDiplotype && !call.fromDiplotype) return;
    if (!previous.fromDiplotype && call.fromDiplotype) {
      calls.set(gene, call);
      return;
    }
    if (previous.phenotype !== call.phenotype || previous.activityScore !== call.activityScore) {
      unrecognized.push(`${raw}: conflicts with an earlier ${gene} result (treated as indeterminate)`);
      calls.set(gene, { phenotype: 'indeterminate', activityScore: null, fromDiplotype: call.fromDiplotype });
    }
  };

  for (const input of inputs ?? []) {
    const geneText = typeof input?.gene === 'string' ? input.gene.trim() : '';
    if (!geneText) {
      unrecognized.push(`pgx entry without a gene: ${JSON.stringify(input)}`);
      continue;
    }

    const locus = hlaLocus(geneText);
    if (locus) {
      const result = normalizeResult(input.result ?? input.phenotype);
      // The allele may sit in `allele`, in the gene field (`HLA-B*15:02`) or as a diplotype.
      const alleleText = input.allele ?? (geneText.includes('*') ? geneText : undefined);
      if (alleleText !== undefined) {
        const allele = normalizeHlaAllele(String(alleleText), locus);
        if (!allele) {
          unrecognized.push(`${geneText} allele "${String(alleleText)}"`);
        } else if (!result) {
          unrecognized.push(`${allele}: missing or unreadable result (expected positive or negative)`);
        } else {
          setHla(allele, result, `${allele} ${result}`);
        }
      } else if (input.diplotype !== undefined) {
        const parts = String(input.diplotype).split('/');
        const alleles = parts.map((p) => normalizeHlaAllele(p, locus));
        if (parts.length !== 2 || alleles.some((a) => a === null)) {
          unrecognized.push(`${geneText} diplotype "${String(input.diplotype)}"`);
        } else {
          for (const tracked of HLA_ALLELES) {
            if (!tracked.startsWith(`HLA-${locus}*`)) continue;
            setHla(
              tracked,
              alleles.includes(tracked) ? 'positive' : 'negative',
              `${geneText} ${input.diplotype}`,
            );
          }
        }
      } else {
        unrecognized.push(`${geneText}: no allele given`);
      }
      continue;
    }

    const gene = normalizeMetabolizerGene(geneText);
    if (!gene) {
      unrecognized.push(geneText);
      continue;
    }
    if (input.diplotype !== undefined && input.diplotype !== null && String(input.diplotype).trim() !== '') {
      try {
        const r = interpretDiplotype(gene, String(input.diplotype));
        setCall(
          gene,
          { phenotype: r.phenotype, activityScore: r.activityScore, fromDiplotype: true },
          `${gene} ${r.diplotype}`,
        );
      } catch (error) {
        if (!(error instanceof PgxInputError)) throw error;
        unrecognized.push(`${gene} diplotype "${String(input.diplotype)}"`);
      }
      continue;
    }
    if (input.phenotype !== undefined && input.phenotype !== null && String(input.phenotype).trim() !== '') {
      const phenotype = normalizePhenotypeForGene(gene, String(input.phenotype));
      if (!phenotype) {
        unrecognized.push(`${gene} phenotype "${String(input.phenotype)}"`);
      } else {
        setCall(gene, { phenotype, activityScore: null, fromDiplotype: false }, `${gene} ${phenotype}`);
      }
      continue;
    }
    unrecognized.push(`${gene}: no diplotype or phenotype given`);
  }

  const phenotypes = new Map<MetabolizerGene, PgxPhenotype>();
  const activityScores = new Map<MetabolizerGene, number>();
  for (const [gene, call] of calls) {
    phenotypes.set(gene, call.phenotype);
    if (call.activityScore !== null) activityScores.set(gene, call.activityScore);
  }
  return { phenotypes, activityScores, hla, unrecognized };
}
