/**
 * The clinical verbs of the `titrate` CLI (design.md, "Clinical engine contract"): check, score,
 * change, pgx, drug, monitoring, taper. Each verb validates its input at the edge, calls the pure
 * engine in @titrate/clinical and prints a readable answer, or JSON with `--json`.
 *
 * Exit codes (see `main` in cli.ts): 0 ok; 2 bad input or usage (the message names the field);
 * 1 anything else. `check --batch` never stops at a bad line (see its help).
 */

import type { Command } from 'commander';
import { registerCheckCommand } from './check.js';
import { registerDrugCommands } from './drug.js';
import { registerScaleCommands } from './scales.js';
import { registerTaperCommand } from './taper.js';

/** The clinical verbs of the `titrate` CLI (check, score, change, pgx, drug, monitoring, taper). */
export function registerClinicalCommands(program: Command): void {
  registerCheckCommand(program);
  registerScaleCommands(program);
  registerDrugCommands(program);
  registerTaperCommand(program);
}
