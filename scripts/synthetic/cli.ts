/**
 * `npm run synthetic -- --events 1000000 --actors 100000 --seed 42 [--truncate | --append]`:
 * fills the configured database with synthetic data for measurements. Postgres (DATABASE_URL)
 * is loaded with COPY, PGlite with batched inserts; the schema is migrated first.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, queryRows } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { ConfigError, loadConfig } from '../../src/env.js';
import { generateDataset, resolveOptions, TABLE_NAMES, type GenerateOptions } from './generate.js';
import { loadWithCopy, loadWithInserts, SyntheticLoadError, type LoadProgress, type LoadResult } from './load.js';

const EXISTING_EVENTS_LIMIT = 100;

const USAGE = `Usage: npm run synthetic -- [options]

Generates deterministic synthetic events, actors and provenance (Arabic and English) and loads
them into the database the environment configures: DATABASE_URL (Postgres, loaded with COPY),
else the PGlite data folder DATA_DIR (loaded with inserts). Migrations are applied first.

Options:
  --events <n>                    events to generate (default 10000)
  --actors <n>                    actors to generate, at least 10 (default 1000)
  --seed <n>                      PRNG seed, 0 to 4294967295 (default 1); same seed, same data
  --participations-per-event <x>  average participants per event (default 3)
  --citations-per-event <x>       average citations per event, claims of all kinds (default 2)
  --truncate                      empty the domain tables first (TRUNCATE … CASCADE)
  --append                        load even though the database already holds events
  -h, --help                      show this help

Without --truncate or --append, a database holding more than ${EXISTING_EVENTS_LIMIT} events is left alone.

Example:
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/eta_scale \\
    npm run synthetic -- --events 1000000 --actors 100000 --seed 1`;

class UsageError extends Error {
  override name = 'UsageError';
}

interface CliOptions extends GenerateOptions {
  truncate: boolean;
  append: boolean;
}

function parseNumber(flag: string, value: string | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/g, ''));
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${flag} expects ${integer ? 'a whole number' : 'a number'} (got "${value}")`);
  }
  return n;
}

function parseFlags(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      events: { type: 'string' },
      actors: { type: 'string' },
      seed: { type: 'string' },
      'participations-per-event': { type: 'string' },
      'citations-per-event': { type: 'string' },
      truncate: { type: 'boolean', default: false },
      append: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
}

/** Parses the command line; returns null when help was asked for. */
function parseCommandLine(argv: string[]): CliOptions | null {
  let v: ReturnType<typeof parseFlags>;
  try {
    v = parseFlags(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (v.help) return null;
  if (v.truncate && v.append) throw new UsageError('--truncate and --append exclude each other');
  const options: CliOptions = {
    events: parseNumber('events', v.events, 10_000, true),
    actors: parseNumber('actors', v.actors, 1_000, true),
    seed: parseNumber('seed', v.seed, 1, true),
    participationsPerEvent: parseNumber('participations-per-event', v['participations-per-event'], 3, false),
    citationsPerEvent: parseNumber('citations-per-event', v['citations-per-event'], 2, false),
    truncate: v.truncate === true,
    append: v.append === true,
  };
  try {
    resolveOptions(options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/^(\w+)/, (name) => `--${kebab(name)}`));
  }
  return options;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number) => (ms / 1000).toFixed(1);

function printProgress(p: LoadProgress): void {
  const rate = p.ms > 0 ? (p.rows * 1000) / p.ms : 0;
  const label = p.done ? 'done' : '…';
  const counts = `${int(p.rows).padStart(11)} rows ${int(rate).padStart(9)} rows/s`;
  console.log(`  ${p.table.padEnd(16)} ${counts}  ${seconds(p.ms).padStart(6)} s ${label}`);
}

function printSummary(result: LoadResult, finish: string): void {
  const line = (name: string, rows: number, ms: number, rate: number) =>
    `${name.padEnd(16)} ${int(rows).padStart(11)} ${seconds(ms).padStart(8)} ${int(rate).padStart(9)}`;
  const lines = [
    `${'table'.padEnd(16)} ${'rows'.padStart(11)} ${'seconds'.padStart(8)} ${'rows/s'.padStart(9)}`,
    `${'-'.repeat(16)} ${'-'.repeat(11)} ${'-'.repeat(8)} ${'-'.repeat(9)}`,
    ...result.tables.map((t) => line(t.table, t.rows, t.ms, t.rowsPerSecond)),
    `${'-'.repeat(16)} ${'-'.repeat(11)} ${'-'.repeat(8)} ${'-'.repeat(9)}`,
    line('total', result.rows, result.ms, (result.rows * 1000) / result.ms),
  ];
  console.log(`\n${lines.join('\n')}`);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`\n${finish} took ${seconds(result.analyzeMs)} s; peak RSS ${int(peakMb)} MB.`);
}

async function main(): Promise<number> {
  let options: CliOptions | null;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\nRun with --help for the options.`);
    return 2;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }

  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await migrateDatabase(database);
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from events`);
    const existing = row?.n ?? 0;
    if (existing > EXISTING_EVENTS_LIMIT && !options.truncate && !options.append) {
      console.error(
        `The database already holds ${int(existing)} events. Pass --truncate to empty the domain tables first, ` +
          'or --append to add to them (with a seed not loaded before).',
      );
      return 1;
    }
    if (options.truncate) {
      await database.db.execute(sql.raw(`truncate table ${TABLE_NAMES.map((t) => `"${t}"`).join(', ')} cascade`));
      console.log('Emptied the domain tables.');
    }

    const planned = generateDataset(options).planned;
    const pglite = config.database.kind === 'pglite' ? config.database.dataDir : null;
    const where = pglite === null ? 'Postgres, with COPY' : `PGlite at ${pglite}, with inserts`;
    console.log(
      `Loading ${int(planned.events)} events, ${int(planned.actors)} actors, ${int(planned.places)} places, ` +
        `${int(planned.sources)} sources (seed ${options.seed}) into ${where}.`,
    );
    const hooks = { onProgress: printProgress };
    let result: LoadResult;
    if (database.kind === 'postgres' && database.url) {
      const client = postgres(database.url, {
        max: 1,
        onnotice: () => {},
        connection: { application_name: 'event-timeline-synthetic', TimeZone: 'UTC' },
      });
      try {
        result = await loadWithCopy(client, { ...options, ...hooks });
      } finally {
        await client.end({ timeout: 5 });
      }
    } else {
      result = await loadWithInserts(database.db, { ...options, ...hooks });
    }
    printSummary(result, pglite === null ? 'VACUUM (ANALYZE)' : 'ANALYZE');
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof SyntheticLoadError) console.error(error.message);
  else console.error(`Synthetic load failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exitCode = 1;
}
