import type { Source } from '../types.js';
import { FORMULARY_A_SOURCES } from './formulary-a.js';
import { FORMULARY_B_SOURCES } from './formulary-b.js';
import { FORMULARY_C_SOURCES } from './formulary-c.js';

/** Formulary sources, kept per drug group so the groups can be edited independently. */
export const FORMULARY_SOURCES: Source[] = [
  ...FORMULARY_A_SOURCES,
  ...FORMULARY_B_SOURCES,
  ...FORMULARY_C_SOURCES,
];
