import type { Source } from '../types.js';

export const CHECK_SOURCES: Source[] = [];
