import type { Drug } from '../types.js';

export const ANTIPSYCHOTICS: Drug[] = [];
