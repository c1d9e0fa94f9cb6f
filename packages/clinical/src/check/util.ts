/**
 * Small pure helpers used across the check engine: text normalisation, fuzzy matching for
 * suggestions, and ISO date arithmetic (no clock is ever read here).
 */

/** Lower case, trims, folds punctuation other than `/`, `+`, `*`, `.` and `-` into spaces. */
export function normalizeText(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9/+*.\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance with an early exit once `max` is exceeded (returns max + 1). */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Closest candidates to `query` (edit distance scaled to length, prefix matches first).
 * `candidates` maps a normalised key to the display value suggested for it.
 */
export function closestMatches(query: string, candidates: ReadonlyMap<string, string>, limit = 5): string[] {
  const q = normalizeText(query);
  if (q.length === 0) return [];
  const maxDistance = q.length <= 4 ? 1 : q.length <= 7 ? 2 : 3;
  const scored: Array<{ value: string; score: number }> = [];
  for (const [key, value] of candidates) {
    let score: number;
    if (key.startsWith(q) || (q.length >= 4 && key.includes(q))) score = 0.5;
    else if (q.length >= 4 && q.startsWith(key) && key.length >= 4) score = 0.75;
    else {
      const d = editDistance(q, key, maxDistance);
      if (d > maxDistance) continue;
      score = 1 + d;
    }
    scored.push({ value, score });
  }
  scored.sort((x, y) => x.score - y.score || x.value.localeCompare(y.value));
  const out: string[] = [];
  for (const { value } of scored) {
    if (!out.includes(value)) out.push(value);
    if (out.length >= limit) break;
  }
  return out;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for an ISO `YYYY-MM-DD` date, or null when malformed. */
export function isoToDay(value: string): number | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(ms / 86_400_000);
}

/** ISO date `days` after the epoch-day `day`. */
export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function formatMg(mg: number): string {
  const rounded = Math.round(mg * 1000) / 1000;
  return `${rounded} mg`;
}
