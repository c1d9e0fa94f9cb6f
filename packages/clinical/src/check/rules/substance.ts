/**
 * Substance-use rules: alcohol and other sedatives with CNS depressants, opioid use with
 * antagonists and benzodiazepines, misuse potential of controlled drugs with a substance use
 * disorder, disulfiram with drinking, and tobacco smoke's CYP1A2 induction (and its loss on quitting).
 */
import type { Severity } from '../../types.js';
import type { CheckContext } from '../context.js';
import type { DrugProfile } from '../profile.js';
import { isActiveUse, type SubstanceKind } from '../substances.js';
import type { Finding } from '../types.js';
import { cap } from './text.js';

/** Substances a controlled drug can substitute for or be misused like. */
function relatedSubstances(p: DrugProfile): SubstanceKind[] {
  if (p.benzodiazepine || p.zDrug) return ['benzodiazepines', 'sedatives', 'alcohol'];
  if (p.opioid) return ['opioids'];
  if (p.stimulant) return ['stimulants', 'methamphetamine', 'cocaine'];
  if (p.gabapentinoid) return ['opioids'];
  return [];
}

const SUD_LABEL: Partial<Record<SubstanceKind, string>> = {
  alcohol: 'alcohol use disorder',
  opioids: 'opioid use disorder',
  benzodiazepines: 'sedative/benzodiazepine use disorder',
  sedatives: 'sedative use disorder',
  cannabis: 'cannabis use disorder',
  cocaine: 'cocaine use disorder',
  methamphetamine: 'methamphetamine use disorder',
  stimulants: 'stimulant use disorder',
};

export function substanceFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const s = ctx.substances.byKind;
  const alcohol = s.get('alcohol');
  const opioids = s.get('opioids');
  const tobacco = s.get('tobacco');
  const oudKnown = Boolean(opioids?.disorder) || ctx.conditions.has('opioid-use-disorder');

  for (const comp of ctx.active) {
    const p = comp.profile;
    const name = p.name;

    // Alcohol used now with CNS depressants. Benzodiazepines during alcohol *withdrawal* are the
    // treatment, so only current use counts here.
    if (
      alcohol?.status === 'current' &&
      (p.benzodiazepine || p.opioid || p.zDrug || p.gabapentinoid || p.cns >= 3)
    ) {
      const strong = p.benzodiazepine || p.opioid || p.zDrug;
      out.push({
        code: 'substance.alcohol-cns-depressant',
        category: 'substance',
        severity: strong ? 'major' : 'moderate',
        drugs: [name],
        title: `${cap(name)} with current alcohol use`,
        detail: `Alcohol adds to the sedation and respiratory depression of ${name}${
          alcohol.disorder ? '; with an alcohol use disorder the risk of overdose and misuse is higher' : ''
        }.${p.opioid || p.benzodiazepine ? ' Most opioid and benzodiazepine overdose deaths involve another depressant such as alcohol.' : ''}`,
        recommendation: strong
          ? `Avoid ${name} while drinking continues; treat the alcohol use (e.g. naltrexone, acamprosate) and choose a non-sedating alternative. If used, counsel strongly against alcohol and prescribe naloxone where opioids are involved.`
          : `Counsel against alcohol; use the lowest dose and review sedation.`,
        action: strong ? 'avoid' : 'monitor',
        maxDailyDose: null,
        sources: strong
          ? ['check-fda-opioid-benzodiazepine-2016', 'check-label-benzodiazepine-class', 'check-apa-aud-2018']
          : ['check-fda-gabapentinoid-2019', 'check-apa-aud-2018'],
      });
    }

    if (p.disulfiram && alcohol && isActiveUse(alcohol)) {
      out.push({
        code: 'substance.disulfiram-alcohol',
        category: 'substance',
        severity: 'major',
        drugs: [name],
        title: 'Disulfiram with current drinking',
        detail:
          'Alcohol taken with disulfiram causes flushing, vomiting, hypotension and, at higher amounts, arrhythmia and death. The label says never to give disulfiram to an intoxicated patient or without the patient\u2019s full knowledge, and to start only after at least 12 hours without alcohol.',
        recommendation:
          'Start only with informed consent and at least 12 hours of abstinence (supervised dosing works best); naltrexone or acamprosate do not require abstinence.',
        action: 'monitor',
        maxDailyDose: null,
        sources: ['check-label-disulfiram', 'check-apa-aud-2018'],
      });
    }

    if (p.opioidAntagonist && opioids && (isActiveUse(opioids) || opioids.status === 'recently-stopped')) {
      const now = isActiveUse(opioids);
      out.push({
        code: 'substance.antagonist-opioid-use',
        category: 'substance',
        severity: now ? 'contraindicated' : 'major',
        drugs: [name],
        title: `${cap(name)} with ${now ? 'current' : 'recent'} opioid use`,
        detail: `${cap(name)} precipitates abrupt, severe opioid withdrawal in anyone physically dependent on opioids; the label requires 7–10 opioid-free days before starting.${
          now ? '' : ' Opioid use stopped recently.'
        }`,
        recommendation: now
          ? 'Do not start. For opioid use disorder, buprenorphine or methadone do not require abstinence; for naltrexone, complete withdrawal first and confirm with a urine test or naloxone challenge.'
          : 'Confirm 7–10 opioid-free days (urine test or naloxone challenge) before the first dose.',
        action: 'avoid',
        maxDailyDose: null,
        sources: ['check-label-naltrexone', 'check-asam-2020'],
      });
    }

    if (p.benzodiazepine && opioids && isActiveUse(opioids)) {
      out.push({
        code: 'substance.opioid-use-benzodiazepine',
        category: 'substance',
        severity: 'major',
        drugs: [name],
        title: `${cap(name)} with current opioid use`,
        detail: `The patient uses opioids now; adding ${name} raises the risk of respiratory depression and fatal overdose (FDA Boxed Warning).`,
        recommendation: `Avoid ${name} if possible; offer treatment for opioid use (buprenorphine or methadone), prescribe naloxone, and check the PDMP.`,
        action: 'avoid',
        maxDailyDose: null,
        sources: ['check-fda-opioid-benzodiazepine-2016', 'check-asam-2020'],
      });
    }

    const sedativesNow = [s.get('benzodiazepines'), s.get('sedatives')].some((x) => x?.status === 'current');
    if (p.opioid && sedativesNow) {
      out.push({
        code: 'substance.sedative-use-opioid',
        category: 'substance',
        severity: p.buprenorphine || (p.methadone && oudKnown) ? 'moderate' : 'major',
        drugs: [name],
        title: `${cap(name)} with current benzodiazepine or sedative use`,
        detail: `The patient takes benzodiazepines or other sedatives (not prescribed here); combined with ${name} the risk of respiratory depression and overdose rises.`,
        recommendation:
          p.buprenorphine || (p.methadone && oudKnown)
            ? 'Do not withhold treatment for opioid use disorder; address the sedative use, prescribe naloxone and monitor closely.'
            : 'Avoid the combination; prescribe naloxone and address the sedative use.',
        action: 'monitor',
        maxDailyDose: null,
        sources: ['check-fda-opioid-benzodiazepine-2016', 'check-fda-moud-benzodiazepine-2017'],
      });
    }

    // Misuse potential of controlled drugs with a substance use disorder: high misuse potential, or
    // a benzodiazepine/Z-drug, with any use disorder; other moderate misuse potential only with a
    // disorder of a related substance.
    const related = relatedSubstances(p);
    const sameKinds = related.filter((k) => s.get(k)?.disorder);
    const sedative = p.benzodiazepine || p.zDrug;
    if (
      p.controlled &&
      ctx.substances.anyDisorder &&
      (p.misuse >= 3 || (p.misuse >= 2 && (sameKinds.length > 0 || sedative)))
    ) {
      const moud = p.buprenorphine || (p.methadone && oudKnown);
      const alcoholWithdrawalTreatment = p.benzodiazepine && alcohol?.status === 'withdrawal';
      if (!moud && !alcoholWithdrawalTreatment) {
        const disorders = [...s.entries()]
          .filter(([k, v]) => v.disorder && k !== 'tobacco' && k !== 'nicotine' && k !== 'caffeine')
          .map(([k]) => SUD_LABEL[k] ?? `${k} use disorder`);
        if (disorders.length === 0 && ctx.conditions.has('other-substance-use-disorder'))
          disorders.push('substance use disorder');
        const severity: Severity = sameKinds.length > 0 && p.misuse >= 3 ? 'major' : 'moderate';
        out.push({
          code: 'substance.misuse-risk',
          category: 'substance',
          severity,
          drugs: [name],
          title: `${cap(name)} (Schedule ${comp.drug.schedule}) with a history of ${disorders.join(', ')}`,
          detail: `${cap(name)} has high misuse potential; with ${
            sameKinds.length > 0 ? 'a use disorder involving a related substance' : 'a substance use disorder'
          } the risk of misuse, relapse, diversion and overdose is higher (FDA Boxed Warnings on abuse, misuse and addiction).`,
          recommendation:
            sameKinds.length > 0
              ? `Prefer a non-controlled alternative. If ${name} is essential: treatment agreement, PDMP check, urine drug testing, small quantities and close follow-up.`
              : `Consider a non-controlled alternative; otherwise check the PDMP, use a treatment agreement and monitor for misuse.`,
          action: sameKinds.length > 0 ? 'use-alternative' : 'monitor',
          maxDailyDose: null,
          sources: p.stimulant
            ? ['check-fda-stimulant-boxed-2023']
            : p.opioid
              ? ['check-fda-opioid-benzodiazepine-2016', 'check-asam-2020']
              : ['check-fda-benzodiazepine-2020'],
        });
      }
    }

    // Non-prescribed stimulant use with a prescribed stimulant or an MAOI.
    const stimulantUse = (['cocaine', 'methamphetamine', 'stimulants'] as const).filter((k) =>
      isActiveUse(s.get(k)),
    );
    if (stimulantUse.length > 0 && (p.stimulant || p.maoi)) {
      out.push({
        code: 'substance.stimulant-use',
        category: 'substance',
        severity: 'major',
        drugs: [name],
        title: `${cap(name)} with current ${stimulantUse.join('/')} use`,
        detail: p.maoi
          ? `Cocaine, methamphetamine and other stimulants taken with an MAO inhibitor can cause a hypertensive crisis.`
          : `Current use of ${stimulantUse.join('/')} with a prescribed stimulant adds cardiovascular toxicity (hypertension, arrhythmia, psychosis) and misuse risk.`,
        recommendation: p.maoi
          ? 'Counsel about the danger; prefer a non-MAOI antidepressant while stimulant use continues.'
          : 'Address the stimulant use first; consider a non-stimulant ADHD treatment (atomoxetine, viloxazine, guanfacine).',
        action: p.maoi ? 'use-alternative' : 'avoid',
        maxDailyDose: null,
        sources: p.maoi ? ['check-label-maoi'] : ['check-fda-stimulant-boxed-2023', 'check-label-stimulants'],
      });
    }

    // Tobacco smoke induces CYP1A2 (polycyclic aromatic hydrocarbons, not nicotine).
    const cyp1a2 = p.majorSubstrate.get('CYP1A2');
    if (tobacco && cyp1a2 !== undefined && tobacco.status !== 'past') {
      const quitting = tobacco.status === 'recently-stopped' || tobacco.status === 'withdrawal';
      const named = p.clozapine || p.names.has('olanzapine');
      const nti = cyp1a2 || p.clozapine;
      let severity: Severity | null;
      if (quitting) severity = nti ? 'major' : named ? 'moderate' : 'minor';
      else severity = nti || named ? 'minor' : null;
      if (severity) {
        out.push({
          code: 'substance.tobacco-cyp1a2',
          category: 'substance',
          severity,
          drugs: [name],
          title: quitting
            ? `${cap(name)} levels rise when smoking stops`
            : `Smoking lowers ${name} levels (CYP1A2 induction)`,
          detail: quitting
            ? `Tobacco smoke induces CYP1A2, which clears ${name}. After stopping smoking (including admission to a smoke-free ward) the induction wears off within about 1–2 weeks and ${name} levels can rise by about 50% or more${
                p.clozapine ? ', with sedation, hypotension and seizures' : ''
              }. Nicotine replacement does not induce CYP1A2.`
            : `Tobacco smoke (not nicotine) induces CYP1A2; smokers need higher doses of ${name}. If the patient stops smoking, levels will rise.`,
          recommendation: quitting
            ? `Reduce the ${name} dose (often by about a third to a half over the first week after quitting) guided by ${
                p.clozapine ? 'a clozapine level' : 'clinical response'
              }, and watch for toxicity.`
            : `No change now; plan a dose review${p.clozapine ? ' and clozapine level' : ''} if smoking stops or restarts.`,
          action: quitting ? 'reduce-dose' : 'monitor',
          maxDailyDose: null,
          sources: p.clozapine ? ['check-label-clozapine', 'check-tsuda-2014'] : ['check-tsuda-2014'],
        });
      }
    }
  }
  return out;
}
