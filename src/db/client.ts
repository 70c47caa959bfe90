/**
 * Opens the database the configuration names: postgres.js against a real Postgres, or the
 * embedded PGlite in a local data folder. Both give the same drizzle API over the same schema.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { LOOKUP_POOL_DEFAULT, type Config } from '../env.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The drizzle handle every query function takes as its first argument. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** The server URL, for Postgres: the migrator opens a connection of its own. */
  url?: string;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** How the API's connections name themselves to Postgres (`pg_stat_activity.application_name`). */
export const APPLICATION_NAME = 'event-timeline-api';
export const LOOKUP_APPLICATION_NAME = 'event-timeline-api-lookups';

/**
 * Called with each SQL statement sent (tests count queries with it); `read` is `'bytes'` when the
 * rows are read as the bytes Postgres sent (see `preparedBytes`).
 */
export type QueryObserver = (query: string, params: unknown[], read?: 'bytes') => void;

/**
 * The two pools under each drizzle handle `openPostgres` made, with its query observer: for
 * `prepared`, which builds its statements on the lookup pool, and for the few statements sent
 * without drizzle (`preparedBytes`, `queryBytes`). A transaction's handle is not here, so
 * statements in transactions always go through drizzle, on the main pool.
 */
const postgresClients = new WeakMap<Db, PostgresClient>();

export interface PostgresClient {
  /** The main pool: every statement but the lookups. */
  client: postgres.Sql;
  /** The lookup pool, for the statements built by `prepared` (see `openPostgres`). */
  lookups: postgres.Sql;
  /** A drizzle handle over the lookup pool: `prepared` builds its statements on it. */
  lookupDb: Db;
  /** Writes an SQL query as drizzle's handle writes it (the same casing). */
  dialect: PgDialect;
  onQuery?: QueryObserver;
}

export function postgresClientOf(db: Db): PostgresClient | undefined {
  return postgresClients.get(db);
}

const observe = (onQuery?: QueryObserver) => (onQuery ? { logger: { logQuery: (query: string, params: unknown[]) => onQuery(query, params) } } : {});

/**
 * Two pools over one Postgres. The lookups — the statements `prepared` builds: an item by key,
 * the batch loaders, a page without filters; each bounded and a few milliseconds at most — run
 * on a small pool of their own (`lookupPoolMax`, default 4). Everything else (searches,
 * histograms, filtered pages, transactions) runs on the main pool (`poolMax`, default 10).
 *
 * Why: when all of a pool's connections are busy, postgres.js queues the next statement behind
 * one already sent on a busy connection. On their own pool, a lookup only ever waits behind
 * other lookups, never behind a search of seconds. And few connections kept busy cost Postgres
 * less per statement than many woken in turn: on 2 cores, the event by id took 0.49 ms of
 * Postgres CPU on a pool of 4 against 0.59 ms spread over 10, and served 14 % more requests.
 */
export function openPostgres(options: {
  url: string;
  poolMax?: number;
  lookupPoolMax?: number;
  statementTimeoutMs?: number;
  onQuery?: QueryObserver;
}): Database {
  const connect = (max: number, applicationName: string) =>
    postgres(options.url, {
      max,
      onnotice: () => {},
      connect_timeout: 5,
      connection: {
        application_name: applicationName,
        TimeZone: 'UTC',
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
    });
  const client = connect(options.poolMax ?? 10, APPLICATION_NAME);
  const lookups = connect(options.lookupPoolMax ?? LOOKUP_POOL_DEFAULT, LOOKUP_APPLICATION_NAME);
  const db = drizzlePostgres(client, { schema, casing: 'snake_case', ...observe(options.onQuery) }) as unknown as Db;
  const lookupDb = drizzlePostgres(lookups, { schema, casing: 'snake_case', ...observe(options.onQuery) }) as unknown as Db;
  postgresClients.set(db, {
    client,
    lookups,
    lookupDb,
    dialect: new PgDialect({ casing: 'snake_case' }),
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  return {
    db,
    kind: 'postgres',
    url: options.url,
    ping: async () => {
      await client`select 1`;
    },
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), lookups.end({ timeout: 5 })]);
    },
  };
}

/** Wraps an open PGlite instance (a data folder, memory, or a loaded dump). */
export async function fromPglite(client: PGlite, options: { onQuery?: QueryObserver } = {}): Promise<Database> {
  await client.waitReady;
  await client.exec(`set time zone 'UTC'`);
  const db = drizzlePglite(client, { schema, casing: 'snake_case', ...observe(options.onQuery) }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      if (client.closed) throw new Error('database is closed');
      await client.query('select 1');
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/**
 * A PGlite instance with the contrib extensions the migrations create (`pg_trgm` for name
 * search): in PGlite an extension is code loaded with the instance, not only `CREATE EXTENSION`.
 */
export function newPglite(options: Omit<PGliteOptions, 'extensions'> = {}): PGlite {
  return new PGlite({ ...options, extensions: { pg_trgm } });
}

export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  return fromPglite(newPglite({ dataDir }));
}

export async function openDatabase(config: Config['database']): Promise<Database> {
  return config.kind === 'postgres'
    ? openPostgres({ url: config.url, poolMax: config.poolMax, lookupPoolMax: config.lookupPoolMax, statementTimeoutMs: config.statementTimeoutMs })
    : openPglite(config.dataDir);
}

/** Rows of a `db.execute()` result: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export async function queryRows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}
