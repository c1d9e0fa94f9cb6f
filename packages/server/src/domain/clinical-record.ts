import {
  CHECK_LAB_VOCABULARY,
  type Drug,
  dueItems,
  findDrug,
  findTest,
  type InterpretContext,
  interpretResult,
  type LabInput,
  type MonitoringItem,
  normalizePhenotype,
  type PatientInput,
  type PgxInput,
  type RegimenMedication,
  type ResultInterpretation,
  resolveMedication,
  scheduleForRegimen,
  type VitalsInput,
} from '@titrate/clinical';
import { type Selectable, sql, type Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB, ObservationSource } from '../db/schema.js';
import { type ChartSection, requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { ageOn, dateOf, iso, organizationPolicy } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';

type ConditionRow = Selectable<DB['conditions']>;
type AllergyRow = Selectable<DB['allergies']>;
type ObservationRow = Selectable<DB['observations']>;
type Trx = Transaction<DB>;

/** Observations older than this do not join the safety check (the engine ignores older labs too). */
const CHECK_LOOKBACK_DAYS = 180;
/** A positive pregnancy test this recent marks the patient pregnant for the check. */
const PREGNANCY_DAYS = 280;
/** Severities of an out-of-range result that make its care-team task urgent. */
const URGENT_SEVERITIES = new Set(['contraindicated', 'major']);
/** Results that are substance-use records (42 CFR Part 2): shown only with `substance-use` access. */
const SUBSTANCE_USE_TESTS = ['urine-drug-screen', 'pdmp'];
/** Test ids whose check-lab counterpart is ambiguous or handled otherwise (lipids, pregnancy). */
const NOT_CHECK_LABS = new Set(['lipid-panel', 'ldl', 'triglycerides', 'pregnancy-test', 'weight']);

const num = (value: string | number | null) => (value === null ? null : Number(value));

function toCondition(row: ConditionRow) {
  return {
    id: row.id,
    patientId: row.patient_id,
    version: row.version,
    code: row.code,
    display: row.display,
    clinicalStatus: row.clinical_status,
    onsetDate: row.onset_date,
    substanceUse: row.substance_use,
    note: row.note,
    status: row.status,
    errorReason: row.error_reason,
    recordedBy: row.recorded_by,
    recordedAt: iso(row.recorded_at),
    updatedAt: iso(row.updated_at),
  };
}
export type Condition = ReturnType<typeof toCondition>;

function toAllergy(row: AllergyRow) {
  return {
    id: row.id,
    patientId: row.patient_id,
    version: row.version,
    substance: row.substance,
    resolvedDrug: row.resolved_drug,
    reaction: row.reaction,
    severity: row.severity,
    type: row.type,
    clinicalStatus: row.clinical_status,
    status: row.status,
    errorReason: row.error_reason,
    recordedBy: row.recorded_by,
    recordedAt: iso(row.recorded_at),
    updatedAt: iso(row.updated_at),
  };
}
export type Allergy = ReturnType<typeof toAllergy>;

function toObservation(row: ObservationRow) {
  return {
    id: row.id,
    patientId: row.patient_id,
    version: row.version,
    code: row.code,
    loinc: row.loinc,
    name: row.name,
    value: num(row.value),
    unit: row.unit,
    diastolic: num(row.diastolic),
    gene: row.gene,
    phenotype: row.phenotype,
    effectiveAt: iso(row.effective_at),
    interpretation:
      row.flag === null
        ? null
        : {
            flag: row.flag,
            band: row.band,
            severity: row.severity,
            message: row.message,
            canonicalValue: num(row.canonical_value),
          },
    source: row.source,
    taskId: row.task_id,
    status: row.status,
    errorReason: row.error_reason,
    recordedBy: row.recorded_by,
    recordedAt: iso(row.recorded_at),
  };
}
export type Observation = ReturnType<typeof toObservation>;

export interface ConditionInput {
  code: string;
  display: string;
  clinicalStatus?: 'active' | 'remission' | 'resolved' | undefined;
  onsetDate?: string | null | undefined;
  substanceUse?: boolean | undefined;
  note?: string | null | undefined;
}

export interface AllergyInput {
  substance: string;
  reaction?: string | null | undefined;
  severity?: 'mild' | 'moderate' | 'severe' | null | undefined;
  type?: 'allergy' | 'intolerance' | undefined;
  clinicalStatus?: 'active' | 'inactive' | 'resolved' | undefined;
}

export interface ObservationInput {
  /** A monitoring test id, alias or LOINC code, or `pgx` for a pharmacogenomic phenotype. */
  code: string;
  value?: number | undefined;
  unit?: string | undefined;
  /** Diastolic pressure with a blood-pressure reading (value = systolic). */
  diastolic?: number | undefined;
  gene?: string | undefined;
  phenotype?: string | undefined;
  effectiveAt?: string | undefined;
  source?: ObservationSource | undefined;
}

export interface ObservationFilter {
  code?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The generic names of the patient's active medication orders (combinations expanded). */
async function activeDrugs(trx: Trx, patientId: string): Promise<Drug[]> {
  const rows = await trx
    .selectFrom('medication_orders')
    .select('drug_name')
    .where('patient_id', '=', patientId)
    .where('status', '=', 'active')
    .execute();
  const drugs = new Map<string, Drug>();
  for (const row of rows)
    for (const drug of resolveMedication(row.drug_name).drugs) drugs.set(drug.name, drug);
  return [...drugs.values()];
}

async function patientBasics(trx: Trx, patientId: string, day: string) {
  const patient = await trx
    .selectFrom('patients')
    .select(['date_of_birth', 'sex_assigned_at_birth'])
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();
  const sex = patient.sex_assigned_at_birth;
  return {
    age: ageOn(patient.date_of_birth, day),
    ...(sex === 'female' || sex === 'male' ? { sex } : {}),
  } as { age: number; sex?: 'female' | 'male' };
}

/** The check-lab name the engine knows a monitoring test by, if any. */
function checkLabName(testId: string): string | null {
  if (NOT_CHECK_LABS.has(testId)) return null;
  const test = findTest(testId);
  if (!test) return null;
  const entry = CHECK_LAB_VOCABULARY.find(
    (e) => e.id === test.id || e.names.includes(test.id) || test.aliases.some((a) => e.names.includes(a)),
  );
  return entry ? (entry.names[0] ?? entry.id) : null;
}

/**
 * What the chart adds to the safety check of an order: active conditions and allergies, recent
 * labs (canonical units), the latest vitals, PGx phenotypes and a recent positive pregnancy test.
 * Runs inside the caller's tenant transaction.
 */
export async function checkContext(trx: Trx, patientId: string, now: Date): Promise<PatientInput> {
  const conditions = await trx
    .selectFrom('conditions')
    .select('code')
    .where('patient_id', '=', patientId)
    .where('status', '=', 'recorded')
    .where('clinical_status', 'in', ['active', 'remission'])
    .execute();
  const allergies = await trx
    .selectFrom('allergies')
    .select('substance')
    .where('patient_id', '=', patientId)
    .where('status', '=', 'recorded')
    .where('clinical_status', '=', 'active')
    .execute();
  const since = new Date(now.getTime() - Math.max(CHECK_LOOKBACK_DAYS, PREGNANCY_DAYS) * 86_400_000);
  const observations = await trx
    .selectFrom('observations')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('status', '=', 'final')
    .where('effective_at', '>=', since)
    .where('effective_at', '<=', now)
    .orderBy('effective_at', 'asc')
    .execute();
  const labSince = now.getTime() - CHECK_LOOKBACK_DAYS * 86_400_000;
  const labs: LabInput[] = [];
  const vitals: VitalsInput = {};
  const pgx = new Map<string, PgxInput>();
  let weightKg: number | undefined;
  let pregnant = false;
  // Ascending by time: a later value overwrites an earlier one.
  for (const row of observations) {
    if (row.code === 'pgx') {
      if (row.gene && row.phenotype) pgx.set(row.gene, { gene: row.gene, phenotype: row.phenotype });
      continue;
    }
    if (row.code === 'pregnancy-test') {
      pregnant = row.flag === 'abnormal';
      continue;
    }
    if (new Date(row.effective_at).getTime() < labSince) continue;
    const value = num(row.canonical_value) ?? num(row.value);
    if (value === null) continue;
    switch (row.code) {
      case 'weight':
        weightKg = value;
        vitals.weightKg = value;
        continue;
      case 'bmi':
        vitals.bmi = value;
        continue;
      case 'heart-rate':
        vitals.heartRate = value;
        continue;
      case 'blood-pressure': {
        vitals.systolic = value;
        const diastolic = num(row.diastolic);
        if (diastolic !== null) vitals.diastolic = diastolic;
        continue;
      }
    }
    const name = checkLabName(row.code);
    if (name) labs.push({ test: name, value, date: dateOf(row.effective_at) });
  }
  return {
    ...(conditions.length > 0 ? { conditions: conditions.map((c) => c.code) } : {}),
    ...(allergies.length > 0 ? { allergies: allergies.map((a) => a.substance) } : {}),
    ...(labs.length > 0 ? { labs } : {}),
    ...(Object.keys(vitals).length > 0 ? { vitals } : {}),
    ...(pgx.size > 0 ? { pgx: [...pgx.values()] } : {}),
    ...(weightKg !== undefined ? { weightKg } : {}),
    ...(pregnant ? { pregnant: true } : {}),
  };
}

/** Start date and latest dose change of each active order, following dose changes of the same drug. */
async function regimen(trx: Trx, patientId: string): Promise<RegimenMedication[]> {
  const rows = await trx
    .selectFrom('medication_orders')
    .select([
      'id',
      'drug_name',
      'action',
      'start_date',
      'signed_at',
      'created_at',
      'replaces_order_id',
      'status',
    ])
    .where('patient_id', '=', patientId)
    .where('status', 'in', ['active', 'completed'])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const started = (row: (typeof rows)[number]) => row.start_date ?? dateOf(row.signed_at ?? row.created_at);
  const meds: RegimenMedication[] = [];
  for (const row of rows) {
    if (row.status !== 'active' || row.action === 'stop' || row.action === 'avoid') continue;
    let first = row;
    // A dose change keeps the drug's original start: monitoring runs from when it was started.
    for (let hops = 0; hops < 50 && first.action === 'change-dose' && first.replaces_order_id; hops++) {
      const previous = byId.get(first.replaces_order_id);
      if (!previous || previous.drug_name !== row.drug_name) break;
      first = previous;
    }
    const lastDoseChange = first === row ? undefined : started(row);
    for (const drug of resolveMedication(row.drug_name).drugs) {
      meds.push({ drug, startDate: started(first), ...(lastDoseChange ? { lastDoseChange } : {}) });
    }
  }
  return meds;
}

export type MonitoringStatus = 'overdue' | 'due' | 'up-to-date';

/** The derived monitoring schedule of a patient on `day`, with the last result of each test. */
async function computeMonitoring(trx: Trx, patientId: string, now: Date) {
  const day = dateOf(now);
  const meds = await regimen(trx, patientId);
  if (meds.length === 0) return [];
  const basics = await patientBasics(trx, patientId, day);
  const schedule = scheduleForRegimen(meds, day, basics);
  const observations = await trx
    .selectFrom('observations')
    .select(['code', 'effective_at', 'value', 'unit', 'flag', 'id'])
    .where('patient_id', '=', patientId)
    .where('status', '=', 'final')
    .where('effective_at', '<=', now)
    .orderBy('effective_at', 'asc')
    .execute();
  const completed = observations
    .filter((o) => o.code !== 'pgx')
    .map((o) => ({ test: o.code, date: dateOf(o.effective_at) }));
  const last = new Map<string, (typeof observations)[number]>();
  for (const o of observations) last.set(o.code, o);
  const due = dueItems(schedule, completed, day);
  const dueTests = new Set(due.map((d) => d.test));
  const upcoming = new Map<string, MonitoringItem>();
  for (const item of schedule) {
    if (dueTests.has(item.test) || item.due <= day || upcoming.has(item.test)) continue;
    upcoming.set(item.test, item);
  }
  const shape = (item: MonitoringItem, status: MonitoringStatus, daysOverdue: number) => {
    const result = last.get(item.test);
    return {
      test: item.test,
      name: item.name,
      loinc: item.loinc,
      due: item.due,
      status,
      daysOverdue,
      kind: item.kind,
      reason: item.reason,
      drugs: item.drugs,
      sources: item.sources,
      lastResult: result
        ? {
            observationId: result.id,
            value: num(result.value),
            unit: result.unit,
            flag: result.flag,
            effectiveAt: iso(result.effective_at),
          }
        : null,
    };
  };
  return [
    ...due.map((d) => shape(d, d.status, d.daysOverdue)),
    ...[...upcoming.values()]
      .sort((a, b) => a.due.localeCompare(b.due))
      .map((i) => shape(i, 'up-to-date', 0)),
  ];
}
export type MonitoringEntry = Awaited<ReturnType<typeof computeMonitoring>>[number];

const TABLES = {
  conditions: { resourceType: 'Condition', label: 'Condition', done: 'recorded' },
  allergies: { resourceType: 'AllergyIntolerance', label: 'Allergy', done: 'recorded' },
  observations: { resourceType: 'Observation', label: 'Observation', done: 'final' },
} as const;
type RecordTable = keyof typeof TABLES;

export function createClinicalRecordService(deps: Deps) {
  const { db } = deps;

  /** `review`: a read the supervising psychiatrist of a PA may make to review an order (access.ts). */
  async function access(
    trx: Trx,
    principal: Principal,
    patientId: string,
    section: ChartSection,
    review: 'cosign-review' | null = null,
  ) {
    return requirePatientAccess(
      trx,
      principal,
      patientId,
      await organizationPolicy(trx),
      section,
      deps.clock.now(),
      { cosignReview: review === 'cosign-review' },
    );
  }

  async function audit(
    trx: Trx,
    principal: Principal,
    patientId: string,
    action: 'read' | 'search' | 'create' | 'update',
    resourceType: string,
    resourceId: string | null,
    detail: Record<string, string | number | boolean | null> = {},
  ) {
    await recordAudit(trx, {
      ...actor(principal),
      patientId,
      action,
      resourceType,
      resourceId,
      outcome: 'success',
      detail,
      at: deps.clock.now(),
    });
  }

  // ——— Conditions ———

  /** Substance-use diagnoses appear only to those whose access includes `substance-use` (42 CFR Part 2). */
  async function listConditions(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const sections = await access(trx, principal, patientId, 'diagnoses', 'cosign-review');
      let query = trx
        .selectFrom('conditions')
        .selectAll()
        .where('patient_id', '=', patientId)
        .orderBy('recorded_at', 'desc')
        .orderBy('id');
      if (!sections.has('substance-use')) query = query.where('substance_use', '=', false);
      const rows = await query.execute();
      await audit(trx, principal, patientId, 'search', 'Condition', null, { results: rows.length });
      return rows.map(toCondition);
    });
  }

  async function createCondition(principal: Principal, patientId: string, input: ConditionInput) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await access(trx, principal, patientId, input.substanceUse ? 'substance-use' : 'diagnoses');
      const now = deps.clock.now();
      const row = await trx
        .insertInto('conditions')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          code: input.code.toUpperCase(),
          display: input.display,
          clinical_status: input.clinicalStatus ?? 'active',
          onset_date: input.onsetDate ?? null,
          substance_use: input.substanceUse ?? false,
          note: input.note ?? null,
          error_reason: null,
          recorded_by: principal.userId,
          recorded_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, principal, patientId, 'create', 'Condition', row.id);
      return toCondition(row);
    });
  }

  // ——— Allergies ———

  async function listAllergies(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      // Allergies are safety information for whoever may see the medication list.
      await access(trx, principal, patientId, 'medications', 'cosign-review');
      const rows = await trx
        .selectFrom('allergies')
        .selectAll()
        .where('patient_id', '=', patientId)
        .orderBy('recorded_at', 'desc')
        .orderBy('id')
        .execute();
      await audit(trx, principal, patientId, 'search', 'AllergyIntolerance', null, { results: rows.length });
      return rows.map(toAllergy);
    });
  }

  async function createAllergy(principal: Principal, patientId: string, input: AllergyInput) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await access(trx, principal, patientId, 'medications');
      const now = deps.clock.now();
      // "lamotrigine (rash)": the drug is what is before any parenthesis or dash.
      const drug = findDrug(
        input.substance
          .replace(/\(.*?\)/g, ' ')
          .replace(/\s[-:–].*$/, ' ')
          .trim(),
      );
      const row = await trx
        .insertInto('allergies')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          substance: input.substance,
          resolved_drug: drug?.name ?? null,
          reaction: input.reaction ?? null,
          severity: input.severity ?? null,
          type: input.type ?? 'allergy',
          clinical_status: input.clinicalStatus ?? 'active',
          error_reason: null,
          recorded_by: principal.userId,
          recorded_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, principal, patientId, 'create', 'AllergyIntolerance', row.id);
      return toAllergy(row);
    });
  }

  // ——— Observations ———

  async function listObservations(principal: Principal, patientId: string, filter: ObservationFilter) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const sections = await access(trx, principal, patientId, 'labs', 'cosign-review');
      let query = trx.selectFrom('observations').selectAll().where('patient_id', '=', patientId);
      if (!sections.has('substance-use')) query = query.where('code', 'not in', SUBSTANCE_USE_TESTS);
      if (filter.code) {
        const code = filter.code.trim().toLowerCase() === 'pgx' ? 'pgx' : findTest(filter.code)?.id;
        if (!code) {
          throw new AppError(
            'validation',
            `"${filter.code}" is not a monitored test; use a test id or LOINC code.`,
            [{ field: 'querystring.code', message: 'unknown test' }],
          );
        }
        query = query.where('code', '=', code);
      }
      if (filter.from) query = query.where('effective_at', '>=', new Date(`${filter.from}T00:00:00Z`));
      if (filter.to) query = query.where('effective_at', '<', new Date(`${filter.to}T23:59:59.999Z`));
      const rows = await query.orderBy('effective_at', 'desc').orderBy('id').limit(1000).execute();
      await audit(trx, principal, patientId, 'search', 'Observation', null, { results: rows.length });
      return rows.map(toObservation);
    });
  }

  /** Reads a value with the engine; null when the test has no numeric interpretation (e.g. AIMS). */
  function interpret(
    code: string,
    input: ObservationInput,
    context: InterpretContext,
  ): ResultInterpretation | null {
    try {
      return interpretResult(code, input.value as number, input.unit, context);
    } catch (error) {
      // The engine's input errors are RangeErrors; a test without numeric bands is stored unread.
      if (error instanceof RangeError && /No numeric interpretation/.test(error.message)) return null;
      if (error instanceof RangeError) {
        throw new AppError('unprocessable', error.message, [{ field: 'body.unit', message: error.message }]);
      }
      throw error;
    }
  }

  async function createObservation(principal: Principal, patientId: string, input: ObservationInput) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const sections = await access(trx, principal, patientId, 'labs');
      const now = deps.clock.now();
      const effectiveAt = input.effectiveAt ? new Date(input.effectiveAt) : now;
      if (effectiveAt.getTime() > now.getTime() + 5 * 60_000) {
        throw new AppError('validation', 'A result cannot be dated in the future.', [
          { field: 'body.effectiveAt', message: 'in the future' },
        ]);
      }
      const base = {
        organization_id: principal.organizationId,
        patient_id: patientId,
        effective_at: effectiveAt,
        source: input.source ?? 'clinic',
        error_reason: null,
        recorded_by: principal.userId,
        recorded_at: now,
        updated_at: now,
      } as const;

      if (input.code.trim().toLowerCase() === 'pgx') {
        const phenotype = input.phenotype ? normalizePhenotype(input.phenotype) : null;
        if (!input.gene || !phenotype) {
          throw new AppError(
            'validation',
            'A PGx result names the gene and a phenotype such as "poor metabolizer".',
            [{ field: input.gene ? 'body.phenotype' : 'body.gene', message: 'required' }],
          );
        }
        const row = await trx
          .insertInto('observations')
          .values({
            ...base,
            code: 'pgx',
            loinc: null,
            name: `${input.gene.toUpperCase()} phenotype`,
            value: null,
            canonical_value: null,
            unit: null,
            diastolic: null,
            gene: input.gene.toUpperCase(),
            phenotype,
            flag: null,
            band: null,
            severity: null,
            message: null,
            task_id: null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, principal, patientId, 'create', 'Observation', row.id, { code: 'pgx' });
        return toObservation(row);
      }

      const test = findTest(input.code);
      if (!test) {
        throw new AppError(
          'validation',
          `"${input.code}" is not a monitored test; use a test id or LOINC code.`,
          [{ field: 'body.code', message: 'unknown test' }],
        );
      }
      if (SUBSTANCE_USE_TESTS.includes(test.id) && !sections.has('substance-use')) {
        throw new AppError('forbidden', 'Your role does not allow access to this part of the record.');
      }
      if (input.value === undefined) {
        throw new AppError('validation', `Enter the value of the ${test.name}.`, [
          { field: 'body.value', message: 'required' },
        ]);
      }
      const basics = await patientBasics(trx, patientId, dateOf(effectiveAt));
      const drugs = (await activeDrugs(trx, patientId)).map((d) => d.name);
      const reading = interpret(test.id, input, {
        ...basics,
        drugs,
        ...(input.diastolic !== undefined ? { diastolic: input.diastolic } : {}),
      });
      const abnormal = reading !== null && reading.flag !== 'normal' && reading.severity !== null;
      let taskId: string | null = null;
      if (abnormal) {
        // The result and its follow-up are stored together or not at all.
        const urgent = reading.flag.startsWith('critical') || URGENT_SEVERITIES.has(reading.severity ?? '');
        const priority = urgent ? 'urgent' : 'routine';
        const task = await trx
          .insertInto('tasks')
          .values({
            organization_id: principal.organizationId,
            patient_id: patientId,
            kind: 'lab',
            priority,
            title: `${reading.name}: ${reading.band.replace(/-/g, ' ')} — review the result`,
            detail: JSON.stringify({
              rule: `result:${test.id}`,
              test: test.id,
              flag: reading.flag,
              severity: reading.severity,
              message: reading.message,
              recommendation: reading.alert?.recommendation ?? null,
            }),
            source_response_id: null,
            assigned_to: null,
            created_by: principal.userId,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        taskId = task.id;
        await audit(trx, principal, patientId, 'create', 'Task', task.id, { kind: 'lab', priority });
      }
      const row = await trx
        .insertInto('observations')
        .values({
          ...base,
          code: test.id,
          loinc: test.loinc,
          name: test.name,
          value: input.value,
          canonical_value: reading?.value ?? null,
          unit: input.unit ?? test.unit ?? null,
          diastolic: input.diastolic ?? null,
          gene: null,
          phenotype: null,
          flag: reading?.flag ?? null,
          band: reading?.band ?? null,
          severity: reading?.severity ?? null,
          message: reading?.message ?? null,
          task_id: taskId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, principal, patientId, 'create', 'Observation', row.id, {
        code: test.id,
        flag: reading?.flag ?? null,
      });
      return { ...toObservation(row), alert: reading?.alert ?? null, taskCreated: taskId !== null };
    });
  }

  // ——— Entered in error ———

  async function enteredInError(
    principal: Principal,
    table: RecordTable,
    patientId: string,
    recordId: string,
    reason: string,
  ) {
    const meta = TABLES[table];
    return withTenant(db, principal.organizationId, async (trx) => {
      const existing = await trx
        .selectFrom(table)
        .select(['id', 'status'])
        .where('id', '=', recordId)
        .where('patient_id', '=', patientId)
        .executeTakeFirst();
      const section: ChartSection =
        table === 'observations' ? 'labs' : table === 'allergies' ? 'medications' : 'diagnoses';
      const sections = await access(trx, principal, patientId, section);
      if (!existing) throw new AppError('not-found', `${meta.label} was not found.`);
      if (table === 'conditions') {
        const row = await trx
          .selectFrom('conditions')
          .select('substance_use')
          .where('id', '=', recordId)
          .executeTakeFirstOrThrow();
        if (row.substance_use && !sections.has('substance-use')) {
          throw new AppError('not-found', `${meta.label} was not found.`);
        }
      }
      if (existing.status === 'entered-in-error') {
        throw new AppError(
          'conflict',
          `This ${meta.label.toLowerCase()} is already marked entered in error.`,
        );
      }
      const now = deps.clock.now();
      await trx
        .updateTable(table)
        .set({
          status: 'entered-in-error',
          error_reason: reason,
          updated_at: now,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', recordId)
        .execute();
      await audit(trx, principal, patientId, 'update', meta.resourceType, recordId, {
        status: 'entered-in-error',
      });
      const row = await trx
        .selectFrom(table)
        .selectAll()
        .where('id', '=', recordId)
        .executeTakeFirstOrThrow();
      if (table === 'conditions') return toCondition(row as ConditionRow);
      if (table === 'allergies') return toAllergy(row as AllergyRow);
      return toObservation(row as ObservationRow);
    });
  }

  // ——— Monitoring ———

  async function monitoring(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const sections = await access(trx, principal, patientId, 'labs');
      const now = deps.clock.now();
      const items = (await computeMonitoring(trx, patientId, now)).filter(
        (item) => sections.has('substance-use') || !SUBSTANCE_USE_TESTS.includes(item.test),
      );
      await audit(trx, principal, patientId, 'read', 'MonitoringSchedule', patientId, {
        items: items.length,
      });
      return { asOf: dateOf(now), items };
    });
  }

  /**
   * Daily sweep: one open `monitoring` task per overdue test per patient. Idempotent: no new task
   * while one for the same test is still open.
   */
  async function sweepMonitoring(
    now = deps.clock.now(),
    scope: { organizationId?: string | undefined } = {},
  ): Promise<number> {
    const patients = await sql<{ organization_id: string; patient_id: string }>`
      select organization_id, patient_id from monitoring_active_patients()`.execute(db);
    let created = 0;
    for (const { organization_id, patient_id } of patients.rows) {
      if (scope.organizationId && organization_id !== scope.organizationId) continue;
      created += await withTenant(db, organization_id, async (trx) => {
        let count = 0;
        for (const item of await computeMonitoring(trx, patient_id, now)) {
          if (item.status !== 'overdue') continue;
          const rule = `monitoring:${item.test}`;
          const open = await trx
            .selectFrom('tasks')
            .select('id')
            .where('patient_id', '=', patient_id)
            .where('kind', '=', 'monitoring')
            .where('status', '<>', 'done')
            .where(sql<string>`detail->>'rule'`, '=', rule)
            .executeTakeFirst();
          if (open) continue;
          const task = await trx
            .insertInto('tasks')
            .values({
              organization_id,
              patient_id,
              kind: 'monitoring',
              priority: 'routine',
              title: `${item.name} overdue since ${item.due}`,
              detail: JSON.stringify({
                rule,
                test: item.test,
                due: item.due,
                daysOverdue: item.daysOverdue,
                reason: item.reason,
                drugs: item.drugs,
              }),
              source_response_id: null,
              assigned_to: null,
              created_by: null,
              created_at: now,
              updated_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await recordAudit(trx, {
            organizationId: organization_id,
            patientId: patient_id,
            action: 'create',
            resourceType: 'Task',
            resourceId: task.id,
            outcome: 'success',
            detail: { source: 'monitoring-sweep', rule },
            at: now,
          });
          count++;
        }
        return count;
      });
    }
    return created;
  }

  return {
    listConditions,
    createCondition,
    listAllergies,
    createAllergy,
    listObservations,
    createObservation,
    enteredInError,
    monitoring,
    sweepMonitoring,
  };
}
export type ClinicalRecordService = ReturnType<typeof createClinicalRecordService>;
