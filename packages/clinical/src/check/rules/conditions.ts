/**
 * Drug–condition rules (labelled contraindications, boxed warnings, Beers drug–disease criteria).
 * Each rule matches a drug profile and a patient state; conditions come from ICD-10-CM codes or
 * names, and from derived states (renal and hepatic impairment from labs as well as diagnoses).
 */
import { type AlertAction, SEVERITY_RANK, type Severity, type SourceId } from '../../types.js';
import { type ConditionId, conditionLabel } from '../conditions.js';
import type { CheckContext, Component } from '../context.js';
import type { DrugProfile } from '../profile.js';
import type { Finding } from '../types.js';
import { cap } from './text.js';

interface ConditionRule {
  code: string;
  /** Any of these conditions (or the derived `state`) triggers the rule. */
  conditions: ConditionId[];
  state?: (ctx: CheckContext) => string | null;
  drug: (p: DrugProfile, comp: Component, ctx: CheckContext) => boolean;
  severity:
    | Severity
    | ((p: DrugProfile, ctx: CheckContext, condition: ConditionId | null) => Severity | null);
  action: AlertAction;
  title: (drug: string, condition: string) => string;
  detail: (drug: string, condition: string, p: DrugProfile) => string;
  recommendation: (drug: string, condition: string) => string;
  sources: SourceId[];
  /** Dedupe key shared with lab rules that say the same thing (e.g. lithium and renal function). */
  mechanism?: string;
}

const PARKINSON_SAFE = ['clozapine', 'quetiapine', 'pimavanserin'];

function hasMoodStabilizerOrAntipsychotic(ctx: CheckContext): boolean {
  return ctx.active.some((c) => c.profile.moodStabilizer || c.profile.antipsychotic);
}

const RULES: ConditionRule[] = [
  {
    code: 'contraindication.bupropion-seizure',
    conditions: ['epilepsy'],
    drug: (p) => p.bupropion,
    severity: 'contraindicated',
    action: 'avoid',
    title: (d) => `${cap(d)} is contraindicated with a seizure disorder`,
    detail: (d) =>
      `${cap(d)} causes dose-related seizures; the label contraindicates it in patients with a seizure disorder.`,
    recommendation: () =>
      'Choose an antidepressant or smoking-cessation treatment that does not lower the seizure threshold as much.',
    sources: ['check-label-bupropion'],
  },
  {
    code: 'contraindication.bupropion-eating-disorder',
    conditions: ['anorexia-nervosa', 'bulimia-nervosa', 'eating-disorder-unspecified'],
    drug: (p) => p.bupropion,
    severity: (_p, _ctx, c) => (c === 'eating-disorder-unspecified' ? 'major' : 'contraindicated'),
    action: 'avoid',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d) =>
      `The ${d} label contraindicates use with a current or prior diagnosis of bulimia or anorexia nervosa because of a higher incidence of seizures.`,
    recommendation: () =>
      'Choose another antidepressant. If the eating disorder type is not recorded, confirm it is not anorexia or bulimia nervosa (binge-eating disorder is not a contraindication).',
    sources: ['check-label-bupropion'],
  },
  {
    code: 'contraindication.bupropion-withdrawal',
    conditions: [],
    state: (ctx) => {
      const kinds = (['alcohol', 'benzodiazepines', 'sedatives'] as const).filter(
        (k) => ctx.substances.byKind.get(k)?.status === 'withdrawal',
      );
      return kinds.length > 0 ? `abrupt discontinuation of ${kinds.join(' and ')}` : null;
    },
    drug: (p) => p.bupropion,
    severity: 'contraindicated',
    action: 'avoid',
    title: (d, c) => `${cap(d)} during ${c}`,
    detail: (d) =>
      `Abrupt discontinuation of alcohol, benzodiazepines, barbiturates or antiepileptic drugs lowers the seizure threshold; the ${d} label contraindicates it in that situation.`,
    recommendation: (d) => `Do not start ${d} until withdrawal has been managed and completed.`,
    sources: ['check-label-bupropion'],
  },
  {
    code: 'contraindication.bipolar-antidepressant-monotherapy',
    conditions: ['bipolar'],
    drug: (p, comp) =>
      p.antidepressant &&
      !(p.names.has('trazodone') && comp.med.dailyMg !== null && comp.med.dailyMg <= 100) &&
      !p.classes.has('nmda-antagonist'),
    severity: (_p, ctx) => (hasMoodStabilizerOrAntipsychotic(ctx) ? null : 'major'),
    action: 'use-alternative',
    title: (d) => `${cap(d)} without a mood stabilizer in bipolar disorder`,
    detail: (d, _c, p) =>
      `Antidepressant monotherapy in bipolar disorder risks switching into mania or hypomania, mixed states and rapid cycling${
        p.tca || p.snri ? ' (highest with tricyclics and SNRIs)' : ''
      }. The ISBD task force advises against antidepressant monotherapy in bipolar I disorder; no mood stabilizer or antipsychotic is in the regimen with ${d}.`,
    recommendation: () =>
      'Use a treatment with evidence in bipolar depression (e.g. quetiapine, lurasidone, cariprazine, lamotrigine, lithium), or add an antimanic agent if an antidepressant is needed; monitor for emerging mania.',
    sources: ['check-pacchiarotti-2013', 'check-label-antidepressant-class'],
  },
  {
    code: 'contraindication.antipsychotic-dementia',
    conditions: ['dementia'],
    drug: (p) => p.antipsychotic,
    severity: 'major',
    action: 'avoid',
    title: (d) => `${cap(d)} in a patient with dementia: increased mortality`,
    detail: (d) =>
      `Antipsychotics increase mortality (about 1.6–1.7 times placebo, mostly cardiovascular and infectious deaths) in older adults with dementia-related psychosis; ${d} carries this Boxed Warning and is not approved for dementia-related psychosis.`,
    recommendation: () =>
      'Prefer non-drug approaches for behavioural symptoms; if an antipsychotic is essential, use the lowest dose for the shortest time, document consent, and reassess regularly with a plan to stop.',
    sources: [
      'check-fda-antipsychotic-dementia-2008',
      'check-schneider-2005',
      'check-label-antipsychotic-class',
    ],
  },
  {
    code: 'contraindication.antipsychotic-parkinson',
    conditions: ['parkinson'],
    drug: (p) => p.antipsychotic && !PARKINSON_SAFE.some((n) => p.names.has(n)),
    severity: 'major',
    action: 'use-alternative',
    title: (d) => `${cap(d)} in Parkinson's disease`,
    detail: (d) =>
      `Dopamine-blocking antipsychotics such as ${d} worsen parkinsonism; the Beers criteria advise avoiding them in Parkinson's disease.`,
    recommendation: () => 'Use quetiapine, clozapine or pimavanserin if an antipsychotic is needed.',
    sources: ['check-beers-2023'],
  },
  {
    code: 'contraindication.qt-long-qt',
    conditions: ['long-qt'],
    drug: (p) => p.qt !== 'none' || ['ziprasidone', 'thioridazine', 'pimozide'].some((n) => p.names.has(n)),
    severity: (p) =>
      p.qt === 'known' || ['ziprasidone', 'thioridazine', 'pimozide'].some((n) => p.names.has(n))
        ? 'contraindicated'
        : p.qt === 'possible'
          ? 'major'
          : 'moderate',
    action: 'avoid',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d, c, p) =>
      `${cap(d)} prolongs the QT interval (${p.qt === 'none' ? 'labelled' : p.qt} risk of torsades de pointes); in a patient with ${c} the risk of torsades de pointes and sudden death is much higher.`,
    recommendation: (d) =>
      `Avoid ${d}; choose a drug without QT effect. If there is no alternative, involve cardiology and monitor the ECG.`,
    sources: ['check-crediblemeds', 'check-drew-2010'],
  },
  {
    code: 'contraindication.ziprasidone-cardiac',
    conditions: ['recent-mi', 'heart-failure'],
    drug: (p) => p.names.has('ziprasidone'),
    severity: (_p, _ctx, c) => (c === 'recent-mi' ? 'contraindicated' : 'major'),
    action: 'avoid',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d) =>
      `The ${d} label contraindicates use after a recent acute myocardial infarction and in uncompensated heart failure (QT prolongation).`,
    recommendation: () => 'Choose an antipsychotic with less QT effect.',
    sources: ['check-label-ziprasidone'],
  },
  {
    code: 'contraindication.tca-cardiac',
    conditions: ['recent-mi', 'conduction-disease', 'arrhythmia'],
    drug: (p) => p.tca,
    severity: (_p, _ctx, c) => (c === 'recent-mi' ? 'contraindicated' : 'major'),
    action: 'use-alternative',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d, c) =>
      `Tricyclic antidepressants slow cardiac conduction and are pro-arrhythmic; ${d} is contraindicated in the acute recovery phase after myocardial infarction and hazardous with ${c}.`,
    recommendation: () =>
      'Choose an SSRI or another antidepressant without conduction effects; if a TCA is essential, obtain cardiology input and ECG monitoring.',
    sources: ['check-label-tca'],
  },
  {
    code: 'contraindication.anticholinergic-angle-closure',
    conditions: ['angle-closure-glaucoma'],
    drug: (p) => p.tca || p.acb >= 3 || p.names.has('atomoxetine'),
    severity: (p) => (p.names.has('atomoxetine') ? 'contraindicated' : 'major'),
    action: 'avoid',
    title: (d) => `${cap(d)} with angle-closure glaucoma`,
    detail: (d) =>
      `${cap(d)} dilates the pupil (anticholinergic or noradrenergic effect) and can precipitate acute angle closure in an untreated narrow angle.`,
    recommendation: () =>
      'Avoid unless the angle has been treated (patent iridotomy); involve ophthalmology.',
    sources: ['check-label-tca', 'check-label-atomoxetine', 'check-beers-2023'],
  },
  {
    code: 'contraindication.antidepressant-angle-closure',
    conditions: ['angle-closure-glaucoma'],
    drug: (p) => (p.ssri || p.snri || p.bupropion) && !p.tca && p.acb < 3,
    severity: 'minor',
    action: 'monitor',
    title: (d) => `${cap(d)} with angle-closure glaucoma`,
    detail: (d) =>
      `Antidepressants such as ${d} can dilate the pupil and trigger angle closure in anatomically narrow angles without a patent iridotomy (class labeling).`,
    recommendation: () =>
      'Confirm the glaucoma has been treated; advise the patient to seek care for eye pain, redness or blurred vision.',
    sources: ['check-label-antidepressant-class'],
  },
  {
    code: 'contraindication.lithium-renal',
    mechanism: 'lithium-renal',
    conditions: ['ckd', 'ckd-severe'],
    drug: (p) => p.lithium,
    severity: (_p, ctx) => (ctx.severeRenalImpairment ? 'major' : 'moderate'),
    action: 'monitor',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d) =>
      `${cap(d)} is cleared almost entirely by the kidneys and can itself damage them; reduced renal function raises levels and toxicity risk. The label does not recommend ${d} when creatinine clearance is below 30 mL/min.`,
    recommendation: (d) =>
      `With severe impairment prefer an alternative mood stabilizer; otherwise use lower doses, check levels and renal function more often (every 3 months), and involve nephrology if eGFR keeps falling on ${d}.`,
    sources: ['check-label-lithium', 'check-nice-cg185', 'check-kdigo-2024'],
  },
  {
    code: 'contraindication.valproate-hepatic',
    conditions: ['liver-disease', 'urea-cycle-disorder', 'mitochondrial-polg'],
    drug: (p) => p.valproate,
    severity: 'contraindicated',
    action: 'avoid',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d, c) =>
      `The ${d} label contraindicates use in hepatic disease or significant hepatic dysfunction, POLG-related mitochondrial disease and urea cycle disorders (fatal hepatotoxicity, hyperammonaemic encephalopathy); the patient has ${c}.`,
    recommendation: () => 'Choose another mood stabilizer or anticonvulsant.',
    sources: ['check-label-valproate'],
  },
  {
    code: 'contraindication.duloxetine-hepatic',
    conditions: ['liver-disease', 'alcohol-use-disorder'],
    drug: (p) => p.names.has('duloxetine'),
    severity: (_p, _ctx, c) => (c === 'liver-disease' ? 'major' : 'moderate'),
    action: 'use-alternative',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d) =>
      `${cap(d)} has caused hepatic failure; the label advises against prescribing it to patients with substantial alcohol use or evidence of chronic liver disease.`,
    recommendation: () => 'Choose another antidepressant; if used, monitor liver tests.',
    sources: ['check-label-duloxetine'],
  },
  {
    code: 'contraindication.naltrexone-hepatic',
    conditions: ['liver-disease'],
    drug: (p) => p.names.has('naltrexone'),
    severity: 'moderate',
    action: 'monitor',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d) =>
      `${cap(d)} can cause hepatocellular injury at high doses; the label advises caution in liver disease and avoiding it in acute hepatitis or liver failure.`,
    recommendation: () =>
      'Check liver tests at baseline and periodically; consider acamprosate for alcohol use disorder with significant liver disease.',
    sources: ['check-label-naltrexone', 'check-apa-aud-2018'],
  },
  {
    code: 'contraindication.stimulant-cardiac',
    conditions: ['structural-heart-disease', 'arrhythmia', 'coronary-disease', 'recent-mi', 'heart-failure'],
    drug: (p) => p.stimulant,
    severity: 'major',
    action: 'use-alternative',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d) =>
      `Stimulants raise heart rate and blood pressure; sudden death, stroke and myocardial infarction have been reported. Labels advise avoiding ${d} in known structural cardiac abnormalities, cardiomyopathy, serious arrhythmia and coronary artery disease.`,
    recommendation: () =>
      'Obtain cardiology input before a stimulant; consider a non-stimulant with monitoring.',
    sources: ['check-label-stimulants'],
  },
  {
    code: 'contraindication.clozapine-seizure',
    conditions: ['epilepsy-uncontrolled', 'epilepsy'],
    drug: (p) => p.clozapine,
    severity: (_p, ctx) => (ctx.conditions.has('epilepsy-uncontrolled') ? 'major' : 'moderate'),
    action: 'monitor',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d) =>
      `${cap(d)} causes dose-related seizures; the label advises caution with a seizure history and the drug is avoided in uncontrolled epilepsy.`,
    recommendation: () =>
      'Titrate slowly, keep the dose and level as low as effective, and coordinate with neurology (an anticonvulsant such as valproate or lamotrigine may be added).',
    sources: ['check-label-clozapine'],
  },
  {
    code: 'contraindication.clozapine-cardiomyopathy',
    conditions: ['structural-heart-disease', 'heart-failure'],
    drug: (p) => p.clozapine,
    severity: 'moderate',
    action: 'monitor',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d) =>
      `${cap(d)} can cause myocarditis and cardiomyopathy; pre-existing cardiac disease makes both harder to detect and tolerate.`,
    recommendation: () =>
      'Baseline ECG, troponin and CRP, and cardiology input; monitor closely in the first 8 weeks.',
    sources: ['check-label-clozapine'],
  },
  {
    code: 'contraindication.sedative-respiratory',
    conditions: ['sleep-apnea', 'copd'],
    drug: (p) => p.benzodiazepine || p.zDrug || p.gabapentinoid || (p.opioid && !p.buprenorphine),
    severity: 'moderate',
    action: 'monitor',
    title: (d, c) => `${cap(d)} with ${c}`,
    detail: (d) =>
      `${cap(d)} depresses respiratory drive; in sleep apnoea or chronic lung disease this can cause hypoventilation and oxygen desaturation.`,
    recommendation: () =>
      'Prefer a non-sedating alternative; if used, start at a low dose, avoid other sedatives and alcohol, and monitor.',
    sources: ['check-label-benzodiazepine-class', 'check-fda-gabapentinoid-2019'],
  },
  {
    code: 'contraindication.anticholinergic-dementia',
    conditions: ['dementia'],
    drug: (p) => p.acb >= 3,
    severity: 'moderate',
    action: 'use-alternative',
    title: (d) => `${cap(d)} (strongly anticholinergic) in dementia`,
    detail: (d) =>
      `Strongly anticholinergic drugs such as ${d} worsen cognition and cause delirium in dementia (Beers criteria: avoid).`,
    recommendation: () => 'Choose a drug without anticholinergic effects.',
    sources: ['check-beers-2023', 'check-boustani-2008'],
  },
  {
    code: 'contraindication.hyponatremia',
    conditions: ['hyponatremia'],
    drug: (p) => p.hyponatremia || p.ssri || p.snri || p.carbamazepine || p.oxcarbazepine,
    severity: 'moderate',
    action: 'monitor',
    title: (d) => `${cap(d)} with a history of hyponatraemia`,
    detail: (d) => `${cap(d)} can cause hyponatraemia through SIADH; a prior episode predicts recurrence.`,
    recommendation: () =>
      'Check sodium at baseline, after 2–4 weeks and after dose increases; consider an alternative with less effect on sodium.',
    sources: ['check-jacob-2006', 'check-label-oxcarbazepine'],
  },
];

function severityOf(
  rule: ConditionRule,
  p: DrugProfile,
  ctx: CheckContext,
  c: ConditionId | null,
): Severity | null {
  return typeof rule.severity === 'function' ? rule.severity(p, ctx, c) : rule.severity;
}

export function conditionFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    const matched = rule.conditions.filter((c) => ctx.conditions.has(c));
    const state = rule.state?.(ctx) ?? null;
    if (matched.length === 0 && state === null) continue;
    for (const comp of ctx.active) {
      const p = comp.profile;
      if (!rule.drug(p, comp, ctx)) continue;
      // The most severe matching condition decides.
      let best: { severity: Severity; condition: ConditionId | null; label: string } | null = null;
      const options: Array<{ condition: ConditionId | null; label: string }> = [
        ...matched.map((c) => ({ condition: c, label: conditionLabel(c) })),
        ...(state ? [{ condition: null, label: state }] : []),
      ];
      for (const option of options) {
        const severity = severityOf(rule, p, ctx, option.condition);
        if (!severity) continue;
        if (!best || SEVERITY_RANK[severity] > SEVERITY_RANK[best.severity]) best = { severity, ...option };
      }
      if (!best) continue;
      out.push({
        code: rule.code,
        mechanism: rule.mechanism ?? rule.code,
        category: 'contraindication',
        severity: best.severity,
        drugs: [p.name],
        title: rule.title(p.name, best.label),
        detail: rule.detail(p.name, best.label, p),
        recommendation: rule.recommendation(p.name, best.label),
        action: rule.action,
        maxDailyDose: null,
        sources: rule.sources,
      });
    }
  }
  return out;
}
