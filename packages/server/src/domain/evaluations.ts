import {
  isSubstanceUseCode,
  levelOfCareFor,
  type SafetyRisk,
  type ScaleAnswer,
  ScaleInputError,
  scoreInstrument,
} from '@titrate/clinical';
import { type Selectable, sql, type Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB, EvaluationDiagnosis } from '../db/schema.js';
import type { PatientAccess } from './access.js';
import { requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { iso, isoOrNull, organizationPolicy } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { type EvaluationContent, REQUIRED_TO_SIGN } from './evaluation-content.js';
import type { Principal } from './principal.js';
import type { ScoreService } from './scores.js';

type EvaluationRow = Selectable<DB['evaluations']>;

export interface SignEvaluationInput {
  diagnoses: EvaluationDiagnosis[];
  riskLevel: SafetyRisk;
  plan: string;
}

/** The instruments an evaluation embeds, scored by the engine on every save. */
const EMBEDDED = [
  { key: 'auditC', instrument: 'AUDIT-C', field: 'substanceUse.auditC', substance: true },
  { key: 'dast10', instrument: 'DAST-10', field: 'substanceUse.dast10', substance: true },
  { key: 'cssrs', instrument: 'C-SSRS', field: 'safety.cssrs', substance: false },
] as const;

function answersOf(
  content: EvaluationContent,
  key: (typeof EMBEDDED)[number]['key'],
): ScaleAnswer[] | undefined {
  if (key === 'cssrs') return content.safety?.cssrs;
  return key === 'auditC' ? content.substanceUse?.auditC : content.substanceUse?.dast10;
}

function scoreContent(content: EvaluationContent, sex: string | null) {
  const scores: Record<string, unknown> = {};
  for (const embedded of EMBEDDED) {
    const answers = answersOf(content, embedded.key);
    if (!answers) continue;
    try {
      const result = scoreInstrument(
        embedded.instrument,
        answers,
        sex === 'female' || sex === 'male' ? { sex } : {},
      );
      scores[embedded.key] = {
        instrument: result.instrument,
        total: result.total,
        band: result.band,
        positive: result.positive,
        risk: result.risk,
        complete: result.complete,
        flags: result.flags,
      };
    } catch (error) {
      if (error instanceof ScaleInputError) {
        const field = `body.content.${embedded.field}`;
        throw new AppError('unprocessable', `${embedded.instrument}: ${error.message}`, [
          { field, message: error.message },
        ]);
      }
      throw error;
    }
  }
  return scores;
}

/** Withholds the substance-use section (42 CFR Part 2) from a principal without it. */
function toEvaluation(row: EvaluationRow, access: PatientAccess) {
  const substance = access.has('substance-use');
  const { substanceUse: _withheld, ...rest } = row.content as EvaluationContent;
  const content = substance ? row.content : rest;
  const scores = { ...row.scores };
  if (!substance) {
    delete scores.auditC;
    delete scores.dast10;
  }
  return {
    id: row.id,
    patientId: row.patient_id,
    status: row.status,
    version: row.version,
    content,
    scores,
    diagnoses: substance ? row.diagnoses : row.diagnoses.filter((d) => !d.substanceUse),
    substanceUseWithheld: !substance,
    riskLevel: row.risk_level,
    plan: row.plan,
    safetyTaskId: row.safety_task_id,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    signedBy: row.signed_by,
    signedAt: isoOrNull(row.signed_at),
  };
}
export type Evaluation = ReturnType<typeof toEvaluation>;

export function createEvaluationService(deps: Deps, services: { scores: ScoreService }) {
  const { db } = deps;

  async function open(trx: Transaction<DB>, principal: Principal, patientId: string) {
    return requirePatientAccess(
      trx,
      principal,
      patientId,
      await organizationPolicy(trx),
      'notes',
      deps.clock.now(),
    );
  }

  function refuseSubstanceWrite(access: PatientAccess, content: EvaluationContent) {
    if (content.substanceUse !== undefined && !access.has('substance-use')) {
      throw new AppError(
        'forbidden',
        'Your access does not include the substance-use section of this record.',
      );
    }
  }

  async function sexOf(trx: Transaction<DB>, patientId: string) {
    const row = await trx
      .selectFrom('patients')
      .select('sex_assigned_at_birth')
      .where('id', '=', patientId)
      .executeTakeFirstOrThrow();
    return row.sex_assigned_at_birth;
  }

  async function load(trx: Transaction<DB>, patientId: string, evaluationId: string, lock = false) {
    let query = trx
      .selectFrom('evaluations')
      .selectAll()
      .where('id', '=', evaluationId)
      .where('patient_id', '=', patientId);
    if (lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (!row) throw new AppError('not-found', 'Evaluation was not found.');
    return row;
  }

  async function create(principal: Principal, patientId: string, content: EvaluationContent) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const access = await open(trx, principal, patientId);
      refuseSubstanceWrite(access, content);
      const scores = scoreContent(content, await sexOf(trx, patientId));
      const now = deps.clock.now();
      const row = await trx
        .insertInto('evaluations')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          content: JSON.stringify(content),
          scores: JSON.stringify(scores),
          diagnoses: JSON.stringify([]),
          created_by: principal.userId,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'QuestionnaireResponse',
        resourceId: row.id,
        outcome: 'success',
        detail: { kind: 'intake-evaluation', sections: Object.keys(content).length },
        at: now,
      });
      return toEvaluation(row, access);
    });
  }

  async function list(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const access = await open(trx, principal, patientId);
      const rows = await trx
        .selectFrom('evaluations')
        .selectAll()
        .where('patient_id', '=', patientId)
        .where('status', '!=', 'entered-in-error')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(200)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'QuestionnaireResponse',
        outcome: 'success',
        detail: { kind: 'intake-evaluation', results: rows.length },
        at: deps.clock.now(),
      });
      return rows.map((row) => toEvaluation(row, access));
    });
  }

  async function get(principal: Principal, patientId: string, evaluationId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const access = await open(trx, principal, patientId);
      const row = await load(trx, patientId, evaluationId);
      const amendments = await trx
        .selectFrom('evaluation_amendments')
        .selectAll()
        .where('evaluation_id', '=', evaluationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'QuestionnaireResponse',
        resourceId: evaluationId,
        outcome: 'success',
        detail: { kind: 'intake-evaluation' },
        at: deps.clock.now(),
      });
      return {
        ...toEvaluation(row, access),
        amendments: amendments.map((a) => ({
          id: a.id,
          text: a.text,
          authorId: a.author_id,
          createdAt: iso(a.created_at),
        })),
      };
    });
  }

  /** Saves in progress: each section sent replaces that section; sections not sent are kept. */
  async function update(
    principal: Principal,
    patientId: string,
    evaluationId: string,
    versionOf: () => number,
    patch: EvaluationContent,
  ) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const access = await open(trx, principal, patientId);
      const current = await load(trx, patientId, evaluationId, true);
      const expected = versionOf();
      if (current.status !== 'draft') {
        throw new AppError(
          'conflict',
          'This evaluation has been signed and can no longer be edited; add an amendment instead.',
        );
      }
      refuseSubstanceWrite(access, patch);
      const content = { ...(current.content as EvaluationContent), ...patch };
      const scores = scoreContent(content, await sexOf(trx, patientId));
      const now = deps.clock.now();
      const row = await trx
        .updateTable('evaluations')
        .set({
          content: JSON.stringify(content),
          scores: JSON.stringify(scores),
          updated_at: now,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', evaluationId)
        .where('version', '=', expected)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        throw new AppError(
          'conflict',
          `This evaluation was changed by someone else (now version ${current.version}, you edited version ${expected}). Reload it and apply your change again.`,
        );
      }
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'QuestionnaireResponse',
        resourceId: evaluationId,
        outcome: 'success',
        detail: { kind: 'intake-evaluation', version: row.version, sections: Object.keys(patch).join(',') },
        at: now,
      });
      return toEvaluation(row, access);
    });
  }

  /**
   * Signs: diagnoses (co-occurring substance use marked; F10-F19 always are), the risk level and
   * the plan. In the same transaction the C-SSRS is stored as a scored response (a positive screen
   * opens the urgent safety task, through the score service), the prior trials join the trial
   * history and the diagnoses join the problem list (`conditions`).
   */
  async function sign(
    principal: Principal,
    patientId: string,
    evaluationId: string,
    input: SignEvaluationInput,
  ) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const access = await open(trx, principal, patientId);
      const row = await load(trx, patientId, evaluationId, true);
      if (row.status !== 'draft') {
        throw new AppError(
          'conflict',
          `This evaluation is already ${row.status}; only a draft can be signed.`,
        );
      }
      const content = row.content as EvaluationContent;
      const missing = REQUIRED_TO_SIGN.filter((section) => content[section] === undefined);
      if (missing.length > 0) {
        throw new AppError(
          'unprocessable',
          `Complete ${missing.join(', ')} before signing the evaluation.`,
          missing.map((section) => ({ field: `content.${section}`, message: 'required to sign' })),
        );
      }
      const diagnoses = input.diagnoses.map((d) => ({
        icd10: d.icd10.toUpperCase(),
        display: d.display,
        substanceUse: d.substanceUse || isSubstanceUseCode(d.icd10),
      }));
      if (diagnoses.some((d) => d.substanceUse) && !access.has('substance-use')) {
        throw new AppError(
          'forbidden',
          'Your access does not include the substance-use section of this record.',
        );
      }
      const now = deps.clock.now();

      let safetyTaskId: string | null = null;
      let cssrsResponseId: string | null = null;
      if (content.safety?.cssrs) {
        const response = await services.scores.submitIn(
          trx,
          principal,
          patientId,
          'C-SSRS',
          content.safety.cssrs,
        );
        safetyTaskId = response.safetyTaskId;
        cssrsResponseId = response.id;
      }
      for (const trial of content.priorTrials ?? []) {
        await trx
          .insertInto('medication_trials')
          .values({
            organization_id: principal.organizationId,
            patient_id: patientId,
            evaluation_id: evaluationId,
            drug: trial.drug,
            daily_mg: trial.highestDailyMg ?? null,
            weeks: trial.durationWeeks ?? null,
            response: trial.response ?? null,
            side_effects: trial.sideEffects ?? null,
            reason_stopped: trial.reasonStopped ?? null,
            stopped_abruptly: trial.stoppedAbruptly ?? null,
            phq9_before: trial.phq9Before ?? null,
            phq9_after: trial.phq9After ?? null,
            recorded_at: now,
          })
          .execute();
      }
      for (const diagnosis of diagnoses) {
        await trx
          .insertInto('conditions')
          .values({
            organization_id: principal.organizationId,
            patient_id: patientId,
            code: diagnosis.icd10,
            display: diagnosis.display,
            clinical_status: 'active',
            onset_date: null,
            substance_use: diagnosis.substanceUse,
            error_reason: null,
            note: 'Recorded by the intake evaluation.',
            recorded_by: principal.userId,
            recorded_at: now,
            updated_at: now,
          })
          .execute();
      }
      const signed = await trx
        .updateTable('evaluations')
        .set({
          status: 'signed',
          diagnoses: JSON.stringify(diagnoses),
          risk_level: input.riskLevel,
          plan: input.plan,
          safety_task_id: safetyTaskId,
          signed_by: principal.userId,
          signed_at: now,
          updated_at: now,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', evaluationId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'QuestionnaireResponse',
        resourceId: evaluationId,
        outcome: 'success',
        detail: {
          operation: 'sign',
          kind: 'intake-evaluation',
          diagnoses: diagnoses.length,
          trials: content.priorTrials?.length ?? 0,
          safetyTask: safetyTaskId !== null,
        },
        at: now,
      });
      const levelOfCare = levelOfCareFor({
        suicideRisk: input.riskLevel,
        ...(content.safety?.homicidalIntent ? { homicidalIntent: true } : {}),
        ...(content.safety?.mania || content.safety?.psychosis ? { acutePsychosisOrMania: true } : {}),
      });
      return {
        evaluation: toEvaluation(signed, access),
        cssrsResponseId,
        safetyTaskCreated: safetyTaskId !== null,
        levelOfCare,
      };
    });
  }

  /** An addendum to a signed evaluation (the signed text itself never changes). */
  async function amend(principal: Principal, patientId: string, evaluationId: string, text: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await open(trx, principal, patientId);
      const row = await load(trx, patientId, evaluationId);
      if (row.status !== 'signed') {
        throw new AppError('conflict', 'Only a signed evaluation is amended; edit the draft instead.');
      }
      const now = deps.clock.now();
      const amendment = await trx
        .insertInto('evaluation_amendments')
        .values({
          organization_id: principal.organizationId,
          evaluation_id: evaluationId,
          patient_id: patientId,
          text,
          author_id: principal.userId,
          created_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'QuestionnaireResponse',
        resourceId: evaluationId,
        outcome: 'success',
        detail: { operation: 'amend', kind: 'intake-evaluation', amendment: amendment.id },
        at: now,
      });
      return {
        id: amendment.id,
        text: amendment.text,
        authorId: amendment.author_id,
        createdAt: iso(amendment.created_at),
      };
    });
  }

  return { create, list, get, update, sign, amend };
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
