import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { topics } from '../src/db/schema/index.js';
import { walkPages, type Item } from './helpers/pages.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { uniqueSlug } from './helpers/factories.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

async function makeTopic(
  db: Db,
  options: { name?: Record<string, string>; description?: Record<string, string> } = {},
) {
  const [row] = await db
    .insert(topics)
    .values({
      slug: uniqueSlug('topic'),
      name: options.name ?? { en: 'A test topic' },
      description: options.description ?? null,
    })
    .returning();
  return row!;
}


const walk = (params: Record<string, string | number>, limit: number) => walkPages(h.http, '/v1/topics', params, limit);

describe('GET /v1/topics', () => {
  it('lists the seeded topics in slug order', async () => {
    const res = await h.http.get('/v1/topics').query({ limit: 100 });
    expect(res.status).toBe(200);
    const slugs = res.body.data.map((t: Item) => t.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['syria', 'idlib', 'yemen', 'astana-process', 'constitutional-committee']),
    );
    const inDb = await h.database.db
      .select({ slug: topics.slug })
      .from(topics)
      .orderBy(asc(topics.slug), asc(topics.id));
    expect(slugs).toEqual(inDb.map((r) => r.slug));
    expect(res.body.data.find((t: Item) => t.slug === 'astana-process')).toMatchObject({
      name: { ar: 'مسار أستانا', en: 'Astana process' },
      description: null,
    });
  });

  it('yields every topic exactly once, in order, whatever the page size, and sorts both ways', async () => {
    for (let i = 0; i < 6; i++) await makeTopic(h.database.db);
    const reference = (await walk({}, 100)).items.map((t) => t.id);
    for (const limit of [1, 2, 3, 7]) {
      const { items, pages } = await walk({}, limit);
      expect(items.map((t) => t.id)).toEqual(reference);
      expect(pages).toBe(Math.ceil(reference.length / limit));
    }
    expect((await walk({ sort: '-slug' }, 5)).items.map((t) => t.id)).toEqual([...reference].reverse());
    const first = await h.http.get('/v1/topics').query({ limit: 1 });
    expect(first.headers.link).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/v1\/topics\?limit=1&cursor=[^>]+>; rel="next"$/);
  });

  it('rejects an unknown query parameter or sort, naming it', async () => {
    const res = await h.http.get('/v1/topics').query({ kind: 'thread' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '#/query/kind', detail: 'unknown parameter "kind"' }]);
    const sort = await h.http.get('/v1/topics').query({ sort: 'name' });
    expect(sort.status).toBe(400);
    expect(sort.body.errors[0].pointer).toBe('#/query/sort');
  });

  it('labels topics in the requested language', async () => {
    const ar = await h.http.get('/v1/topics').query({ lang: 'ar', limit: 100 });
    expect(ar.body.data.find((t: Item) => t.slug === 'idlib')).toMatchObject({ label: 'إدلب', labelLang: 'ar' });
    const en = await h.http.get('/v1/topics').query({ lang: 'en', limit: 100 });
    expect(en.body.data.find((t: Item) => t.slug === 'idlib')).toMatchObject({ label: 'Idlib', labelLang: 'en' });
  });
});

describe('GET /v1/topics/{id}', () => {
  it('returns a topic by slug and by id', async () => {
    const bySlug = await h.http.get('/v1/topics/astana-process');
    expect(bySlug.status).toBe(200);
    expect(bySlug.body).toMatchObject({ slug: 'astana-process', name: { ar: 'مسار أستانا', en: 'Astana process' } });
    const byId = await h.http.get(`/v1/topics/${bySlug.body.id}`);
    expect(byId.body).toEqual(bySlug.body);
  });

  it('gives the description when there is one', async () => {
    const topic = await makeTopic(h.database.db, {
      name: { ar: 'موضوع', en: 'Topic' },
      description: { en: 'About it' },
    });
    const res = await h.http.get(`/v1/topics/${topic.slug}`).query({ lang: 'ar' });
    expect(res.body).toMatchObject({ description: { en: 'About it' }, label: 'موضوع', labelLang: 'ar' });
  });

  it('answers 404 for an unknown topic and 400 for a bad id', async () => {
    for (const id of [uniqueSlug('none'), '00000000-0000-4000-8000-000000000000']) {
      const res = await h.http.get(`/v1/topics/${id}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ type: '/problems/not-found', status: 404 });
    }
    const bad = await h.http.get('/v1/topics/_bad_');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('#/path/id');
  });

  it('sends an ETag and answers 304', async () => {
    const res = await h.http.get('/v1/topics/syria');
    const again = await h.http.get('/v1/topics/syria').set('If-None-Match', res.headers.etag as string);
    expect(again.status).toBe(304);
  });
});
