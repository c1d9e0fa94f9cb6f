import { type ConditionId, type ConditionResolver, createConditionResolver } from '../check/conditions.js';
import type { Diagnosis } from './recommend.js';

/**
 * The follow-up engine's diagnosis groups for the check's condition vocabulary. Conditions outside
 * these groups (medical conditions, eating disorders…) count as `other`: no follow-up rule uses them.
 */
const FOLLOW_UP_GROUP: Partial<Record<ConditionId, Diagnosis>> = {
  bipolar: 'bipolar',
  depression: 'depression',
  schizophrenia: 'schizophrenia',
  psychosis: 'psychosis',
  anxiety: 'anxiety',
  adhd: 'adhd',
  ptsd: 'ptsd',
  insomnia: 'insomnia',
  'alcohol-use-disorder': 'substance-use',
  'opioid-use-disorder': 'substance-use',
  'cannabis-use-disorder': 'substance-use',
  'sedative-use-disorder': 'substance-use',
  'cocaine-use-disorder': 'substance-use',
  'stimulant-use-disorder': 'substance-use',
  'other-substance-use-disorder': 'substance-use',
  'tobacco-use-disorder': 'substance-use',
};

let resolver: ConditionResolver | undefined;

/**
 * The follow-up engine's diagnoses for recorded ICD-10-CM codes (or condition names), each once:
 * e.g. F31.9 → `bipolar` (which shortens follow-up after an antidepressant start). A code the
 * vocabulary does not group is `other`.
 */
export function followUpDiagnoses(codes: readonly string[]): Diagnosis[] {
  resolver ??= createConditionResolver();
  const out = new Set<Diagnosis>();
  for (const code of codes) {
    const { ids } = resolver.resolve([code]);
    const groups = [...ids].flatMap((id) => {
      const group = FOLLOW_UP_GROUP[id];
      return group ? [group] : [];
    });
    if (groups.length === 0) out.add('other');
    for (const group of groups) out.add(group);
  }
  return [...out];
}
