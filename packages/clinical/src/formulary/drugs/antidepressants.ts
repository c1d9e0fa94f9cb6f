import type { Drug } from '../types.js';

export const ANTIDEPRESSANTS: Drug[] = [];
