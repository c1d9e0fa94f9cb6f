import * as foundation from './0001-foundation.js';
import * as audit from './0002-audit.js';
import * as careTeamHistory from './0003-care-team-history.js';
import * as signInThrottle from './0004-sign-in-throttle.js';
import * as identity from './0005-identity.js';
import * as apiTokens from './0006-api-tokens.js';
import * as consentEmergencyAccess from './0007-consent-emergency-access.js';
import * as care from './0008-care.js';
import * as reminders from './0009-reminders.js';
import * as taskKinds from './0010-task-kinds.js';
import * as clinicalRecord from './0011-clinical-record.js';
import * as visits from './0012-visits.js';
import * as betweenVisits from './0013-between-visits.js';
import * as intakeDocuments from './0014-intake-documents.js';
import * as medicationFills from './0015-medication-fills.js';
import * as fillStatus from './0016-fill-status.js';
import * as responseRecordedAt from './0017-response-recorded-at.js';

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
  { name: '0005-identity', up: identity.up },
  { name: '0006-api-tokens', up: apiTokens.up },
  { name: '0007-consent-emergency-access', up: consentEmergencyAccess.up },
  { name: '0008-care', up: care.up },
  { name: '0009-reminders', up: reminders.up },
  { name: '0010-task-kinds', up: taskKinds.up },
  { name: '0011-clinical-record', up: clinicalRecord.up },
  { name: '0012-visits', up: visits.up },
  { name: '0013-between-visits', up: betweenVisits.up },
  { name: '0014-intake-documents', up: intakeDocuments.up },
  { name: '0015-medication-fills', up: medicationFills.up },
  { name: '0016-fill-status', up: fillStatus.up },
  { name: '0017-response-recorded-at', up: responseRecordedAt.up },
];
