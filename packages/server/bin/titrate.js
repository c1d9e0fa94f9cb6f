#!/usr/bin/env node
// Runs the compiled CLI; in a checkout that has not been built yet, runs the TypeScript source.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli.js', import.meta.url);
let cli;
if (existsSync(compiled)) {
  cli = await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli.ts', import.meta.url).href);
}
const verb = process.argv[2];
const code = await cli.main(process.argv.slice(2));
if (verb !== 'start' || code !== 0) process.exit(code);
