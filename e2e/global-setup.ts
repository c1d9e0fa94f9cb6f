import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startServer } from './harness.js';

declare module 'vitest' {
  interface ProvidedContext {
    baseUrl: string;
  }
}

/** One server for the whole run; stopped (SIGTERM) when the run ends. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  return async () => {
    await server.stop();
  };
}
