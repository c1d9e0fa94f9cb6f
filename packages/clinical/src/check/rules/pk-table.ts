/**
 * Labelled pharmacokinetic interactions. The generic CYP rule grades "precipitant changes the
 * exposure of a major substrate" by strength and narrow therapeutic index; these entries replace
 * that grade where a label (or the ONC high-priority list) states a contraindication or a dose.
 * Each entry names the object drug and which precipitants trigger it: by enzyme strength (from
 * the formulary's metabolism data) or explicitly by name.
 */
import type { Enzyme, Strength } from '../../formulary/types.js';
import type { AlertAction, Severity, SourceId } from '../../types.js';
import type { CheckContext, Component } from '../context.js';
import type { DrugProfile } from '../profile.js';

export interface PkRule {
  id: string;
  /** Object drug (whose exposure changes), matched on the profile. */
  object: (p: DrugProfile) => boolean;
  effect: 'inhibitor' | 'inducer';
  /** Triggering enzymes and the minimum strength of the precipitant on any of them. */
  enzymes: Enzyme[];
  minStrength: Strength;
  /** Precipitants that trigger the entry whatever the formulary's enzyme data say. */
  precipitants?: string[];
  /** Precipitants recognised by a property rather than by enzyme data (e.g. any estrogen). */
  matches?: (precipitant: DrugProfile) => boolean;
  /** null: the label says no adjustment is needed — no alert, and the generic rule is silenced. */
  severity:
    | Severity
    | null
    | ((precipitant: Component, object: Component, ctx: CheckContext) => Severity | null);
  action: AlertAction;
  /** Daily cap in mg, or a function of the object's current dose. */
  maxDailyDose?: (precipitant: Component, object: Component, ctx: CheckContext) => number | null;
  title: (p: string, o: string) => string;
  detail: (p: string, o: string) => string;
  recommendation: (p: string, o: string) => string;
  sources: SourceId[];
}

const named =
  (...names: string[]) =>
  (p: DrugProfile) =>
    names.some((n) => p.names.has(n));

const STRONG_2D6_ADJUNCT_NOTE =
  'For adjunctive treatment of major depressive disorder the label gives the usual dose without this adjustment when the CYP2D6 inhibitor is the antidepressant, because trials already included such combinations.';

export const PK_RULES: readonly PkRule[] = [
  {
    id: 'venlafaxine-cyp2d6',
    object: named('venlafaxine'),
    effect: 'inhibitor',
    enzymes: ['CYP2D6'],
    minStrength: 'weak',
    // Venlafaxine and O-desmethylvenlafaxine are equipotent: CYP2D6 inhibition shifts the ratio
    // but not the total active moiety, and the label requires no dose adjustment.
    severity: null,
    action: 'use-standard',
    title: () => '',
    detail: () => '',
    recommendation: () => '',
    sources: [],
  },
  {
    id: 'tizanidine-cyp1a2',
    object: named('tizanidine'),
    effect: 'inhibitor',
    enzymes: ['CYP1A2'],
    minStrength: 'strong',
    precipitants: ['fluvoxamine', 'ciprofloxacin'],
    severity: 'contraindicated',
    action: 'avoid',
    title: (p, o) => `${p} with ${o}: contraindicated (CYP1A2)`,
    detail: (p, o) =>
      `${p} strongly inhibits CYP1A2, which clears ${o}; ${o} exposure rises many-fold, causing profound hypotension, bradycardia and sedation. The combination is contraindicated in the ${o} label and is on the ONC high-priority interaction list.`,
    recommendation: (p) =>
      `Do not combine. Use a different muscle relaxant or a different antidepressant/antibiotic than ${p}.`,
    sources: ['check-label-tizanidine', 'check-label-fluvoxamine', 'check-phansalkar-2012'],
  },
  {
    id: 'ramelteon-fluvoxamine',
    object: named('ramelteon'),
    effect: 'inhibitor',
    enzymes: ['CYP1A2'],
    minStrength: 'strong',
    precipitants: ['fluvoxamine'],
    severity: 'contraindicated',
    action: 'avoid',
    title: (p, o) => `${p} with ${o}: contraindicated`,
    detail: (p, o) =>
      `${p} strongly inhibits CYP1A2, the main route of ${o} metabolism; with fluvoxamine ${o} exposure rose about 190-fold. The ${o} label says not to combine it with fluvoxamine (and to use strong CYP1A2 inhibitors with caution); the fluvoxamine pair is on the ONC high-priority list.`,
    recommendation: () =>
      'Do not combine. Choose another hypnotic approach (e.g. CBT-I, or a hypnotic not cleared by CYP1A2).',
    sources: ['check-label-ramelteon', 'check-label-fluvoxamine', 'check-phansalkar-2012'],
  },
  {
    id: 'clozapine-cyp1a2-strong',
    object: named('clozapine'),
    effect: 'inhibitor',
    enzymes: ['CYP1A2'],
    minStrength: 'strong',
    precipitants: ['fluvoxamine', 'ciprofloxacin', 'enoxacin'],
    severity: 'major',
    action: 'reduce-dose',
    maxDailyDose: (_p, o) => (o.med.dailyMg !== null ? Math.round(o.med.dailyMg / 3) : null),
    title: (p, o) => `${p} raises ${o} levels (strong CYP1A2 inhibition)`,
    detail: (p, o) =>
      `${o} is cleared mainly by CYP1A2. Strong CYP1A2 inhibitors such as ${p} raise ${o} concentrations several-fold, with risk of sedation, hypotension, seizures and other dose-related toxicity. The ${o} label advises one third of the ${o} dose when combined.`,
    recommendation: (p, o) =>
      `If the combination is needed, use one third of the usual ${o} dose, check a ${o} level after about a week, and raise the dose again if ${p} is stopped.`,
    sources: ['check-label-clozapine', 'check-label-fluvoxamine'],
  },
  {
    id: 'clozapine-cyp3a4-inducer',
    object: named('clozapine'),
    effect: 'inducer',
    enzymes: ['CYP3A4', 'CYP1A2'],
    minStrength: 'strong',
    severity: 'major',
    action: 'avoid',
    title: (p, o) => `${p} lowers ${o} levels (strong induction)`,
    detail: (p, o) =>
      `${p} is a strong enzyme inducer; ${o} concentrations can fall enough to cause relapse. The ${o} label advises against combining ${o} with strong CYP3A4 inducers.`,
    recommendation: (p, o) =>
      `Avoid the combination. If unavoidable, monitor ${o} levels and response closely, and expect levels to rise over 2–4 weeks after ${p} is stopped.`,
    sources: ['check-label-clozapine', 'check-fda-ddi-table'],
  },
  {
    id: 'lurasidone-cyp3a4-strong',
    object: named('lurasidone'),
    effect: 'inhibitor',
    enzymes: ['CYP3A4'],
    minStrength: 'strong',
    severity: 'contraindicated',
    action: 'avoid',
    title: (p, o) => `${p} with ${o}: contraindicated (strong CYP3A4 inhibitor)`,
    detail: (p, o) =>
      `${o} depends on CYP3A4; strong CYP3A4 inhibitors such as ${p} raise ${o} exposure about nine-fold. The ${o} label contraindicates the combination.`,
    recommendation: (p) => `Do not combine. Use another antipsychotic, or an alternative to ${p}.`,
    sources: ['check-label-lurasidone'],
  },
  {
    id: 'lurasidone-cyp3a4-moderate',
    object: named('lurasidone'),
    effect: 'inhibitor',
    enzymes: ['CYP3A4'],
    minStrength: 'moderate',
    severity: 'moderate',
    action: 'reduce-dose',
    maxDailyDose: () => 80,
    title: (p, o) => `${p} raises ${o} levels (moderate CYP3A4 inhibitor)`,
    detail: (p, o) =>
      `Moderate CYP3A4 inhibitors such as ${p} raise ${o} exposure about two- to three-fold. The ${o} label limits the dose in this situation.`,
    recommendation: (_p, o) =>
      `Start ${o} at 20 mg/day and do not exceed 80 mg/day; halve an established dose when the inhibitor is added.`,
    sources: ['check-label-lurasidone'],
  },
  {
    id: 'lurasidone-cyp3a4-inducer',
    object: named('lurasidone'),
    effect: 'inducer',
    enzymes: ['CYP3A4'],
    minStrength: 'strong',
    severity: 'contraindicated',
    action: 'avoid',
    title: (p, o) => `${p} with ${o}: contraindicated (strong CYP3A4 inducer)`,
    detail: (p, o) =>
      `Strong CYP3A4 inducers such as ${p} cut ${o} exposure by about 80%, leaving it ineffective. The ${o} label contraindicates the combination.`,
    recommendation: (p) =>
      `Do not combine. Choose an antipsychotic less dependent on CYP3A4, or an alternative to ${p}.`,
    sources: ['check-label-lurasidone'],
  },
  {
    id: 'quetiapine-cyp3a4-strong',
    object: named('quetiapine'),
    effect: 'inhibitor',
    enzymes: ['CYP3A4'],
    minStrength: 'strong',
    severity: 'major',
    action: 'reduce-dose',
    maxDailyDose: (_p, o) => (o.med.dailyMg !== null ? Math.round(o.med.dailyMg / 6) : null),
    title: (p, o) => `${p} raises ${o} levels (strong CYP3A4 inhibitor)`,
    detail: (p, o) =>
      `Strong CYP3A4 inhibitors such as ${p} raise ${o} exposure about six-fold (sedation, orthostatic hypotension, QT effects). The ${o} label says to reduce ${o} to one sixth of the dose.`,
    recommendation: (p, o) =>
      `Reduce ${o} to one sixth of the current dose while on ${p}; raise it back (about six-fold) when ${p} stops.`,
    sources: ['check-label-quetiapine', 'check-fda-ddi-table'],
  },
  {
    id: 'quetiapine-cyp3a4-inducer',
    object: named('quetiapine'),
    effect: 'inducer',
    enzymes: ['CYP3A4'],
    minStrength: 'strong',
    severity: 'moderate',
    action: 'increase-dose',
    title: (p, o) => `${p} lowers ${o} levels (strong CYP3A4 inducer)`,
    detail: (p, o) =>
      `Chronic treatment with strong CYP3A4 inducers such as ${p} lowers ${o} exposure by about 80%. The ${o} label allows increasing the dose up to five-fold, titrated to response.`,
    recommendation: (p, o) =>
      `Expect reduced effect; titrate ${o} up by response (up to five-fold), and reduce it again within 7–14 days after ${p} is stopped.`,
    sources: ['check-label-quetiapine'],
  },
  {
    id: 'pimozide-cyp3a4',
    object: named('pimozide'),
    effect: 'inhibitor',
    enzymes: ['CYP3A4'],
    minStrength: 'strong',
    precipitants: ['sertraline', 'fluvoxamine', 'fluoxetine', 'paroxetine', 'citalopram', 'escitalopram'],
    severity: 'contraindicated',
    action: 'avoid',
    title: (p, o) => `${p} with ${o}: contraindicated`,
    detail: (p, o) =>
      `${o} has a narrow margin for QT prolongation and sudden death. The ${o} label contraindicates strong CYP3A4 inhibitors and specifically lists ${p} (raised ${o} levels and/or additive QT effect).`,
    recommendation: () =>
      'Do not combine. Choose a tic treatment without this interaction (e.g. aripiprazole or an alpha-2 agonist), or another antidepressant.',
    sources: [
      'check-label-pimozide',
      'check-label-sertraline',
      'check-label-fluoxetine',
      'check-label-paroxetine',
    ],
  },
  {
    id: 'thioridazine-cyp2d6',
    object: named('thioridazine'),
    effect: 'inhibitor',
    enzymes: ['CYP2D6'],
    minStrength: 'moderate',
    precipitants: ['fluvoxamine', 'propranolol', 'pindolol', 'fluoxetine', 'paroxetine'],
    severity: 'contraindicated',
    action: 'avoid',
    title: (p, o) => `${p} with ${o}: contraindicated`,
    detail: (p, o) =>
      `${p} reduces ${o} clearance; ${o}'s dose-related QT prolongation can then cause torsades de pointes and sudden death. The ${o} label contraindicates drugs that inhibit CYP2D6 (and fluvoxamine, propranolol, pindolol).`,
    recommendation: (_p, o) =>
      `Do not combine. After fluoxetine, allow at least 5 weeks before starting ${o}. Prefer an antipsychotic other than ${o}.`,
    sources: ['check-label-thioridazine', 'check-label-fluoxetine', 'check-label-paroxetine'],
  },
  {
    id: 'triazolobenzodiazepine-cyp3a4',
    object: named('alprazolam', 'triazolam', 'midazolam'),
    effect: 'inhibitor',
    enzymes: ['CYP3A4'],
    minStrength: 'strong',
    severity: 'contraindicated',
    action: 'avoid',
    title: (p, o) => `${p} with ${o}: contraindicated (strong CYP3A4 inhibitor)`,
    detail: (p, o) =>
      `${o} is cleared by CYP3A4; strong inhibitors such as ${p} raise its exposure several-fold, with prolonged sedation and respiratory depression. The ${o} label contraindicates strong CYP3A inhibitors (ritonavir excepted, with dosing guidance).`,
    recommendation: () =>
      'Do not combine. If a benzodiazepine is needed, lorazepam, oxazepam or temazepam are not CYP3A4-dependent.',
    sources: ['check-label-alprazolam', 'check-fda-ddi-table'],
  },
  {
    id: 'aripiprazole-inhibitor',
    object: named('aripiprazole'),
    effect: 'inhibitor',
    enzymes: ['CYP2D6', 'CYP3A4'],
    minStrength: 'strong',
    severity: (p) =>
      p.profile.antidepressant && p.profile.inhibits.get('CYP2D6') === 'strong' ? 'minor' : 'moderate',
    action: 'reduce-dose',
    maxDailyDose: (p) =>
      p.profile.antidepressant && p.profile.inhibits.get('CYP2D6') === 'strong' ? null : 15,
    title: (p, o) => `${p} raises ${o} levels`,
    detail: (p, o) =>
      `${p} is a strong CYP2D6 or CYP3A4 inhibitor; ${o} exposure roughly doubles. The ${o} label gives half the usual dose (a quarter with both a strong CYP2D6 and a strong CYP3A4 inhibitor, or in a CYP2D6 poor metabolizer on a strong CYP3A4 inhibitor). ${STRONG_2D6_ADJUNCT_NOTE}`,
    recommendation: (p, o) =>
      `Use half the usual ${o} dose (e.g. at most 15 mg/day) unless ${o} is an adjunct to ${p} for depression; return to the usual dose if ${p} stops.`,
    sources: ['check-label-aripiprazole'],
  },
  {
    id: 'aripiprazole-inducer',
    object: named('aripiprazole'),
    effect: 'inducer',
    enzymes: ['CYP3A4'],
    minStrength: 'strong',
    severity: 'moderate',
    action: 'increase-dose',
    title: (p, o) => `${p} lowers ${o} levels (strong CYP3A4 inducer)`,
    detail: (p, o) =>
      `Strong CYP3A4 inducers such as ${p} roughly halve ${o} exposure. The ${o} label doubles the dose over 1–2 weeks.`,
    recommendation: (p, o) => `Double the ${o} dose over 1–2 weeks; reduce it again when ${p} is stopped.`,
    sources: ['check-label-aripiprazole'],
  },
  {
    id: 'brexpiprazole-inhibitor',
    object: named('brexpiprazole'),
    effect: 'inhibitor',
    enzymes: ['CYP2D6', 'CYP3A4'],
    minStrength: 'strong',
    severity: (p) =>
      p.profile.antidepressant && p.profile.inhibits.get('CYP2D6') === 'strong' ? 'minor' : 'moderate',
    action: 'reduce-dose',
    title: (p, o) => `${p} raises ${o} levels`,
    detail: (p, o) =>
      `${p} is a strong CYP2D6 or CYP3A4 inhibitor; the ${o} label gives half the usual dose (a quarter with both). ${STRONG_2D6_ADJUNCT_NOTE}`,
    recommendation: (p, o) => `Use half the usual ${o} dose unless it is an adjunct to ${p} for depression.`,
    sources: ['check-label-brexpiprazole'],
  },
  {
    id: 'iloperidone-inhibitor',
    object: named('iloperidone'),
    effect: 'inhibitor',
    enzymes: ['CYP2D6', 'CYP3A4'],
    minStrength: 'strong',
    severity: 'moderate',
    action: 'reduce-dose',
    title: (p, o) => `${p} raises ${o} levels`,
    detail: (p, o) =>
      `Strong CYP2D6 or CYP3A4 inhibitors such as ${p} raise ${o} exposure; ${o} prolongs QT in a dose-related way.`,
    recommendation: (_p, o) => `Halve the ${o} dose (label).`,
    sources: ['check-label-iloperidone'],
  },
  {
    id: 'vortioxetine-cyp2d6',
    object: named('vortioxetine'),
    effect: 'inhibitor',
    enzymes: ['CYP2D6'],
    minStrength: 'strong',
    severity: 'moderate',
    action: 'reduce-dose',
    maxDailyDose: () => 10,
    title: (p, o) => `${p} raises ${o} levels (strong CYP2D6 inhibitor)`,
    detail: (p, o) =>
      `${o} is cleared mainly by CYP2D6; strong inhibitors such as ${p} about double its exposure.`,
    recommendation: (p, o) =>
      `Halve the ${o} dose (at most 10 mg/day) while on ${p}; raise it back when ${p} stops.`,
    sources: ['check-label-vortioxetine'],
  },
  {
    id: 'atomoxetine-cyp2d6',
    object: named('atomoxetine'),
    effect: 'inhibitor',
    enzymes: ['CYP2D6'],
    minStrength: 'strong',
    severity: 'moderate',
    action: 'reduce-dose',
    maxDailyDose: (_p, _o, ctx) => (ctx.age !== null && ctx.age >= 18 ? 80 : null),
    title: (p, o) => `${p} raises ${o} levels (strong CYP2D6 inhibitor)`,
    detail: (p, o) =>
      `${p} converts extensive metabolizers of ${o} into poor metabolizers (several-fold higher exposure: raised heart rate, blood pressure, insomnia, nausea).`,
    recommendation: (_p, o) =>
      `Start ${o} at 40 mg/day (0.5 mg/kg/day in children up to 70 kg) and raise to 80 mg/day (1.2 mg/kg/day) only if symptoms have not improved after 4 weeks and the first dose is tolerated.`,
    sources: ['check-label-atomoxetine'],
  },
  {
    id: 'methadone-inducer',
    object: named('methadone'),
    effect: 'inducer',
    enzymes: ['CYP3A4', 'CYP2B6'],
    minStrength: 'strong',
    severity: 'major',
    action: 'increase-dose',
    title: (p, o) => `${p} lowers ${o} levels (withdrawal risk)`,
    detail: (p, o) =>
      `Strong inducers such as ${p} speed ${o} clearance over 1–2 weeks; patients on ${o} maintenance can go into opioid withdrawal and relapse. Stopping ${p} later raises ${o} levels (sedation, respiratory depression, QT prolongation).`,
    recommendation: (p, o) =>
      `Coordinate with the opioid treatment program: monitor for withdrawal and adjust the ${o} dose (often split dosing); plan the reverse when ${p} stops.`,
    sources: ['check-label-methadone', 'check-asam-2020'],
  },
  {
    id: 'buprenorphine-inducer',
    object: named('buprenorphine'),
    effect: 'inducer',
    enzymes: ['CYP3A4'],
    minStrength: 'strong',
    severity: 'moderate',
    action: 'monitor',
    title: (p, o) => `${p} lowers ${o} levels`,
    detail: (p, o) =>
      `Strong CYP3A4 inducers such as ${p} can reduce ${o} exposure, with withdrawal symptoms or loss of effect.`,
    recommendation: (_p, o) => `Monitor for withdrawal and cravings; adjust the ${o} dose if needed.`,
    sources: ['check-label-buprenorphine'],
  },
  {
    id: 'hormonal-contraceptive-inducer',
    object: (p) => p.hormonalContraceptive,
    effect: 'inducer',
    enzymes: ['CYP3A4'],
    minStrength: 'moderate',
    precipitants: [
      'carbamazepine',
      'oxcarbazepine',
      'eslicarbazepine',
      'phenytoin',
      'phenobarbital',
      'primidone',
      'rifampin',
      'rifabutin',
      'st johns wort',
      "st john's wort",
      'modafinil',
      'armodafinil',
    ],
    severity: 'major',
    action: 'use-alternative',
    title: (p, o) => `${p} can cause ${o} failure`,
    detail: (p, o) =>
      `${p} induces the enzymes that clear contraceptive hormones; ${o} exposure falls and breakthrough bleeding and unintended pregnancy occur. The effect persists for about 4 weeks after ${p} is stopped.`,
    recommendation: () =>
      'Use a method not affected by enzyme induction (copper or levonorgestrel IUD, or depot medroxyprogesterone), or add a barrier method during and for 28 days after the inducer.',
    sources: ['check-label-carbamazepine', 'check-label-oxcarbazepine', 'check-label-hormonal-contraceptive'],
  },
  {
    id: 'hormonal-contraceptive-topiramate',
    object: (p) => p.hormonalContraceptive,
    effect: 'inducer',
    enzymes: [],
    minStrength: 'strong',
    precipitants: ['topiramate'],
    severity: 'moderate',
    action: 'monitor',
    title: (p, o) => `${p} may reduce ${o} efficacy`,
    detail: (p, o) =>
      `${p} at doses above 200 mg/day lowers ethinyl estradiol exposure; ${o} may be less effective and breakthrough bleeding can occur.`,
    recommendation: () =>
      'Above 200 mg/day of topiramate, prefer an IUD or depot method, or add a barrier method; counsel about breakthrough bleeding.',
    sources: ['check-label-hormonal-contraceptive'],
  },
  {
    id: 'lamotrigine-inducer',
    object: (p) => p.lamotrigine,
    effect: 'inducer',
    // Named inducers only: estrogens also induce UGT1A4 but have their own entry and schedule.
    enzymes: [],
    minStrength: 'strong',
    precipitants: ['carbamazepine', 'phenytoin', 'phenobarbital', 'primidone', 'rifampin'],
    severity: 'moderate',
    action: 'increase-dose',
    title: (p, o) => `${p} lowers ${o} levels`,
    detail: (p, o) =>
      `${p} induces ${o} glucuronidation and roughly halves ${o} levels. The ${o} label uses a different (higher) escalation schedule with inducers, and a reduction if the inducer is stopped.`,
    recommendation: (p, o) =>
      `Follow the ${o} label schedule for patients taking ${p} (e.g. bipolar target about 400 mg/day); when ${p} stops, step ${o} back down over about 2 weeks.`,
    sources: ['check-label-lamotrigine'],
  },
  {
    id: 'lamotrigine-estrogen',
    object: (p) => p.lamotrigine,
    effect: 'inducer',
    enzymes: [],
    minStrength: 'strong',
    matches: (p) => p.estrogen,
    severity: 'moderate',
    action: 'monitor',
    title: (p, o) => `${p} lowers ${o} levels`,
    detail: (_p, o) =>
      `Estrogen-containing contraceptives induce ${o} glucuronidation and can halve ${o} levels; levels rise again during the pill-free week (side effects) and when the contraceptive is stopped.`,
    recommendation: (_p, o) =>
      `Follow the ${o} label adjustment for estrogen-containing contraceptives (the maintenance dose may need to be up to doubled); consider a continuous regimen or a progestin-only/IUD method.`,
    sources: ['check-label-lamotrigine'],
  },
  {
    id: 'orexin-cyp3a4-strong',
    object: named('suvorexant', 'lemborexant', 'daridorexant'),
    effect: 'inhibitor',
    enzymes: ['CYP3A4'],
    minStrength: 'strong',
    severity: 'major',
    action: 'avoid',
    title: (p, o) => `${p} raises ${o} levels (strong CYP3A4 inhibitor)`,
    detail: (p, o) =>
      `Strong CYP3A4 inhibitors such as ${p} raise ${o} exposure several-fold; the ${o} label says not to combine.`,
    recommendation: () => 'Avoid the combination; choose a hypnotic approach not dependent on CYP3A4.',
    sources: ['check-label-orexin', 'check-fda-ddi-table'],
  },
];

export function pkRuleTriggered(rule: PkRule, precipitant: DrugProfile): boolean {
  if (rule.precipitants?.some((n) => precipitant.names.has(n))) return true;
  if (rule.matches?.(precipitant)) return true;
  const map = rule.effect === 'inhibitor' ? precipitant.inhibits : precipitant.induces;
  const rank = { weak: 1, moderate: 2, strong: 3 } as const;
  for (const enzyme of rule.enzymes) {
    const s = map.get(enzyme);
    if (s && rank[s] >= rank[rule.minStrength]) return true;
  }
  return false;
}
