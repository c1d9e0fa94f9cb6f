import type { Drug } from '../types.js';

export const NON_PSYCHIATRIC: Drug[] = [];
