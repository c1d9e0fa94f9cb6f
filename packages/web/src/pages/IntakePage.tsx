import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../api.js';
import {
  CheckField,
  FieldErrorList,
  NumberField,
  Section,
  SelectField,
  TextField,
  timeOfDay,
} from '../components/intake-fields.js';
import { ErrorPanel, Loading, Notice, useDocumentTitle } from '../components/ui.js';
import { formatDateTime } from '../format.js';
import {
  type Answer,
  type Diagnosis,
  type Evaluation,
  type EvaluationContent,
  intakeApi,
  type PriorTrial,
  RISK_LEVELS,
  type RiskLevel,
  type SignedEvaluation,
} from '../intake.js';
import type { FieldError } from '../types.js';
import { ChartLinks } from './VisitNotePage.js';
import '../intake.css';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

const CSSRS_ITEMS = [
  'Wished to be dead or not wake up (past month)',
  'Actual thoughts of killing self (past month)',
  'Thought about how (ask if 2 is yes)',
  'Some intention of acting (ask if 2 is yes)',
  'Worked out details and intends to carry out the plan (ask if 2 is yes)',
  'Ever done, started or prepared anything to end life',
];
const AUDIT_C = [
  {
    q: 'How often a drink containing alcohol',
    a: ['Never', 'Monthly or less', '2-4 times a month', '2-3 times a week', '4+ times a week'],
  },
  {
    q: 'Standard drinks on a typical drinking day',
    a: ['1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more'],
  },
  {
    q: 'How often six or more drinks on one occasion',
    a: ['Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost'],
  },
];
const DAST_10 = [
  'Used drugs other than for medical reasons',
  'Use more than one drug at a time',
  'Always able to stop using drugs when wanted',
  'Blackouts or flashbacks from drug use',
  'Feel bad or guilty about drug use',
  'Partner or parent complains about drug use',
  'Neglected family because of drug use',
  'Done anything illegal to get drugs',
  'Withdrawal symptoms when stopped',
  'Medical problems from drug use',
];
const MEDICAL_HISTORY_CHECKS = [
  ['seizures', 'Seizures'],
  ['cardiac', 'Cardiac disease'],
  ['qtProlongation', 'QT prolongation'],
  ['liver', 'Liver disease'],
  ['kidney', 'Kidney disease'],
  ['pregnant', 'Pregnant'],
  ['breastfeeding', 'Breastfeeding'],
] as const;
const SAFETY_CHECKS = [
  ['homicidalIdeation', 'Homicidal ideation'],
  ['homicidalIntent', 'Homicidal intent'],
  ['mania', 'Mania'],
  ['psychosis', 'Psychosis'],
] as const;
const MSE_FIELDS = [
  ['appearance', 'Appearance'],
  ['behavior', 'Behavior'],
  ['speech', 'Speech'],
  ['mood', 'Mood (patient’s words)'],
  ['affect', 'Affect'],
  ['thoughtProcess', 'Thought process'],
  ['thoughtContent', 'Thought content'],
  ['perception', 'Perception'],
  ['cognition', 'Cognition'],
  ['insight', 'Insight'],
  ['judgment', 'Judgment'],
] as const;
const RESPONSES = ['remission', 'response', 'partial', 'none', 'stopped-side-effects', 'unknown'] as const;
const ANSWER_KEYS = new Set(['cssrs', 'auditC', 'dast10']);

type Dict = Record<string, unknown>;

/** Turns the form into what the server accepts: trimmed text, empty → null, blank table rows dropped. */
function clean(value: unknown, key = ''): unknown {
  if (ANSWER_KEYS.has(key)) {
    const answers = value as Answer[] | undefined;
    return answers?.some((a) => a !== null && a !== undefined) ? answers.map((a) => a ?? null) : undefined;
  }
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) {
    return value
      .map((item) => clean(item))
      .filter((item) => {
        if (item === null || item === undefined) return false;
        if (typeof item === 'object') {
          const first = Object.values(item as Dict)[0];
          return first !== null && first !== undefined;
        }
        return true;
      });
  }
  if (value && typeof value === 'object') {
    const out: Dict = {};
    for (const [k, v] of Object.entries(value as Dict)) {
      const cleaned = clean(v, k);
      if (cleaned !== undefined) out[k] = cleaned;
    }
    return out;
  }
  return value;
}

function contentForSave(content: EvaluationContent): EvaluationContent {
  const out = clean(content) as Dict;
  // Top-level text sections are not nullable: an empty one is simply not sent.
  for (const key of ['chiefComplaint', 'historyOfPresentIllness', 'goals'])
    if (out[key] === null) delete out[key];
  return out as EvaluationContent;
}

interface Problem {
  message: string;
  errors?: FieldError[] | undefined;
  conflict: boolean;
}

function problemOf(error: unknown): Problem {
  const conflict = error instanceof ApiError && (error.status === 409 || error.status === 412);
  return {
    message: errorMessage(error),
    errors: error instanceof ApiError ? error.problem?.errors : undefined,
    conflict,
  };
}

export function IntakePage() {
  useDocumentTitle('Intake evaluation');
  const { patientId = '' } = useParams();
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [starting, setStarting] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    setLoadError(null);
    try {
      const items = await intakeApi.listEvaluations(patientId);
      // Resume a draft first; otherwise show the newest signed evaluation.
      const current = items.find((e) => e.status === 'draft') ?? items[0];
      setEvaluation(current ? await intakeApi.getEvaluation(patientId, current.id) : null);
    } catch (error) {
      setLoadError(errorMessage(error));
    } finally {
      setLoading(false);
    }
  }, [patientId]);

  useEffect(() => {
    void load();
  }, [load]);

  const start = async () => {
    setStarting(true);
    try {
      const created = await intakeApi.createEvaluation(patientId, {});
      setEvaluation({ ...created, amendments: [] });
    } catch (error) {
      setLoadError(errorMessage(error));
    } finally {
      setStarting(false);
    }
  };

  return (
    <section aria-labelledby="intake-title" className="intake">
      <ChartLinks patientId={patientId} />
      <h2 id="intake-title">Intake evaluation</h2>
      {loading ? <Loading label="Opening the evaluation…" /> : null}
      {loadError ? <ErrorPanel message={loadError} onRetry={() => void load()} /> : null}
      {!loading && !evaluation && !loadError ? (
        <div className="card">
          <p>No intake evaluation has been started for this patient.</p>
          <button type="button" className="button" onClick={() => void start()} disabled={starting}>
            {starting ? 'Starting…' : 'Start intake evaluation'}
          </button>
        </div>
      ) : null}
      {evaluation ? (
        <EvaluationForm
          key={evaluation.id}
          patientId={patientId}
          initial={evaluation}
          onReload={() => void load()}
        />
      ) : null}
    </section>
  );
}

function EvaluationForm({
  patientId,
  initial,
  onReload,
}: {
  patientId: string;
  initial: Evaluation;
  onReload(): void;
}) {
  const [evaluation, setEvaluation] = useState(initial);
  const [content, setContent] = useState<EvaluationContent>(initial.content ?? {});
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [signed, setSigned] = useState<SignedEvaluation | null>(null);
  const saving$ = useRef<Promise<Evaluation | null> | null>(null);
  const readOnly = evaluation.status === 'signed';

  const update = <K extends keyof EvaluationContent>(key: K, next: EvaluationContent[K]) => {
    setContent((c) => ({ ...c, [key]: next }));
    setDirty(true);
  };
  const updateIn = <K extends keyof EvaluationContent>(key: K, field: string, value: unknown) => {
    setContent((c) => ({ ...c, [key]: { ...((c[key] as Dict | undefined) ?? {}), [field]: value } }));
    setDirty(true);
  };
  const section = (key: keyof EvaluationContent) => (content[key] as Dict | undefined) ?? {};
  /** A text field's value and change handler, for a field of a section of the evaluation. */
  const textOf = (key: keyof EvaluationContent, field: string) => ({
    value: section(key)[field] as string,
    onChange: (v: string) => updateIn(key, field, v),
  });
  /** The same for a checkbox. */
  const checkOf = (key: keyof EvaluationContent, field: string) => ({
    checked: section(key)[field] as boolean,
    onChange: (v: boolean) => updateIn(key, field, v),
  });

  const save = useCallback(async (): Promise<Evaluation | null> => {
    if (saving$.current) return saving$.current;
    const body = contentForSave(content);
    if (Object.keys(body).length === 0) return evaluation;
    const run = (async () => {
      setSaving(true);
      setProblem(null);
      try {
        const saved = await intakeApi.saveEvaluation(patientId, evaluation.id, evaluation.version, body);
        setEvaluation((e) => ({ ...saved, amendments: e.amendments ?? [] }));
        setDirty(false);
        setSavedAt(saved.updatedAt);
        return saved;
      } catch (error) {
        setProblem(problemOf(error));
        return null;
      } finally {
        setSaving(false);
        saving$.current = null;
      }
    })();
    saving$.current = run;
    return run;
  }, [content, evaluation, patientId]);

  const autosave = () => {
    if (dirty && !readOnly) void save();
  };

  const scores = evaluation.scores ?? {};
  const cssrs = scores.cssrs;
  const su = content.substanceUse ?? {};
  const safety = section('safety');
  const trials = content.priorTrials ?? [];
  const answersOf = (list: Answer[] | undefined, length: number) =>
    Array.from({ length }, (_, i) => list?.[i] ?? null);
  const setAnswer = (list: Answer[] | undefined, length: number, index: number, value: Answer) => {
    const next = answersOf(list, length);
    next[index] = value;
    return next;
  };

  return (
    <>
      <div className="intake-status" role="status">
        {readOnly ? (
          <span className="badge">
            Signed {evaluation.signedAt ? formatDateTime(evaluation.signedAt) : ''}
          </span>
        ) : saving ? (
          'Saving…'
        ) : savedAt ? (
          `Saved ${timeOfDay(savedAt)}`
        ) : dirty ? (
          'Unsaved changes'
        ) : (
          'Draft'
        )}
      </div>
      {problem ? (
        <ErrorPanel
          title={problem.conflict ? 'Someone else changed this evaluation' : 'Not saved'}
          message={problem.message}
        >
          <FieldErrorList errors={problem.errors} />
          {problem.conflict ? (
            <button type="button" className="button button-secondary" onClick={onReload}>
              Load the latest version
            </button>
          ) : null}
        </ErrorPanel>
      ) : null}
      {signed?.safetyTaskCreated ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">Urgent safety task created</p>
          <p>The C-SSRS screen was positive: an urgent safety task is on the care team’s task list.</p>
        </div>
      ) : null}
      {cssrs?.risk && cssrs.risk !== 'none' ? (
        <Notice tone="warning">C-SSRS screen: {cssrs.risk} risk. Signing opens an urgent safety task.</Notice>
      ) : null}

      <form
        className="intake-form"
        aria-label="Intake evaluation"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset disabled={readOnly} className="intake-all">
          <legend className="visually-hidden">Evaluation sections</legend>
          <Section title="Chief complaint and history of present illness" onLeave={autosave}>
            <TextField
              label="Chief complaint"
              required
              value={content.chiefComplaint}
              onChange={(v) => update('chiefComplaint', v)}
            />
            <TextField
              label="History of present illness"
              multiline
              rows={5}
              value={content.historyOfPresentIllness}
              onChange={(v) => update('historyOfPresentIllness', v)}
            />
          </Section>

          <Section title="Symptoms" onLeave={autosave}>
            <TextField
              label="Positive symptoms"
              hint="One per line"
              multiline
              value={(content.symptomReview?.positives ?? []).join('\n')}
              onChange={(v) => updateIn('symptomReview', 'positives', v.split('\n'))}
            />
            <TextField
              label="Pertinent negatives"
              hint="One per line"
              multiline
              value={(content.symptomReview?.negatives ?? []).join('\n')}
              onChange={(v) => updateIn('symptomReview', 'negatives', v.split('\n'))}
            />
            <TextField label="Symptom notes" multiline {...textOf('symptomReview', 'notes')} />
          </Section>

          <Section title="Psychiatric history" onLeave={autosave}>
            <TextField
              label="Past diagnoses"
              hint="One per line"
              multiline
              value={((section('psychiatricHistory').diagnoses as string[] | undefined) ?? []).join('\n')}
              onChange={(v) => updateIn('psychiatricHistory', 'diagnoses', v.split('\n'))}
            />
            <CheckField label="Self-harm history" {...checkOf('psychiatricHistory', 'selfHarm')} />
            <TextField
              label="Hospitalizations, attempts and other history"
              multiline
              {...textOf('psychiatricHistory', 'notes')}
            />
          </Section>

          <Section title="Family history" onLeave={autosave}>
            <CheckField label="Suicide in the family" {...checkOf('familyHistory', 'suicide')} />
            <TextField label="Family psychiatric history" multiline {...textOf('familyHistory', 'notes')} />
          </Section>

          <Section title="Medical history that changes prescribing" onLeave={autosave}>
            <div className="intake-checks">
              {MEDICAL_HISTORY_CHECKS.map(([key, label]) => (
                <CheckField key={key} label={label} {...checkOf('medicalHistory', key)} />
              ))}
            </div>
            <TextField label="Contraception" {...textOf('medicalHistory', 'contraception')} />
            <TextField label="Other medical history" multiline {...textOf('medicalHistory', 'notes')} />
          </Section>

          <Section title="Current medications" onLeave={autosave}>
            <RowTable
              caption="Current medications"
              columns={['Medication', 'Dose', 'Frequency']}
              rows={(content.currentMedications ?? []).map((m) => [m.name, m.dose ?? '', m.frequency ?? ''])}
              onChange={(rows) =>
                update(
                  'currentMedications',
                  rows.map(([name = '', dose = '', frequency = '']) => ({ name, dose, frequency })),
                )
              }
              addLabel="Add medication"
            />
          </Section>

          <Section title="Prior medication trials" onLeave={autosave}>
            <TrialsTable trials={trials} onChange={(next) => update('priorTrials', next)} />
          </Section>

          <Section title="Allergies" onLeave={autosave}>
            <RowTable
              caption="Allergies and intolerances"
              columns={['Substance', 'Reaction']}
              rows={(content.allergies ?? []).map((a) => [a.substance, a.reaction ?? ''])}
              onChange={(rows) =>
                update(
                  'allergies',
                  rows.map(([substance = '', reaction = '']) => ({
                    substance,
                    kind: 'allergy' as const,
                    reaction,
                  })),
                )
              }
              addLabel="Add allergy"
            />
          </Section>

          {evaluation.substanceUseWithheld ? (
            <p className="muted">Substance-use history is not shared with you.</p>
          ) : (
            <Section title="Substance use" onLeave={autosave}>
              <RowTable
                caption="Substances"
                columns={['Substance', 'Amount', 'Frequency']}
                rows={(su.substances ?? []).map((s) => [s.substance, s.amount ?? '', s.frequency ?? ''])}
                onChange={(rows) =>
                  update('substanceUse', {
                    ...su,
                    substances: rows.map(([substance = '', amount = '', frequency = '']) => ({
                      substance,
                      amount,
                      frequency,
                    })),
                  })
                }
                addLabel="Add substance"
              />
              <fieldset className="intake-scale">
                <legend>
                  AUDIT-C
                  {scores.auditC
                    ? ` — ${scores.auditC.total ?? '…'} (${scores.auditC.positive ? 'positive' : 'negative'})`
                    : ''}
                </legend>
                {AUDIT_C.map((item, i) => (
                  <SelectField
                    key={item.q}
                    label={`${i + 1}. ${item.q}`}
                    value={su.auditC?.[i] as number | null | undefined}
                    choices={item.a.map((label, n) => ({ value: String(n), label }))}
                    onChange={(v) =>
                      update('substanceUse', {
                        ...su,
                        auditC: setAnswer(su.auditC, 3, i, v === '' ? null : Number(v)),
                      })
                    }
                  />
                ))}
              </fieldset>
              <fieldset className="intake-scale">
                <legend>
                  DAST-10
                  {scores.dast10 ? ` — ${scores.dast10.total ?? '…'} (${scores.dast10.band ?? ''})` : ''}
                </legend>
                <div className="intake-grid">
                  {DAST_10.map((q, i) => (
                    <SelectField
                      key={q}
                      label={`${i + 1}. ${q}`}
                      value={su.dast10?.[i] as string | null | undefined}
                      choices={YES_NO}
                      onChange={(v) =>
                        update('substanceUse', { ...su, dast10: setAnswer(su.dast10, 10, i, v || null) })
                      }
                    />
                  ))}
                </div>
              </fieldset>
            </Section>
          )}

          <Section title="Sleep" onLeave={autosave}>
            <NumberField
              label="Hours per night"
              value={section('sleep').hoursPerNight as number}
              onChange={(v) => updateIn('sleep', 'hoursPerNight', v)}
            />
            <TextField label="Sleep quality" {...textOf('sleep', 'quality')} />
          </Section>

          <Section title="Trauma" onLeave={autosave}>
            <CheckField label="Trauma history" {...checkOf('trauma', 'history')} />
            <TextField label="Trauma notes" multiline {...textOf('trauma', 'notes')} />
          </Section>

          <Section title="Social context" onLeave={autosave}>
            <TextField label="Housing" {...textOf('social', 'housing')} />
            <TextField label="Work" {...textOf('social', 'work')} />
            <CheckField label="Shift work" {...checkOf('social', 'shiftWork')} />
            <TextField label="Supports" {...textOf('social', 'supports')} />
          </Section>

          <Section title="Safety" onLeave={autosave}>
            <fieldset className="intake-scale">
              <legend>C-SSRS screener{cssrs?.risk ? ` — risk: ${cssrs.risk}` : ''}</legend>
              <div className="intake-grid">
                {CSSRS_ITEMS.map((q, i) => (
                  <SelectField
                    key={q}
                    label={`${i + 1}. ${q}`}
                    value={(safety.cssrs as Answer[] | undefined)?.[i] as string | null | undefined}
                    choices={YES_NO}
                    onChange={(v) =>
                      updateIn(
                        'safety',
                        'cssrs',
                        setAnswer(safety.cssrs as Answer[] | undefined, 7, i, v || null),
                      )
                    }
                  />
                ))}
                <SelectField
                  label="6 (when). Within the past 3 months?"
                  value={(safety.cssrs as Answer[] | undefined)?.[6] as string | null | undefined}
                  choices={[
                    { value: 'recent', label: 'Yes — within 3 months' },
                    { value: 'past', label: 'No — longer ago' },
                  ]}
                  onChange={(v) =>
                    updateIn(
                      'safety',
                      'cssrs',
                      setAnswer(safety.cssrs as Answer[] | undefined, 7, 6, v || null),
                    )
                  }
                />
              </div>
            </fieldset>
            <div className="intake-checks">
              {SAFETY_CHECKS.map(([key, label]) => (
                <CheckField key={key} label={label} {...checkOf('safety', key)} />
              ))}
            </div>
            <TextField label="Safety notes" multiline {...textOf('safety', 'notes')} />
          </Section>

          <Section title="Mental status exam" onLeave={autosave}>
            <div className="intake-grid">
              {MSE_FIELDS.map(([key, label]) => (
                <TextField key={key} label={label} {...textOf('mentalStatus', key)} />
              ))}
            </div>
          </Section>

          <Section title="Goals" onLeave={autosave}>
            <TextField
              label="Goals in the patient’s own words"
              multiline
              value={content.goals}
              onChange={(v) => update('goals', v)}
            />
          </Section>
        </fieldset>
        {readOnly ? null : (
          <div className="form-actions">
            <button type="submit" className="button" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </button>
          </div>
        )}
      </form>

      {readOnly ? (
        <SignedSummary
          patientId={patientId}
          evaluation={evaluation}
          onAmended={(amendment) =>
            setEvaluation((e) => ({ ...e, amendments: [...(e.amendments ?? []), amendment] }))
          }
        />
      ) : (
        <SignForm
          patientId={patientId}
          evaluation={evaluation}
          beforeSign={async () => (dirty ? save() : evaluation)}
          onSigned={(result) => {
            setSigned(result);
            setEvaluation((e) => ({ ...result.evaluation, amendments: e.amendments ?? [] }));
          }}
        />
      )}
    </>
  );
}

/** A small editable table of text columns; the first column names the row (blank rows are not saved). */
function RowTable({
  caption,
  columns,
  rows,
  onChange,
  addLabel,
}: {
  caption: string;
  columns: string[];
  rows: string[][];
  onChange(rows: string[][]): void;
  addLabel: string;
}) {
  const set = (r: number, c: number, value: string) =>
    onChange(rows.map((row, i) => (i === r ? row.map((cell, j) => (j === c ? value : cell)) : row)));
  return (
    <div className="intake-table-wrap">
      <table className="intake-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
            <tr key={r}>
              {columns.map((c, j) => (
                <td key={c}>
                  <input
                    aria-label={`${c}, row ${r + 1}`}
                    value={row[j] ?? ''}
                    onChange={(e) => set(r, j, e.target.value)}
                  />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => onChange(rows.filter((_, i) => i !== r))}
                >
                  Remove<span className="visually-hidden"> row {r + 1}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...rows, columns.map(() => '')])}
      >
        {addLabel}
      </button>
    </div>
  );
}

function TrialsTable({ trials, onChange }: { trials: PriorTrial[]; onChange(next: PriorTrial[]): void }) {
  const set = (index: number, patch: Partial<PriorTrial>) =>
    onChange(trials.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  const num = (value: string) => (value === '' ? null : Number(value));
  return (
    <div className="intake-table-wrap">
      <table className="intake-table">
        <caption className="visually-hidden">Prior medication trials</caption>
        <thead>
          <tr>
            <th scope="col">Drug</th>
            <th scope="col">Highest dose (mg/day)</th>
            <th scope="col">Duration (weeks)</th>
            <th scope="col">Response</th>
            <th scope="col">Side effects</th>
            <th scope="col">Reason stopped</th>
            <th scope="col">Stopped abruptly</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {trials.map((t, i) => {
            const row = `trial ${i + 1}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
              <tr key={i}>
                <td>
                  <input
                    aria-label={`Drug, ${row}`}
                    value={t.drug}
                    onChange={(e) => set(i, { drug: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Highest dose, ${row}`}
                    type="number"
                    min={0}
                    value={t.highestDailyMg ?? ''}
                    onChange={(e) => set(i, { highestDailyMg: num(e.target.value) })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Duration in weeks, ${row}`}
                    type="number"
                    min={0}
                    value={t.durationWeeks ?? ''}
                    onChange={(e) => set(i, { durationWeeks: num(e.target.value) })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`Response, ${row}`}
                    value={t.response ?? 'unknown'}
                    onChange={(e) => set(i, { response: e.target.value as PriorTrial['response'] })}
                  >
                    {RESPONSES.map((r) => (
                      <option key={r} value={r}>
                        {r.replace(/-/g, ' ')}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`Side effects, ${row}`}
                    value={t.sideEffects ?? ''}
                    onChange={(e) => set(i, { sideEffects: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Reason stopped, ${row}`}
                    value={t.reasonStopped ?? ''}
                    onChange={(e) => set(i, { reasonStopped: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Stopped abruptly, ${row}`}
                    type="checkbox"
                    checked={t.stoppedAbruptly === true}
                    onChange={(e) => set(i, { stoppedAbruptly: e.target.checked })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => onChange(trials.filter((_, j) => j !== i))}
                  >
                    Remove<span className="visually-hidden"> {row}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...trials, { drug: '', response: 'unknown' }])}
      >
        Add trial
      </button>
    </div>
  );
}

function SignForm({
  patientId,
  evaluation,
  beforeSign,
  onSigned,
}: {
  patientId: string;
  evaluation: Evaluation;
  beforeSign(): Promise<Evaluation | null>;
  onSigned(result: SignedEvaluation): void;
}) {
  const [diagnoses, setDiagnoses] = useState<Diagnosis[]>([{ icd10: '', display: '', substanceUse: false }]);
  const [riskLevel, setRiskLevel] = useState<RiskLevel | ''>('');
  const [plan, setPlan] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const setDiagnosis = (index: number, patch: Partial<Diagnosis>) =>
    setDiagnoses((list) => list.map((d, i) => (i === index ? { ...d, ...patch } : d)));

  const sign = async () => {
    setProblem(null);
    const chosen = diagnoses.filter((d) => d.icd10.trim() !== '');
    if (chosen.length === 0 || !riskLevel || plan.trim() === '') {
      setProblem({
        message: 'Signing needs at least one diagnosis, a risk level and a plan.',
        conflict: false,
      });
      return;
    }
    setBusy(true);
    try {
      const saved = await beforeSign();
      if (!saved) return;
      onSigned(
        await intakeApi.signEvaluation(patientId, evaluation.id, {
          diagnoses: chosen.map((d) => ({ ...d, icd10: d.icd10.trim(), display: d.display.trim() })),
          riskLevel,
          plan: plan.trim(),
        }),
      );
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card intake-sign"
      aria-labelledby="sign-title"
      onSubmit={(event) => {
        event.preventDefault();
        void sign();
      }}
    >
      <h3 id="sign-title">Sign</h3>
      {problem ? (
        <ErrorPanel title="Not signed" message={problem.message}>
          <FieldErrorList errors={problem.errors} />
        </ErrorPanel>
      ) : null}
      {diagnoses.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until signed
        <fieldset key={i} className="intake-diagnosis">
          <legend>Diagnosis {i + 1}</legend>
          <TextField
            label="ICD-10-CM code"
            hint="e.g. F32.1"
            value={d.icd10}
            onChange={(v) => setDiagnosis(i, { icd10: v })}
          />
          <TextField label="Diagnosis" value={d.display} onChange={(v) => setDiagnosis(i, { display: v })} />
          <CheckField
            label="Substance-use diagnosis (42 CFR Part 2)"
            checked={d.substanceUse}
            onChange={(v) => setDiagnosis(i, { substanceUse: v })}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setDiagnoses((l) => [...l, { icd10: '', display: '', substanceUse: false }])}
      >
        Add diagnosis
      </button>
      <SelectField
        label="Risk level"
        value={riskLevel}
        placeholder="Choose…"
        choices={RISK_LEVELS.map((r) => ({ value: r, label: r }))}
        onChange={(v) => setRiskLevel(v as RiskLevel | '')}
      />
      <TextField label="Plan" multiline rows={4} value={plan} onChange={setPlan} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Signing…' : 'Sign evaluation'}
        </button>
      </div>
    </form>
  );
}

function SignedSummary({
  patientId,
  evaluation,
  onAmended,
}: {
  patientId: string;
  evaluation: Evaluation;
  onAmended(amendment: NonNullable<Evaluation['amendments']>[number]): void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const amend = async () => {
    if (text.trim() === '') {
      setProblem('Write the amendment first.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onAmended(await intakeApi.amendEvaluation(patientId, evaluation.id, text.trim()));
      setText('');
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="signed-title">
      <h3 id="signed-title">Signed evaluation</h3>
      <dl className="facts">
        <div className="fact">
          <dt>Diagnoses</dt>
          <dd>
            <ul className="plain-list">
              {evaluation.diagnoses.map((d) => (
                <li key={d.icd10}>
                  <span className="mono">{d.icd10}</span> {d.display}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="fact">
          <dt>Risk level</dt>
          <dd>{evaluation.riskLevel}</dd>
        </div>
        <div className="fact">
          <dt>Plan</dt>
          <dd className="pre-wrap">{evaluation.plan}</dd>
        </div>
      </dl>
      <h4>Amendments</h4>
      {(evaluation.amendments ?? []).length === 0 ? <p className="muted">None.</p> : null}
      <ul className="plain-list">
        {(evaluation.amendments ?? []).map((a) => (
          <li key={a.id}>
            <span className="muted">{formatDateTime(a.createdAt)}</span> —{' '}
            <span className="pre-wrap">{a.text}</span>
          </li>
        ))}
      </ul>
      {problem ? <ErrorPanel title="Amendment not saved" message={problem} /> : null}
      <TextField label="Add amendment" multiline value={text} onChange={setText} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void amend()}
        >
          {busy ? 'Saving…' : 'Add amendment'}
        </button>
        <Link to={`/patients/${patientId}`} className="button button-quiet">
          Back to chart
        </Link>
      </div>
    </section>
  );
}
