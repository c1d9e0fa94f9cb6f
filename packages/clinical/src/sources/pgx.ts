import type { Source } from '../types.js';

export const PGX_SOURCES: Source[] = [];
