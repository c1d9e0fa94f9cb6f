export { followUpDiagnoses } from './diagnoses.js';
export {
  LEVEL_OF_CARE_RANK,
  type LevelOfCare,
  type LevelOfCareInput,
  type LevelOfCareResult,
  levelOfCareFor,
  type SafetyRisk,
} from './level-of-care.js';
export {
  DEFAULT_FOLLOW_UP_POLICY,
  DEFAULT_TELEHEALTH_POLICY,
  type Diagnosis,
  type FollowUpOptions,
  type FollowUpPolicy,
  type FollowUpRecommendation,
  type FollowUpRule,
  type FollowUpSituation,
  type MedicationChange,
  type MedicationChangeKind,
  type Modality,
  recommendFollowUp,
  type SideEffectSeverity,
  type TelehealthPolicy,
} from './recommend.js';
