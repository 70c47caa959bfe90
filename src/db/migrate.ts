/**
 * Applies the committed migrations with drizzle's programmatic migrator. On Postgres it runs on
 * a connection of its own, under an advisory lock so that instances starting together take turns.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { queryRows, type Database, type Db } from './client.js';

/** Resolved from the working directory (the repository root), never from this file's location. */
export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), 'migrations');
const LOCK_KEY = 7_311_052_019; // any constant; shared by every instance of this service

export interface MigrationResult {
  /** True when the database had no migrations applied before this run: a first start. */
  fresh: boolean;
}

async function appliedCount(db: Db): Promise<number> {
  const [row] = await queryRows<{ exists: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`,
  );
  if (!row?.exists) return 0;
  const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return count?.n ?? 0;
}

export async function migrateDatabase(database: Database, options: { migrationsFolder?: string } = {}): Promise<MigrationResult> {
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  if (database.kind === 'pglite') {
    const fresh = (await appliedCount(database.db)) === 0;
    await migratePglite(database.db as unknown as PgliteDatabase<Record<string, never>>, { migrationsFolder });
    return { fresh };
  }
  if (!database.url) throw new Error('migrateDatabase: a Postgres database needs its URL');
  const client = postgres(database.url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const db = drizzlePostgres(client);
    await client`select pg_advisory_lock(${LOCK_KEY})`;
    try {
      const fresh = (await appliedCount(db as unknown as Db)) === 0;
      await migratePostgres(db, { migrationsFolder });
      return { fresh };
    } finally {
      await client`select pg_advisory_unlock(${LOCK_KEY})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
