import type { Drug } from '../types.js';
import { ANTI_INFECTIVES } from './non-psychiatric/anti-infectives.js';
import { CARDIOVASCULAR } from './non-psychiatric/cardiovascular.js';
import { GI_CNS } from './non-psychiatric/gi-cns.js';
import { HORMONAL } from './non-psychiatric/hormonal.js';
import { NSAIDS } from './non-psychiatric/nsaids.js';
import { OPIOIDS } from './non-psychiatric/opioids.js';
import { SEROTONERGIC_OTHER } from './non-psychiatric/serotonergic.js';

export type { LabelContraindication, ProdrugActivation } from './non-psychiatric/relations.js';
export { LABEL_CONTRAINDICATIONS, PRODRUG_ACTIVATION } from './non-psychiatric/relations.js';

/**
 * Non-psychiatric drugs that matter when they meet psychiatric ones: serotonergic and
 * CNS-depressant opioids, MAO-inhibiting anti-infectives, triptans, drugs that raise lithium,
 * enzyme inhibitors and inducers, QT-prolonging drugs, bleeding-risk drugs, dopamine-blocking
 * antiemetics and anticholinergic antihistamines. Sources: packages/clinical/src/sources/formulary-c.ts.
 */
export const NON_PSYCHIATRIC: Drug[] = [
  ...OPIOIDS,
  ...SEROTONERGIC_OTHER,
  ...NSAIDS,
  ...CARDIOVASCULAR,
  ...ANTI_INFECTIVES,
  ...HORMONAL,
  ...GI_CNS,
];
