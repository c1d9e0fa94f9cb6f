#!/usr/bin/env node
// Runs the compiled CLI. In a checkout that has not been built yet, runs the TypeScript sources
// instead (through tsx, resolving workspace packages to their `source` export).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli.js', import.meta.url);
const clinicalBuilt = existsSync(new URL('../../clinical/dist/index.js', import.meta.url));
const args = process.argv.slice(2);

if (existsSync(compiled) && clinicalBuilt) {
  const cli = await import(compiled.href);
  const code = await cli.main(args);
  if (args[0] !== 'start' || code !== 0) process.exit(code);
} else {
  const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', source, ...args], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
