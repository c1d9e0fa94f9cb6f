/**
 * Runs every benchmark in this folder (`npm run bench`). Each benchmark prints its own JSON
 * report with medians and ratios to a baseline measured in the same run; nothing here asserts
 * on time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const only = process.argv[2];
const files = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !only || name.includes(only))
  .sort();
let failures = 0;
for (const file of files) {
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failures++;
}
process.exit(failures === 0 ? 0 : 1);
