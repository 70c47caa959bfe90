import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { dateColumns } from '../src/db/dates.js';
import { citations, sources, statements } from '../src/db/schema/index.js';
import type { StatementKind } from '../src/domain/enums.js';
import { walkPages } from './helpers/pages.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { insertActor, insertEvent, uniqueSlug } from './helpers/factories.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const ARTICLE = readFileSync('src/seeds/al-manar-moscow-consultations.ar.txt', 'utf8');

async function makeStatement(
  db: Db,
  speakerId: string,
  options: { date?: string; eventId?: string; kind?: StatementKind; originalLang?: string; cited?: boolean } = {},
) {
  const [row] = await db
    .insert(statements)
    .values({
      kind: options.kind ?? 'direct_quote',
      speakerId,
      eventId: options.eventId ?? null,
      originalText: `Words ${uniqueSlug('w')}`,
      originalLang: options.originalLang ?? 'en',
      translations: { ar: 'كلمات' },
      ...(options.date ? dateColumns(options.date) : {}),
    })
    .returning();
  if (options.cited) {
    const [source] = await db
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.slug, 'al-manar-moscow-consultations'));
    await db.insert(citations).values({ sourceId: source!.id, excerpt: 'نص', excerptLang: 'ar', statementId: row!.id });
  }
  return row!;
}

interface Item {
  id: string;
  date: { edtf: string; earliest: string | null; latest: string | null } | null;
  speaker: { slug: string };
  [key: string]: unknown;
}

const walk = (params: Record<string, string | number>, limit: number) => walkPages<Item>(h.http, '/v1/statements', params, limit);

/** Counts the SQL statements the app sends while `fn` runs. */
async function countQueries(fn: () => Promise<unknown>): Promise<number> {
  h.queries.length = 0;
  await fn();
  return h.queries.length;
}

const bounds = (s: Item) => [s.date?.earliest ?? '', s.date?.latest ?? '\uffff', s.id] as const;

describe('GET /v1/statements', () => {
  it('lists the five seeded statements, newest first, with speakers and citations from the article', async () => {
    const res = await h.http.get('/v1/statements').query({ limit: 100 });
    expect(res.status).toBe(200);
    const seeded = res.body.data.filter((s: Item) => ARTICLE.includes(String(s.originalText).slice(0, 60)));
    expect(seeded).toHaveLength(5);
    expect(new Set(seeded.map((s: Item) => s.speaker.slug))).toEqual(
      new Set(['sergei-vershinin', 'hossein-jaberi-ansari', 'sergei-ryabkov']),
    );
    for (const s of seeded) {
      expect(s.citations.length).toBeGreaterThan(0);
      for (const c of s.citations) expect(ARTICLE).toContain(c.excerpt);
    }
    const keys = res.body.data.map(bounds);
    const newestFirst = (a: readonly string[], b: readonly string[]) => {
      const i = a.findIndex((part, n) => part !== b[n]);
      return i < 0 ? 0 : a[i]! < b[i]! ? 1 : -1;
    };
    expect(keys).toEqual([...keys].sort(newestFirst));
  });

  it('yields every statement exactly once, in order, whatever the page size — ties and undated included', async () => {
    const speaker = await insertActor(h.database.db);
    for (let i = 0; i < 6; i++) await makeStatement(h.database.db, speaker.id, { date: '2032-02-02' });
    for (let i = 0; i < 3; i++) await makeStatement(h.database.db, speaker.id);
    await makeStatement(h.database.db, speaker.id, { date: '2032~' });
    for (const sort of ['-date', 'date']) {
      const reference = (await walk({ sort }, 100)).items.map((s) => s.id);
      expect(new Set(reference).size).toBe(reference.length);
      for (const limit of [1, 2, 3, 8]) {
        const { items, pages } = await walk({ sort }, limit);
        expect(items.map((s) => s.id)).toEqual(reference);
        expect(pages).toBe(Math.ceil(reference.length / limit));
      }
    }
    const up = (await walk({ sort: 'date' }, 100)).items.map((s) => s.id);
    const down = (await walk({ sort: '-date' }, 100)).items.map((s) => s.id);
    expect(down).toEqual([...up].reverse());
    const first = await h.http.get('/v1/statements').query({ limit: 1, sort: 'date' });
    expect(first.body.data[0].date?.earliest ?? null).toBeNull();
    expect(first.headers.link).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/v1\/statements\?limit=1&sort=date&cursor=[^>]+>; rel="next"$/,
    );
  });

  it('filters by speaker, by slug or id, one or several', async () => {
    const res = await h.http.get('/v1/statements').query({ speaker: 'hossein-jaberi-ansari' });
    expect(res.body.data).toHaveLength(3);
    const vershinin = await h.http.get('/v1/actors/sergei-vershinin');
    const two = await h.http.get('/v1/statements').query({ speaker: `hossein-jaberi-ansari,${vershinin.body.id}` });
    expect(two.body.data).toHaveLength(4);

    const missing = uniqueSlug('nobody');
    const unknown = await h.http.get('/v1/statements').query({ speaker: missing });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { pointer: '#/query/speaker', detail: `no actor has the id or slug "${missing}"` },
    ]);
  });

  it('filters by event, by kind and by original language', async () => {
    const atConsultations = await h.http.get('/v1/statements').query({ event: 'moscow-consultations-2019' });
    expect(atConsultations.body.data).toHaveLength(4);
    const reported = await h.http
      .get('/v1/statements')
      .query({ event: 'moscow-consultations-2019', kind: 'reported_speech' });
    expect(reported.body.data).toHaveLength(1);
    expect(reported.body.data[0].speaker.slug).toBe('hossein-jaberi-ansari');

    const speaker = await insertActor(h.database.db);
    const event = await insertEvent(h.database.db);
    const french = await makeStatement(h.database.db, speaker.id, {
      eventId: event.id,
      originalLang: 'fr-BE',
      kind: 'reported_speech',
    });
    await makeStatement(h.database.db, speaker.id, { eventId: event.id, originalLang: 'en' });
    const fr = await h.http.get('/v1/statements').query({ event: event.id, originalLang: 'fr' });
    expect(fr.body.data.map((s: Item) => s.id)).toEqual([french.id]);
    const ar = await h.http.get('/v1/statements').query({ speaker: speaker.slug, originalLang: 'ar' });
    expect(ar.body.data).toEqual([]);

    const unknownEvent = await h.http.get('/v1/statements').query({ event: 'no-such-event' });
    expect(unknownEvent.status).toBe(400);
    expect(unknownEvent.body.errors).toEqual([
      { pointer: '#/query/event', detail: 'no event has the id or slug "no-such-event"' },
    ]);
    const badKind = await h.http.get('/v1/statements').query({ kind: 'rumour' });
    expect(badKind.status).toBe(400);
  });

  it('filters by a date window, possibly or strictly', async () => {
    const speaker = await insertActor(h.database.db);
    const inside = await makeStatement(h.database.db, speaker.id, { date: '2041-03-15' });
    const straddling = await makeStatement(h.database.db, speaker.id, { date: '2041~' });
    const outside = await makeStatement(h.database.db, speaker.id, { date: '2043' });
    const undated = await makeStatement(h.database.db, speaker.id);
    const ids = async (params: Record<string, string>) => {
      const res = await h.http.get('/v1/statements').query({ speaker: speaker.slug, ...params });
      return res.body.data.map((s: Item) => s.id).sort();
    };
    expect(await ids({ from: '2041-03', to: '2041-03' })).toEqual([inside.id, straddling.id, undated.id].sort());
    expect(await ids({ from: '2041-03', to: '2041-03', certainty: 'strict' })).toEqual([inside.id]);
    expect(await ids({ from: '2043' })).toEqual([outside.id, undated.id].sort());
    const reversed = await h.http.get('/v1/statements').query({ from: '2042', to: '2041' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0].pointer).toBe('#/query/from');
    const bad = await h.http.get('/v1/statements').query({ from: 'yesterday' });
    expect(bad.status).toBe(400);
  });

  it('rejects an unknown query parameter, naming it, and a cursor of another query', async () => {
    const res = await h.http.get('/v1/statements').query({ search: 'Astana' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '#/query/search', detail: 'unknown parameter "search"' }]);
    const first = await h.http.get('/v1/statements').query({ limit: 1 });
    const cursor = first.body.nextCursor;
    const other = await h.http.get('/v1/statements').query({ limit: 1, kind: 'direct_quote', cursor });
    expect(other.status).toBe(400);
    expect(other.body.type).toBe('/problems/invalid-cursor');
  });

  it('labels each statement with its original text or a translation', async () => {
    const en = await h.http.get('/v1/statements').query({ speaker: 'sergei-ryabkov', lang: 'en' });
    expect(en.body.data[0]).toMatchObject({
      labelLang: 'en',
      label: expect.stringContaining('Small Group'),
      speaker: { label: 'Sergei Ryabkov' },
    });
    const ar = await h.http.get('/v1/statements').query({ speaker: 'sergei-ryabkov', lang: 'ar' });
    expect(ar.body.data[0]).toMatchObject({
      labelLang: 'ar',
      label: ar.body.data[0].originalText,
      speaker: { label: 'سيرغي ريابكوف' },
    });
  });

  it('sends the same number of queries for 5 statements as for 100', async () => {
    const speaker = await insertActor(h.database.db);
    for (let i = 0; i < 100; i++) await makeStatement(h.database.db, speaker.id, { date: '2050', cited: true });
    let few: Item[] = [];
    let many: Item[] = [];
    const page = async (limit: number) => {
      const res = await h.http.get('/v1/statements').query({ speaker: speaker.slug, limit });
      return res.body.data;
    };
    const small = await countQueries(async () => (few = await page(5)));
    const large = await countQueries(async () => (many = await page(100)));
    expect(few).toHaveLength(5);
    expect(many).toHaveLength(100);
    expect(many.every((s) => (s.citations as unknown[]).length === 1)).toBe(true);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(3);
  });
});

describe('GET /v1/statements/{id}', () => {
  it('returns a statement by id, with its speaker, event, date and citations', async () => {
    const list = await h.http.get('/v1/statements').query({ speaker: 'sergei-vershinin' });
    const [first] = list.body.data;
    const res = await h.http.get(`/v1/statements/${first.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(first);
    expect(res.body).toMatchObject({
      kind: 'direct_quote',
      speaker: { slug: 'sergei-vershinin' },
      originalLang: 'ar',
      date: { edtf: '2019-01~', precision: 'month' },
    });
    const event = await h.http.get(`/v1/events/${res.body.eventId}`);
    expect(event.body.slug).toBe('moscow-consultations-2019');
    expect(ARTICLE).toContain(res.body.originalText);
    const upper = await h.http.get(`/v1/statements/${(first.id as string).toUpperCase()}`);
    expect(upper.body.id).toBe(first.id);
  });

  it('answers 404 for an unknown id and 400 for anything but a UUID, slugs included', async () => {
    const missing = await h.http.get('/v1/statements/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('application/problem+json');
    expect(missing.body.detail).toContain('00000000-0000-4000-8000-000000000000');
    for (const id of ['ansari-consultations-agenda', '12345']) {
      const res = await h.http.get(`/v1/statements/${id}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ pointer: '#/path/id', detail: 'must be a UUID' }]);
    }
  });

  it('sends an ETag, answers 304, and labels in the requested language', async () => {
    const speaker = await insertActor(h.database.db);
    const made = await makeStatement(h.database.db, speaker.id, { originalLang: 'en' });
    const res = await h.http.get(`/v1/statements/${made.id}`);
    const again = await h.http.get(`/v1/statements/${made.id}`).set('If-None-Match', res.headers.etag as string);
    expect(again.status).toBe(304);
    const ar = await h.http.get(`/v1/statements/${made.id}`).query({ lang: 'ar' });
    expect(ar.body).toMatchObject({ label: 'كلمات', labelLang: 'ar' });
    const en = await h.http.get(`/v1/statements/${made.id}`).query({ lang: 'en' });
    expect(en.body).toMatchObject({ label: made.originalText, labelLang: 'en' });
  });
});
