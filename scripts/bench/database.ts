/**
 * The benchmark's database: created when missing, (re)loaded with the synthetic generator
 * through COPY, and given a write key for the event-creation scenario.
 */
import postgres from 'postgres';
import { openPostgres, queryRows } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { apiKeys } from '../../src/db/schema/index.js';
import { generateKey } from '../../src/http/auth.js';
import { sql } from 'drizzle-orm';
import { loadWithCopy, type LoadResult } from '../synthetic/load.js';
import type { BenchOptions } from './options.js';

export const OWNED_PREFIX = 'eta_bench';

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** The same server's maintenance database, for CREATE/DROP DATABASE. */
function maintenanceUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withMaintenance<T>(url: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(maintenanceUrl(url), { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    return await run(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

async function exists(admin: postgres.Sql, name: string): Promise<boolean> {
  const rows = await admin`select 1 from pg_database where datname = ${name}`;
  return rows.length > 0;
}

async function eventCount(url: string): Promise<number> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [table] = await client`select to_regclass('public.events') is not null as present`;
    if (!table?.present) return 0;
    const [row] = await client`select count(*)::int as n from events`;
    return (row?.n as number | undefined) ?? 0;
  } finally {
    await client.end({ timeout: 5 });
  }
}

export interface PreparedDatabase {
  loaded: LoadResult | null;
  /** Events in the database when the measurements start. */
  events: number;
  /** A write key for POST /v1/events. */
  writeKey: string;
}

/**
 * Makes sure the database exists and holds the data set: loads it unless `--reuse` finds events
 * already there. A database the benchmark owns (named eta_bench…) is dropped and re-created
 * before a load, so nothing of an earlier run (created events, keys, revisions) remains.
 */
export async function prepareDatabase(options: BenchOptions, log: (line: string) => void): Promise<PreparedDatabase> {
  const url = options.databaseUrl;
  const name = databaseName(url);
  const owned = name.startsWith(OWNED_PREFIX);
  const present = await withMaintenance(url, (admin) => exists(admin, name));
  const existing = present ? await eventCount(url) : 0;
  let loaded: LoadResult | null = null;

  if (options.reuse && existing > 0) {
    log(`Reusing ${existing.toLocaleString('en-US')} events in ${name}.`);
  } else {
    if (existing > 0 && !owned) {
      throw new Error(
        `The database ${name} already holds ${existing} events and is not one the benchmark owns (${OWNED_PREFIX}…). ` +
          'Pass --reuse to measure it as it is, or point DATABASE_URL at a database named eta_bench….',
      );
    }
    await withMaintenance(url, async (admin) => {
      if (present && owned) await admin.unsafe(`drop database ${quoteIdent(name)} with (force)`);
      if (!present || owned) await admin.unsafe(`create database ${quoteIdent(name)}`);
    });
    log(`${present && owned ? 'Re-created' : present ? 'Using' : 'Created'} database ${name}.`);
  }

  const database = openPostgres({ url, poolMax: 2 });
  try {
    await migrateDatabase(database);
    if (!(options.reuse && existing > 0)) {
      const client = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: 'event-timeline-bench-load', TimeZone: 'UTC' } });
      try {
        log(`Loading ${options.events.toLocaleString('en-US')} events, ${options.actors.toLocaleString('en-US')} actors (seed ${options.seed}) with COPY…`);
        loaded = await loadWithCopy(client, {
          events: options.events,
          actors: options.actors,
          seed: options.seed,
          participationsPerEvent: options.participationsPerEvent,
          citationsPerEvent: options.citationsPerEvent,
          progressEvery: 1_000_000,
          onProgress: (p) => {
            if (p.done) log(`  ${p.table.padEnd(16)} ${p.rows.toLocaleString('en-US').padStart(11)} rows  ${Math.round((p.rows * 1000) / Math.max(1, p.ms)).toLocaleString('en-US').padStart(9)} rows/s`);
          },
        });
      } finally {
        await client.end({ timeout: 5 });
      }
      log(
        `Loaded ${loaded.rows.toLocaleString('en-US')} rows in ${(loaded.ms / 1000).toFixed(1)} s: ` +
          `${Math.round((loaded.rows * 1000) / loaded.ms).toLocaleString('en-US')} rows/s (VACUUM ANALYZE included).`,
      );
    }
    const [count] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from events`);
    const { key, prefix, hash } = generateKey();
    await database.db.insert(apiKeys).values({ name: `bench ${new Date().toISOString()}`, scope: 'write', prefix, hash });
    return { loaded, events: count?.n ?? 0, writeKey: key };
  } finally {
    await database.close();
  }
}
