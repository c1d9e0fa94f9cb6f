import type { Source } from '../types.js';

export const SCALE_SOURCES: Source[] = [];
