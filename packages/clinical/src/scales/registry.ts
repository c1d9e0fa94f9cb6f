/** The instrument registry and name lookup. */

import { ASRS } from './instruments/adhd.js';
import { GAD2, GAD7 } from './instruments/anxiety.js';
import { MDQ } from './instruments/bipolar.js';
import { CSSRS } from './instruments/cssrs.js';
import { PHQ2, PHQ9 } from './instruments/depression.js';
import { ISI } from './instruments/insomnia.js';
import { AIMS } from './instruments/movement.js';
import { PCL5 } from './instruments/ptsd.js';
import { AUDITC, DAST10 } from './instruments/substance.js';
import type { Instrument, InstrumentId, InstrumentSummary } from './types.js';

/** Every instrument, keyed by its CLI name. */
export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  'PHQ-9': PHQ9,
  'PHQ-2': PHQ2,
  'GAD-7': GAD7,
  'GAD-2': GAD2,
  'C-SSRS': CSSRS,
  'AUDIT-C': AUDITC,
  'DAST-10': DAST10,
  ASRS,
  MDQ,
  'PCL-5': PCL5,
  ISI,
  AIMS,
};

/** Lower case, letters and digits only: `PHQ-9`, `phq9`, `Phq 9` all become `phq9`. */
function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_NAME: ReadonlyMap<string, Instrument> = (() => {
  const map = new Map<string, Instrument>();
  for (const instrument of Object.values(INSTRUMENTS)) {
    for (const name of [instrument.id, ...instrument.aliases]) map.set(normalize(name), instrument);
  }
  return map;
})();

/**
 * Looks an instrument up by name, ignoring case, spaces and punctuation (`phq-9`, `PHQ9`, `c-ssrs`,
 * `cssrs`, `audit c`). Returns undefined for an unknown name.
 */
export function getInstrument(name: string): Instrument | undefined {
  return BY_NAME.get(normalize(name));
}

/** One line per instrument, in registry order (for `titrate score --list` and pickers). */
export function listInstruments(): InstrumentSummary[] {
  return Object.values(INSTRUMENTS).map((instrument) => ({
    id: instrument.id,
    title: instrument.title,
    purpose: instrument.purpose,
    itemCount: instrument.items.length,
    lookBack: instrument.lookBack,
  }));
}
