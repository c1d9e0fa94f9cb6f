/**
 * Patient-level rules: age (boxed suicidality warning, Beers criteria, paediatric use outside the
 * labelled ages), pregnancy and lactation, regulatory (telemedicine, refills), pharmacogenomics,
 * and regimen-level rules (MAOI washout, several CNS depressants, anticholinergic burden).
 */
import type { Severity } from '../../types.js';
import type { CheckContext, Component } from '../context.js';
import type { DrugProfile } from '../profile.js';
import type { Finding, PgxProvider, TelemedicinePolicy } from '../types.js';
import { dayToIso, isoToDay } from '../util.js';
import { cap, list } from './text.js';

// ------------------------------------------------------------------------------------------------
// Age
// ------------------------------------------------------------------------------------------------

/** Beers 2023 lists these tricyclics and paroxetine as strongly anticholinergic antidepressants. */
const BEERS_ANTIDEPRESSANTS = [
  'amitriptyline',
  'amoxapine',
  'clomipramine',
  'desipramine',
  'doxepin',
  'imipramine',
  'nortriptyline',
  'paroxetine',
  'protriptyline',
  'trimipramine',
];

function beersReason(p: DrugProfile, comp: Component): string | null {
  if (p.benzodiazepine)
    return 'Benzodiazepines increase the risk of cognitive impairment, delirium, falls, fractures and motor vehicle crashes in older adults.';
  if (p.zDrug)
    return 'Z-drugs have adverse effects similar to benzodiazepines in older adults (delirium, falls, fractures) with minimal improvement in sleep.';
  if (BEERS_ANTIDEPRESSANTS.some((n) => p.names.has(n))) {
    if (p.names.has('doxepin') && comp.med.dailyMg !== null && comp.med.dailyMg <= 6) return null;
    return `${cap(p.name)} is strongly anticholinergic and sedating, and causes orthostatic hypotension.`;
  }
  // Strongly anticholinergic antihistamines, antispasmodics and the like; antipsychotics are judged
  // by their indication (dementia and Parkinson rules), not listed here.
  if (p.acb >= 3 && !p.antipsychotic)
    return `${cap(p.name)} is strongly anticholinergic (confusion, constipation, urinary retention, falls).`;
  return null;
}

function ageFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const age = ctx.age;
  if (age === null) return out;
  for (const comp of ctx.active) {
    const p = comp.profile;
    // The suicidality Boxed Warning covers ages up to 24 for antidepressants; for other drugs that
    // carry it (atomoxetine, viloxazine) the labelled population is children and adolescents.
    const suicidality = comp.drug.boxedWarnings.some((w) => /suicid/i.test(w));
    const limit = p.antidepressant ? 25 : 18;
    if (comp.med.list === 'proposed' && suicidality && age < limit) {
      out.push({
        code: 'age.antidepressant-suicidality',
        category: 'age',
        severity: 'moderate',
        drugs: [p.name],
        title: `${cap(p.name)} at age ${age}: boxed warning for suicidal thoughts and behaviours`,
        detail: `In short-term trials, antidepressants increased suicidal thinking and behaviour in children, adolescents and young adults up to age 24 (Boxed Warning). The warning calls for monitoring, not avoidance: untreated depression carries its own risk.`,
        recommendation:
          'Discuss the warning with the patient (and family); see or call the patient within the first 1–2 weeks and after each dose change; make a safety plan and watch for agitation, worsening mood or suicidality.',
        action: 'monitor',
        maxDailyDose: null,
        sources: ['check-fda-antidepressant-suicidality-2007', 'check-label-antidepressant-class'],
      });
    }
    if (age >= 65) {
      const reason = beersReason(p, comp);
      if (reason) {
        out.push({
          code: 'age.beers',
          category: 'age',
          severity: 'moderate',
          drugs: [p.name],
          title: `${cap(p.name)} in an adult aged ${age}: potentially inappropriate (Beers)`,
          detail: `${reason} The AGS Beers Criteria advise avoiding it in adults 65 and older.`,
          recommendation:
            p.benzodiazepine || p.zDrug
              ? 'Prefer CBT-I for insomnia or an SSRI/SNRI for anxiety; if already taking it long term, plan a gradual taper.'
              : 'Choose an alternative with less anticholinergic effect.',
          action: 'use-alternative',
          maxDailyDose: null,
          sources: ['check-beers-2023'],
        });
      }
    }
    if (age < 18) {
      const paediatric = (comp.drug.dose.caps ?? []).filter(
        (c) =>
          c.when.minAge !== undefined &&
          c.when.minAge < 18 &&
          (c.when.maxAge === undefined || c.when.maxAge < 18),
      );
      const minimum = paediatric.reduce<number | null>(
        (m, c) => (c.when.minAge !== undefined && (m === null || c.when.minAge < m) ? c.when.minAge : m),
        null,
      );
      if (minimum !== null && age < minimum) {
        out.push({
          code: 'age.paediatric-outside-label',
          category: 'age',
          severity: 'minor',
          drugs: [p.name],
          title: `${cap(p.name)} at age ${age}: below the youngest labelled paediatric age (${minimum})`,
          detail: `The label gives paediatric dosing for ${p.name} from age ${minimum}; safety and efficacy below that age are not established.`,
          recommendation: 'Document the rationale for off-label use, start low, and monitor closely.',
          action: 'monitor',
          maxDailyDose: null,
          sources: comp.drug.sources.slice(0, 1),
        });
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Pregnancy and lactation
// ------------------------------------------------------------------------------------------------

/** Drugs where LactMed advises against breastfeeding or infant monitoring (severity, reason). */
const LACTATION: Record<string, { severity: Severity; reason: string }> = {
  clozapine: {
    severity: 'major',
    reason:
      'Clozapine concentrates in milk; infant agranulocytosis and sedation are concerns, and breastfeeding is generally advised against.',
  },
  lithium: {
    severity: 'moderate',
    reason:
      'Infant serum levels can reach a third to a half of the mother\u2019s; breastfeeding needs infant monitoring (levels, TSH, creatinine) and close paediatric follow-up.',
  },
  doxepin: {
    severity: 'moderate',
    reason:
      'Infant respiratory depression and poor feeding have been reported with doxepin in breast milk; other antidepressants are preferred.',
  },
};

function pregnancyFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const comp of ctx.active) {
    const p = comp.profile;
    const drug = comp.drug;
    if (ctx.pregnant) {
      // 'caution' covers most psychiatric drugs (e.g. SSRIs), whose continued use in pregnancy
      // is often right (ACOG 2023): shown, but not interruptive. Lithium is the exception: levels
      // shift sharply in pregnancy and after delivery, so it needs an active plan.
      const map: Record<string, Severity | null> = {
        contraindicated: 'contraindicated',
        avoid: 'major',
        caution: p.lithium ? 'moderate' : 'minor',
        acceptable: null,
      };
      const severity = map[drug.pregnancy.risk] ?? null;
      if (severity) {
        out.push({
          code: 'pregnancy.risk',
          category: 'pregnancy',
          severity,
          drugs: [p.name],
          title: `${cap(p.name)} in pregnancy: ${drug.pregnancy.risk}`,
          detail: drug.pregnancy.note,
          recommendation: p.lithium
            ? 'Coordinate with obstetric care: check lithium levels every few weeks (weekly from 36 weeks), consider fetal echocardiography, and plan the dose around delivery; do not stop abruptly.'
            : severity === 'minor'
              ? `Weigh the risk of ${p.name} against the risk of untreated illness with the patient; do not stop abruptly; coordinate with obstetric care.`
              : `Discuss alternatives with the patient and obstetric care; do not stop abruptly without a plan (relapse risk).`,
          action: severity === 'minor' || severity === 'moderate' ? 'monitor' : 'use-alternative',
          maxDailyDose: null,
          sources: [...drug.sources.slice(0, 1), 'check-acog-2023'],
        });
      }
    }
    if (ctx.breastfeeding) {
      const entry = LACTATION[p.name];
      if (entry) {
        out.push({
          code: 'pregnancy.lactation',
          category: 'pregnancy',
          severity: entry.severity,
          drugs: [p.name],
          title: `${cap(p.name)} while breastfeeding`,
          detail: entry.reason,
          recommendation:
            entry.severity === 'major'
              ? 'Discuss formula feeding or an alternative drug; if breastfeeding continues, monitor the infant closely.'
              : 'If breastfeeding, arrange infant monitoring with the paediatrician; consider an alternative with more reassuring data.',
          action: 'monitor',
          maxDailyDose: null,
          sources: ['check-lactmed'],
        });
      }
    }
    const canBecomePregnant =
      ctx.sex === 'female' && ctx.age !== null && ctx.age >= 12 && ctx.age <= 50 && !ctx.pregnant;
    if (canBecomePregnant && p.valproate) {
      out.push({
        code: 'pregnancy.valproate-childbearing-potential',
        category: 'pregnancy',
        severity: 'moderate',
        drugs: [p.name],
        title: 'Valproate in a patient who could become pregnant',
        detail:
          'Valproate carries a Boxed Warning for major malformations (neural tube defects) and reduced IQ after exposure in pregnancy; it should not be used in women of childbearing potential unless other treatments are ineffective or unacceptable, and then with effective contraception (a pregnancy prevention programme in the UK and EU).',
        recommendation:
          'Prefer an alternative, particularly for bipolar disorder or migraine. If valproate is used: pregnancy test before starting, highly effective contraception, folic acid, documented counselling, and annual review.',
        action: 'monitor',
        maxDailyDose: null,
        sources: [
          'check-label-valproate',
          'check-fda-valproate-2013',
          'check-mhra-valproate-2018',
          'check-nice-cg185',
        ],
      });
    } else if (
      canBecomePregnant &&
      comp.med.list === 'proposed' &&
      comp.drug.monitoring.includes('pregnancy-test')
    ) {
      out.push({
        code: 'monitoring.pregnancy-test',
        category: 'monitoring',
        severity: 'info',
        drugs: [p.name],
        title: `Pregnancy test and contraception counselling before ${p.name}`,
        detail: `${cap(p.name)} carries fetal risk (${drug.pregnancy.risk}). ${drug.pregnancy.note}`,
        recommendation:
          'Check pregnancy status before starting and discuss contraception and pregnancy plans.',
        action: 'monitor',
        maxDailyDose: null,
        sources: [...drug.sources.slice(0, 1), 'check-acog-2023'],
      });
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Regulatory
// ------------------------------------------------------------------------------------------------

function regulatoryFindings(ctx: CheckContext, policy: TelemedicinePolicy): Finding[] {
  const out: Finding[] = [];
  const telehealthWithoutVisit =
    ctx.setting.telehealth === true && ctx.setting.inPersonEvaluationDone !== true;
  const period = policy.periods.find((p) => {
    const from = isoToDay(p.from);
    const to = p.to === null ? null : isoToDay(p.to);
    return from !== null && ctx.asOfDay >= from && (to === null || ctx.asOfDay <= to);
  });
  for (const comp of ctx.active) {
    const drug = comp.drug;
    const schedule = drug.schedule;
    if (schedule === null) continue;
    const refills = comp.med.input.refills;
    if (schedule === 'II' && typeof refills === 'number' && refills > 0) {
      out.push({
        code: 'regulatory.schedule-ii-refills',
        category: 'regulatory',
        severity: 'major',
        drugs: [drug.name],
        title: `${cap(drug.name)} is Schedule II: refills are not allowed`,
        detail: `The order has ${refills} refill${refills === 1 ? '' : 's'}. Federal rules prohibit refilling Schedule II prescriptions; up to a 90-day supply may be issued as multiple prescriptions, each with an earliest fill date.`,
        recommendation:
          'Set refills to 0; if a longer supply is appropriate, issue separate prescriptions with "do not fill before" dates.',
        action: 'use-standard',
        maxDailyDose: null,
        sources: ['check-cfr-1306-12'],
      });
    }
    if ((schedule === 'III' || schedule === 'IV') && typeof refills === 'number' && refills > 5) {
      out.push({
        code: 'regulatory.schedule-iii-iv-refills',
        category: 'regulatory',
        severity: 'major',
        drugs: [drug.name],
        title: `${cap(drug.name)} is Schedule ${schedule}: at most 5 refills`,
        detail: `The order has ${refills} refills. Schedule III and IV prescriptions may be refilled at most five times, within six months of issue.`,
        recommendation: 'Reduce refills to 5 or fewer.',
        action: 'use-standard',
        maxDailyDose: null,
        sources: ['check-cfr-1306-22'],
      });
    }
    if (telehealthWithoutVisit && comp.med.list === 'proposed' && period) {
      const exemption = period.exemptions?.find((e) => e.drugs.some((n) => comp.profile.names.has(n)));
      out.push({
        code: 'regulatory.telehealth-controlled',
        category: 'regulatory',
        severity: exemption ? exemption.severity : period.severity,
        drugs: [drug.name],
        title: `${cap(drug.name)} (Schedule ${schedule}) by telemedicine without an in-person evaluation: ${period.title}`,
        detail: exemption ? exemption.detail : period.detail,
        recommendation: exemption ? exemption.recommendation : period.recommendation,
        action: period.rule === 'in-person-required' && !exemption ? 'avoid' : 'use-standard',
        maxDailyDose: null,
        sources: exemption ? [...exemption.sources, ...period.sources] : period.sources,
      });
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Pharmacogenomics
// ------------------------------------------------------------------------------------------------

function pgxFindings(ctx: CheckContext, pgx: PgxProvider): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const hasGenotype = ctx.pgx.phenotypes.size > 0 || Object.keys(ctx.pgx.hla).length > 0;
  if (!hasGenotype) return out;
  for (const comp of ctx.active) {
    const name = comp.drug.name;
    if (seen.has(name)) continue;
    seen.add(name);
    const context: { age?: number; weightKg?: number } = {};
    if (ctx.age !== null) context.age = ctx.age;
    if (ctx.weightKg !== null) context.weightKg = ctx.weightKg;
    for (const rec of pgx.recommend(name, ctx.pgx, context)) {
      const gene = rec.gene
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-+$/, '');
      out.push({
        code: `pharmacogenomic.${gene}.${name.replace(/[^a-z0-9]+/g, '-')}`,
        mechanism: `pgx:${gene}`,
        category: 'pharmacogenomic',
        severity: rec.severity,
        drugs: [name],
        title: rec.title,
        detail: rec.detail,
        recommendation: rec.recommendation,
        action: rec.action,
        maxDailyDose: rec.maxDailyDose,
        sources: rec.sources,
      });
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Regimen-level: MAOI washout, several CNS depressants, anticholinergic burden
// ------------------------------------------------------------------------------------------------

const MAOI_WASHOUT_PARTNER = ['bupropion', 'atomoxetine', 'viloxazine', 'carbamazepine', 'buspirone'];

function interactsWithMaoi(p: DrugProfile): boolean {
  return (
    p.serotonergic > 0 || p.sympathomimetic || p.stimulant || MAOI_WASHOUT_PARTNER.some((n) => p.names.has(n))
  );
}

/** Days to wait after stopping `p` before an MAOI: label value, else 14 days. */
function washoutBeforeMaoi(p: DrugProfile): number {
  return (
    p.drug.washoutDaysBeforeMaoi ?? (p.names.has('fluoxetine') ? 35 : p.names.has('vortioxetine') ? 21 : 14)
  );
}

function washoutFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.stopped) {
    const stoppedDay = s.med.stoppedDay;
    if (stoppedDay === null) continue;
    const since = ctx.asOfDay - stoppedDay;
    for (const x of ctx.active) {
      if (x.profile.name === s.profile.name) continue;
      let days: number | null = null;
      let direction = '';
      if (!s.profile.maoi && x.profile.maoi && interactsWithMaoi(s.profile)) {
        days = washoutBeforeMaoi(s.profile);
        direction = `before starting the MAOI ${x.drug.name}`;
      } else if (s.profile.maoi && interactsWithMaoi(x.profile)) {
        // Linezolid and methylene blue: FDA advises restarting the psychiatric drug 24 h after the last dose.
        days = s.drug.psychiatric ? 14 : 1;
        direction = `after the MAOI ${s.drug.name} before ${x.drug.name}`;
      }
      if (days === null || since >= days) continue;
      const safeFrom = dayToIso(stoppedDay + days);
      out.push({
        code: 'interaction.maoi-washout',
        mechanism: 'serotonin',
        priority: 1,
        category: 'interaction',
        severity: 'contraindicated',
        drugs: [s.drug.name, x.drug.name],
        title: `${cap(s.drug.name)} was stopped ${since} day${since === 1 ? '' : 's'} ago: washout not complete`,
        detail: `${cap(s.drug.name)} was stopped on ${dayToIso(stoppedDay)}. A washout of ${days} day${days === 1 ? '' : 's'} is required ${direction} (serotonin toxicity and hypertensive reactions); it ends on ${safeFrom}.`,
        recommendation: `Do not start ${x.drug.name} before ${safeFrom}${x.med.list === 'current' ? '; if it has already been started, monitor closely for serotonin toxicity and hypertension' : ''}.`,
        action: 'avoid',
        maxDailyDose: null,
        sources: s.profile.names.has('fluoxetine')
          ? ['check-label-fluoxetine', 'check-label-maoi']
          : ['check-label-maoi'],
      });
    }
  }
  return out;
}

function cnsCountFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const depressants = ctx.active.filter(
    (c) =>
      c.profile.cns >= 2 ||
      c.profile.benzodiazepine ||
      c.profile.zDrug ||
      c.profile.opioid ||
      c.profile.gabapentinoid,
  );
  const names = [...new Set(depressants.map((c) => c.drug.name))];
  const alcohol = ctx.substances.byKind.get('alcohol')?.status === 'current';
  if (names.length >= 3 || (alcohol && names.length >= 2)) {
    out.push({
      code: 'interaction.cns-depression-multiple',
      category: 'interaction',
      severity: names.length >= 4 || (alcohol && names.length >= 3) ? 'major' : 'moderate',
      drugs: names,
      title: `${names.length} CNS depressants together${alcohol ? ' plus alcohol' : ''}`,
      detail: `${cap(list(names))} all depress the central nervous system${alcohol ? ', and the patient drinks alcohol' : ''}. Sedation, falls, cognitive impairment and respiratory depression add up with each agent.`,
      recommendation:
        'Review whether each sedating drug is still needed, remove or taper one where possible, and warn about driving and alcohol.',
      action: 'monitor',
      maxDailyDose: null,
      sources: ['check-fda-opioid-benzodiazepine-2016', 'check-beers-2023'],
    });
  }
  // Beers: three or more CNS-active drugs in adults 65 and older (falls).
  if (ctx.age !== null && ctx.age >= 65) {
    const cnsActive = ctx.active.filter(
      (c) =>
        c.profile.antidepressant ||
        c.profile.antipsychotic ||
        c.profile.benzodiazepine ||
        c.profile.zDrug ||
        c.profile.opioid ||
        c.profile.gabapentinoid ||
        c.profile.classes.has('anticonvulsant'),
    );
    const cnsNames = [...new Set(cnsActive.map((c) => c.drug.name))];
    if (cnsNames.length >= 3) {
      out.push({
        code: 'age.beers-cns-combination',
        category: 'age',
        severity: 'moderate',
        drugs: cnsNames,
        title: `${cnsNames.length} CNS-active drugs at age ${ctx.age}: fall risk`,
        detail: `${cap(list(cnsNames))} are CNS-active. The Beers criteria advise avoiding three or more CNS-active drugs together in older adults because of falls and fractures.`,
        recommendation: 'Minimise the number of CNS-active drugs; review each for continued need.',
        action: 'monitor',
        maxDailyDose: null,
        sources: ['check-beers-2023'],
      });
    }
    const contributors = ctx.active.filter((c) => c.profile.acb > 0);
    const total = contributors.reduce((s, c) => s + c.profile.acb, 0);
    const names2 = [...new Set(contributors.map((c) => c.drug.name))];
    if (total >= 3 && names2.length >= 2) {
      out.push({
        code: 'age.anticholinergic-burden',
        category: 'age',
        severity: 'moderate',
        drugs: names2,
        title: `Anticholinergic burden score ${total} at age ${ctx.age}`,
        detail: `${cap(list(contributors.map((c) => `${c.drug.name} (${c.profile.acb})`)))} add to an Anticholinergic Cognitive Burden score of ${total}; a total of 3 or more is associated with cognitive impairment, delirium and higher mortality in older adults.`,
        recommendation: 'Replace the most anticholinergic drug with an alternative; reassess cognition.',
        action: 'use-alternative',
        maxDailyDose: null,
        sources: ['check-boustani-2008', 'check-beers-2023'],
      });
    }
  }
  return out;
}

export function patientFindings(ctx: CheckContext, pgx: PgxProvider, policy: TelemedicinePolicy): Finding[] {
  return [
    ...ageFindings(ctx),
    ...pregnancyFindings(ctx),
    ...regulatoryFindings(ctx, policy),
    ...pgxFindings(ctx, pgx),
    ...washoutFindings(ctx),
    ...cnsCountFindings(ctx),
  ];
}
