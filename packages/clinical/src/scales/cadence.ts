import type { SourceId } from '../types.js';

/**
 * Days between assigned rating scales by treatment phase: every 2 weeks while treatment is
 * acute (being started or changed), monthly once stable. Guidelines ask for a validated measure
 * at each review and reviews every 2-4 weeks in the first months of treatment, then at longer
 * intervals when the response is good (NICE CG90; APA 2010); the exact intervals are the
 * product's convention within that range (issue #5).
 */
export const SCALE_PHASE_INTERVAL_DAYS = { acute: 14, stable: 30 } as const;
export const SCALE_PHASE_INTERVAL_SOURCES: readonly SourceId[] = ['fu-nice-cg90', 'fu-apa-mdd-2010'];
