import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, TABLE_NAMES, type GenerateOptions, type TableName } from '../scripts/synthetic/generate.js';
import { copyLine, copyValue, loadWithCopy, loadWithInserts, type LoadResult } from '../scripts/synthetic/load.js';
import { queryRows, type Db } from '../src/db/client.js';
import { isUuid } from '../src/domain/ids.js';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './helpers/database.js';

const OPTIONS: GenerateOptions = { events: 300, actors: 200, seed: 7 };
const EVENT_SLUGS = `ev-s${OPTIONS.seed}-%`;

type Counts = Record<TableName, number>;

function digest(options: GenerateOptions): string {
  const hash = createHash('sha256');
  for (const table of generateDataset(options).tables) {
    hash.update(`\u0000${table.name}\u0000`);
    for (const row of table.rows()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

function generatedCounts(options: GenerateOptions): Counts {
  const counts = {} as Counts;
  for (const table of generateDataset(options).tables) {
    let n = 0;
    for (const _ of table.rows()) n++;
    counts[table.name] = n;
  }
  return counts;
}

async function tableCounts(db: Db): Promise<Counts> {
  const columns = TABLE_NAMES.map((t) => `(select count(*) from "${t}")::int as "${t}"`).join(', ');
  const [row] = await queryRows<Counts>(db, sql.raw(`select ${columns}`));
  if (!row) throw new Error('no counts');
  return row;
}

let testDatabase: TestDatabase;
let client: postgres.Sql | undefined;
let db: Db;
let before: Counts;
let after: Counts;
let result: LoadResult;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = testDatabase.database.db;
  before = await tableCounts(db);
  if (testDatabaseKind() === 'postgres') {
    if (!testDatabase.url) throw new Error('a Postgres test database has a URL');
    client = postgres(testDatabase.url, { max: 2, onnotice: () => {} });
    result = await loadWithCopy(client, OPTIONS);
  } else {
    result = await loadWithInserts(db, OPTIONS);
  }
  after = await tableCounts(db);
});

afterAll(async () => {
  await client?.end({ timeout: 5 });
  await testDatabase?.drop();
});

describe('the synthetic data generator, loaded into a test database', () => {
  it('writes exactly the rows the generator yields, table by table, next to the seed data', () => {
    expect(before.events).toBeGreaterThan(0);
    const generated = generatedCounts(OPTIONS);
    const loaded = Object.fromEntries(result.tables.map((t) => [t.table, t.rows]));
    for (const table of TABLE_NAMES) {
      expect(after[table] - before[table], table).toBe(generated[table]);
      expect(loaded[table], table).toBe(generated[table]);
    }
    expect(generated.events).toBe(OPTIONS.events);
    expect(generated.actors).toBe(OPTIONS.actors);
    expect(result.tables.map((t) => t.table)).toEqual([...TABLE_NAMES]);
    for (const t of result.tables) expect(t.rowsPerSecond, t.table).toBeGreaterThan(0);
  });

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    const first = digest(OPTIONS);
    expect(digest(OPTIONS)).toBe(first);
    expect(digest({ ...OPTIONS, seed: OPTIONS.seed + 1 })).not.toBe(first);
  });

  it('gives time-ordered UUIDv7 ids', () => {
    const events = generateDataset(OPTIONS).tables.find((t) => t.name === 'events');
    const ids = [...(events?.rows() ?? [])].map((r) => String(r.id));
    expect(ids).toHaveLength(OPTIONS.events);
    expect(ids.every((id) => isUuid(id) && id.charAt(14) === '7')).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every event at least one participant, about three on average', async () => {
    const [row] = await queryRows<{ events: number; without: number; average: number }>(
      db,
      sql`select count(*)::int as events, count(*) filter (where n = 0)::int as without, avg(n)::float as average
          from (select e.id, count(p.id) as n from events e left join participations p on p.event_id = e.id
                where e.slug like ${EVENT_SLUGS} group by e.id) per_event`,
    );
    expect(row?.events).toBe(OPTIONS.events);
    expect(row?.without).toBe(0);
    expect(row?.average).toBeGreaterThan(2.5);
    expect(row?.average).toBeLessThan(3.5);
  });

  it('backs every citation with a source, an excerpt in its language and exactly one existing claim', async () => {
    const [row] = await queryRows<{ total: number; bad: number }>(
      db,
      sql`select count(*)::int as total,
            count(*) filter (where
              num_nonnulls(c.event_id, c.participation_id, c.membership_id, c.statement_id, c.relation_id) <> 1
              or num_nonnulls(e.id, p.id, m.id, s.id, r.id) <> 1
              or c.excerpt is null or c.excerpt_lang <> src.lang)::int as bad
          from citations c
          join sources src on src.id = c.source_id
          left join events e on e.id = c.event_id
          left join participations p on p.id = c.participation_id
          left join memberships m on m.id = c.membership_id
          left join statements s on s.id = c.statement_id
          left join event_relations r on r.id = c.relation_id`,
    );
    expect(row?.total).toBe(after.citations);
    expect(row?.bad).toBe(0);
    const kinds = await queryRows<{ kind: string }>(
      db,
      sql`select distinct case
            when event_id is not null then 'event'
            when participation_id is not null then 'participation'
            when statement_id is not null then 'statement'
            when relation_id is not null then 'relation'
            else 'membership' end as kind
          from citations`,
    );
    expect(kinds.map((k) => k.kind).sort()).toEqual(['event', 'membership', 'participation', 'relation', 'statement']);
  });

  it('writes titles in Arabic and English', async () => {
    const [row] = await queryRows<{ total: number; arabic: number; english: number }>(
      db,
      sql`select count(*)::int as total,
            count(*) filter (where title->>'ar' ~ ${'[\u0600-\u06FF]'})::int as arabic,
            count(*) filter (where length(title->>'en') > 0)::int as english
          from events where slug like ${EVENT_SLUGS}`,
    );
    expect(row).toEqual({ total: OPTIONS.events, arabic: OPTIONS.events, english: OPTIONS.events });
  });

  it('mixes date precisions, vague dates and open-ended events', async () => {
    const precisions = await queryRows<{ precision: string; n: number }>(
      db,
      sql`select precision, count(*)::int as n from events where slug like ${EVENT_SLUGS} group by precision`,
    );
    const names = precisions.map((p) => p.precision);
    for (const precision of ['day', 'month', 'year']) expect(names).toContain(precision);
    const [row] = await queryRows<{ open: number; unbounded_start: number; vague: number; intervals: number }>(
      db,
      sql`select count(*) filter (where latest = 'infinity')::int as open,
            count(*) filter (where earliest = '-infinity')::int as unbounded_start,
            count(*) filter (where date ~ '[~?%]$')::int as vague,
            count(*) filter (where date like '%/%')::int as intervals
          from events where slug like ${EVENT_SLUGS}`,
    );
    expect(row?.open).toBeGreaterThan(0);
    expect(row?.unbounded_start).toBeGreaterThan(0);
    expect(row?.vague).toBeGreaterThan(0);
    expect(row?.intervals).toBeGreaterThan(row?.open ?? 0);
  });
});

describe('COPY text format', () => {
  it('escapes backslashes, tabs and line breaks, writes NULL as \\N and JSON as text', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(undefined)).toBe('\\N');
    expect(copyValue('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyValue(1.5)).toBe('1.5');
    expect(copyValue({ ar: 'سطر\nجديد', en: 'a "quote"' })).toBe('{"ar":"سطر\\\\nجديد","en":"a \\\\"quote\\\\""}');
    expect(copyLine({ a: 'x', b: null, c: ['y'] }, ['a', 'b', 'c'])).toBe('x\t\\N\t["y"]\n');
  });
});
