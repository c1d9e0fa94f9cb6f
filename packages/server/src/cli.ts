import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { registerClinicalCommands } from './cli/clinical.js';
import { registerTokenCommands } from './cli/token.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseBusyError, openDatabase } from './db/database.js';
import { DEMO_DOMAIN, DEMO_PASSWORD } from './demo/clinic.js';
import { loadDemoClinic, organizationCount, removeDemoClinic } from './demo/load.js';
import { demoTotpCode, isDemoEmail } from './demo/totp.js';
import { verifyAuditTrail } from './domain/audit.js';
import { startServer } from './server.js';

/** Exit codes: 0 ok, 1 failure, 2 bad input or usage. */
export class UsageError extends Error {}

function printDemoTotp(email: string) {
  if (!isDemoEmail(email)) {
    throw new UsageError(
      `${email} is not a demo account. Codes can be printed only for demo accounts (…@${DEMO_DOMAIN}); real accounts use their authenticator app.`,
    );
  }
  console.log(demoTotpCode(email));
}
/** The audit trail failed verification (already reported). */
class AuditDamagedError extends Error {}

async function withDatabase<T>(
  fn: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

export function buildProgram(): Command {
  const program = new Command('titrate')
    .description('Titrate — psychiatric medication management: server, database and clinical tools')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('start')
    .description('Start the web app and API (embedded database unless DATABASE_URL is set)')
    .action(async () => {
      const config = loadConfig();
      const server = await startServer(config);
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`Received ${signal}: finishing requests in flight, then stopping.`);
        const force = setTimeout(() => process.exit(1), config.shutdownGraceMs + 5_000);
        force.unref();
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });

  program
    .command('migrate')
    .description('Apply pending database migrations and exit')
    .action(async () => {
      const applied = await withDatabase((database) => database.migrate());
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    });

  program
    .command('demo')
    .description('Load the demo clinic into an empty database (or rebuild it with --reset)')
    .option('--reset', 'remove the demo clinic and load it again')
    .action(async (options: { reset?: boolean }) => {
      await withDatabase(async (database) => {
        await database.migrate();
        if (options.reset) await removeDemoClinic(database);
        else if ((await organizationCount(database)) > 0) {
          console.log('The database already has an organization; use --reset to rebuild the demo clinic.');
          return;
        }
        const clinic = await loadDemoClinic(database);
        console.log(
          `Loaded ${clinic.organization.name}: ${clinic.staff.length} staff, ${clinic.patients.length} patients. ` +
            `Sign in as psychiatrist@${DEMO_DOMAIN} (password ${DEMO_PASSWORD}).`,
        );
      });
    });

  // `titrate demo totp EMAIL`: a sub-command of `demo`.
  const demoCommand = program.commands.find((c) => c.name() === 'demo');
  demoCommand
    ?.command('totp')
    .description('Print the current two-step verification code of a demo staff account (demo only)')
    .argument('<email>', 'a demo account, e.g. psychiatrist@' + DEMO_DOMAIN)
    .action((email: string) => printDemoTotp(email));

  const audit = program.command('audit').description('The tamper-evident audit trail');
  audit
    .command('verify')
    .description(
      'Recompute every audit row’s hash and chain link; exit 1 and name the rows if any were altered, removed or reordered',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const result = await withDatabase((database) => verifyAuditTrail(database));
      if (options.json) console.log(JSON.stringify(result, null, 2));
      else if (result.problems.length === 0) {
        console.log(`Audit trail intact: ${result.rows} events in ${result.chains} chain(s).`);
      } else {
        console.log(`Audit trail damaged: ${result.problems.length} problem(s) in ${result.rows} events.`);
        for (const problem of result.problems) console.log(`  chain ${problem.chain}: ${problem.message}`);
      }
      if (result.problems.length > 0) throw new AuditDamagedError();
    });

  registerClinicalCommands(program);
  registerTokenCommands(program, withDatabase);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ConfigError || error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof AuditDamagedError) return 1;
    if (error instanceof DatabaseBusyError) {
      console.error(error.message);
      return 1;
    }
    console.error(error instanceof Error ? `Error: ${error.message}` : error);
    return 1;
  }
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  const code = await main(process.argv.slice(2));
  // `start` keeps running; every other verb exits with its code.
  if (process.argv[2] !== 'start' || code !== 0) process.exit(code);
}
