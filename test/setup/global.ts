/**
 * Prepares one migrated and seeded database per run, which every test file copies into a
 * database of its own: on Postgres (TEST_DATABASE_URL) a template database, on PGlite a dump of
 * its data folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { fromPglite, newPglite, openPostgres } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { testDatabaseUrl } from '../../src/env.js';
import { articleSeed } from '../../src/seeds/article.js';
import { seedDatabase } from '../../src/seeds/run.js';
import { databaseUrl } from '../helpers/urls.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'postgres'; adminUrl: string; template: string; runId: string } | { kind: 'pglite'; dump: string };
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = testDatabaseUrl();
  if (adminUrl) {
    const runId = `${process.pid}_${Date.now().toString(36)}`;
    const template = `eta_tpl_${runId}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${template}"`);
    const url = databaseUrl(adminUrl, template);
    const database = openPostgres({ url, poolMax: 2 });
    await migrateDatabase(database);
    await seedDatabase(database.db, articleSeed);
    await database.close();
    project.provide('testDatabase', { kind: 'postgres', adminUrl, template, runId });
    return async () => {
      const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`eta_%_${runId}%`}`;
      for (const { datname } of leftovers) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
      await admin.end();
    };
  }

  const folder = await mkdtemp(path.join(tmpdir(), 'eta-test-'));
  const pglite = newPglite();
  const database = await fromPglite(pglite);
  await migrateDatabase(database);
  await seedDatabase(database.db, articleSeed);
  const dump = await pglite.dumpDataDir('none');
  const file = path.join(folder, 'seeded.tar');
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
  await database.close();
  project.provide('testDatabase', { kind: 'pglite', dump: file });
  return async () => {
    await rm(folder, { recursive: true, force: true });
  };
}
