/**
 * Turning findings into the public `Alert` list: merge duplicates (one alert per mechanism per
 * drug set, highest severity wins), resolve source ids to citations, sort deterministically.
 */
import {
  type Alert,
  type AlertCategory,
  SEVERITY_RANK,
  type Severity,
  type Source,
  type SourceId,
} from '../types.js';
import type { Finding } from './types.js';

/** Category order used for sorting within a severity (design.md's category list order). */
export const CATEGORY_ORDER: readonly AlertCategory[] = [
  'interaction',
  'duplication',
  'allergy',
  'contraindication',
  'dose',
  'pharmacogenomic',
  'substance',
  'lab',
  'age',
  'pregnancy',
  'regulatory',
  'monitoring',
];
const CATEGORY_RANK = new Map(CATEGORY_ORDER.map((c, i) => [c, i]));

export function severityAtLeast(a: Severity, b: Severity): boolean {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b];
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** One level lower (info stays info). */
export function lowerSeverity(s: Severity): Severity {
  switch (s) {
    case 'contraindicated':
      return 'major';
    case 'major':
      return 'moderate';
    case 'moderate':
      return 'minor';
    default:
      return 'info';
  }
}

function key(f: Finding): string {
  return `${f.mechanism ?? f.code}|${[...f.drugs].sort().join('+')}`;
}

function better(a: Finding, b: Finding): boolean {
  const sa = SEVERITY_RANK[a.severity];
  const sb = SEVERITY_RANK[b.severity];
  if (sa !== sb) return sa > sb;
  return (a.priority ?? 0) > (b.priority ?? 0);
}

export function finalizeAlerts(
  findings: readonly Finding[],
  sources: ReadonlyMap<SourceId, Source>,
): Alert[] {
  const merged = new Map<string, Finding>();
  for (const f of findings) {
    const k = key(f);
    const previous = merged.get(k);
    if (!previous) merged.set(k, f);
    else if (better(f, previous)) merged.set(k, { ...f, sources: [...f.sources, ...previous.sources] });
    else merged.set(k, { ...previous, sources: [...previous.sources, ...f.sources] });
  }
  const alerts: Alert[] = [];
  for (const f of merged.values()) {
    const citations: string[] = [];
    for (const id of f.sources) {
      const citation = sources.get(id)?.citation ?? id;
      if (!citations.includes(citation)) citations.push(citation);
    }
    alerts.push({
      code: f.code,
      category: f.category,
      severity: f.severity,
      drugs: [...new Set(f.drugs.map((d) => d.toLowerCase()))].sort(),
      title: f.title,
      detail: f.detail,
      recommendation: f.recommendation,
      action: f.action,
      maxDailyDose: f.maxDailyDose,
      sources: citations,
    });
  }
  alerts.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (CATEGORY_RANK.get(a.category) ?? 99) - (CATEGORY_RANK.get(b.category) ?? 99) ||
      a.code.localeCompare(b.code) ||
      a.drugs.join('+').localeCompare(b.drugs.join('+')),
  );
  return alerts;
}
