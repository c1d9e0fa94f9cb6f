/**
 * The safety check engine: `createChecker(knowledge)` builds indexes once (drug lookup, drug
 * profiles, and for every pair of formulary drugs the list of pair rules that can apply), then
 * `check(input)` normalises the document and runs only the relevant rules.
 *
 * Scope decisions (documented for users of the API):
 * - Active medications are current ones without a `stoppedOn` date on or before `asOf`, plus all
 *   proposed ones. A proposed entry for a drug already in `current` replaces that entry (a dose
 *   change), so the two are never reported as duplicates — except a long-acting plus a
 *   short-acting product of the same drug, which are kept together.
 * - Pair rules run on every pair of active medications (current–current, current–proposed,
 *   proposed–proposed); no alert is suppressed because it involves current drugs only, so a check
 *   of a current list alone (batch screening) still reports its problems.
 * - Stopped medications count only for MAOI washout rules, until the washout has passed.
 * - Ingredients of one combination product are never checked against each other.
 */
import { DRUGS } from '../formulary/index.js';
import type { Drug } from '../formulary/types.js';
import { interpretResult } from '../monitoring/index.js';
import { pgxRecommendations, resolvePgx } from '../pgx/index.js';
import type { ResolvedPgx } from '../pgx/types.js';
import { SOURCES } from '../sources/index.js';
import type {
  CheckInput,
  CheckResult,
  MedicationInput,
  PatientInput,
  PgxInput,
  SubstanceUse,
  Unrecognized,
} from '../types.js';
import { finalizeAlerts } from './alerts.js';
import { createConditionResolver } from './conditions.js';
import type { CheckContext, Component, Medication } from './context.js';
import { createDrugIndex } from './drugs.js';
import { parseFrequency, toMg } from './frequency.js';
import { ckdEpi2021, resolveLabs } from './labs.js';
import { DEFAULT_TELEMEDICINE_POLICY } from './policy.js';
import { buildProfile, type DrugProfile } from './profile.js';
import { allergyFindings, resolveAllergies } from './rules/allergy.js';
import { conditionFindings } from './rules/conditions.js';
import { doseFindings } from './rules/dose.js';
import { labFindings } from './rules/labs.js';
import { PAIR_RULES, type PairRule } from './rules/pairs.js';
import { patientFindings } from './rules/patient.js';
import { substanceFindings } from './rules/substance.js';
import { resolveSubstances } from './substances.js';
import {
  CheckInputError,
  type CheckKnowledge,
  type CheckOptions,
  type Finding,
  type LabInterpreter,
  type PgxProvider,
} from './types.js';
import { isoToDay } from './util.js';

/** The pgx module as the checker's default pharmacogenomic knowledge. */
export const DEFAULT_PGX_PROVIDER: PgxProvider = {
  resolve: (inputs) => resolvePgx(inputs),
  recommend: (drug, resolved, context) => pgxRecommendations(drug, resolved, context),
};

/**
 * The monitoring module's `interpretResult` as the checker's lab interpreter. Values arrive in
 * the check's canonical units, which match the monitoring module's; a test it cannot interpret
 * yields null (no alert) rather than an error, since the check already validated the input.
 */
export const DEFAULT_LAB_INTERPRETER: LabInterpreter = {
  interpret(test, value, context) {
    try {
      const r = interpretResult(test, value, undefined, context);
      return {
        name: r.name,
        value: r.value,
        unit: r.unit,
        band: r.band,
        severity: r.severity,
        message: r.message,
        recommendation: r.alert?.recommendation ?? '',
        action: r.alert?.action ?? 'monitor',
        sources: r.sources,
      };
    } catch {
      return null;
    }
  },
};

export const defaultKnowledge: CheckKnowledge = {
  drugs: DRUGS,
  sources: SOURCES,
  pgx: DEFAULT_PGX_PROVIDER,
  labs: DEFAULT_LAB_INTERPRETER,
  telemedicinePolicy: DEFAULT_TELEMEDICINE_POLICY,
};

export interface Checker {
  check(input: CheckInput, options?: CheckOptions): CheckResult;
  readonly knowledge: CheckKnowledge;
  /** Number of drug pairs with at least one applicable pair rule (index size, for diagnostics). */
  readonly indexedPairs: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalArray<T>(value: unknown, field: string): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new CheckInputError(field, 'must be an array');
  return value as T[];
}

function validateMedication(value: unknown, field: string): MedicationInput {
  if (!isObject(value)) throw new CheckInputError(field, 'must be an object with a "drug" name');
  if (typeof value.drug !== 'string' || value.drug.trim() === '')
    throw new CheckInputError(`${field}.drug`, 'must be a non-empty drug name');
  if (
    value.dose !== undefined &&
    (typeof value.dose !== 'number' || !Number.isFinite(value.dose) || value.dose < 0)
  )
    throw new CheckInputError(`${field}.dose`, 'must be a non-negative number');
  if (value.unit !== undefined && typeof value.unit !== 'string')
    throw new CheckInputError(`${field}.unit`, 'must be a string');
  if (value.frequency !== undefined && typeof value.frequency !== 'string')
    throw new CheckInputError(`${field}.frequency`, 'must be a string');
  if (
    value.refills !== undefined &&
    (typeof value.refills !== 'number' || !Number.isInteger(value.refills) || value.refills < 0)
  )
    throw new CheckInputError(`${field}.refills`, 'must be a non-negative integer');
  if (
    value.stoppedOn !== undefined &&
    (typeof value.stoppedOn !== 'string' || isoToDay(value.stoppedOn) === null)
  )
    throw new CheckInputError(`${field}.stoppedOn`, 'must be an ISO date (YYYY-MM-DD)');
  return value as unknown as MedicationInput;
}

function validatePatient(value: unknown): PatientInput {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new CheckInputError('patient', 'must be an object');
  const p = value as PatientInput;
  if (
    p.age !== undefined &&
    (typeof p.age !== 'number' || !Number.isFinite(p.age) || p.age < 0 || p.age > 130)
  )
    throw new CheckInputError('patient.age', 'must be a number of years between 0 and 130');
  if (p.sex !== undefined && p.sex !== 'female' && p.sex !== 'male')
    throw new CheckInputError('patient.sex', 'must be "female" or "male"');
  for (const field of ['conditions', 'allergies'] as const) {
    const list = optionalArray<unknown>(p[field], `patient.${field}`);
    list.forEach((item, i) => {
      if (typeof item !== 'string') throw new CheckInputError(`patient.${field}[${i}]`, 'must be a string');
    });
  }
  optionalArray<SubstanceUse>(p.substances, 'patient.substances').forEach((s, i) => {
    if (!isObject(s) || typeof s.substance !== 'string')
      throw new CheckInputError(`patient.substances[${i}]`, 'must be an object with a "substance" name');
    if (!['current', 'withdrawal', 'recently-stopped', 'past'].includes(String(s.status)))
      throw new CheckInputError(
        `patient.substances[${i}].status`,
        'must be one of current, withdrawal, recently-stopped, past',
      );
  });
  optionalArray<unknown>(p.labs, 'patient.labs').forEach((l, i) => {
    if (
      !isObject(l) ||
      typeof l.test !== 'string' ||
      typeof l.value !== 'number' ||
      !Number.isFinite(l.value)
    )
      throw new CheckInputError(`patient.labs[${i}]`, 'must have a "test" name and a numeric "value"');
    if (l.date !== undefined && (typeof l.date !== 'string' || isoToDay(l.date) === null))
      throw new CheckInputError(`patient.labs[${i}].date`, 'must be an ISO date (YYYY-MM-DD)');
  });
  optionalArray<unknown>(p.pgx, 'patient.pgx').forEach((g, i) => {
    if (!isObject(g)) throw new CheckInputError(`patient.pgx[${i}]`, 'must be an object');
  });
  if (p.vitals !== undefined && !isObject(p.vitals))
    throw new CheckInputError('patient.vitals', 'must be an object');
  if (p.setting !== undefined && !isObject(p.setting))
    throw new CheckInputError('patient.setting', 'must be an object');
  return p;
}

export function createChecker(overrides: Partial<CheckKnowledge> = {}): Checker {
  const knowledge: CheckKnowledge = { ...defaultKnowledge, ...overrides };
  const index = createDrugIndex(knowledge.drugs);
  const conditionResolver = createConditionResolver();
  const profiles = new Map<Drug, DrugProfile>();
  knowledge.drugs.forEach((drug, i) => {
    profiles.set(drug, buildProfile(drug, i));
  });
  const profileOf = (drug: Drug): DrugProfile => {
    let p = profiles.get(drug);
    if (!p) {
      p = buildProfile(drug, profiles.size);
      profiles.set(drug, p);
    }
    return p;
  };

  // Pair index: for every unordered pair of drugs (including a drug with itself), the pair rules
  // whose context-free `applies` holds. Checks then evaluate only these.
  const n = knowledge.drugs.length;
  const pairRules = new Map<number, readonly PairRule[]>();
  const list = [...profiles.values()];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a) continue;
    for (let j = i; j < list.length; j++) {
      const b = list[j];
      if (!b) continue;
      const rules = PAIR_RULES.filter((r) => r.applies(a, b));
      if (rules.length > 0) pairRules.set(a.id * n + b.id, rules);
    }
  }
  const rulesFor = (a: DrugProfile, b: DrugProfile): readonly PairRule[] => {
    const [x, y] = a.id <= b.id ? [a, b] : [b, a];
    return pairRules.get(x.id * n + y.id) ?? [];
  };

  function check(input: CheckInput, options: CheckOptions = {}): CheckResult {
    if (!isObject(input)) throw new CheckInputError('input', 'must be a JSON object');
    const rawAsOf: unknown = input.asOf ?? options.today;
    if (rawAsOf === undefined)
      throw new CheckInputError(
        'asOf',
        'is required (pass it in the document, or today\u2019s date as an option)',
      );
    const asOf = typeof rawAsOf === 'string' ? rawAsOf : '';
    const asOfDay = isoToDay(asOf);
    if (asOfDay === null) throw new CheckInputError('asOf', 'must be an ISO date (YYYY-MM-DD)');
    const patient = validatePatient(input.patient);
    const current = optionalArray<unknown>(input.current, 'current').map((m, i) =>
      validateMedication(m, `current[${i}]`),
    );
    const proposed = optionalArray<unknown>(input.proposed, 'proposed').map((m, i) =>
      validateMedication(m, `proposed[${i}]`),
    );
    if (current.length + proposed.length === 0)
      throw new CheckInputError('current', 'at least one medication (current or proposed) is required');

    const unrecognized: Unrecognized[] = [];

    // Conditions, substances, labs, genotype.
    const conditions = conditionResolver.resolve(patient.conditions ?? []);
    for (const u of conditions.unrecognized) unrecognized.push({ kind: 'condition', ...u });
    const substances = resolveSubstances(patient.substances ?? [], conditions.ids);
    for (const u of substances.unrecognized) unrecognized.push({ kind: 'substance', ...u });
    const labs = resolveLabs(patient.labs ?? [], asOfDay);
    for (const u of labs.unrecognized) unrecognized.push({ kind: 'lab', ...u });
    let pgx: ResolvedPgx;
    try {
      pgx = knowledge.pgx.resolve((patient.pgx ?? []) as PgxInput[]);
    } catch (error) {
      throw new CheckInputError('patient.pgx', error instanceof Error ? error.message : String(error));
    }
    for (const u of pgx.unrecognized) unrecognized.push({ kind: 'gene', input: u, suggestions: [] });

    // Medications.
    const medications: Medication[] = [];
    const addMeds = (entries: MedicationInput[], list: 'current' | 'proposed') => {
      entries.forEach((entry, i) => {
        const resolution = index.resolve(entry.drug);
        for (const u of resolution.unknown) unrecognized.push({ kind: 'drug', ...u });
        const stoppedDay = list === 'current' && entry.stoppedOn ? isoToDay(entry.stoppedOn) : null;
        const active = stoppedDay === null || stoppedDay > asOfDay;
        const med: Medication = {
          input: entry,
          list,
          index: i,
          label: entry.drug.trim(),
          components: [],
          active,
          stoppedDay: active ? null : stoppedDay,
          release: resolution.release,
          frequency: null,
          dailyMg: null,
          doseProblem: null,
        };
        med.components = resolution.drugs.map((drug) => ({ drug, profile: profileOf(drug), med }));
        if (med.components.length === 1 && entry.dose !== undefined) {
          const mg = toMg(entry.dose, entry.unit);
          if (!mg) med.doseProblem = `The unit "${entry.unit}" cannot be converted to mg.`;
          else if (mg.perDay) med.dailyMg = mg.mg;
          else {
            const frequency =
              entry.frequency === undefined
                ? { timesPerDay: 1, asNeeded: false }
                : parseFrequency(entry.frequency);
            med.frequency = frequency;
            if (!frequency) med.doseProblem = `The frequency "${entry.frequency}" was not understood.`;
            else med.dailyMg = mg.mg * frequency.timesPerDay;
          }
        }
        medications.push(med);
      });
    };
    addMeds(current, 'current');
    addMeds(proposed, 'proposed');

    // A proposed entry for a drug that is already current is a change to it, not a second drug —
    // unless one is long-acting and the other short-acting (e.g. a stimulant booster is added).
    const proposedSingles = medications.filter((m) => m.list === 'proposed' && m.components.length === 1);
    for (const med of medications) {
      if (med.list !== 'current' || !med.active || med.components.length !== 1) continue;
      const name = med.components[0]?.drug.name;
      const replacement = proposedSingles.find((p) => p.components[0]?.drug.name === name);
      if (!replacement) continue;
      const releases = [med.release, replacement.release].sort().join('+');
      if (releases !== 'long+short') med.active = false;
    }

    const active: Component[] = [];
    const stopped: Component[] = [];
    for (const med of medications) {
      if (med.active) active.push(...med.components);
      else if (med.stoppedDay !== null) stopped.push(...med.components);
    }

    // Derived patient state.
    const age = typeof patient.age === 'number' ? patient.age : null;
    const sex = patient.sex ?? null;
    const vitals = patient.vitals ?? {};
    let egfr: CheckContext['egfr'] = null;
    const egfrLab = labs.latest.get('egfr');
    const creatinine = labs.latest.get('creatinine');
    if (egfrLab) egfr = { value: egfrLab.value, computed: false };
    else if (creatinine && age !== null && sex !== null && age >= 18)
      egfr = { value: ckdEpi2021(creatinine.value, age, sex), computed: true };
    const qtcLab = labs.latest.get('qtc');
    const qtcMs = typeof vitals.qtcMs === 'number' ? vitals.qtcMs : (qtcLab?.value ?? null);
    const qtThreshold = sex === 'female' ? 470 : sex === 'male' ? 450 : 460;
    const qtProlonged = qtcMs !== null && qtcMs >= qtThreshold;
    const potassium = labs.latest.get('potassium');
    const magnesium = labs.latest.get('magnesium');
    const qtRiskFactors: string[] = [];
    if (qtProlonged) qtRiskFactors.push(`QTc ${qtcMs} ms`);
    if (conditions.ids.has('long-qt')) qtRiskFactors.push('long QT history');
    if (conditions.ids.has('hypokalemia') || (potassium && potassium.value < 3.5))
      qtRiskFactors.push('hypokalaemia');
    if (conditions.ids.has('hypomagnesemia') || (magnesium && magnesium.value < 1.7))
      qtRiskFactors.push('hypomagnesaemia');
    if (conditions.ids.has('bradycardia') || (typeof vitals.heartRate === 'number' && vitals.heartRate < 50))
      qtRiskFactors.push('bradycardia');
    if (conditions.ids.has('heart-failure')) qtRiskFactors.push('heart failure');
    if (conditions.ids.has('recent-mi')) qtRiskFactors.push('recent myocardial infarction');

    const ctx: CheckContext = {
      asOf,
      asOfDay,
      age,
      sex,
      pregnant: patient.pregnant === true || conditions.ids.has('pregnancy'),
      breastfeeding: patient.breastfeeding === true,
      weightKg:
        typeof patient.weightKg === 'number'
          ? patient.weightKg
          : typeof vitals.weightKg === 'number'
            ? vitals.weightKg
            : null,
      conditions: conditions.ids,
      substances,
      labs: labs.latest,
      egfr,
      qtcMs,
      qtProlonged,
      qtRiskFactors,
      hepaticImpairment: conditions.ids.has('liver-disease'),
      renalImpairment:
        conditions.ids.has('ckd') || conditions.ids.has('ckd-severe') || (egfr !== null && egfr.value < 60),
      severeRenalImpairment: conditions.ids.has('ckd-severe') || (egfr !== null && egfr.value < 30),
      pgx,
      setting: patient.setting ?? {},
      medications,
      active,
      stopped,
    };

    const findings: Finding[] = [];
    for (let i = 0; i < active.length; i++) {
      const a = active[i];
      if (!a) continue;
      for (let j = i + 1; j < active.length; j++) {
        const b = active[j];
        if (!b || b.med === a.med) continue;
        for (const rule of rulesFor(a.profile, b.profile)) findings.push(...rule.evaluate(a, b, ctx));
      }
    }
    const allergies = resolveAllergies(patient.allergies ?? [], index);
    for (const u of allergies.unrecognized) unrecognized.push({ kind: 'allergy', ...u });
    findings.push(
      ...allergyFindings(ctx, allergies.allergies, profileOf),
      ...conditionFindings(ctx),
      ...doseFindings(ctx),
      ...substanceFindings(ctx),
      ...labFindings(ctx, knowledge.labs),
      ...patientFindings(ctx, knowledge.pgx, knowledge.telemedicinePolicy),
    );
    return { alerts: finalizeAlerts(findings, knowledge.sources), unrecognized };
  }

  return { check, knowledge, indexedPairs: pairRules.size };
}

let defaultChecker: Checker | null = null;

/** Check a regimen against the default knowledge (the checker is built on first use). */
export function checkRegimen(input: CheckInput, options?: CheckOptions): CheckResult {
  defaultChecker ??= createChecker();
  return defaultChecker.check(input, options);
}
