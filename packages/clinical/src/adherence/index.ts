import type { SourceId } from '../types.js';

/**
 * Clozapine after missed doses: when 2 days or more have passed since the last dose, restart at
 * 12.5 mg once or twice daily and titrate again, because the first-dose risks (orthostatic
 * hypotension, bradycardia, syncope) return (clozapine label, Re-Initiation of Treatment).
 * A gap of this many hours without a logged dose means re-titration is needed.
 */
export const CLOZAPINE_RETITRATION_HOURS = 48;
export const CLOZAPINE_RETITRATION_SOURCES: readonly SourceId[] = ['label-clozapine'];
