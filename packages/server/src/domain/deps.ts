import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { DB } from '../db/schema.js';
import type { Mailer } from '../notify/mailer.js';

/** Side effects a service may use, passed in so tests can swap them without mocking modules. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface Deps {
  db: Kysely<DB>;
  config: Config;
  clock: Clock;
  mailer: Mailer;
}
