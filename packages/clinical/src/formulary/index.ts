import { ADHD_MEDICATIONS } from './drugs/adhd.js';
import { ANTIDEPRESSANTS } from './drugs/antidepressants.js';
import { ANTIPSYCHOTICS } from './drugs/antipsychotics.js';
import { ANXIOLYTICS_HYPNOTICS } from './drugs/anxiolytics-hypnotics.js';
import { MOOD_STABILIZERS } from './drugs/mood-stabilizers.js';
import { NON_PSYCHIATRIC } from './drugs/non-psychiatric.js';
import { SUBSTANCE_USE_MEDICATIONS } from './drugs/substance-use.js';
import type { Drug } from './types.js';

export {
  COMBINATIONS,
  createDrugLookup,
  type DrugLookup,
  drugsInClass,
  findDrug,
  formularyLookup,
  getDrug,
  normalizeDrugName,
  type ResolvedMedication,
  resolveMedication,
  suggestDrugs,
  UnknownDrugError,
} from './lookup.js';
export type * from './types.js';

/** Every drug the engine knows, in one list (order: psychiatric groups, then interacting drugs). */
export const DRUGS: readonly Drug[] = [
  ...ANTIDEPRESSANTS,
  ...ANTIPSYCHOTICS,
  ...MOOD_STABILIZERS,
  ...ANXIOLYTICS_HYPNOTICS,
  ...ADHD_MEDICATIONS,
  ...SUBSTANCE_USE_MEDICATIONS,
  ...NON_PSYCHIATRIC,
];
