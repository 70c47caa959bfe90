import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { places } from '../src/db/schema/index.js';
import type { PlaceKind } from '../src/domain/enums.js';
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

async function makePlace(db: Db, options: { kind?: PlaceKind; parentId?: string; name?: Record<string, string> } = {}) {
  const [row] = await db
    .insert(places)
    .values({
      slug: uniqueSlug('place'),
      kind: options.kind ?? 'city',
      name: options.name ?? { en: 'Testville' },
      parentId: options.parentId ?? null,
    })
    .returning();
  return row!;
}


const walk = (params: Record<string, string | number>, limit: number) => walkPages(h.http, '/v1/places', params, limit);

async function slugsInDbOrder(db: Db): Promise<string[]> {
  const rows = await db.select({ slug: places.slug }).from(places).orderBy(asc(places.slug), asc(places.id));
  return rows.map((r) => r.slug);
}

describe('GET /v1/places', () => {
  it('lists the seeded places in slug order, each with its parent', async () => {
    const res = await h.http.get('/v1/places').query({ limit: 100 });
    expect(res.status).toBe(200);
    const slugs = res.body.data.map((p: Item) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(['russia', 'moscow', 'syria', 'idlib', 'yemen', 'middle-east']));
    expect(slugs).toEqual(await slugsInDbOrder(h.database.db));
    const idlib = res.body.data.find((p: Item) => p.slug === 'idlib');
    expect(idlib).toMatchObject({
      kind: 'region',
      parent: { slug: 'syria', kind: 'country', name: { ar: 'سوريا', en: 'Syria' } },
    });
    expect(res.body.data.find((p: Item) => p.slug === 'syria').parent).toBeNull();
  });

  it('yields every place exactly once, in order, whatever the page size, and sorts both ways', async () => {
    for (let i = 0; i < 9; i++) await makePlace(h.database.db);
    const reference = (await walk({}, 100)).items.map((p) => p.id);
    for (const limit of [1, 2, 3, 7]) {
      const { items, pages } = await walk({}, limit);
      expect(items.map((p) => p.id)).toEqual(reference);
      expect(pages).toBe(Math.ceil(reference.length / limit));
    }
    const down = await walk({ sort: '-slug' }, 4);
    expect(down.items.map((p) => p.id)).toEqual([...reference].reverse());
  });

  it('pages with a Link header', async () => {
    const first = await h.http.get('/v1/places').query({ limit: 2, kind: 'country' });
    expect(first.body.data).toHaveLength(2);
    expect(first.headers.link).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/v1\/places\?limit=2&kind=country&cursor=[^>]+>; rel="next"$/,
    );
  });

  it('filters by kind', async () => {
    const res = await h.http.get('/v1/places').query({ kind: 'region', limit: 100 });
    expect(res.body.data.map((p: Item) => p.slug)).toEqual(expect.arrayContaining(['idlib', 'middle-east']));
    expect(res.body.data.every((p: Item) => p.kind === 'region')).toBe(true);
    const bad = await h.http.get('/v1/places').query({ kind: 'planet' });
    expect(bad.status).toBe(400);
  });

  it('filters by parent, by slug or id; an unknown parent is a 400 naming it', async () => {
    const bySlug = await h.http.get('/v1/places').query({ parent: 'russia' });
    expect(bySlug.body.data.map((p: Item) => p.slug)).toEqual(['moscow']);
    const parent = await makePlace(h.database.db, { kind: 'country' });
    const children = [
      await makePlace(h.database.db, { parentId: parent.id }),
      await makePlace(h.database.db, { parentId: parent.id }),
    ];
    const byId = await h.http.get('/v1/places').query({ parent: parent.id });
    expect(byId.body.data.map((p: Item) => p.slug).sort()).toEqual(children.map((c) => c.slug).sort());
    const both = await h.http.get('/v1/places').query({ parent: `russia,${parent.slug}` });
    expect(both.body.data).toHaveLength(3);

    const missing = uniqueSlug('nowhere');
    const unknown = await h.http.get('/v1/places').query({ parent: missing });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { pointer: '#/query/parent', detail: `no place has the id or slug "${missing}"` },
    ]);
    expect(unknown.body.detail).toContain(missing);
  });

  it('rejects an unknown query parameter, naming it', async () => {
    const res = await h.http.get('/v1/places').query({ near: 'moscow' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '#/query/near', detail: 'unknown parameter "near"' }]);
  });

  it('labels places and their parents in the requested language', async () => {
    const ar = await h.http.get('/v1/places').query({ lang: 'ar', parent: 'russia' });
    expect(ar.body.data[0]).toMatchObject({
      label: 'موسكو',
      labelLang: 'ar',
      parent: { label: 'روسيا', labelLang: 'ar' },
    });
    const en = await h.http.get('/v1/places').query({ lang: 'en', parent: 'russia' });
    expect(en.body.data[0]).toMatchObject({ label: 'Moscow', labelLang: 'en', parent: { label: 'Russia' } });
  });
});

describe('GET /v1/places/{id}', () => {
  it('returns Moscow by slug, with Russia as its parent and its coordinates', async () => {
    const res = await h.http.get('/v1/places/moscow');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      slug: 'moscow',
      kind: 'city',
      name: { ar: 'موسكو', en: 'Moscow' },
      parent: { slug: 'russia', kind: 'country', name: { ar: 'روسيا', en: 'Russia' } },
      latitude: 55.7558,
      longitude: 37.6173,
      wikidataId: 'Q649',
    });
    expect(res.body).not.toHaveProperty('parentId');
    expect(res.body).not.toHaveProperty('version');
  });

  it('returns the same place by id as by slug', async () => {
    const bySlug = await h.http.get('/v1/places/syria');
    const byId = await h.http.get(`/v1/places/${bySlug.body.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(bySlug.body);
    expect(byId.body.parent).toBeNull();
  });

  it('answers 404 for an unknown place and 400 for a bad id', async () => {
    for (const id of [uniqueSlug('nowhere'), '00000000-0000-4000-8000-000000000000']) {
      const res = await h.http.get(`/v1/places/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body.detail).toContain(id);
    }
    const bad = await h.http.get('/v1/places/M%C3%BCnchen');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('#/path/id');
  });

  it('sends an ETag, answers 304, and labels in the requested language', async () => {
    const res = await h.http.get('/v1/places/moscow');
    const again = await h.http.get('/v1/places/moscow').set('If-None-Match', res.headers.etag as string);
    expect(again.status).toBe(304);
    const ar = await h.http.get('/v1/places/moscow').query({ lang: 'ar' });
    expect(ar.body).toMatchObject({ label: 'موسكو', labelLang: 'ar' });
    const en = await h.http.get('/v1/places/moscow').query({ lang: 'en' });
    expect(en.body).toMatchObject({ label: 'Moscow', labelLang: 'en' });
  });
});
