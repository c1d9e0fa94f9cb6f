/**
 * @titrate/clinical — pure, deterministic clinical knowledge and rules. No I/O.
 * The server and the CLI call this; it never calls out.
 */

export * from './adherence/index.js';
export * from './check/index.js';
export * from './codes/index.js';
export * from './followup/index.js';
export * from './formulary/index.js';
export * from './monitoring/index.js';
export * from './pgx/index.js';
export * from './scales/index.js';
export * from './sources/index.js';
export { renderSourcesMarkdown } from './sources/render.js';
export * from './taper/index.js';
export * from './trials/index.js';
export * from './types.js';
