import type { Command } from 'commander';

/** The clinical verbs of the `titrate` CLI (check, score, change, pgx, drug, monitoring, taper). */
export function registerClinicalCommands(_program: Command): void {}
