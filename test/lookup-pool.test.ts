import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { APPLICATION_NAME, LOOKUP_APPLICATION_NAME, openPostgres, type Database } from '../src/db/client.js';
import { createLogger } from '../src/http/logger.js';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './helpers/database.js';

/**
 * On Postgres, lookups (an event by id, a timeline page without filters) run on a pool of their
 * own: with every connection of the main pool held by a statement that cannot finish, they still
 * answer. On one shared pool, postgres.js would queue them behind that statement.
 */
const postgresOnly = testDatabaseKind() === 'postgres';
const title = `the lookup pool${postgresOnly ? '' : ' (Postgres only: PGlite has one connection)'}`;

/** An advisory lock number of this file's own. */
const LOCK = 7_310_042;

describe.skipIf(!postgresOnly)(title, () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let holder: postgres.Sql;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    // One connection in each pool, so that one waiting statement fills the main pool.
    database = openPostgres({ url: testDatabase.url!, poolMax: 1, lookupPoolMax: 1 });
    app = createApp({ database, logger: createLogger('silent') });
    holder = postgres(testDatabase.url!, { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await holder?.end();
    await database?.close();
    await testDatabase?.drop();
  });

  /** The application names of this database's backends that wait for a lock. */
  const waiting = async () =>
    (
      await holder`select application_name from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`
    ).map((r) => r.application_name as string);

  it('answers an event by id and a timeline page while the main pool waits on a lock', async () => {
    const list = await app.request('/v1/timeline?limit=1');
    expect(list.status).toBe(200);
    const [entry] = ((await list.json()) as { data: { id: string }[] }).data;
    expect(entry).toBeDefined();

    await holder`select pg_advisory_lock(${LOCK})`;
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      await holder`select pg_advisory_unlock(${LOCK})`;
    };
    // The main pool's only connection waits for the lock (a drizzle query runs once awaited).
    const blocked = (async () => database.db.execute(sql`select pg_advisory_lock(${LOCK}), pg_advisory_unlock(${LOCK})`))();
    try {
      for (let i = 0; i < 100 && !(await waiting()).includes(APPLICATION_NAME); i++) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toEqual([APPLICATION_NAME]);

      // Were the lookups queued behind the waiting statement, they would answer only once the
      // lock is released: release it after a while, and check they answered before that.
      let answeredWhileHeld = 0;
      const deadline = setTimeout(() => void release(), 5_000);
      const lookup = async (path: string) => {
        const res = await app.request(path);
        if (!released) answeredWhileHeld++;
        return res;
      };
      const [event, page] = await Promise.all([lookup(`/v1/events/${entry!.id}`), lookup('/v1/timeline?limit=5')]);
      clearTimeout(deadline);
      expect(event.status).toBe(200);
      expect(((await event.json()) as { id: string }).id).toBe(entry!.id);
      expect(page.status).toBe(200);
      expect(((await page.json()) as { data: unknown[] }).data).toHaveLength(5);
      expect(answeredWhileHeld).toBe(2);
      expect(await waiting()).toEqual([APPLICATION_NAME]);

      const lookupBackends = await holder`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and application_name = ${LOOKUP_APPLICATION_NAME}`;
      expect(lookupBackends[0]!.n).toBe(1);
    } finally {
      await release();
      await blocked;
    }
  });
});
