import type { Drug } from '../types.js';

export const MOOD_STABILIZERS: Drug[] = [];
