import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testDatabaseKind } from './helpers/database.js';
import { freePort, startProcess, type ServerProcess } from './helpers/process.js';

const base = (p: ServerProcess) => `http://127.0.0.1:${p.port}`;
const json = async (url: string): Promise<any> => (await fetch(url)).json();

describe('npm start on the embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'eta-start-')), 'pglite');
  });
  afterAll(async () => {
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('migrates and seeds on first start, serves, and exits 0 on SIGTERM', async () => {
    const p = startProcess({ PORT: String(await freePort()), DATA_DIR: dataDir });
    try {
      expect(await p.waitForLog('database migrated')).toMatchObject({ fresh: true });
      expect(await p.waitForLog('database seeded')).toMatchObject({ inserted: expect.objectContaining({ events: 6 }) });
      await p.waitForLog('listening');
      const events = await json(`${base(p)}/v1/events?limit=100`);
      expect(events.data).toHaveLength(6);
      expect(await json(`${base(p)}/ready`)).toEqual({ status: 'ready', database: 'pglite' });
    } finally {
      expect(await p.stop('SIGTERM')).toBe(0);
    }
    expect(p.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  }, 90_000);

  it('reuses the data folder on a second start, without seeding again', async () => {
    const p = startProcess({ PORT: String(await freePort()), DATA_DIR: dataDir });
    try {
      expect(await p.waitForLog('database migrated')).toMatchObject({ fresh: false });
      await p.waitForLog('listening');
      expect(p.logs.some((l) => l.msg === 'database seeded')).toBe(false);
      const events = await json(`${base(p)}/v1/events?limit=100`);
      expect(events.data).toHaveLength(6);
    } finally {
      expect(await p.stop('SIGINT')).toBe(0);
    }
  }, 90_000);
});

describe('start-up configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
  ])('refuses to start with %j, naming the variable', async (env, name) => {
    const p = startProcess(env as Record<string, string>);
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(new RegExp(`Invalid configuration:\\n  ${name} `));
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('npm start with DATABASE_URL', () => {
  it('migrates an empty Postgres database, serves it, and seeds only when asked', async () => {
    const empty = await createEmptyPostgresDatabase();
    try {
      const plain = startProcess({ PORT: String(await freePort()), DATABASE_URL: empty.url });
      try {
        expect(await plain.waitForLog('database migrated')).toMatchObject({ fresh: true });
        await plain.waitForLog('listening');
        expect(await json(`${base(plain)}/ready`)).toEqual({ status: 'ready', database: 'postgres' });
        expect((await json(`${base(plain)}/v1/events`)).data).toEqual([]);
      } finally {
        expect(await plain.stop()).toBe(0);
      }
    } finally {
      await empty.drop();
    }
    const another = await createEmptyPostgresDatabase();
    try {
      const seeded = startProcess({ PORT: String(await freePort()), DATABASE_URL: another.url, SEED_ON_FIRST_START: 'true' });
      try {
        await seeded.waitForLog('listening');
        expect((await json(`${base(seeded)}/v1/events?limit=100`)).data).toHaveLength(6);
      } finally {
        expect(await seeded.stop()).toBe(0);
      }
    } finally {
      await another.drop();
    }
  }, 90_000);
});
