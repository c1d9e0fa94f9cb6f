/**
 * Safety check engine (`titrate check`): interactions, duplication, allergy, condition, dose,
 * pharmacogenomic, substance, lab, age, pregnancy and regulatory alerts for a regimen.
 */
export { CATEGORY_ORDER } from './alerts.js';
export { CONDITION_VOCABULARY, type ConditionId } from './conditions.js';
export {
  type Checker,
  checkRegimen,
  createChecker,
  DEFAULT_PGX_PROVIDER,
  defaultKnowledge,
} from './engine.js';
export { type ParsedFrequency, parseFrequency, toMg } from './frequency.js';
export { ckdEpi2021, LAB_VOCABULARY, type LabId } from './labs.js';
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
