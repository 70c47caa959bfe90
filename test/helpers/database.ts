/**
 * A database of this test file's own, copied from the migrated and seeded state prepared once
 * per run: a new Postgres database from the template, or a PGlite loaded from the dump.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { inject } from 'vitest';
import { fromPglite, newPglite, openPostgres, type Database, type QueryObserver } from '../../src/db/client.js';
import { databaseUrl } from './urls.js';

export interface TestDatabase {
  database: Database;
  /** The Postgres URL of this database; undefined on PGlite. */
  url?: string;
  drop(): Promise<void>;
}

export const testDatabaseKind = () => inject('testDatabase').kind;

/** Creates an empty database (no schema), for tests of migration and start-up; Postgres only. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const provided = inject('testDatabase');
  if (provided.kind !== 'postgres') throw new Error('createEmptyPostgresDatabase needs TEST_DATABASE_URL');
  const name = `eta_e_${provided.runId}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(provided.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template template0`);
  return {
    url: databaseUrl(provided.adminUrl, name),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

export async function createTestDatabase(options: { onQuery?: QueryObserver } = {}): Promise<TestDatabase> {
  const provided = inject('testDatabase');
  if (provided.kind === 'pglite') {
    const dump = await readFile(provided.dump);
    const pglite = newPglite({ loadDataDir: new Blob([new Uint8Array(dump)]) });
    const database = await fromPglite(pglite, options);
    return { database, drop: () => database.close() };
  }
  const name = `eta_t_${provided.runId}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(provided.adminUrl, { max: 1, onnotice: () => {} });
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(`create database "${name}" template "${provided.template}"`);
      break;
    } catch (error) {
      // Another file copying the template at the same moment: wait and retry.
      if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const url = databaseUrl(provided.adminUrl, name);
  const database = openPostgres({ url, poolMax: 5, lookupPoolMax: 2, ...options });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
