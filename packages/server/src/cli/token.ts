/** `titrate token create|revoke`: personal access tokens issued on the server host. */

import type { Command } from 'commander';
import { sql } from 'kysely';
import { UsageError } from '../cli.js';
import { type Database, withTenant } from '../db/database.js';
import {
  API_TOKEN_MAX_DAYS,
  issueApiToken,
  normalizeScopes,
  parseDuration,
  revokeApiTokenById,
} from '../domain/api-tokens.js';
import { AppError } from '../domain/errors.js';
import { withExamples } from './common.js';

type WithDatabase = <T>(fn: (database: Database) => Promise<T>) => Promise<T>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CreateOptions {
  user: string;
  expires: string;
  scope: string;
  name?: string;
}

export function registerTokenCommands(program: Command, withDatabase: WithDatabase): void {
  const token = program
    .command('token')
    .description('Personal access tokens for scripts and integrations (Authorization: Bearer)');

  withExamples(
    token
      .command('create')
      .description(
        'Create an API token for a user and print only the token (the server must not be running on an embedded database)',
      )
      .requiredOption('--user <email>', 'the account the token acts as')
      .option(
        '--expires <duration>',
        `lifetime such as 12h, 1d, 2w or 30d (at most ${API_TOKEN_MAX_DAYS}d)`,
        '30d',
      )
      .option('--scope <scopes>', 'comma-separated scopes: read, write', 'read,write')
      .option('--name <name>', 'a label to recognise the token by'),
    'titrate token create --user psychiatrist@demo.titrate.test --expires 1d',
    'titrate token create --user nurse@demo.titrate.test --scope read --name "Nightly export"',
  ).action(async (options: CreateOptions) => {
    const lifetime = parseDuration(options.expires);
    if (lifetime === null)
      throw new UsageError(
        `token create: --expires "${options.expires}" must be a duration such as 12h, 1d, 2w or 30d`,
      );
    if (lifetime > API_TOKEN_MAX_DAYS * 86_400_000)
      throw new UsageError(`token create: --expires must be at most ${API_TOKEN_MAX_DAYS}d`);
    let scopes: ReturnType<typeof normalizeScopes>;
    try {
      scopes = normalizeScopes(options.scope.split(','));
    } catch (error) {
      if (error instanceof AppError) throw new UsageError(`token create: --scope ${error.detail}`);
      throw error;
    }
    const name = (options.name ?? 'Command line').trim().slice(0, 100) || 'Command line';
    const secret = await withDatabase(async (database) => {
      await database.migrate();
      const user = await sql<{ user_id: string; organization_id: string; status: string }>`
        select user_id, organization_id, status from auth_find_user_by_email(${options.user})`
        .execute(database.db)
        .then((r) => r.rows[0]);
      if (!user) throw new UsageError(`token create: there is no user with the email ${options.user}`);
      if (user.status !== 'active')
        throw new UsageError(`token create: the account ${options.user} is not active (${user.status})`);
      const now = new Date();
      return withTenant(database.db, user.organization_id, async (trx) => {
        const issued = await issueApiToken(trx, {
          organizationId: user.organization_id,
          userId: user.user_id,
          name,
          scopes,
          expiresAt: new Date(now.getTime() + lifetime),
          now,
          createdBy: null,
        });
        return issued.token;
      });
    });
    // Only the token, so that `TOKEN=$(titrate token create …)` works.
    console.log(secret);
  });

  token
    .command('revoke')
    .description('Revoke an API token by its id (as listed in the web app); it stops working at once')
    .argument('<id>', 'the token id')
    .action(async (id: string) => {
      if (!UUID.test(id)) throw new UsageError(`token revoke: "${id}" is not a token id`);
      const found = await withDatabase(async (database) => {
        await database.migrate();
        return revokeApiTokenById(database, id, new Date());
      });
      if (!found) throw new UsageError(`token revoke: there is no API token with the id ${id}`);
      console.log(`Revoked API token ${id}.`);
    });
}
