import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { toDbEarliest, toDbLatest } from '../src/db/dates.js';
import { sources } from '../src/db/schema/index.js';
import { parseEdtf } from '../src/domain/edtf.js';
import type { SourceKind } from '../src/domain/enums.js';
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

async function makeSource(
  db: Db,
  options: {
    kind?: SourceKind;
    lang?: string;
    title?: Record<string, string>;
    published?: string;
    url?: string;
    retrievedAt?: string;
  } = {},
) {
  const published = options.published ? parseEdtf(options.published) : undefined;
  const [row] = await db
    .insert(sources)
    .values({
      slug: uniqueSlug('source'),
      kind: options.kind ?? 'article',
      title: options.title ?? { en: 'A test source' },
      lang: options.lang ?? 'en',
      url: options.url ?? null,
      published: published?.edtf ?? null,
      publishedEarliest: published ? toDbEarliest(published.earliest) : null,
      publishedLatest: published ? toDbLatest(published.latest) : null,
      retrievedAt: options.retrievedAt ?? null,
    })
    .returning();
  return row!;
}


const walk = (params: Record<string, string | number>, limit: number) => walkPages(h.http, '/v1/sources', params, limit);

describe('GET /v1/sources', () => {
  it('lists the seeded article', async () => {
    const res = await h.http.get('/v1/sources');
    expect(res.status).toBe(200);
    expect(res.body.data.map((s: Item) => s.slug)).toContain('al-manar-moscow-consultations');
  });

  it('yields every source exactly once, in slug order, whatever the page size, and sorts both ways', async () => {
    for (let i = 0; i < 8; i++) await makeSource(h.database.db);
    const reference = (await walk({}, 100)).items;
    const inDb = await h.database.db
      .select({ slug: sources.slug })
      .from(sources)
      .orderBy(asc(sources.slug), asc(sources.id));
    expect(reference.map((s) => s.slug)).toEqual(inDb.map((r) => r.slug));
    for (const limit of [1, 2, 3, 7]) {
      const { items, pages } = await walk({}, limit);
      expect(items.map((s) => s.id)).toEqual(reference.map((s) => s.id));
      expect(pages).toBe(Math.ceil(reference.length / limit));
    }
    expect((await walk({ sort: '-slug' }, 3)).items.map((s) => s.id)).toEqual(reference.map((s) => s.id).reverse());
    const first = await h.http.get('/v1/sources').query({ limit: 1 });
    expect(first.headers.link).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/v1\/sources\?limit=1&cursor=[^>]+>; rel="next"$/);
  });

  it('filters by kind', async () => {
    const communique = await makeSource(h.database.db, { kind: 'communique' });
    const res = await h.http.get('/v1/sources').query({ kind: 'communique', limit: 100 });
    expect(res.body.data.map((s: Item) => s.slug)).toContain(communique.slug);
    expect(res.body.data.every((s: Item) => s.kind === 'communique')).toBe(true);
    const bad = await h.http.get('/v1/sources').query({ kind: 'tweet' });
    expect(bad.status).toBe(400);
  });

  it('filters by the language of the document, regional variants included', async () => {
    const syrian = await makeSource(h.database.db, { lang: 'ar-SY' });
    const french = await makeSource(h.database.db, { lang: 'fr' });
    const ar = await h.http.get('/v1/sources').query({ language: 'ar', limit: 100 });
    const arSlugs = ar.body.data.map((s: Item) => s.slug);
    expect(arSlugs).toEqual(expect.arrayContaining(['al-manar-moscow-consultations', syrian.slug]));
    expect(arSlugs).not.toContain(french.slug);
    const fr = await h.http.get('/v1/sources').query({ language: 'fr,de', limit: 100 });
    expect(fr.body.data.map((s: Item) => s.slug)).toEqual([french.slug]);
    const bad = await h.http.get('/v1/sources').query({ language: 'Arabic!' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('#/query/language/0');
  });

  it('rejects an unknown query parameter, naming it', async () => {
    const res = await h.http.get('/v1/sources').query({ publisher: 'al-manar' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '#/query/publisher', detail: 'unknown parameter "publisher"' }]);
  });
});

describe('GET /v1/sources/{id}', () => {
  it('returns the Al-Manar article with its vague publication date as EDTF with bounds', async () => {
    const res = await h.http.get('/v1/sources/al-manar-moscow-consultations');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      slug: 'al-manar-moscow-consultations',
      kind: 'article',
      title: { en: 'Russian–Iranian consultations in Moscow on Syria (Al-Manar report)' },
      publisher: { ar: 'موقع المنار', en: 'Al-Manar website' },
      url: null,
      lang: 'ar',
      published: {
        edtf: '2019-01~',
        earliest: '2018-12-01T00:00:00.000Z',
        latest: '2019-02-28T23:59:59.999Z',
        precision: 'month',
      },
      retrievedAt: null,
    });
    expect(res.body).not.toHaveProperty('publishedEarliest');
  });

  it('returns the same source by id as by slug, with every column', async () => {
    const made = await makeSource(h.database.db, {
      url: 'https://example.org/a',
      published: '2020',
      retrievedAt: '2024-02-03T04:05:06Z',
      title: { ar: 'مصدر', en: 'A source' },
    });
    const byId = await h.http.get(`/v1/sources/${made.id}`);
    const bySlug = await h.http.get(`/v1/sources/${made.slug}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(bySlug.body);
    expect(byId.body).toMatchObject({
      url: 'https://example.org/a',
      published: {
        edtf: '2020',
        earliest: '2020-01-01T00:00:00.000Z',
        latest: '2020-12-31T23:59:59.999Z',
        precision: 'year',
      },
      retrievedAt: '2024-02-03T04:05:06.000Z',
      publisher: null,
    });
  });

  it('labels the title in the requested language', async () => {
    const made = await makeSource(h.database.db, { title: { ar: 'تقرير', en: 'Report' } });
    const ar = await h.http.get(`/v1/sources/${made.slug}`).query({ lang: 'ar' });
    expect(ar.body).toMatchObject({ label: 'تقرير', labelLang: 'ar' });
    const en = await h.http.get(`/v1/sources/${made.slug}`).query({ lang: 'en' });
    expect(en.body).toMatchObject({ label: 'Report', labelLang: 'en' });
    const fallback = await h.http.get('/v1/sources/al-manar-moscow-consultations').query({ lang: 'ar' });
    expect(fallback.body).toMatchObject({ labelLang: 'en' });
  });

  it('answers 404 for an unknown source, 400 for a bad id, and 304 to a matching ETag', async () => {
    for (const id of [uniqueSlug('none'), '00000000-0000-4000-8000-000000000000']) {
      expect((await h.http.get(`/v1/sources/${id}`)).status).toBe(404);
    }
    const bad = await h.http.get('/v1/sources/a--b');
    expect(bad.status).toBe(400);
    const path = '/v1/sources/al-manar-moscow-consultations';
    const res = await h.http.get(path);
    const again = await h.http.get(path).set('If-None-Match', res.headers.etag as string);
    expect(again.status).toBe(304);
  });
});
