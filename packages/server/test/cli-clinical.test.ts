/**
 * The clinical verbs of the `titrate` CLI through its public interface: the CLI spawned as a child
 * process (exit status, standard output, standard error), plus `main(argv)` in-process for the
 * help of every verb and the wider bad-input matrix (the same code path without the ~1 s a spawn
 * costs).
 */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';

// The CLI from source, as embedded.test.ts runs it. `@titrate/clinical` is pointed at the engine's
// TypeScript source (as the Vitest alias does in-process), so no build of the engine is needed and a
// stale packages/clinical/dist cannot hide a change.
const root = path.resolve(import.meta.dirname, '../../..');
const cli = path.join(root, 'packages/server/src/cli.ts');
const clinicalSource = pathToFileURL(path.join(root, 'packages/clinical/src/index.ts')).href;
const hooks = `export function resolve(specifier, context, next) {
  return next(specifier === '@titrate/clinical' ? ${JSON.stringify(clinicalSource)} : specifier, context);
}`;
const registerHooks = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
const nodeArgs = [
  '--import',
  'tsx',
  '--import',
  `data:text/javascript,${encodeURIComponent(registerHooks)}`,
  cli,
];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string): Run {
  const child = spawnSync(process.execPath, [...nodeArgs, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function json<T>(result: Run): T {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** `main(argv)` in this process, capturing what it writes. */
async function runInProcess(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const capture =
    (into: 'out' | 'err') =>
    (chunk: string | Uint8Array): boolean => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (into === 'out') stdout += text;
      else stderr += text;
      return true;
    };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture('out') as typeof process.stdout.write);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture('err') as typeof process.stderr.write);
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    stdout += `${parts.join(' ')}\n`;
  });
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    stderr += `${parts.join(' ')}\n`;
  });
  try {
    const status = await main(args);
    return { status, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'titrate-cli-clinical-'));
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));
let fileCount = 0;
/** Writes `content` (a value as JSON, or text as is) to a temporary file and returns its path. */
function tempFile(content: unknown, extension = 'json'): string {
  fileCount += 1;
  const file = path.join(tempDir, `input-${fileCount}.${extension}`);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function localToday(): string {
  const now = new Date();
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const dd = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${mm}-${dd}`;
}

/** The example document of design.md ("Clinical engine contract"). */
const DESIGN_EXAMPLE = {
  asOf: '2026-11-22',
  patient: {
    age: 34,
    sex: 'female',
    pregnant: false,
    breastfeeding: false,
    weightKg: 70,
    conditions: ['bipolar I disorder', 'F31.9'],
    allergies: ['lamotrigine'],
    substances: [{ substance: 'alcohol', status: 'current', disorder: true }],
    pgx: [
      { gene: 'CYP2C19', diplotype: '*2/*2' },
      { gene: 'CYP2D6', phenotype: 'poor metabolizer' },
      { gene: 'HLA-B', allele: '*15:02', result: 'positive' },
    ],
    labs: [{ test: 'lithium', value: 1.6, unit: 'mmol/L', date: '2026-11-01' }],
    vitals: { qtcMs: 470, systolic: 128, diastolic: 82, heartRate: 72 },
    setting: { telehealth: true, inPersonEvaluationDone: false },
  },
  current: [
    { drug: 'sertraline', dose: 100, unit: 'mg', frequency: 'daily' },
    { drug: 'fluoxetine', dose: 20, unit: 'mg', frequency: 'daily', stoppedOn: '2026-11-01' },
  ],
  proposed: [{ drug: 'tramadol', dose: 50, unit: 'mg', frequency: 'every 6 hours as needed', refills: 0 }],
};

/** Sertraline alone at a usual dose, no patient facts: nothing to alert on. */
const QUIET_REGIMEN = {
  asOf: '2026-11-22',
  current: [{ drug: 'sertraline', dose: 50, unit: 'mg', frequency: 'daily' }],
};

interface AlertJson {
  code: string;
  category: string;
  severity: string;
  drugs: string[];
  action: string;
  sources: string[];
}
interface CheckJson {
  alerts: AlertJson[];
  unrecognized: { kind: string; input: string; suggestions: string[] }[];
}
interface BatchError {
  error: { line: number; field: string; message: string };
}

describe('titrate score', () => {
  it('PHQ-9 1 2 3 0 1 2 0 1 0 totals 10, "moderate", no flag when item 9 is 0 [Kroenke 2001]', () => {
    const result = json<Record<string, unknown>>(
      run(['score', 'PHQ-9', '1', '2', '3', '0', '1', '2', '0', '1', '0', '--json']),
    );
    expect(result).toEqual({
      instrument: 'PHQ-9',
      total: 10,
      band: 'moderate',
      positive: true,
      risk: null,
      flags: [],
      complete: true,
    });
  });

  it('PHQ-9 item 9 above 0 flags suicidal-ideation whatever the total, readable with the severity word [Kroenke 2001]', () => {
    const result = run(['score', 'phq9', '0', '0', '0', '0', '0', '0', '0', '0', '1']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^PHQ-9 — Patient Health Questionnaire-9/);
    expect(result.stdout).toMatch(/Total\s+1 \(range 0-27\)/);
    expect(result.stdout).toMatch(/Severity\s+minimal/);
    expect(result.stdout).toMatch(/CRITICAL\s+9\s+suicidal-ideation/);
  });

  it('JSON flag for PHQ-9 item 9 names the item and is critical [Kroenke 2001]', async () => {
    const result = json<{ total: number; flags: { code: string; item: number; severity: string }[] }>(
      await runInProcess(['score', 'PHQ-9', '0', '0', '0', '0', '0', '0', '0', '0', '1', '--json']),
    );
    expect(result.total).toBe(1);
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]).toMatchObject({ code: 'suicidal-ideation', item: 9, severity: 'critical' });
  });

  it('an out-of-range answer exits 2 naming the item and the accepted range, nothing on stdout [Kroenke 2001]', () => {
    const result = run(['score', 'PHQ-9', '0', '0', '0', '0', '0', '0', '0', '0', '4']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('PHQ-9 item 9: 4 is out of range (accepted: 0-3)');
  });

  it('C-SSRS: ideation with intent and recent behaviour is high risk; all "no" is no risk [Posner 2011]', async () => {
    const high = await runInProcess([
      'score',
      'C-SSRS',
      'yes',
      'yes',
      'yes',
      'yes',
      'yes',
      'yes',
      'recent',
      '--json',
    ]);
    expect(high.status).toBe(0);
    expect(JSON.parse(high.stdout)).toMatchObject({ instrument: 'C-SSRS', total: null, risk: 'high' });
    const none = await runInProcess(['score', 'cssrs', 'no', 'no', 'no', 'no', 'no', 'no']);
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/Suicide risk\s+none identified on the screen/);
    expect(none.stdout).toContain('Flags: none');
  });

  it('AUDIT-C uses the sex-specific cut-point: 3 is positive for women, negative for men [Bradley 2007]', async () => {
    const female = await runInProcess(['score', 'AUDIT-C', '1', '1', '1', '--sex', 'female', '--json']);
    const male = await runInProcess(['score', 'AUDIT-C', '1', '1', '1', '--sex', 'male', '--json']);
    expect(JSON.parse(female.stdout)).toMatchObject({ total: 3, positive: true });
    expect(JSON.parse(male.stdout)).toMatchObject({ total: 3, positive: false });
  });

  it('bad score input exits 2 naming what is wrong (count, instrument, answer word, --sex) [Kroenke 2001]', async () => {
    const count = await runInProcess(['score', 'PHQ-9', '1', '2']);
    expect(count.status).toBe(2);
    expect(count.stderr).toContain('PHQ-9 takes 9 answers');
    const unknown = await runInProcess(['score', 'PHQ-10', '1']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown instrument "PHQ-10"');
    const negative = await runInProcess(['score', 'GAD-7', '0', '-1', '0', '0', '0', '0', '0']);
    expect(negative.status).toBe(2);
    expect(negative.stderr).toContain('GAD-7 item 2: -1 is out of range (accepted: 0-3)');
    const word = await runInProcess(['score', 'C-SSRS', 'yes', 'maybe', 'no', 'no', 'no', 'no']);
    expect(word.status).toBe(2);
    expect(word.stderr).toMatch(/C-SSRS item 2: "maybe" is not an accepted answer/);
    const sex = await runInProcess(['score', 'AUDIT-C', '1', '1', '1', '--sex', 'other']);
    expect(sex.status).toBe(2);
    expect(sex.stderr).toMatch(/--sex/);
  });
});

describe('titrate change', () => {
  it('PHQ-9 12 → 5: −58.3 %, response, no remission (5 is not below 5), reliable improvement [CMS159; Löwe 2004]', () => {
    expect(json(run(['change', 'PHQ-9', '12', '5', '--json']))).toEqual({
      percentChange: -58.3,
      response: true,
      remission: false,
      reliableChange: 'improved',
    });
  });

  it('readable: the signed change is written as "58.3 % lower" with the rules used [CMS159]', async () => {
    const result = await runInProcess(['change', 'PHQ-9', '12', '5']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Change\s+58\.3 % lower/);
    expect(result.stdout).toMatch(/Response\s+yes \(a drop of 50 % or more\)/);
    expect(result.stdout).toMatch(/Remission\s+no \(a total below 5\)/);
  });

  it('PHQ-9 12 → 10 is neither response nor reliable change [CMS159; Löwe 2004]', async () => {
    const result = await runInProcess(['change', 'PHQ-9', '12', '10', '--json']);
    expect(JSON.parse(result.stdout)).toEqual({
      percentChange: -16.7,
      response: false,
      remission: false,
      reliableChange: 'none',
    });
  });

  it('a total out of range or not a number exits 2 naming baseline or current [Kroenke 2001]', async () => {
    const spawned = await runInProcess(['change', 'PHQ-9', '12', '50']);
    expect(spawned.status).toBe(2);
    expect(spawned.stderr).toContain('PHQ-9 current: 50 is out of range (0-27)');
    const text = await runInProcess(['change', 'PHQ-9', 'twelve', '5']);
    expect(text.status).toBe(2);
    expect(text.stderr).toContain('PHQ-9 baseline: "twelve" is not a number');
  });
});

describe('titrate pgx', () => {
  it('CYP2D6 *1/*4: activity score 1, intermediate metabolizer [CPIC CYP2D6 genotype-to-phenotype, Caudle 2020]', () => {
    expect(json(run(['pgx', 'CYP2D6', '*1/*4', '--json']))).toEqual({
      gene: 'CYP2D6',
      diplotype: '*1/*4',
      activityScore: 1,
      phenotype: 'intermediate metabolizer',
    });
  });

  it('readable; CYP2C19 *2/*2 is a poor metabolizer with no activity score [CPIC CYP2C19, Lima 2021]', async () => {
    const d6 = await runInProcess(['pgx', 'cyp2d6', '*1/*1']);
    expect(d6.stdout).toMatch(/Activity score\s+2/);
    expect(d6.stdout).toMatch(/Phenotype\s+normal metabolizer/);
    const c19 = await runInProcess(['pgx', 'CYP2C19', '*2/*2', '--json']);
    expect(JSON.parse(c19.stdout)).toEqual({
      gene: 'CYP2C19',
      diplotype: '*2/*2',
      activityScore: null,
      phenotype: 'poor metabolizer',
    });
  });

  it('an unsupported gene or unreadable diplotype exits 2 naming gene or diplotype [CPIC]', async () => {
    const gene = await runInProcess(['pgx', 'CYP9Z9', '*1/*4']);
    expect(gene.status).toBe(2);
    expect(gene.stderr).toMatch(/^pgx: gene "CYP9Z9" is not a supported gene/);
    const diplotype = await runInProcess(['pgx', 'CYP2D6', '*1*4']);
    expect(diplotype.status).toBe(2);
    expect(diplotype.stderr).toMatch(/^pgx: diplotype "\*1\*4"/);
  });
});

describe('titrate check', () => {
  it('the design.md example gives interaction.serotonin-syndrome for sertraline + tramadol [Boyer & Shannon 2005]', () => {
    const result = json<CheckJson>(run(['check', '-', '--json'], JSON.stringify(DESIGN_EXAMPLE)));
    const serotonin = result.alerts.find((a) => a.code === 'interaction.serotonin-syndrome');
    expect(serotonin).toMatchObject({
      category: 'interaction',
      severity: 'major',
      drugs: ['sertraline', 'tramadol'],
    });
    expect(serotonin?.sources.some((s) => s.includes('Boyer'))).toBe(true);
    expect(result.unrecognized).toEqual([]);
  });

  it('readable output lists each alert with its severity word and drugs, most severe first [Boyer & Shannon 2005]', async () => {
    const result = await runInProcess(['check', tempFile(DESIGN_EXAMPLE)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Safety check as of 2026-11-22: \d+ alerts \(/);
    expect(result.stdout).toMatch(/\n1\. (CONTRAINDICATED|MAJOR) · /);
    expect(result.stdout).toMatch(/MAJOR · interaction · sertraline \+ tramadol/);
    expect(result.stdout).toContain('code interaction.serotonin-syndrome');
  });

  it('sertraline 50 mg alone gives no alert, and asOf defaults to today [design.md; Zoloft label]', async () => {
    const quiet = json<CheckJson>(await runInProcess(['check', '--json', tempFile(QUIET_REGIMEN)]));
    expect(quiet).toEqual({ alerts: [], unrecognized: [] });
    const { asOf: _asOf, ...undated } = QUIET_REGIMEN;
    const readable = await runInProcess(['check', tempFile(undated)]);
    expect(readable.status).toBe(0);
    expect(readable.stdout.trim()).toBe(`Safety check as of ${localToday()}: no alerts.`);
  });

  it('an unknown drug name is listed as not recognized with close matches, never silently dropped [design.md]', async () => {
    const result = await runInProcess([
      'check',
      tempFile({ current: [{ drug: 'sertralin', dose: 50 }] }),
      '--json',
    ]);
    expect(result.status).toBe(0);
    const answer = JSON.parse(result.stdout) as CheckJson;
    expect(answer.unrecognized).toEqual([
      { kind: 'drug', input: 'sertralin', suggestions: expect.arrayContaining(['sertraline']) },
    ]);
    const readable = await runInProcess(['check', tempFile({ current: [{ drug: 'sertralin', dose: 50 }] })]);
    expect(readable.stdout).toMatch(/1 entry NOT RECOGNIZED and not checked/);
    expect(readable.stdout).toMatch(/drug "sertralin": NOT CHECKED, did you mean sertraline/);
  });

  it('a wrong type exits 2 naming the field path [CheckInput, packages/clinical/src/types.ts]', () => {
    const bad = { ...QUIET_REGIMEN, proposed: [{ drug: 'tramadol', dose: '50 mg' }] };
    const result = run(['check', '-'], JSON.stringify(bad));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('check: proposed[0].dose must be a number (got "50 mg")');
  });

  it('every kind of bad document exits 2 with the field named [CheckInput, packages/clinical/src/types.ts]', async () => {
    const cases: [unknown, string][] = [
      [{ ...QUIET_REGIMEN, notes: 'x' }, 'check: unknown field "notes"'],
      [
        { ...QUIET_REGIMEN, patient: { allergys: ['penicillin'] } },
        'check: unknown field "allergys" in patient',
      ],
      [
        { ...QUIET_REGIMEN, asOf: '2026-02-30' },
        'check: asOf must be a calendar date written YYYY-MM-DD (got "2026-02-30")',
      ],
      [
        { ...QUIET_REGIMEN, patient: { sex: 'f' } },
        'check: patient.sex must be "female" or "male" (got "f")',
      ],
      [
        { ...QUIET_REGIMEN, patient: { substances: [{ substance: 'alcohol', status: 'sometimes' }] } },
        'check: patient.substances[0].status must be "current", "withdrawal", "recently-stopped" or "past"',
      ],
      [
        { ...QUIET_REGIMEN, patient: { pgx: [{ gene: 'CYP2D6' }] } },
        'check: patient.pgx[0] needs a diplotype, a phenotype',
      ],
      [{ current: [{ dose: 50 }] }, 'check: current[0].drug is required'],
      [{ asOf: '2026-11-22' }, 'check: the document needs at least one drug in "current" or "proposed"'],
      [[QUIET_REGIMEN], 'check: the document must be a JSON object (got a list)'],
      ['{"current": [', 'check: the document is not valid JSON'],
      ['  \n', 'check: the document is empty'],
    ];
    for (const [document, message] of cases) {
      const result = await runInProcess(['check', tempFile(document)]);
      expect(result.status, message).toBe(2);
      expect(result.stdout, message).toBe('');
      expect(result.stderr, message).toContain(message);
    }
    const missing = await runInProcess(['check', path.join(tempDir, 'no-such-file.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/check: cannot read FILE ".*no-such-file\.json"/);
  });

  it('--batch with 3 good lines writes 3 answers in order and exits 0 [Boyer & Shannon 2005]', () => {
    const lines = [
      {
        asOf: '2026-11-22',
        current: [{ drug: 'sertraline', dose: 100 }],
        proposed: [{ drug: 'tramadol', dose: 50 }],
      },
      QUIET_REGIMEN,
      {
        asOf: '2026-11-22',
        current: [{ drug: 'Zoloft', dose: 100 }],
        proposed: [{ drug: 'Ultram', dose: 50 }],
      },
    ];
    const result = run(['check', '--batch'], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const answers = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as CheckJson);
    expect(answers).toHaveLength(3);
    expect(answers[0]?.alerts.map((a) => a.code)).toContain('interaction.serotonin-syndrome');
    expect(answers[1]).toEqual({ alerts: [], unrecognized: [] });
    expect(answers[2]?.alerts.find((a) => a.code === 'interaction.serotonin-syndrome')?.drugs).toEqual([
      'sertraline',
      'tramadol',
    ]);
  });

  it('--batch: a bad line gives an error object on its own line, the batch goes on, exit 2 at the end [design.md]', () => {
    const input = [
      JSON.stringify(QUIET_REGIMEN),
      JSON.stringify({ proposed: [{ drug: 'tramadol', dose: 'fifty' }] }),
      JSON.stringify({
        asOf: '2026-11-22',
        current: [{ drug: 'sertraline', dose: 100 }],
        proposed: [{ drug: 'tramadol' }],
      }),
    ].join('\n');
    const result = run(['check', '--batch', '-'], input);
    expect(result.status).toBe(2);
    const out = result.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[0] ?? '')).toEqual({ alerts: [], unrecognized: [] });
    expect(JSON.parse(out[1] ?? '') as BatchError).toEqual({
      error: {
        line: 2,
        field: 'proposed[0].dose',
        message: 'check: proposed[0].dose must be a number (got "fifty")',
      },
    });
    expect((JSON.parse(out[2] ?? '') as CheckJson).alerts.map((a) => a.code)).toContain(
      'interaction.serotonin-syndrome',
    );
    expect(result.stderr).toContain('check --batch: 1 of 3 lines rejected as bad input (line 2)');
  });

  it('--batch: invalid JSON and blank lines inside the input are errors on their lines; trailing blank lines are ignored [design.md]', async () => {
    const file = tempFile(
      `${JSON.stringify(QUIET_REGIMEN)}\n\n{oops\n${JSON.stringify(QUIET_REGIMEN)}\n\n`,
      'jsonl',
    );
    const result = await runInProcess(['check', '--batch', file]);
    expect(result.status).toBe(2);
    const out = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as CheckJson | BatchError);
    expect(out).toHaveLength(4);
    expect(out[1]).toMatchObject({ error: { line: 2, field: '' } });
    expect(out[2]).toMatchObject({
      error: { line: 3, field: '', message: expect.stringContaining('not valid JSON') },
    });
    expect(out[3]).toEqual({ alerts: [], unrecognized: [] });
    expect(result.stderr).toContain('2 of 4 lines rejected as bad input (lines 2, 3)');
  });
});

describe('titrate drug', () => {
  it('sertraline: RxNorm 36437, brand Zoloft, not controlled, max 200 mg/day, with education [Zoloft label; RxNorm]', () => {
    const drug = json<Record<string, unknown>>(run(['drug', 'Zoloft', '--json']));
    expect(drug).toMatchObject({
      name: 'sertraline',
      rxnorm: '36437',
      brands: ['Zoloft'],
      schedule: null,
      maxDailyDose: 200,
    });
    expect(drug.classes).toContain('ssri');
    expect(drug.monitoring).toContain('antidepressant-suicidality');
    expect(drug.education).toMatchObject({ purpose: expect.stringContaining('depression') });
    expect((drug.citations as { id: string; citation: string }[]).length).toBeGreaterThan(0);
  });

  it('alprazolam is Schedule IV; the readable monograph says so [21 CFR 1308.14]', async () => {
    const result = await runInProcess(['drug', 'ALPRAZOLAM']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ALPRAZOLAM\n/);
    expect(result.stdout).toMatch(/Schedule\s+C-IV/);
    expect(result.stdout).toMatch(/BOXED WARNING/);
    expect(result.stdout).toContain('Patient education');
    const json = await runInProcess(['drug', '596', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ name: 'alprazolam', schedule: 'IV' });
  });

  it('an unknown name exits 2 with close matches ("did you mean sertraline?") [design.md]', () => {
    const result = run(['drug', 'sertralin']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/drug: unknown drug "sertralin"\. Did you mean sertraline\?/);
  });
});

describe('titrate monitoring', () => {
  it('lithium: baseline renal, thyroid and calcium on the start date, first level one week later [NICE CG185]', () => {
    const items = json<{ test: string; loinc: string | null; due: string; reason: string; kind: string }[]>(
      run(['monitoring', 'lithium', '--start', '2026-01-05', '--until', '2026-02-01', '--json']),
    );
    const baseline = items.filter((i) => i.due === '2026-01-05').map((i) => i.test);
    expect(baseline).toEqual(expect.arrayContaining(['creatinine', 'egfr', 'tsh', 'calcium']));
    expect(items.filter((i) => i.due === '2026-01-05').every((i) => i.kind === 'baseline')).toBe(true);
    const levels = items.filter((i) => i.test === 'lithium');
    expect(levels[0]).toMatchObject({ due: '2026-01-12', loinc: '14334-7' });
    expect(items.every((i) => i.due >= '2026-01-05' && i.due <= '2026-02-01')).toBe(true);
    expect(items.map((i) => i.due)).toEqual([...items.map((i) => i.due)].sort());
  });

  it('readable table; default end two years later; a male patient gets no pregnancy test [NICE CG185]', async () => {
    const result = await runInProcess([
      'monitoring',
      'lithium',
      '--start',
      '2026-01-05',
      '--sex',
      'male',
      '--age',
      '30',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Monitoring for lithium started 2026-01-05 \(through 2028-01-05\)/);
    expect(result.stdout).toMatch(/Due\s+Test\s+LOINC\s+Reason/);
    expect(result.stdout).toMatch(/2026-01-12\s+Serum lithium level/);
    expect(result.stdout).not.toContain('Pregnancy test');
  });

  it('bad dates and unknown drugs exit 2 naming the option or the drug [design.md]', async () => {
    const date = await runInProcess(['monitoring', 'lithium', '--start', '2026-13-01']);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain(
      'monitoring: --start "2026-13-01" must be a calendar date written YYYY-MM-DD',
    );
    const order = await runInProcess([
      'monitoring',
      'lithium',
      '--start',
      '2026-03-01',
      '--until',
      '2026-01-01',
    ]);
    expect(order.status).toBe(2);
    expect(order.stderr).toContain('monitoring: --until 2026-01-01 is before --start 2026-03-01');
    const missing = await runInProcess(['monitoring', 'lithium']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("required option '--start <date>' not specified");
    const drug = await runInProcess(['monitoring', 'lithum', '--start', '2026-01-05']);
    expect(drug.status).toBe(2);
    expect(drug.stderr).toMatch(/monitoring: unknown drug "lithum"\. Did you mean lithium\?/);
  });
});

describe('titrate taper', () => {
  it('paroxetine 40 mg: hyperbolic to zero, absolute steps never growing until the last [Horowitz & Taylor 2019]', () => {
    const plan = json<{ drug: string; method: string; steps: { week: number; dailyDose: number }[] }>(
      run(['taper', 'Paxil', '40', '--json']),
    );
    expect(plan.drug).toBe('paroxetine');
    expect(plan.method).toBe('hyperbolic');
    expect(plan.steps[0]?.week).toBe(0);
    expect(plan.steps.at(-1)?.dailyDose).toBe(0);
    const doses = [40, ...plan.steps.map((s) => s.dailyDose)];
    const cuts = doses.slice(1).map((dose, i) => (doses[i] ?? 0) - dose);
    expect(cuts.every((cut) => cut > 0)).toBe(true);
    const beforeZero = cuts.slice(0, -1);
    for (let i = 1; i < beforeZero.length; i++)
      expect(beforeZero[i]).toBeLessThanOrEqual((beforeZero[i - 1] ?? 0) + 1e-9);
  });

  it('clonazepam 2 mg every 2 weeks: no step above 25 % of the current dose before the last [Joint benzodiazepine guideline 2025]', async () => {
    const result = await runInProcess(['taper', 'clonazepam', '2', '--interval-weeks', '2', '--json']);
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout) as {
      method: string;
      intervalWeeks: number;
      steps: { week: number; dailyDose: number; reductionPercent: number }[];
    };
    expect(plan.method).toBe('benzodiazepine-guideline');
    expect(plan.intervalWeeks).toBe(2);
    expect(plan.steps.map((s) => s.week)).toEqual(plan.steps.map((_, i) => i * 2));
    expect(plan.steps.slice(0, -1).every((s) => s.reductionPercent <= 25)).toBe(true);
    const readable = await runInProcess(['taper', 'clonazepam', '2mg', '--interval-weeks', '2']);
    expect(readable.stdout).toMatch(/Interval\s+every 2 weeks/);
    expect(readable.stdout).toMatch(/Week\s+Daily dose\s+Form\s+Cut/);
  });

  it('a bad dose, interval or drug exits 2 naming it [design.md]', async () => {
    const dose = await runInProcess(['taper', 'paroxetine', 'lots']);
    expect(dose.status).toBe(2);
    expect(dose.stderr).toContain('taper: DAILY_DOSE "lots" must be a positive number of mg');
    const interval = await runInProcess(['taper', 'paroxetine', '40', '--interval-weeks', '0']);
    expect(interval.status).toBe(2);
    expect(interval.stderr).toContain(
      'taper: --interval-weeks "0" must be a whole number of weeks from 1 to 52',
    );
    const drug = await runInProcess(['taper', 'paroxetin', '40']);
    expect(drug.status).toBe(2);
    expect(drug.stderr).toMatch(/taper: unknown drug "paroxetin"\. Did you mean paroxetine\?/);
  });
});

describe('clinical verbs --help', () => {
  it('every verb has a description, its arguments and an example [design.md]', async () => {
    const verbs: [string, RegExp][] = [
      ['check', /titrate check --batch/],
      ['score', /titrate score PHQ-9 1 2 3 0 1 2 0 1 0/],
      ['change', /titrate change PHQ-9 12 5/],
      ['pgx', /titrate pgx CYP2D6 '\*1\/\*4'/],
      ['drug', /titrate drug sertraline/],
      ['monitoring', /titrate monitoring lithium --start 2026-01-05/],
      ['taper', /titrate taper paroxetine 40/],
    ];
    for (const [verb, example] of verbs) {
      const result = await runInProcess([verb, '--help']);
      expect(result.status, verb).toBe(0);
      expect(result.stdout, verb).toMatch(new RegExp(`Usage: titrate ${verb} `));
      expect(result.stdout, verb).toContain('--json');
      expect(result.stdout, verb).toMatch(/Examples?:/);
      expect(result.stdout, verb).toMatch(example);
    }
  });
});
