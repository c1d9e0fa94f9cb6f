/**
 * Safety check engine (`titrate check`): interactions, duplication, allergy, condition, dose,
 * pharmacogenomic, substance, lab, age, pregnancy and regulatory alerts for a regimen.
 *
 * Main entry points: `checkRegimen(input, { today })` with the default knowledge, or
 * `createChecker(knowledge)` → `checker.check(input, { today })` with a partial override of it.
 * Bad input throws `CheckInputError` (the CLI exits 2, the server answers 400).
 */
export { CATEGORY_ORDER as ALERT_CATEGORY_ORDER } from './alerts.js';
export {
  CONDITION_VOCABULARY as CHECK_CONDITION_VOCABULARY,
  type ConditionId as CheckConditionId,
} from './conditions.js';
export {
  type Checker,
  checkRegimen,
  createChecker,
  DEFAULT_LAB_INTERPRETER,
  DEFAULT_PGX_PROVIDER,
  defaultKnowledge,
} from './engine.js';
export { type ParsedFrequency, parseFrequency as parseDoseFrequency, toMg as doseToMg } from './frequency.js';
export { ckdEpi2021, LAB_VOCABULARY as CHECK_LAB_VOCABULARY, type LabId as CheckLabId } from './labs.js';
export { DEFAULT_TELEMEDICINE_POLICY } from './policy.js';
export {
  CheckInputError,
  type CheckKnowledge,
  type CheckOptions,
  type LabInterpretation,
  type LabInterpretContext,
  type LabInterpreter,
  type PgxProvider,
  type TelemedicinePolicy,
  type TelemedicinePolicyPeriod,
} from './types.js';
