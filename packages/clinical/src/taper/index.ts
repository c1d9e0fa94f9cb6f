export {
  type CrossTaperOptions,
  type CrossTaperPlan,
  type CrossTaperStep,
  crossTaperPlan,
  type SwitchMethod,
} from './cross.js';
export {
  benzodiazepineEquivalent,
  DIAZEPAM_EQUIVALENTS,
  type DiazepamEquivalent,
  fromDiazepamEquivalent,
} from './equivalents.js';
export {
  benzodiazepineMaxStep,
  type DoseForm,
  type TaperMethod,
  type TaperOptions,
  type TaperPlan,
  type TaperStep,
  taperPlan,
} from './plan.js';
