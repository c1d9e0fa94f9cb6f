import type { Drug } from '../types.js';

export const SUBSTANCE_USE_MEDICATIONS: Drug[] = [];
