/**
 * Drug–drug rules, each evaluated on a pair of active components. Every rule has a cheap,
 * context-free `applies` test on the two drug profiles; the checker runs it once for every pair of
 * formulary drugs when it is created and keeps, per pair, only the rules that apply. A check then
 * evaluates pairs × relevant rules.
 */
import { SEVERITY_RANK, type Severity } from '../../types.js';
import type { CheckContext, Component } from '../context.js';
import type { DrugProfile } from '../profile.js';
import { STRENGTH_RANK } from '../profile.js';
import type { Finding } from '../types.js';
import { PK_RULES, type PkRule, pkRuleTriggered } from './pk-table.js';
import { cap } from './text.js';

export interface PairRule {
  id: string;
  applies(a: DrugProfile, b: DrugProfile): boolean;
  evaluate(a: Component, b: Component, ctx: CheckContext): Finding[];
}

/** Run `fn` with the pair in the orientation where `test(first)` holds (or both orientations). */
function oriented(
  a: Component,
  b: Component,
  test: (x: DrugProfile, y: DrugProfile) => boolean,
  fn: (x: Component, y: Component) => Finding[],
): Finding[] {
  const out: Finding[] = [];
  if (test(a.profile, b.profile)) out.push(...fn(a, b));
  if (a.profile !== b.profile && test(b.profile, a.profile)) out.push(...fn(b, a));
  return out;
}

const either = (a: DrugProfile, b: DrugProfile, test: (x: DrugProfile, y: DrugProfile) => boolean) =>
  test(a, b) || test(b, a);

// ------------------------------------------------------------------------------------------------
// Serotonin toxicity, MAOI combinations
// ------------------------------------------------------------------------------------------------

/** Drugs (besides sympathomimetics) that labels contraindicate with MAOIs for pressor reasons. */
const MAOI_PRESSOR = [
  'bupropion',
  'atomoxetine',
  'viloxazine',
  'pseudoephedrine',
  'phenylephrine',
  'phentermine',
  'levodopa',
];

/** Weakly serotonergic drugs whose labels nonetheless contraindicate MAOIs. */
const MAOI_LOW_CONTRAINDICATED = ['mirtazapine', 'trazodone', 'cyclobenzaprine', 'tapentadol'];

function maoSources(m: DrugProfile): string[] {
  if (m.names.has('linezolid')) return ['check-fda-linezolid-2011', 'check-boyer-2005'];
  if (m.names.has('methylene blue')) return ['check-fda-methylene-blue-2011', 'check-boyer-2005'];
  return ['check-label-maoi', 'check-phansalkar-2012', 'check-boyer-2005'];
}

const serotonin: PairRule = {
  id: 'serotonin',
  applies: (a, b) =>
    a.name !== b.name &&
    ((a.serotonergic > 0 && b.serotonergic > 0) ||
      (a.maoi && (b.serotonergic > 0 || b.maoi)) ||
      (b.maoi && a.serotonergic > 0)),
  evaluate(a, b) {
    const A = a.profile;
    const B = b.profile;
    const an = A.name;
    const bn = B.name;
    if (A.maoi || B.maoi) {
      const [m, o] = A.maoi ? [a, b] : [b, a];
      const antibiotic = !m.drug.psychiatric;
      if (o.profile.maoi) {
        return [
          {
            code: 'interaction.serotonin-syndrome',
            mechanism: 'serotonin',
            category: 'interaction',
            severity: 'contraindicated',
            drugs: [an, bn],
            title: `Two MAO inhibitors: ${an} with ${bn}`,
            detail: `Combining MAO inhibitors risks hypertensive crisis and serotonin toxicity. Labels require a washout of at least 14 days between MAOIs.`,
            recommendation:
              'Do not combine. Stop one MAOI and wait at least 14 days before starting another.',
            action: 'avoid',
            maxDailyDose: null,
            sources: maoSources(m.profile),
          },
        ];
      }
      const op = o.profile;
      // Strong or moderate serotonergic drugs, and weak ones whose labels contraindicate MAOIs,
      // are contraindicated; opioids with weak serotonergic activity are "not recommended" (major);
      // others (e.g. lithium, used to augment MAOIs) are moderate.
      const severity: Severity =
        op.serotonergic >= 2 || op.triptan || MAOI_LOW_CONTRAINDICATED.some((n) => op.names.has(n))
          ? 'contraindicated'
          : op.opioid
            ? 'major'
            : 'moderate';
      const detail = antibiotic
        ? `${cap(m.drug.name)} inhibits monoamine oxidase. Given to patients on serotonergic psychiatric drugs such as ${o.drug.name} it has caused serotonin toxicity (agitation, hyperthermia, clonus, seizures, death). FDA advises against the combination.`
        : `${cap(m.drug.name)} is an MAO inhibitor; with ${o.drug.name} it can cause serotonin toxicity (hyperthermia, rigidity, clonus, autonomic instability, death). Labels contraindicate the combination and the pair class is on the ONC high-priority list.`;
      const recommendation = antibiotic
        ? `Use an alternative to ${m.drug.name}. If it is urgent and no alternative exists, stop ${o.drug.name}, give ${m.drug.name} with monitoring for serotonin toxicity for 2 weeks (5 weeks after fluoxetine) or until 24 hours after the last ${m.drug.name} dose, and restart ${o.drug.name} 24 hours after that last dose.`
        : `Do not combine. Allow at least 14 days after stopping the MAOI before starting ${o.drug.name} (and the drug-specific washout, e.g. 5 weeks after fluoxetine, before an MAOI).`;
      return [
        {
          code: 'interaction.serotonin-syndrome',
          mechanism: 'serotonin',
          category: 'interaction',
          severity,
          drugs: [an, bn],
          title: `${cap(m.drug.name)} with ${o.drug.name}: serotonin toxicity`,
          detail,
          recommendation,
          action: 'avoid',
          maxDailyDose: null,
          sources: maoSources(m.profile),
        },
      ];
    }
    const hi = Math.max(A.serotonergic, B.serotonergic);
    const lo = Math.min(A.serotonergic, B.serotonergic);
    if (A.triptan || B.triptan) {
      const [t, o] = A.triptan ? [a, b] : [b, a];
      if (lo < 1) return [];
      return [
        {
          code: 'interaction.serotonin-syndrome',
          mechanism: 'serotonin',
          category: 'interaction',
          severity: 'minor',
          drugs: [an, bn],
          title: `${cap(o.drug.name)} with ${t.drug.name}: low risk of serotonin toxicity`,
          detail: `FDA warned in 2006 about serotonin syndrome with triptans and SSRIs/SNRIs, but a review of the cases by the American Headache Society found none meeting the Hunter criteria, and a 14-year cohort of 19,017 co-prescribed patients found 0.6–2.3 cases per 10,000 person-years. Triptans act mainly at 5-HT1B/1D receptors, not the 5-HT2A receptors behind serotonin toxicity.`,
          recommendation: `The combination may be used. Tell the patient the symptoms of serotonin toxicity (agitation, tremor, sweating, fever, muscle jerks) and to seek care if they occur.`,
          action: 'monitor',
          maxDailyDose: null,
          sources: ['check-fda-triptan-2006', 'check-evans-2010', 'check-orlova-2018'],
        },
      ];
    }
    let severity: Severity | null = null;
    const moderatePartner = A.serotonergic === lo ? A : B;
    // A strongly serotonergic drug with a moderately serotonergic opioid, dextromethorphan or St
    // John's wort is the classic serotonin-toxicity combination (major); with a moderately
    // serotonergic antidepressant (e.g. low-dose amitriptyline) it is a common, monitored combination.
    if (hi >= 3 && lo >= 3) severity = 'major';
    else if (hi >= 3 && lo >= 2) severity = moderatePartner.antidepressant ? 'moderate' : 'major';
    else if (hi >= 2 && lo >= 2) severity = 'moderate';
    else if (hi >= 2 && lo >= 1) severity = 'minor';
    if (!severity) return [];
    const bothHigh = hi >= 3 && lo >= 3;
    return [
      {
        code: 'interaction.serotonin-syndrome',
        mechanism: 'serotonin',
        category: 'interaction',
        severity,
        drugs: [an, bn],
        title: `${cap(an)} with ${bn}: serotonin toxicity risk`,
        detail:
          severity === 'minor'
            ? `Both drugs have serotonergic activity, one of them weak. Serotonin toxicity from this combination is uncommon; it is widely used.`
            : `Both drugs increase serotonergic activity; together they can cause serotonin toxicity (agitation, tremor, clonus, hyperthermia, autonomic instability), most often within 24 hours of starting or raising a dose.${
                [A, B].some((p) => p.names.has('tramadol'))
                  ? ' Tramadol also lowers the seizure threshold.'
                  : ''
              }`,
        recommendation: bothHigh
          ? 'Avoid two strongly serotonergic drugs together except during a planned cross-taper; if used, start low, raise slowly, and teach the patient the symptoms of serotonin toxicity.'
          : severity === 'minor'
            ? 'No change needed; be alert to serotonin toxicity symptoms after dose increases.'
            : 'Use the lowest effective doses, prefer a non-serotonergic alternative where one exists (e.g. a non-serotonergic analgesic), and teach the patient the symptoms of serotonin toxicity; stop both and seek care if they occur.',
        action: bothHigh ? 'avoid' : 'monitor',
        maxDailyDose: null,
        sources: ['check-boyer-2005', 'check-label-antidepressant-class'],
      },
    ];
  },
};

const maoiPressor: PairRule = {
  id: 'maoi-pressor',
  applies: (a, b) =>
    either(
      a,
      b,
      (m, o) =>
        m.maoi &&
        !o.maoi &&
        (o.sympathomimetic ||
          o.stimulant ||
          MAOI_PRESSOR.some((n) => o.names.has(n)) ||
          o.carbamazepine ||
          o.names.has('buspirone')),
    ),
  evaluate(a, b) {
    return oriented(
      a,
      b,
      (m, o) => m.maoi && !o.maoi,
      (m, o) => {
        const op = o.profile;
        const antibiotic = !m.drug.psychiatric;
        if (op.carbamazepine) {
          return [
            {
              code: 'interaction.maoi-contraindicated',
              category: 'interaction',
              severity: antibiotic ? 'moderate' : 'contraindicated',
              drugs: [m.drug.name, o.drug.name],
              title: `${cap(o.drug.name)} with ${m.drug.name}: contraindicated`,
              detail: `The ${o.drug.name} label contraindicates MAO inhibitors, and requires stopping them at least 14 days before starting ${o.drug.name}.`,
              recommendation: `Do not combine; allow a 14-day MAOI washout.`,
              action: 'avoid',
              maxDailyDose: null,
              sources: ['check-label-carbamazepine'],
            },
          ];
        }
        const buspirone = op.names.has('buspirone');
        if (!(op.sympathomimetic || op.stimulant || MAOI_PRESSOR.some((n) => op.names.has(n)) || buspirone))
          return [];
        const severity: Severity = buspirone || antibiotic ? 'major' : 'contraindicated';
        return [
          {
            code: 'interaction.maoi-hypertensive-crisis',
            category: 'interaction',
            severity,
            drugs: [m.drug.name, o.drug.name],
            title: `${cap(m.drug.name)} with ${o.drug.name}: hypertensive crisis risk`,
            detail: `MAO inhibition blocks the breakdown of noradrenaline and dopamine; ${o.drug.name} then can cause a hypertensive crisis (severe headache, stroke, arrhythmia).${
              buspirone
                ? ' The buspirone label reports elevated blood pressure with MAOIs and advises against the combination.'
                : ''
            }`,
            recommendation: `Do not combine. Allow at least 14 days between stopping the MAOI and starting ${o.drug.name}.`,
            action: 'avoid',
            maxDailyDose: null,
            sources: buspirone
              ? ['check-label-buspirone', 'check-label-maoi']
              : [
                  'check-label-maoi',
                  'check-label-stimulants',
                  'check-label-bupropion',
                  'check-phansalkar-2012',
                ],
          },
        ];
      },
    );
  },
};

// ------------------------------------------------------------------------------------------------
// QT prolongation
// ------------------------------------------------------------------------------------------------

const QT_CONTRAINDICATED = ['thioridazine', 'pimozide'];

const qt: PairRule = {
  id: 'qt',
  applies: (a, b) => a.name !== b.name && a.qt !== 'none' && b.qt !== 'none',
  evaluate(a, b, ctx) {
    const A = a.profile;
    const B = b.profile;
    const risk = ctx.qtRiskFactors.length > 0;
    const contra = [A, B].find((p) => QT_CONTRAINDICATED.some((n) => p.names.has(n)));
    const other = contra === A ? B : A;
    let severity: Severity | null = null;
    if (contra && (other.qt === 'known' || other.qt === 'possible')) severity = 'contraindicated';
    else if (contra) severity = 'major';
    else {
      const levels = [A.qt, B.qt].sort();
      const pair = `${levels[0]}+${levels[1]}`;
      // Base grade from the CredibleMeds categories. Conditional-risk drugs count only with a
      // known-risk partner and a risk factor present (that is what "conditional" means); for the
      // other pairs a risk factor raises the grade one step (never above major).
      const base: Record<string, Severity | null> = {
        'known+known': 'major',
        'known+possible': 'moderate',
        'possible+possible': 'minor',
      };
      // Conditional + possible/conditional pairs are left to the QTc result alert, which lists every
      // QT drug in the regimen: pairwise alerts for them would mostly be noise.
      const conditional: Record<string, Severity> = {
        'conditional+known': 'moderate',
      };
      if (pair in base) {
        severity = base[pair] ?? null;
        if (severity && risk && severity !== 'major')
          severity = severity === 'moderate' ? 'major' : 'moderate';
      } else if (risk) severity = conditional[pair] ?? null;
    }
    if (!severity) return [];
    const factors = risk ? ` Risk factors present: ${ctx.qtRiskFactors.join(', ')}.` : '';
    return [
      {
        code: 'interaction.qt-prolongation',
        mechanism: 'qt',
        category: 'interaction',
        severity,
        drugs: [A.name, B.name],
        title: `${cap(A.name)} with ${B.name}: additive QT prolongation`,
        detail: `${cap(A.name)} (${A.qt} risk of torsades de pointes) and ${B.name} (${B.qt} risk) both prolong the QT interval; together the risk of torsades de pointes rises.${
          contra ? ` The ${contra.name} label contraindicates other QT-prolonging drugs.` : ''
        }${factors}`,
        recommendation:
          severity === 'contraindicated'
            ? `Do not combine. Choose an alternative to ${contra?.name ?? A.name}.`
            : `Prefer an alternative without QT effect. If combined: baseline ECG and after dose increases, correct potassium and magnesium, and stop if QTc exceeds 500 ms or rises more than 60 ms.`,
        action: severity === 'contraindicated' ? 'avoid' : 'monitor',
        maxDailyDose: null,
        sources: contra
          ? [`check-label-${contra.name}`, 'check-crediblemeds', 'check-phansalkar-2012']
          : [
              'check-crediblemeds',
              'check-drew-2010',
              ...(A.names.has('citalopram') || B.names.has('citalopram') ? ['check-label-citalopram'] : []),
            ],
      },
    ];
  },
};

// ------------------------------------------------------------------------------------------------
// CNS and respiratory depression
// ------------------------------------------------------------------------------------------------

function isMoud(p: DrugProfile, ctx: CheckContext): boolean {
  if (p.buprenorphine) return true;
  return (
    p.methadone &&
    (ctx.conditions.has('opioid-use-disorder') || Boolean(ctx.substances.byKind.get('opioids')?.disorder))
  );
}

const cnsDepression: PairRule = {
  id: 'cns',
  applies: (a, b) =>
    a.name !== b.name &&
    (either(
      a,
      b,
      (o, x) =>
        o.opioid &&
        (x.benzodiazepine || x.zDrug || x.gabapentinoid || x.cns >= 3 || x.respiratory) &&
        !x.opioid,
    ) ||
      either(a, b, (x, y) => x.benzodiazepine && (y.zDrug || y.gabapentinoid))),
  evaluate(a, b, ctx) {
    return oriented(
      a,
      b,
      (o, x) =>
        (o.opioid &&
          !x.opioid &&
          (x.benzodiazepine || x.zDrug || x.gabapentinoid || x.cns >= 3 || x.respiratory)) ||
        (o.benzodiazepine && (x.zDrug || x.gabapentinoid)),
      (o, x) => {
        const op = o.profile;
        const xp = x.profile;
        if (op.opioid && xp.benzodiazepine) {
          if (isMoud(op, ctx)) {
            return [
              {
                code: 'interaction.opioid-benzodiazepine',
                mechanism: 'cns',
                category: 'interaction',
                severity: 'moderate',
                drugs: [op.name, xp.name],
                title: `${cap(op.name)} for opioid use disorder with ${xp.name}`,
                detail: `Combining opioids with benzodiazepines raises the risk of respiratory depression and overdose death. For medication treatment of opioid use disorder, FDA advises that ${op.name} should not be withheld because of benzodiazepine use: untreated opioid use disorder carries a greater risk.`,
                recommendation: `Continue ${op.name}. Review the need for ${xp.name} and taper if possible, check the PDMP and urine drug tests, prescribe naloxone, and educate on the risk of combining with alcohol or other sedatives.`,
                action: 'monitor',
                maxDailyDose: null,
                sources: [
                  'check-fda-moud-benzodiazepine-2017',
                  'check-label-buprenorphine',
                  'check-asam-2020',
                ],
              },
            ];
          }
          return [
            {
              code: 'interaction.opioid-benzodiazepine',
              mechanism: 'cns',
              category: 'interaction',
              severity: 'major',
              drugs: [op.name, xp.name],
              title: `${cap(op.name)} with ${xp.name}: respiratory depression`,
              detail: `Opioids with benzodiazepines can cause profound sedation, respiratory depression, coma and death (FDA Boxed Warning, 2016). Overdose deaths involving both are several times those involving opioids alone.`,
              recommendation: `Avoid the combination unless alternatives are inadequate. If used, give the lowest doses for the shortest time, prescribe naloxone, check the PDMP, and warn about driving and alcohol.`,
              action: 'avoid',
              maxDailyDose: null,
              sources: ['check-fda-opioid-benzodiazepine-2016', 'check-label-benzodiazepine-class'],
            },
          ];
        }
        if (op.opioid) {
          const gaba = xp.gabapentinoid;
          return [
            {
              code: 'interaction.cns-depression',
              mechanism: 'cns',
              category: 'interaction',
              severity: 'moderate',
              drugs: [op.name, xp.name],
              title: `${cap(op.name)} with ${xp.name}: additive sedation and respiratory depression`,
              detail: gaba
                ? `Gabapentinoids taken with opioids cause serious breathing problems, especially in older adults and people with lung disease (FDA, 2019).`
                : `${cap(xp.name)} adds CNS depression to the opioid; the opioid Boxed Warning covers concomitant CNS depressants.`,
              recommendation: `Start low and titrate slowly, monitor for sedation and slowed breathing, prescribe naloxone, and avoid alcohol.`,
              action: 'monitor',
              maxDailyDose: null,
              sources: gaba
                ? ['check-fda-gabapentinoid-2019', 'check-label-gabapentinoid']
                : ['check-fda-opioid-benzodiazepine-2016', 'check-label-tramadol'],
            },
          ];
        }
        return [
          {
            code: 'interaction.cns-depression',
            mechanism: 'cns',
            category: 'interaction',
            severity: 'moderate',
            drugs: [op.name, xp.name],
            title: `${cap(op.name)} with ${xp.name}: additive sedation`,
            detail: `Both are CNS depressants; together they increase sedation, psychomotor impairment, falls and (with gabapentinoids) respiratory depression.`,
            recommendation: `Avoid two sedative-hypnotics together where possible; if needed, use the lowest doses and warn about driving and alcohol.`,
            action: 'monitor',
            maxDailyDose: null,
            sources: xp.gabapentinoid
              ? ['check-fda-gabapentinoid-2019', 'check-label-benzodiazepine-class']
              : ['check-label-benzodiazepine-class', 'check-beers-2023'],
          },
        ];
      },
    );
  },
};

// ------------------------------------------------------------------------------------------------
// Lithium, bleeding, seizure threshold, myelosuppression
// ------------------------------------------------------------------------------------------------

const lithiumClearance: PairRule = {
  id: 'lithium-clearance',
  applies: (a, b) => either(a, b, (l, x) => l.lithium && x.lithiumClearance),
  evaluate(a, b) {
    return oriented(
      a,
      b,
      (l, x) => l.lithium && x.lithiumClearance,
      (l, x) => [
        {
          code: 'interaction.lithium-clearance',
          category: 'interaction',
          // NSAIDs, ACE inhibitors, ARBs and thiazides are the labelled culprits; other drugs the
          // formulary flags (loop diuretics) have a smaller, less predictable effect.
          severity:
            x.profile.nsaid ||
            x.profile.classes.has('ace-inhibitor') ||
            x.profile.classes.has('arb') ||
            x.profile.classes.has('thiazide')
              ? 'major'
              : 'moderate',
          drugs: [l.drug.name, x.drug.name],
          title: `${cap(x.drug.name)} raises lithium levels`,
          detail: `${cap(x.drug.name)} reduces renal lithium clearance (NSAIDs, ACE inhibitors, angiotensin receptor blockers and thiazide diuretics); serum lithium can rise into the toxic range, especially with dehydration or illness.`,
          recommendation: `Avoid if possible (acetaminophen is the usual analgesic alternative). If needed, check a lithium level about 5 days after starting, stopping or changing ${x.drug.name} and adjust the lithium dose; teach the signs of toxicity.`,
          action: 'monitor',
          maxDailyDose: null,
          sources: ['check-label-lithium', 'check-nice-cg185'],
        },
      ],
    );
  },
};

/**
 * Anticoagulants, antiplatelet drugs and NSAIDs. (The formulary's `antiplateletOrAnticoagulant`
 * flag also marks drugs such as valproate for their own platelet effects; combining those with an
 * SSRI is routine and is not flagged here.)
 */
function bleedingPartner(x: DrugProfile): boolean {
  return x.anticoagulant || x.antiplatelet || x.nsaid;
}

const bleeding: PairRule = {
  id: 'bleeding',
  applies: (a, b) => either(a, b, (s, x) => s.sri && bleedingPartner(x)),
  evaluate(a, b, ctx) {
    return oriented(
      a,
      b,
      (s, x) => s.sri && bleedingPartner(x),
      (s, x) => {
        const xp = x.profile;
        const ppi = ctx.active.some((c) => c.profile.ppi);
        const nsaidOnly = xp.nsaid && !xp.anticoagulant && !xp.antiplatelet;
        const severity: Severity = nsaidOnly && ppi ? 'minor' : 'moderate';
        const kind = xp.anticoagulant ? 'anticoagulant' : xp.antiplatelet ? 'antiplatelet drug' : 'NSAID';
        return [
          {
            code: 'interaction.bleeding',
            category: 'interaction',
            severity,
            drugs: [s.drug.name, xp.name],
            title: `${cap(s.drug.name)} with ${xp.name}: bleeding risk`,
            detail: `Serotonin reuptake inhibitors deplete platelet serotonin; with an ${kind} the risk of bleeding (notably upper gastrointestinal) rises — several-fold with NSAIDs in a large case-control study, and less so when an acid-suppressing drug is taken.${
              nsaidOnly && ppi ? ' A proton-pump inhibitor is already in the regimen.' : ''
            }`,
            recommendation: xp.anticoagulant
              ? `Monitor for bleeding; check INR more often for the first weeks if on warfarin. Teach the patient to report bruising, black stools or bleeding.`
              : nsaidOnly
                ? `Prefer acetaminophen; if an NSAID is needed, use the lowest dose for the shortest time${ppi ? '' : ' and consider a proton-pump inhibitor'}.`
                : `Monitor for bleeding; teach the patient to report bruising, black stools or bleeding.`,
            action: 'monitor',
            maxDailyDose: null,
            sources: ['check-de-abajo-2008', 'check-label-antidepressant-class'],
          },
        ];
      },
    );
  },
};

const seizureThreshold: PairRule = {
  id: 'seizure-threshold',
  applies: (a, b) => a.name !== b.name && a.seizure >= 3 && b.seizure >= 3,
  evaluate(a, b) {
    const names = [a.drug.name, b.drug.name];
    const bup = [a, b].find((c) => c.profile.bupropion);
    return [
      {
        code: 'interaction.seizure-threshold',
        category: 'interaction',
        severity: 'moderate',
        drugs: names,
        title: `${cap(names[0] ?? '')} with ${names[1]}: additive seizure risk`,
        detail: `Both drugs lower the seizure threshold in a dose-related way.${
          bup
            ? ' The bupropion label advises extreme caution with other drugs that lower the seizure threshold.'
            : ''
        }`,
        recommendation: `Keep doses as low as possible, avoid rapid escalation, and screen for other seizure risk factors (alcohol or sedative withdrawal, eating disorder, head injury).`,
        action: 'monitor',
        maxDailyDose: null,
        sources: bup
          ? ['check-label-bupropion', 'check-label-tramadol']
          : ['check-label-clozapine', 'check-label-tramadol'],
      },
    ];
  },
};

const myelosuppression: PairRule = {
  id: 'myelosuppression',
  applies: (a, b) => a.name !== b.name && a.myelosuppressive && b.myelosuppressive,
  evaluate(a, b) {
    const names = [a.drug.name, b.drug.name];
    const cloz = [a, b].some((c) => c.profile.clozapine);
    return [
      {
        code: 'interaction.myelosuppression',
        category: 'interaction',
        severity: 'major',
        drugs: names,
        title: `${cap(names[0] ?? '')} with ${names[1]}: additive bone-marrow suppression`,
        detail: `Both drugs can cause neutropenia or agranulocytosis.${
          cloz
            ? ' The clozapine label advises against using clozapine with other drugs known to cause agranulocytosis; carbamazepine in particular should not be combined with clozapine.'
            : ''
        }`,
        recommendation: cloz
          ? 'Avoid the combination; choose a mood stabilizer or anticonvulsant without marrow toxicity (e.g. valproate or lamotrigine, with their own checks). If unavoidable, monitor ANC closely.'
          : 'Avoid if possible; otherwise monitor the complete blood count closely.',
        action: 'avoid',
        maxDailyDose: null,
        sources: ['check-label-clozapine', 'check-label-carbamazepine'],
      },
    ];
  },
};

// ------------------------------------------------------------------------------------------------
// Pharmacokinetic: CYP/UGT inhibition and induction, prodrug activation
// ------------------------------------------------------------------------------------------------

function sharedEnzymes(
  precipitant: DrugProfile,
  object: DrugProfile,
  effect: 'inhibits' | 'induces',
): Array<{ enzyme: string; strength: 'weak' | 'moderate' | 'strong'; nti: boolean }> {
  const out: Array<{ enzyme: string; strength: 'weak' | 'moderate' | 'strong'; nti: boolean }> = [];
  for (const [enzyme, strength] of precipitant[effect]) {
    const nti = object.majorSubstrate.get(enzyme);
    if (nti !== undefined) out.push({ enzyme, strength, nti });
  }
  return out;
}

/** PK table entries whose object is this drug, memoised per profile (most drugs have none). */
const objectRules = new WeakMap<DrugProfile, readonly PkRule[]>();

function pkTableFor(
  object: DrugProfile,
  precipitant: DrugProfile,
  effect: 'inhibitor' | 'inducer',
): PkRule[] {
  let rules = objectRules.get(object);
  if (!rules) {
    rules = PK_RULES.filter((r) => r.object(object));
    objectRules.set(object, rules);
  }
  return rules.filter((r) => r.effect === effect && pkRuleTriggered(r, precipitant));
}

function directedPk(
  p: Component,
  o: Component,
  ctx: CheckContext,
  effect: 'inhibitor' | 'inducer',
): Finding[] {
  if (p.profile.name === o.profile.name) return [];
  const mechanism = effect === 'inhibitor' ? 'pk-inhibition' : 'pk-induction';
  const table = pkTableFor(o.profile, p.profile, effect);
  if (table.length > 0) {
    let best: { rule: PkRule; severity: Severity } | null = null;
    let silenced = false;
    for (const rule of table) {
      const severity = typeof rule.severity === 'function' ? rule.severity(p, o, ctx) : rule.severity;
      if (severity === null) {
        silenced = true;
        continue;
      }
      if (!best || SEVERITY_RANK[severity] > SEVERITY_RANK[best.severity]) best = { rule, severity };
    }
    // A label that says "no dose adjustment" silences the generic rule for this pair.
    if (!best && silenced) return [];
    if (best) {
      const { rule, severity } = best;
      return [
        {
          code: `interaction.${rule.id}`,
          mechanism,
          priority: 2,
          category: 'interaction',
          severity,
          drugs: [p.drug.name, o.drug.name],
          title: cap(rule.title(p.drug.name, o.drug.name)),
          detail: cap(rule.detail(p.drug.name, o.drug.name)),
          recommendation: cap(rule.recommendation(p.drug.name, o.drug.name)),
          action: rule.action,
          maxDailyDose: rule.maxDailyDose ? rule.maxDailyDose(p, o, ctx) : null,
          sources: rule.sources,
        },
      ];
    }
  }
  let shared = sharedEnzymes(p.profile, o.profile, effect === 'inhibitor' ? 'inhibits' : 'induces');
  // Inhibiting the enzyme that activates a prodrug lowers, not raises, its effect: the prodrug
  // rule reports that, so the enzyme is left out here.
  if (effect === 'inhibitor' && o.profile.prodrugEnzyme)
    shared = shared.filter((s) => s.enzyme !== o.profile.prodrugEnzyme);
  if (shared.length === 0) return [];
  shared.sort(
    (x, y) => STRENGTH_RANK[y.strength] - STRENGTH_RANK[x.strength] || Number(y.nti) - Number(x.nti),
  );
  const top = shared[0];
  if (!top) return [];
  // Narrow therapeutic index is a property of the object drug (flagged on its substrate entries).
  const nti = shared.some((s) => s.nti);
  let severity: Severity | null;
  if (top.strength === 'strong') severity = nti ? 'major' : 'moderate';
  else if (top.strength === 'moderate') severity = nti ? 'moderate' : 'minor';
  else severity = nti ? 'minor' : null;
  if (!severity) return [];
  const enzymes = shared
    .filter((s) => s.strength !== 'weak' || s.nti)
    .map((s) => `${s.enzyme} (${s.strength})`);
  const raises = effect === 'inhibitor';
  return [
    {
      code: raises ? 'interaction.cyp-inhibition' : 'interaction.cyp-induction',
      mechanism,
      priority: 1,
      category: 'interaction',
      severity,
      drugs: [p.drug.name, o.drug.name],
      title: `${cap(p.drug.name)} ${raises ? 'raises' : 'lowers'} ${o.drug.name} exposure`,
      detail: `${cap(p.drug.name)} ${raises ? 'inhibits' : 'induces'} ${enzymes.join(', ')}, a major clearance pathway of ${o.drug.name}${
        nti ? ', a drug with a narrow margin between effective and toxic concentrations' : ''
      }. ${raises ? 'Higher levels can cause dose-related adverse effects.' : 'Lower levels can cause loss of effect; levels rise again 1–4 weeks after the inducer is stopped.'}`,
      recommendation: raises
        ? `Consider a lower ${o.drug.name} dose or an alternative to ${p.drug.name}; monitor for adverse effects${nti ? ' and check drug levels where available' : ''}.`
        : `Monitor response${nti ? ' and drug levels' : ''}; the ${o.drug.name} dose may need to be increased, then reduced when ${p.drug.name} stops.`,
      action: raises
        ? severity === 'major'
          ? 'reduce-dose'
          : 'monitor'
        : severity === 'major'
          ? 'increase-dose'
          : 'monitor',
      maxDailyDose: null,
      sources: ['check-fda-ddi-table'],
    },
  ];
}

function pkCandidate(p: DrugProfile, o: DrugProfile): boolean {
  if (p.name === o.name) return false;
  for (const enzyme of p.inhibits.keys()) if (o.majorSubstrate.has(enzyme)) return true;
  for (const enzyme of p.induces.keys()) if (o.majorSubstrate.has(enzyme)) return true;
  return pkTableFor(o, p, 'inhibitor').length > 0 || pkTableFor(o, p, 'inducer').length > 0;
}

const pharmacokinetic: PairRule = {
  id: 'pk',
  applies: (a, b) => pkCandidate(a, b) || pkCandidate(b, a),
  evaluate(a, b, ctx) {
    return [
      ...directedPk(a, b, ctx, 'inhibitor'),
      ...directedPk(b, a, ctx, 'inhibitor'),
      ...directedPk(a, b, ctx, 'inducer'),
      ...directedPk(b, a, ctx, 'inducer'),
    ];
  },
};

const prodrug: PairRule = {
  id: 'prodrug',
  applies: (a, b) =>
    either(
      a,
      b,
      (d, i) => d.prodrugEnzyme !== null && STRENGTH_RANK[i.inhibits.get(d.prodrugEnzyme) ?? 'weak'] >= 2,
    ),
  evaluate(a, b) {
    return oriented(
      a,
      b,
      (d, i) => d.prodrugEnzyme !== null && STRENGTH_RANK[i.inhibits.get(d.prodrugEnzyme) ?? 'weak'] >= 2,
      (d, i) => {
        const enzyme = d.profile.prodrugEnzyme ?? 'CYP2D6';
        const strength = i.profile.inhibits.get(enzyme) ?? 'weak';
        const tamoxifen = d.profile.names.has('tamoxifen');
        const clopidogrel = d.profile.names.has('clopidogrel');
        let severity: Severity = strength === 'strong' ? 'moderate' : 'minor';
        if (tamoxifen) severity = strength === 'strong' ? 'major' : 'moderate';
        if (clopidogrel) severity = strength === 'strong' ? 'major' : 'moderate';
        const what = tamoxifen
          ? 'endoxifen, its main active metabolite; reduced tamoxifen efficacy has been associated with higher breast cancer mortality (paroxetine)'
          : clopidogrel
            ? 'its active metabolite; antiplatelet effect falls'
            : 'its active metabolite (morphine or O-desmethyltramadol); analgesia falls and patients may escalate doses';
        return [
          {
            code: 'interaction.prodrug-activation',
            mechanism: 'prodrug',
            category: 'interaction',
            severity,
            drugs: [d.drug.name, i.drug.name],
            title: `${cap(i.drug.name)} reduces the effect of ${d.drug.name}`,
            detail: `${cap(d.drug.name)} needs ${enzyme} to form ${what}. ${cap(i.drug.name)} is a ${strength} ${enzyme} inhibitor.`,
            recommendation: tamoxifen
              ? `Use an antidepressant with little or no CYP2D6 inhibition (e.g. venlafaxine, escitalopram, mirtazapine) instead of ${i.drug.name}.`
              : clopidogrel
                ? `Use an alternative to ${i.drug.name} or an antiplatelet not needing CYP2C19 activation.`
                : `Prefer an analgesic not dependent on ${enzyme} activation (e.g. a non-opioid, or morphine/oxycodone at an appropriate dose), or an alternative to ${i.drug.name}.`,
            action: 'use-alternative',
            maxDailyDose: null,
            sources: tamoxifen
              ? ['check-kelly-2010', 'check-label-paroxetine']
              : clopidogrel
                ? ['check-fda-ddi-table']
                : ['check-crews-2021', 'check-label-tramadol'],
          },
        ];
      },
    );
  },
};

// ------------------------------------------------------------------------------------------------
// Named pairs from the literature that mechanisms do not capture
// ------------------------------------------------------------------------------------------------

const valproateLamotrigine: PairRule = {
  id: 'valproate-lamotrigine',
  applies: (a, b) => either(a, b, (v, l) => v.valproate && l.lamotrigine),
  evaluate(a, b, ctx) {
    const [v, l] = a.profile.valproate ? [a, b] : [b, a];
    const bipolar = ctx.conditions.has('bipolar');
    // Label bipolar target with valproate: 100 mg/day (epilepsy maintenance with valproate alone
    // is 100–200 mg/day, set by the neurologist); the conservative figure is given as the cap.
    const cap = 100;
    return [
      {
        code: 'interaction.valproate-lamotrigine',
        mechanism: 'pk-inhibition',
        priority: 3,
        category: 'interaction',
        severity: 'major',
        drugs: [v.drug.name, l.drug.name],
        title: 'Valproate doubles lamotrigine levels: halve the lamotrigine dose',
        detail: `Valproate inhibits lamotrigine glucuronidation and roughly doubles lamotrigine concentrations; the risk of serious rash, including Stevens–Johnson syndrome and toxic epidermal necrolysis, rises with higher concentrations and fast titration.`,
        recommendation: `With valproate, escalate lamotrigine on the label's valproate schedule (25 mg every other day for 2 weeks, 25 mg/day for 2 weeks, then 50 mg/day, to a target of ${
          bipolar
            ? '100 mg/day in bipolar disorder'
            : '100 mg/day, or up to 200 mg/day for epilepsy under specialist guidance'
        }); when adding valproate to established lamotrigine, halve the lamotrigine dose. Teach the patient to report any rash at once.`,
        action: 'reduce-dose',
        maxDailyDose: cap,
        sources: ['check-label-lamotrigine', 'check-label-valproate'],
      },
    ];
  },
};

const carbamazepineValproate: PairRule = {
  id: 'carbamazepine-valproate',
  applies: (a, b) => either(a, b, (c, v) => c.carbamazepine && v.valproate),
  evaluate(a, b) {
    const [c, v] = a.profile.carbamazepine ? [a, b] : [b, a];
    return [
      {
        code: 'interaction.carbamazepine-valproate',
        mechanism: 'pk-induction',
        priority: 3,
        category: 'interaction',
        severity: 'moderate',
        drugs: [c.drug.name, v.drug.name],
        title: 'Carbamazepine with valproate: two-way level changes',
        detail:
          'Carbamazepine induces valproate metabolism and lowers valproate levels; valproate raises the concentration of carbamazepine-10,11-epoxide (the active metabolite behind neurotoxicity) without changing the carbamazepine level much.',
        recommendation:
          'Check valproate levels after starting or stopping carbamazepine and watch for carbamazepine toxicity (dizziness, diplopia, ataxia) even when the carbamazepine level looks normal.',
        action: 'monitor',
        maxDailyDose: null,
        sources: ['check-label-valproate', 'check-label-carbamazepine'],
      },
    ];
  },
};

const valproateTopiramate: PairRule = {
  id: 'valproate-topiramate',
  applies: (a, b) => either(a, b, (v, t) => v.valproate && t.names.has('topiramate')),
  evaluate(a, b) {
    const [v, t] = a.profile.valproate ? [a, b] : [b, a];
    return [
      {
        code: 'interaction.valproate-topiramate',
        category: 'interaction',
        severity: 'moderate',
        drugs: [v.drug.name, t.drug.name],
        title: 'Valproate with topiramate: hyperammonemia',
        detail:
          'Valproate with topiramate has caused hyperammonemia with or without encephalopathy, and hypothermia, in patients who tolerated either drug alone.',
        recommendation:
          'If lethargy, vomiting, confusion or a change in mental status appears, check a serum ammonia level and consider stopping one of the drugs.',
        action: 'monitor',
        maxDailyDose: null,
        sources: ['check-label-valproate'],
      },
    ];
  },
};

const opioidAntagonist: PairRule = {
  id: 'opioid-antagonist',
  applies: (a, b) => either(a, b, (n, o) => n.opioidAntagonist && o.opioid),
  evaluate(a, b) {
    return oriented(
      a,
      b,
      (n, o) => n.opioidAntagonist && o.opioid,
      (n, o) => [
        {
          code: 'interaction.opioid-antagonist',
          category: 'interaction',
          severity: 'contraindicated',
          drugs: [n.drug.name, o.drug.name],
          title: `${cap(n.drug.name)} with ${o.drug.name}: contraindicated`,
          detail: `${cap(n.drug.name)} blocks opioid receptors: in a patient taking ${o.drug.name} it precipitates opioid withdrawal and blocks analgesia; attempts to overcome the blockade with higher opioid doses risk fatal overdose.`,
          recommendation: `Do not combine. Start ${n.drug.name} only after 7–10 opioid-free days (longer after methadone); for pain, use non-opioid analgesia.`,
          action: 'avoid',
          maxDailyDose: null,
          sources: ['check-label-naltrexone'],
        },
      ],
    );
  },
};

const buprenorphineFullAgonist: PairRule = {
  id: 'buprenorphine-full-agonist',
  applies: (a, b) => either(a, b, (x, y) => x.buprenorphine && y.opioid && !y.buprenorphine),
  evaluate(a, b) {
    return oriented(
      a,
      b,
      (x, y) => x.buprenorphine && y.opioid && !y.buprenorphine,
      (bup, o) => [
        {
          code: 'interaction.buprenorphine-full-agonist',
          category: 'interaction',
          severity: 'moderate',
          drugs: [bup.drug.name, o.drug.name],
          title: `${cap(bup.drug.name)} with ${o.drug.name}: blunted analgesia or withdrawal`,
          detail: `${cap(bup.drug.name)} binds opioid receptors tightly as a partial agonist: it blunts the effect of full agonists such as ${o.drug.name}, and started on top of them can precipitate withdrawal. Together they also add respiratory depression.`,
          recommendation: `For acute pain, continue ${bup.drug.name} (possibly in divided doses) and add non-opioid analgesia; if a full agonist is needed, higher-affinity agents and monitoring are required. Coordinate with the buprenorphine prescriber.`,
          action: 'monitor',
          maxDailyDose: null,
          sources: ['check-label-buprenorphine', 'check-asam-2020'],
        },
      ],
    );
  },
};

// ------------------------------------------------------------------------------------------------
// Therapeutic duplication
// ------------------------------------------------------------------------------------------------

const DUPLICATION_GROUPS: Array<{ label: string; test: (p: DrugProfile) => boolean }> = [
  { label: 'SSRIs', test: (p) => p.ssri },
  { label: 'SNRIs', test: (p) => p.snri },
  { label: 'tricyclic antidepressants', test: (p) => p.tca },
  { label: 'antipsychotics', test: (p) => p.antipsychotic },
  { label: 'benzodiazepines', test: (p) => p.benzodiazepine },
  { label: 'Z-drug hypnotics', test: (p) => p.zDrug },
  { label: 'orexin receptor antagonists', test: (p) => p.classes.has('orexin-antagonist') },
  { label: 'gabapentinoids', test: (p) => p.gabapentinoid },
  { label: 'opioid analgesics', test: (p) => p.opioid && !p.buprenorphine },
  { label: 'NSAIDs', test: (p) => p.nsaid },
  { label: 'alpha-2 agonists', test: (p) => p.alpha2 },
  { label: 'stimulants', test: (p) => p.stimulant },
];

const duplication: PairRule = {
  id: 'duplication',
  applies: (a, b) => a.name === b.name || DUPLICATION_GROUPS.some((g) => g.test(a) && g.test(b)),
  evaluate(a, b) {
    const A = a.profile;
    const B = b.profile;
    const releases = [a.med.release, b.med.release].sort().join('+');
    const longShort = releases === 'long+short';
    if (A.name === B.name) {
      return [
        {
          code: 'duplication.same-drug',
          mechanism: 'duplication',
          category: 'duplication',
          severity: longShort ? 'info' : 'moderate',
          drugs: [A.name],
          title: longShort
            ? `${cap(A.name)}: long-acting and short-acting products together`
            : `${cap(A.name)} is listed twice`,
          detail: longShort
            ? `A long-acting and a short-acting ${A.name} product are combined (e.g. an afternoon booster). This is common practice.`
            : `${cap(A.name)} appears in two entries (${a.med.label} and ${b.med.label}); the doses add up.`,
          recommendation: longShort
            ? 'Check that the total daily dose stays within the labelled maximum.'
            : 'Confirm whether both entries are intended; check the combined daily dose.',
          action: longShort ? 'use-standard' : 'monitor',
          maxDailyDose: null,
          sources: A.name === 'bupropion' ? ['check-label-bupropion'] : ['check-beers-2023'],
        },
      ];
    }
    const group = DUPLICATION_GROUPS.find((g) => g.test(A) && g.test(B));
    if (!group) return [];
    let severity: Severity = 'moderate';
    let title = `Two ${group.label}: ${A.name} and ${B.name}`;
    let detail = `${cap(A.name)} and ${B.name} belong to the same class; combining them adds adverse effects with little evidence of added benefit.`;
    let recommendation =
      'Confirm the duplication is intended (e.g. a planned cross-taper); otherwise keep one.';
    let action: Finding['action'] = 'monitor';
    let sources = ['check-beers-2023'];
    if (group.label === 'antipsychotics') {
      const clozAri =
        (A.clozapine && B.names.has('aripiprazole')) || (B.clozapine && A.names.has('aripiprazole'));
      const lai = A.classes.has('long-acting-injectable') || B.classes.has('long-acting-injectable');
      if (clozAri) {
        detail =
          'Antipsychotic polypharmacy adds metabolic and other adverse effects, but aripiprazole augmentation of clozapine is an accepted strategy: in a 62,250-patient national cohort it had the lowest rehospitalization risk of any treatment, and it can offset clozapine weight gain.';
        recommendation =
          'Acceptable as deliberate clozapine augmentation; document the rationale and continue metabolic monitoring.';
        sources = ['check-tiihonen-2019'];
      } else if (lai) {
        detail = `${cap(A.name)} and ${B.name} are both antipsychotics (one long-acting injectable). Oral overlap is expected during LAI initiation; long-term, two antipsychotics add adverse effects.`;
        recommendation =
          'If this is oral supplementation during LAI initiation, set a stop date; otherwise review the need for both.';
        sources = ['check-tiihonen-2019'];
      } else {
        detail = `Two antipsychotics together increase metabolic, extrapyramidal, sedative and QT burden; evidence of added benefit is limited to specific combinations.`;
        recommendation =
          'Use antipsychotic polypharmacy only after adequate monotherapy trials (including clozapine where indicated); document the rationale and monitor.';
        sources = ['check-tiihonen-2019'];
      }
    } else if (group.label === 'stimulants') {
      if (A.stimulantKind !== B.stimulantKind) {
        detail = `An amphetamine and a methylphenidate product are combined; this is not a standard regimen and adds cardiovascular effects.`;
        recommendation =
          'Use one stimulant class, with a short-acting booster of the same molecule if needed.';
      } else if (longShort) {
        severity = 'info';
        title = `${cap(A.name)} with ${B.name}: long-acting plus short-acting stimulant`;
        detail = 'A long-acting stimulant with a short-acting booster of the same kind is a common regimen.';
        recommendation = 'Check that the combined daily dose stays within the labelled maximum.';
        action = 'use-standard';
      }
      sources = ['check-label-stimulants'];
    } else if (group.label === 'benzodiazepines' || group.label === 'Z-drug hypnotics') {
      detail = `Two ${group.label} add sedation, falls, cognitive impairment and dependence risk without added benefit.`;
      recommendation = 'Keep one agent at the lowest effective dose; plan a taper for the other.';
      sources = ['check-label-benzodiazepine-class', 'check-beers-2023'];
    } else if (
      group.label === 'SSRIs' ||
      group.label === 'SNRIs' ||
      group.label === 'tricyclic antidepressants'
    ) {
      recommendation =
        'Two antidepressants of the same class are rarely intended outside a cross-taper; keep one and complete the switch.';
      sources = ['check-label-antidepressant-class'];
    } else if (group.label === 'opioid analgesics') {
      sources = ['check-fda-opioid-benzodiazepine-2016'];
      recommendation =
        'Avoid two opioid analgesics except a planned long-acting plus breakthrough regimen; prescribe naloxone.';
    }
    return [
      {
        code: 'duplication.therapeutic',
        mechanism: 'duplication',
        category: 'duplication',
        severity,
        drugs: [A.name, B.name],
        title,
        detail,
        recommendation,
        action,
        maxDailyDose: null,
        sources,
      },
    ];
  },
};

export const PAIR_RULES: readonly PairRule[] = [
  serotonin,
  maoiPressor,
  qt,
  cnsDepression,
  lithiumClearance,
  bleeding,
  seizureThreshold,
  myelosuppression,
  pharmacokinetic,
  prodrug,
  valproateLamotrigine,
  carbamazepineValproate,
  valproateTopiramate,
  opioidAntagonist,
  buprenorphineFullAgonist,
  duplication,
];
