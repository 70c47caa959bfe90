import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { createHarness, type Harness } from './helpers/harness.js';

const run = promisify(execFile);

describe('migrations', () => {
  it('are up to date with the schema: generating again writes nothing new', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'eta-migrations-'));
    try {
      await cp('migrations', dir, { recursive: true });
      const before = (await readdir(dir)).sort();
      const { stdout } = await run(
        process.execPath,
        [
          'node_modules/drizzle-kit/bin.cjs',
          'generate',
          '--dialect=postgresql',
          '--schema=./src/db/schema/index.ts',
          // drizzle-kit resolves --out against the working directory only as a relative path.
          `--out=${path.relative(process.cwd(), dir)}`,
          '--casing=snake_case',
        ],
        { timeout: 60_000 },
      );
      expect((await readdir(dir)).sort(), `drizzle-kit wrote a migration; run npm run db:generate\n${stdout}`).toEqual(before);
      expect(stdout).toMatch(/No schema changes/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('the migrated schema', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has the indexes the read API needs', async () => {
    const rows = await queryRows<{ indexname: string; indexdef: string }>(
      h.database.db,
      sql`select indexname, indexdef from pg_indexes where schemaname = 'public'`,
    );
    const def = (name: string) => rows.find((r) => r.indexname === name)?.indexdef ?? '';
    expect(def('events_chronology_idx')).toMatch(/\(earliest, latest, id\)/);
    expect(def('events_place_id_idx')).toMatch(/\(place_id, earliest, latest, id\)/);
    expect(def('event_topics_topic_id_idx')).toMatch(/\(topic_id, event_id\)/);
    expect(def('participations_actor_id_idx')).toMatch(/\(actor_id, event_id\)/);
    expect(def('events_slug_key')).toMatch(/UNIQUE/);
  });

  it('rejects rows that break the rules: unknown kinds, a citation of two claims, an inverted interval', async () => {
    const db = h.database.db;
    const attempts = [
      sql`insert into events (id, slug, kind, status, title, date, earliest, latest, precision)
          values (gen_random_uuid(), 'x-bad-kind', 'picnic', 'concluded', '{"en":"x"}', '2019', '2019-01-01', '2019-12-31', 'year')`,
      sql`insert into events (id, slug, kind, status, title, date, earliest, latest, precision)
          values (gen_random_uuid(), 'x-inverted', 'meeting', 'concluded', '{"en":"x"}', '2019', '2020-01-01', '2019-12-31', 'year')`,
      sql`insert into events (id, slug, kind, status, title, date, earliest, latest, precision)
          values (gen_random_uuid(), 'x-title', 'meeting', 'concluded', '"just a string"', '2019', '2019-01-01', '2019-12-31', 'year')`,
      sql`insert into citations (id, source_id, event_id, statement_id)
          select gen_random_uuid(), s.id, e.id, st.id from sources s, events e, statements st limit 1`,
      sql`insert into sources (id, slug, kind, title, lang, url) values (gen_random_uuid(), 'x-js', 'article', '{"en":"x"}', 'en', 'javascript:alert(1)')`,
    ];
    for (const attempt of attempts) {
      await expect(db.execute(attempt)).rejects.toMatchObject({ cause: { code: '23514' } });
    }
  });
});
