// What the interface offers each role. The server enforces access; these only decide which controls to
// show so that people are not offered actions they cannot take.

import type { Session } from './types.js';

const demographicsEditors = new Set(['prescriber', 'nurse', 'care-coordinator', 'front-desk', 'admin']);

/** Registering patients and editing their demographics and contact details. */
export function canEditDemographics(session: Session): boolean {
  return session.user.roles.some((role) => demographicsEditors.has(role));
}
