/**
 * Dose checks: the daily dose (largest the order allows for as-needed orders) against the labelled
 * maximum and against the formulary's conditional caps (age, hepatic, renal, genotype, co-drug).
 * A dose below the usual range raises no alert (too often deliberate: titration, older adults,
 * tapering), which keeps alert fatigue down.
 */
import type { DoseCap } from '../../formulary/types.js';
import type { CheckContext, Component, Medication } from '../context.js';
import type { Finding } from '../types.js';
import { formatMg } from '../util.js';
import { cap } from './text.js';

function basePhenotype(phenotype: string): string {
  return phenotype
    .toLowerCase()
    .replace(/^likely /, '')
    .trim();
}

/** Does the cap's condition hold for this patient and regimen? Unknown facts never satisfy it. */
export function capApplies(c: DoseCap, ctx: CheckContext, self: Component): boolean {
  const w = c.when;
  if (w.minAge !== undefined && (ctx.age === null || ctx.age < w.minAge)) return false;
  if (w.maxAge !== undefined && (ctx.age === null || ctx.age > w.maxAge)) return false;
  if (w.hepaticImpairment && !ctx.hepaticImpairment) return false;
  if (w.renalImpairment && !ctx.renalImpairment) return false;
  if (w.phenotype) {
    const gene = w.phenotype.gene.toUpperCase();
    const actual = [...ctx.pgx.phenotypes.entries()].find(([g]) => g.toUpperCase() === gene)?.[1];
    if (!actual) return false;
    const wanted = w.phenotype.phenotypes.map(basePhenotype);
    if (!wanted.includes(basePhenotype(actual))) return false;
  }
  if (w.withDrug) {
    const name = w.withDrug.toLowerCase();
    const present = ctx.active.some(
      (other) =>
        other.med !== self.med &&
        (other.profile.names.has(name) || (other.profile.classes as ReadonlySet<string>).has(name)),
    );
    if (!present) return false;
  }
  return true;
}

function describeWhen(c: DoseCap): string {
  const parts: string[] = [];
  const w = c.when;
  if (w.minAge !== undefined && w.maxAge !== undefined) parts.push(`age ${w.minAge}–${w.maxAge}`);
  else if (w.minAge !== undefined) parts.push(`age ${w.minAge} or older`);
  else if (w.maxAge !== undefined) parts.push(`age ${w.maxAge} or younger`);
  if (w.hepaticImpairment) parts.push('hepatic impairment');
  if (w.renalImpairment) parts.push('renal impairment');
  if (w.phenotype) parts.push(`${w.phenotype.gene} ${w.phenotype.phenotypes.join('/')}`);
  if (w.withDrug) parts.push(`taken with ${w.withDrug}`);
  return parts.join(', ');
}

function doseText(med: Medication): string {
  const f = med.frequency;
  const dose = med.input.dose;
  const unit = med.input.unit ?? 'mg';
  if (f?.asNeeded)
    return `${dose} ${unit} ${med.input.frequency} allows up to ${formatMg(med.dailyMg ?? 0)}/day`;
  const written = `${dose} ${unit} ${med.input.frequency ?? ''}`.trim();
  return `${written} = ${formatMg(med.dailyMg ?? 0)}/day`;
}

export function doseFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const comp of ctx.active) {
    const med = comp.med;
    const drug = comp.drug;
    if (med.components.length > 1) continue; // combination products: per-ingredient doses unknown
    if (drug.dose.nonDailyRoute) continue;
    if (med.doseProblem) {
      out.push({
        code: 'dose.not-evaluated',
        category: 'dose',
        severity: 'info',
        drugs: [drug.name],
        title: `Dose of ${drug.name} not checked`,
        detail: med.doseProblem,
        recommendation:
          'Enter the dose in mg (or mcg/g) with a frequency such as "twice daily" or "every 6 hours as needed".',
        action: 'monitor',
        maxDailyDose: null,
        sources: [],
      });
      continue;
    }
    const caps = (drug.dose.caps ?? []).filter((c) => capApplies(c, ctx, comp));
    const tightest = caps.reduce<DoseCap | null>(
      (m, c) => (m === null || c.maxDailyMg < m.maxDailyMg ? c : m),
      null,
    );
    const daily = med.dailyMg;
    if (daily === null) {
      if (tightest && med.list === 'proposed') {
        out.push({
          code: 'dose.cap-applies',
          category: 'dose',
          severity: 'info',
          drugs: [drug.name],
          title: `${cap(drug.name)}: maximum ${formatMg(tightest.maxDailyMg)}/day for this patient`,
          detail: `${tightest.reason} (${describeWhen(tightest)}).`,
          recommendation: `Keep the total daily dose of ${drug.name} at or below ${formatMg(tightest.maxDailyMg)}.`,
          action: 'use-standard',
          maxDailyDose: tightest.maxDailyMg,
          sources: tightest.sources,
        });
      }
      continue;
    }
    const eps = 1e-6;
    if (tightest && daily > tightest.maxDailyMg + eps) {
      out.push({
        code: 'dose.above-cap',
        mechanism: 'dose',
        priority: 2,
        category: 'dose',
        severity: 'major',
        drugs: [drug.name],
        title: `${cap(drug.name)} dose above the maximum for this patient (${formatMg(tightest.maxDailyMg)}/day)`,
        detail: `${doseText(med)}. ${tightest.reason} (${describeWhen(tightest)}).`,
        recommendation: `Reduce ${drug.name} to at most ${formatMg(tightest.maxDailyMg)} a day.`,
        action: 'reduce-dose',
        maxDailyDose: tightest.maxDailyMg,
        sources: tightest.sources,
      });
      continue;
    }
    const max = drug.dose.maxDailyMg;
    if (max !== null && daily > max + eps) {
      out.push({
        code: 'dose.above-maximum',
        mechanism: 'dose',
        priority: 1,
        category: 'dose',
        severity: 'major',
        drugs: [drug.name],
        title: `${cap(drug.name)} dose above the labelled maximum (${formatMg(max)}/day)`,
        detail: `${doseText(med)}, above the labelled adult maximum of ${formatMg(max)}/day.${
          comp.profile.bupropion ? ' Seizure risk with bupropion rises steeply with dose.' : ''
        }`,
        recommendation: `Reduce to at most ${formatMg(max)} a day, or document the reason for exceeding the label.`,
        action: 'reduce-dose',
        maxDailyDose: max,
        sources: drug.sources.slice(0, 1),
      });
    }
  }
  return out;
}
