import type { Drug } from '../types.js';

export const ADHD_MEDICATIONS: Drug[] = [];
