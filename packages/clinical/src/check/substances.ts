/**
 * Substance-use vocabulary (the `patient.substances` field) and the merge with substance use
 * disorders given as conditions.
 */
import type { SubstanceStatus, SubstanceUse } from '../types.js';
import type { ConditionId } from './conditions.js';
import { closestMatches, normalizeText } from './util.js';

export type SubstanceKind =
  | 'alcohol'
  | 'opioids'
  | 'benzodiazepines'
  | 'sedatives'
  | 'cannabis'
  | 'cocaine'
  | 'methamphetamine'
  | 'stimulants'
  | 'tobacco'
  | 'nicotine'
  | 'kratom'
  | 'hallucinogens'
  | 'inhalants'
  | 'caffeine';

const VOCABULARY: Array<{ kind: SubstanceKind; names: string[] }> = [
  {
    kind: 'alcohol',
    names: [
      'alcohol',
      'ethanol',
      'etoh',
      'drinking',
      'beer',
      'wine',
      'liquor',
      'spirits',
      'alcoholic beverages',
    ],
  },
  {
    kind: 'opioids',
    names: [
      'opioids',
      'opioid',
      'opiates',
      'opiate',
      'heroin',
      'fentanyl',
      'illicit fentanyl',
      'prescription opioids',
      'oxycodone',
      'hydrocodone',
      'morphine',
      'non-prescribed opioids',
      'pain pills',
    ],
  },
  {
    kind: 'benzodiazepines',
    names: [
      'benzodiazepines',
      'benzodiazepine',
      'benzos',
      'benzo',
      'xanax',
      'non-prescribed benzodiazepines',
      'street benzos',
    ],
  },
  {
    kind: 'sedatives',
    names: ['sedatives', 'sedative', 'barbiturates', 'ghb', 'sleeping pills', 'hypnotics', 'z-drugs'],
  },
  {
    kind: 'cannabis',
    names: ['cannabis', 'marijuana', 'thc', 'weed', 'pot', 'hashish', 'edibles', 'cbd', 'delta-8 thc'],
  },
  { kind: 'cocaine', names: ['cocaine', 'crack', 'crack cocaine', 'coke'] },
  {
    kind: 'methamphetamine',
    names: ['methamphetamine', 'meth', 'crystal meth', 'crystal methamphetamine', 'ice'],
  },
  {
    kind: 'stimulants',
    names: [
      'stimulants',
      'stimulant',
      'amphetamines',
      'amphetamine',
      'non-prescribed stimulants',
      'adderall misuse',
      'mdma',
      'ecstasy',
    ],
  },
  {
    kind: 'tobacco',
    names: [
      'tobacco',
      'smoking',
      'cigarettes',
      'cigarette',
      'cigars',
      'cigar',
      'pipe',
      'smoker',
      'tobacco smoking',
      'hookah',
    ],
  },
  {
    kind: 'nicotine',
    names: [
      'nicotine',
      'vaping',
      'vape',
      'e-cigarettes',
      'e-cigarette',
      'nicotine replacement',
      'snus',
      'chewing tobacco',
      'dip',
    ],
  },
  { kind: 'kratom', names: ['kratom'] },
  {
    kind: 'hallucinogens',
    names: ['hallucinogens', 'lsd', 'psilocybin', 'mushrooms', 'ketamine (non-prescribed)', 'pcp'],
  },
  { kind: 'inhalants', names: ['inhalants', 'solvents', 'nitrous oxide', 'poppers'] },
  { kind: 'caffeine', names: ['caffeine', 'coffee', 'energy drinks'] },
];

const CONDITION_TO_SUBSTANCE: Partial<Record<ConditionId, SubstanceKind>> = {
  'alcohol-use-disorder': 'alcohol',
  'opioid-use-disorder': 'opioids',
  'cannabis-use-disorder': 'cannabis',
  'sedative-use-disorder': 'benzodiazepines',
  'cocaine-use-disorder': 'cocaine',
  'stimulant-use-disorder': 'stimulants',
};

export interface SubstanceState {
  /** Status as reported; substances only known from a diagnosis have status null. */
  status: SubstanceStatus | null;
  disorder: boolean;
  /** What the patient/clinician called it, for alert text. */
  label: string;
}

export interface ResolvedSubstances {
  byKind: Map<SubstanceKind, SubstanceState>;
  /** Any substance use disorder other than tobacco/nicotine/caffeine (current or past). */
  anyDisorder: boolean;
  unrecognized: Array<{ input: string; suggestions: string[] }>;
}

const lookup = new Map<string, SubstanceKind>();
const suggestionsMap = new Map<string, string>();
for (const entry of VOCABULARY) {
  for (const name of entry.names) {
    lookup.set(normalizeText(name), entry.kind);
    suggestionsMap.set(normalizeText(name), name);
  }
}

const STATUS_RANK: Record<SubstanceStatus, number> = {
  current: 3,
  withdrawal: 2,
  'recently-stopped': 1,
  past: 0,
};

export function resolveSubstanceName(name: string): SubstanceKind | null {
  const key = normalizeText(name);
  return lookup.get(key) ?? lookup.get(key.replace(/\(.*?\)/g, '').trim()) ?? null;
}

export function resolveSubstances(
  inputs: readonly SubstanceUse[],
  conditionIds: ReadonlySet<ConditionId>,
): ResolvedSubstances {
  const byKind = new Map<SubstanceKind, SubstanceState>();
  const unrecognized: ResolvedSubstances['unrecognized'] = [];
  for (const item of inputs) {
    if (!item || typeof item.substance !== 'string') continue;
    const kind = resolveSubstanceName(item.substance);
    if (!kind) {
      unrecognized.push({
        input: item.substance,
        suggestions: closestMatches(item.substance, suggestionsMap, 5),
      });
      continue;
    }
    const status: SubstanceStatus = STATUS_RANK[item.status] !== undefined ? item.status : 'current';
    const previous = byKind.get(kind);
    if (!previous || previous.status === null || STATUS_RANK[status] > STATUS_RANK[previous.status]) {
      byKind.set(kind, {
        status,
        disorder: Boolean(item.disorder) || Boolean(previous?.disorder),
        label: item.substance,
      });
    } else if (item.disorder) {
      previous.disorder = true;
    }
  }
  for (const [condition, kind] of Object.entries(CONDITION_TO_SUBSTANCE) as Array<
    [ConditionId, SubstanceKind]
  >) {
    if (!conditionIds.has(condition)) continue;
    const previous = byKind.get(kind);
    if (previous) previous.disorder = true;
    else byKind.set(kind, { status: null, disorder: true, label: kind });
  }
  let anyDisorder = conditionIds.has('other-substance-use-disorder');
  for (const [kind, state] of byKind) {
    if (state.disorder && kind !== 'tobacco' && kind !== 'nicotine' && kind !== 'caffeine')
      anyDisorder = true;
  }
  return { byKind, anyDisorder, unrecognized };
}

/** Is the substance used now (current use or stopping abruptly now)? */
export function isActiveUse(state: SubstanceState | undefined): boolean {
  return state?.status === 'current' || state?.status === 'withdrawal';
}
