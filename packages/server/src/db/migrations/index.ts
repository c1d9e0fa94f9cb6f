import * as foundation from './0001-foundation.js';
import * as audit from './0002-audit.js';
import * as careTeamHistory from './0003-care-team-history.js';
import * as signInThrottle from './0004-sign-in-throttle.js';

export interface Migration {
  name: string;
  /** SQL run as the schema owner inside one transaction. */
  up: string;
}

/** Every migration, in order. Names never change once released. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '0001-foundation', up: foundation.up },
  { name: '0002-audit', up: audit.up },
  { name: '0003-care-team-history', up: careTeamHistory.up },
  { name: '0004-sign-in-throttle', up: signInThrottle.up },
];
