/** Rating scales for measurement-based care: instrument definitions, scoring, change and trends. */

export { SCALE_PHASE_INTERVAL_DAYS, SCALE_PHASE_INTERVAL_SOURCES } from './cadence.js';
export { interpretChange, interpretSeries } from './change.js';
export { ScaleInputError } from './errors.js';
export { getInstrument, INSTRUMENTS, listInstruments } from './registry.js';
export { scoreInstrument } from './score.js';
export type * from './types.js';
