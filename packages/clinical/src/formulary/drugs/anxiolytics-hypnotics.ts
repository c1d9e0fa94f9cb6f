import type { Drug } from '../types.js';

export const ANXIOLYTICS_HYPNOTICS: Drug[] = [];
