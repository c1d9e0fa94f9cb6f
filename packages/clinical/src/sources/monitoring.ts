import type { Source } from '../types.js';

export const MONITORING_SOURCES: Source[] = [];
