import type { Source, SourceId } from '../types.js';
import { CHECK_SOURCES } from './check.js';
import { FORMULARY_SOURCES } from './formulary.js';
import { MONITORING_SOURCES } from './monitoring.js';
import { PGX_SOURCES } from './pgx.js';
import { SCALE_SOURCES } from './scales.js';
import { TRIAL_SOURCES } from './trials.js';

/**
 * Registry of every source the engine cites. Each domain keeps its own list (so they can grow
 * independently); ids must be unique across all of them, which a test enforces.
 */
const ALL: Source[] = [
  ...FORMULARY_SOURCES,
  ...CHECK_SOURCES,
  ...PGX_SOURCES,
  ...SCALE_SOURCES,
  ...MONITORING_SOURCES,
  ...TRIAL_SOURCES,
];

export const SOURCES: ReadonlyMap<SourceId, Source> = new Map(ALL.map((s) => [s.id, s]));
export const SOURCE_LIST: readonly Source[] = ALL;

export function citation(id: SourceId): string {
  const source = SOURCES.get(id);
  if (!source) throw new Error(`Unknown clinical source id: ${id}`);
  return source.citation;
}
