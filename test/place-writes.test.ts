import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { uniqueSlug } from './helpers/factories.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { describeItemWrites } from './helpers/item-writes.js';
import { createKey } from './helpers/keys.js';

let h: Harness;
let auth: string;
beforeAll(async () => {
  h = await createHarness();
  auth = (await createKey(h.database.db, 'write')).authorization;
});
afterAll(async () => {
  await h?.close();
});

const count = async (table: string) =>
  (await queryRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;

const newPlace = (extra: Record<string, unknown> = {}) => ({
  slug: uniqueSlug('place'),
  kind: 'city',
  name: { en: 'Sochi', ar: 'سوتشي' },
  ...extra,
});

const pointers = (res: { body: { errors: { pointer: string }[] } }) => res.body.errors.map((e) => e.pointer).sort();

const revisionsOf = (id: string) =>
  queryRows<{ action: string; version: number; changes: Record<string, unknown> }>(
    h.database.db,
    sql`select action, version, changes from revisions where resource = 'places' and resource_id = ${id} order by seq`,
  );

const create = async (extra: Record<string, unknown> = {}) => {
  const res = await h.http.post('/v1/places').set('Authorization', auth).send(newPlace(extra));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res;
};

describe('POST /v1/places', () => {
  it('creates a place within its parent, and answers 201 with the representation GET gives', async () => {
    const russia = (await h.http.get('/v1/places/russia')).body;
    const body = newPlace({ parentId: russia.id, latitude: 43.6028, longitude: 39.7342, wikidataId: 'Q79553' });
    const res = await h.http.post('/v1/places').set('Authorization', auth).send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.location).toBe(`/v1/places/${res.body.id}`);
    expect(res.body.parent).toEqual({ id: russia.id, slug: 'russia', kind: 'country', name: russia.name });
    expect(res.body).toMatchObject({ latitude: 43.6028, longitude: 39.7342, wikidataId: 'Q79553' });
    const fetched = await h.http.get(res.headers.location as string);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers.etag).toBe(res.headers.etag);
    expect(await revisionsOf(res.body.id)).toEqual([{ action: 'create', version: 1, changes: body }]);
  });

  it('rejects unknown and server-managed fields, naming them', async () => {
    const res = await h.http
      .post('/v1/places')
      .set('Authorization', auth)
      .send(newPlace({ id: '0195c5c4-6f6e-7b1e-9f7a-2b8e1c0d4a11', parent: { slug: 'russia' }, version: 2 }));
    expect(res.status).toBe(400);
    expect(pointers(res)).toEqual(['#/body/id', '#/body/parent', '#/body/version']);
  });

  it('refuses coordinates out of range, and one without the other', async () => {
    const range = await h.http
      .post('/v1/places')
      .set('Authorization', auth)
      .send(newPlace({ latitude: 91, longitude: -180.5 }));
    expect(range.status).toBe(400);
    expect(pointers(range)).toEqual(['#/body/latitude', '#/body/longitude']);
    const alone = await h.http.post('/v1/places').set('Authorization', auth).send(newPlace({ latitude: 40 }));
    expect(alone.status).toBe(400);
    expect(alone.body.errors).toEqual([{ pointer: '#/body/longitude', detail: 'is required with latitude' }]);
    const text = await h.http
      .post('/v1/places')
      .set('Authorization', auth)
      .send(newPlace({ latitude: '40', longitude: 20 }));
    expect(text.status).toBe(400);
    expect(text.body.errors[0].pointer).toBe('#/body/latitude');
  });

  it('answers 422 naming a missing parent, and leaves nothing behind', async () => {
    const before = [await count('places'), await count('revisions')];
    const res = await h.http
      .post('/v1/places')
      .set('Authorization', auth)
      .send(newPlace({ parentId: '00000000-0000-4000-8000-000000000001' }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: '#/body/parentId', detail: expect.stringContaining('no place') }]);
    expect([await count('places'), await count('revisions')]).toEqual(before);
  });

  it('answers 409 for a slug already taken', async () => {
    const res = await h.http.post('/v1/places').set('Authorization', auth).send(newPlace({ slug: 'moscow' }));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ pointer: '#/body/slug', detail: 'is already taken' }]);
  });
});

describe('PATCH /v1/places/{id}', () => {
  it('applies a JSON merge patch: language maps merge, null clears, the parent is shown', async () => {
    const created = await create({ latitude: 43.6, longitude: 39.7, wikidataId: 'Q79553' });
    const syria = (await h.http.get('/v1/places/syria')).body;
    const res = await h.http
      .patch(`/v1/places/${created.body.slug}`)
      .set('Authorization', auth)
      .set('Content-Type', 'application/merge-patch+json')
      .send(
        JSON.stringify({
          name: { ar: null, ru: 'Сочи' },
          parentId: syria.id,
          latitude: null,
          longitude: null,
          wikidataId: null,
        }),
      );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.name).toEqual({ en: 'Sochi', ru: 'Сочи' });
    expect(res.body.parent).toMatchObject({ id: syria.id, slug: 'syria' });
    expect(res.body).toMatchObject({ latitude: null, longitude: null, wikidataId: null });
    const fetched = await h.http.get(`/v1/places/${created.body.id}`);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers.etag).toBe(res.headers.etag);
    const [, update] = await revisionsOf(created.body.id);
    expect(update).toMatchObject({ action: 'update', version: 2, changes: { parentId: { from: null, to: syria.id } } });
    const orphan = await h.http
      .patch(`/v1/places/${created.body.id}`)
      .set('Authorization', auth)
      .send({ parentId: null });
    expect(orphan.body.parent).toBeNull();
  });

  it('records nothing for a patch that changes nothing', async () => {
    const created = await create({ latitude: 1.5, longitude: 2.5 });
    const res = await h.http
      .patch(`/v1/places/${created.body.id}`)
      .set('Authorization', auth)
      .send({ latitude: 1.5, kind: 'city' });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe(created.headers.etag);
    expect(await revisionsOf(created.body.id)).toHaveLength(1);
  });

  it('changes or clears coordinates only together, and refuses to clear a required field', async () => {
    const created = await create({ latitude: 10, longitude: 20 });
    const half = await h.http
      .patch(`/v1/places/${created.body.id}`)
      .set('Authorization', auth)
      .send({ longitude: null });
    expect(half.status).toBe(400);
    expect(half.body.errors).toEqual([{ pointer: '#/body/longitude', detail: 'is required with latitude' }]);
    const moved = await h.http
      .patch(`/v1/places/${created.body.id}`)
      .set('Authorization', auth)
      .send({ latitude: -33.9 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ latitude: -33.9, longitude: 20 });
    const range = await h.http
      .patch(`/v1/places/${created.body.id}`)
      .set('Authorization', auth)
      .send({ longitude: 181 });
    expect(range.status).toBe(400);
    expect(range.body.errors[0].pointer).toBe('#/body/longitude');
    const cleared = await h.http.patch(`/v1/places/${created.body.id}`).set('Authorization', auth).send({ kind: null });
    expect(cleared.status).toBe(400);
    expect(cleared.body.errors[0].pointer).toBe('#/body/kind');
  });

  it('answers 422 for a missing parent, and for a parent that would make the place its own ancestor', async () => {
    const top = await create({ kind: 'region' });
    const middle = await create({ kind: 'country', parentId: top.body.id });
    const bottom = await create({ parentId: middle.body.id });
    const missing = await h.http
      .patch(`/v1/places/${top.body.id}`)
      .set('Authorization', auth)
      .send({ parentId: '00000000-0000-4000-8000-000000000001' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ pointer: '#/body/parentId', detail: expect.stringContaining('no place') }]);
    for (const parent of [top, bottom]) {
      const res = await h.http
        .patch(`/v1/places/${top.body.slug}`)
        .set('Authorization', auth)
        .send({ parentId: parent.body.id });
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body.errors).toEqual([
        { pointer: '#/body/parentId', detail: 'would make the place its own ancestor' },
      ]);
    }
    expect((await h.http.get(`/v1/places/${top.body.id}`)).body.parent).toBeNull();
    expect(await revisionsOf(top.body.id)).toHaveLength(1);
    const sideways = await h.http
      .patch(`/v1/places/${bottom.body.id}`)
      .set('Authorization', auth)
      .send({ parentId: top.body.id });
    expect(sideways.status).toBe(200);
  });

  it('lets only one of two concurrent parent changes that would close a cycle succeed', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await create({ kind: 'region' });
      const b = await create({ kind: 'region' });
      const results = await Promise.all([
        h.http.patch(`/v1/places/${a.body.id}`).set('Authorization', auth).send({ parentId: b.body.id }),
        h.http.patch(`/v1/places/${b.body.id}`).set('Authorization', auth).send({ parentId: a.body.id }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    }
  });
});

describe('DELETE /v1/places/{id}', () => {
  it('refuses to delete a place where events happened, or that places lie within, saying which', async () => {
    const moscow = await h.http.delete('/v1/places/moscow').set('Authorization', auth);
    expect(moscow.status).toBe(409);
    expect(moscow.body.detail).toMatch(/referenced by \d+ events?;/);
    const parent = await create({ kind: 'country' });
    await create({ parentId: parent.body.id });
    const res = await h.http.delete(`/v1/places/${parent.body.id}`).set('Authorization', auth);
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('1 child place;');
    const first = await h.http.get(`/v1/places/${parent.body.id}`);
    expect(first.status).toBe(200);
  });
});

describeItemWrites({
  path: '/v1/places',
  harness: () => h,
  authorization: () => auth,
  newBody: () => newPlace(),
  patch: { kind: 'site' },
  stalePatch: { kind: 'area' },
});
