export {
  type InterpretContext,
  interpretResult,
  type ResultFlag,
  type ResultInterpretation,
} from './interpret.js';
export {
  expandProtocols,
  MONITORING_PROTOCOLS,
  type MonitoringProtocol,
  type ProtocolItem,
} from './protocols.js';
export {
  type CompletedTest,
  type DueItem,
  type DueOptions,
  type DueStatus,
  dueItems,
  type MonitoringItem,
  type MonitoringItemKind,
  monitoringSchedule,
  type RegimenMedication,
  type RegimenScheduleOptions,
  type ScheduleOptions,
  scheduleForRegimen,
} from './schedule.js';
export { findTest, MONITORING_TESTS, type MonitoringTest } from './tests.js';
