/**
 * Benchmark of the safety check engine: `npx tsx bench/check.bench.ts`.
 *
 * Builds the checker once, then times `check` on a 12-drug regimen with genotypes, conditions,
 * substances and labs (warm-up, then ITERATIONS timed runs). A baseline measured in the same run —
 * a JSON round-trip of the same document, the cost of merely parsing the request — makes the
 * result comparable across machines. Prints JSON; no timed assertions (project target: < 1 ms median).
 */
import { type CheckInput, createChecker } from '../packages/clinical/src/index.js';

const WARMUP = 300;
const ITERATIONS = Number(process.env.ITERATIONS ?? 3000);

const INPUT: CheckInput = {
  asOf: '2026-11-22',
  patient: {
    age: 68,
    sex: 'male',
    weightKg: 82,
    conditions: ['F31.81', 'I10', 'N18.31', 'G47.33', 'history of alcohol use disorder'],
    allergies: ['carbamazepine'],
    substances: [
      { substance: 'tobacco', status: 'recently-stopped' },
      { substance: 'alcohol', status: 'past', disorder: true },
    ],
    pgx: [
      { gene: 'CYP2D6', diplotype: '*4/*4' },
      { gene: 'CYP2C19', diplotype: '*1/*2' },
      { gene: 'HLA-B', allele: '*15:02', result: 'negative' },
    ],
    labs: [
      { test: 'lithium', value: 1.3, unit: 'mmol/L', date: '2026-11-15' },
      { test: 'eGFR', value: 48, date: '2026-11-15' },
      { test: 'sodium', value: 131, unit: 'mmol/L', date: '2026-11-15' },
      { test: 'ANC', value: 2.4, unit: '10^9/L', date: '2026-11-15' },
    ],
    vitals: { qtcMs: 462, heartRate: 64 },
    setting: { telehealth: true, inPersonEvaluationDone: false },
  },
  current: [
    { drug: 'lithium carbonate', dose: 300, unit: 'mg', frequency: 'three times daily' },
    { drug: 'Seroquel', dose: 200, unit: 'mg', frequency: 'at bedtime' },
    { drug: 'lamotrigine', dose: 200, unit: 'mg', frequency: 'daily' },
    { drug: 'sertraline', dose: 100, unit: 'mg', frequency: 'daily' },
    { drug: 'clonazepam', dose: 0.5, unit: 'mg', frequency: 'twice daily' },
    { drug: 'lisinopril', dose: 20, unit: 'mg', frequency: 'daily' },
    { drug: 'hydrochlorothiazide', dose: 25, unit: 'mg', frequency: 'daily' },
    { drug: 'omeprazole', dose: 20, unit: 'mg', frequency: 'daily' },
    { drug: 'clozapine', dose: 200, unit: 'mg', frequency: 'daily' },
  ],
  proposed: [
    { drug: 'divalproex ER', dose: 500, unit: 'mg', frequency: 'twice daily' },
    { drug: 'ibuprofen', dose: 400, unit: 'mg', frequency: 'every 6 hours as needed' },
    { drug: 'oxycodone', dose: 5, unit: 'mg', frequency: 'every 6 hours as needed', refills: 1 },
  ],
};

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function time(fn: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = now();
    fn();
    samples.push(now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

const buildStart = now();
const checker = createChecker();
const buildMs = now() - buildStart;

let sink = 0;
const first = checker.check(INPUT);
const check = time(() => {
  sink += checker.check(INPUT).alerts.length;
});
const baseline = time(() => {
  sink += (JSON.parse(JSON.stringify(INPUT)) as CheckInput).current?.length ?? 0;
});

const round = (v: number) => Math.round(v * 1000) / 1000;
console.log(
  JSON.stringify(
    {
      benchmark: 'check: 12-drug regimen with genotypes, conditions, substances and labs',
      iterations: ITERATIONS,
      warmup: WARMUP,
      activeDrugs: (INPUT.current?.length ?? 0) + (INPUT.proposed?.length ?? 0),
      alerts: first.alerts.length,
      checkerBuildMs: round(buildMs),
      indexedPairs: checker.indexedPairs,
      medianMs: round(check.median),
      p95Ms: round(check.p95),
      baseline: {
        name: 'JSON.parse(JSON.stringify(input))',
        medianMs: round(baseline.median),
        p95Ms: round(baseline.p95),
      },
      medianRatioToBaseline: round(check.median / baseline.median),
      targetMedianMs: 1,
      withinTarget: check.median < 1,
      sink: sink > 0,
    },
    null,
    2,
  ),
);
