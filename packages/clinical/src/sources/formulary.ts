import type { Source } from '../types.js';

export const FORMULARY_SOURCES: Source[] = [];
