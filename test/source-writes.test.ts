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

const ID = '0195c5c4-6f6e-7b1e-9f7a-2b8e1c0d4a11';

const newSource = (extra: Record<string, unknown> = {}) => ({
  slug: uniqueSlug('src'),
  kind: 'article',
  title: { en: 'Talks in Moscow', ar: 'محادثات في موسكو' },
  lang: 'ar',
  ...extra,
});

const pointers = (res: { body: { errors: { pointer: string }[] } }) => res.body.errors.map((e) => e.pointer).sort();

const revisionsOf = (id: string) =>
  queryRows<{ action: string; version: number; changes: Record<string, unknown> }>(
    h.database.db,
    sql`select action, version, changes from revisions where resource = 'sources' and resource_id = ${id} order by seq`,
  );

const boundsOf = async (id: string) =>
  (
    await queryRows<{ published: string | null; earliest: string | null; latest: string | null }>(
      h.database.db,
      sql`select published,
            to_char(published_earliest at time zone 'UTC', 'YYYY-MM-DD') as earliest,
            to_char(published_latest at time zone 'UTC', 'YYYY-MM-DD') as latest
          from sources where id = ${id}`,
    )
  )[0];

describe('POST /v1/sources', () => {
  it('creates a source with its publication bounds, and answers 201 with the representation GET gives', async () => {
    const body = newSource({
      publisher: { en: 'Al-Manar' },
      url: 'https://www.almanar.com.lb/5000000',
      published: '2019-01~',
      retrievedAt: '2019-01-20T15:30:00+03:00',
    });
    const res = await h.http.post('/v1/sources').set('Authorization', auth).send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.location).toBe(`/v1/sources/${res.body.id}`);
    expect(res.body.published).toEqual({
      edtf: '2019-01~',
      earliest: '2018-12-01T00:00:00.000Z',
      latest: '2019-02-28T23:59:59.999Z',
      precision: 'month',
    });
    expect(res.body.retrievedAt).toBe('2019-01-20T12:30:00.000Z');
    const bounds = await boundsOf(res.body.id);
    expect(bounds).toEqual({ published: '2019-01~', earliest: '2018-12-01', latest: '2019-02-28' });
    const fetched = await h.http.get(res.headers.location as string);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers.etag).toBe(res.headers.etag);
    expect(await revisionsOf(res.body.id)).toEqual([
      { action: 'create', version: 1, changes: { ...body, retrievedAt: '2019-01-20T12:30:00.000Z' } },
    ]);
  });

  it('rejects unknown and server-managed fields, naming them', async () => {
    const res = await h.http
      .post('/v1/sources')
      .set('Authorization', auth)
      .send(newSource({ id: ID, publishedEarliest: '2019-01-01', createdAt: '2019-01-01T00:00:00Z' }));
    expect(res.status).toBe(400);
    expect(pointers(res)).toEqual(['#/body/createdAt', '#/body/id', '#/body/publishedEarliest']);
  });

  it('refuses a URL that is not http(s), an invalid date and an unknown kind', async () => {
    const res = await h.http
      .post('/v1/sources')
      .set('Authorization', auth)
      .send(newSource({ url: 'javascript:alert(1)', published: '2019-13', kind: 'tweet', retrievedAt: 'yesterday' }));
    expect(res.status).toBe(400);
    expect(pointers(res)).toEqual([
      '#/body/kind',
      '#/body/published',
      '#/body/retrievedAt',
      '#/body/url',
    ]);
  });

  it('answers 409 for a slug already taken', async () => {
    const res = await h.http
      .post('/v1/sources')
      .set('Authorization', auth)
      .send(newSource({ slug: 'al-manar-moscow-consultations' }));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ pointer: '#/body/slug', detail: 'is already taken' }]);
  });
});

describe('PATCH /v1/sources/{id}', () => {
  it('applies a JSON merge patch: maps merge by language, null clears, the publication bounds follow', async () => {
    const created = await h.http
      .post('/v1/sources')
      .set('Authorization', auth)
      .send(newSource({ publisher: { en: 'Al-Manar' }, url: 'https://example.org/a', published: '2019-01' }));
    const res = await h.http
      .patch(`/v1/sources/${created.body.slug}`)
      .set('Authorization', auth)
      .set('Content-Type', 'application/merge-patch+json')
      .send(
        JSON.stringify({ title: { ar: null }, publisher: { ar: 'موقع المنار' }, url: null, published: '2019-01-20' }),
      );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.title).toEqual({ en: 'Talks in Moscow' });
    expect(res.body.publisher).toEqual({ en: 'Al-Manar', ar: 'موقع المنار' });
    expect(res.body.url).toBeNull();
    expect(res.body.published).toMatchObject({ edtf: '2019-01-20', precision: 'day' });
    const bounds = await boundsOf(created.body.id);
    expect(bounds).toEqual({ published: '2019-01-20', earliest: '2019-01-20', latest: '2019-01-20' });
    const fetched = await h.http.get(`/v1/sources/${created.body.id}`);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers.etag).toBe(res.headers.etag);
    const undated = await h.http
      .patch(`/v1/sources/${created.body.id}`)
      .set('Authorization', auth)
      .send({ published: null });
    expect(undated.body.published).toBeNull();
    expect(await boundsOf(created.body.id)).toEqual({ published: null, earliest: null, latest: null });
    const revisions = await revisionsOf(created.body.id);
    expect(revisions.map((r) => [r.action, r.version])).toEqual([
      ['create', 1],
      ['update', 2],
      ['update', 3],
    ]);
  });

  it('records nothing for a patch that changes nothing, the same instant in another offset included', async () => {
    const created = await h.http
      .post('/v1/sources')
      .set('Authorization', auth)
      .send(newSource({ retrievedAt: '2019-01-20T12:30:00Z' }));
    const res = await h.http
      .patch(`/v1/sources/${created.body.id}`)
      .set('Authorization', auth)
      .send({ retrievedAt: '2019-01-20T15:30:00+03:00', lang: 'ar' });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe(created.headers.etag);
    expect(await revisionsOf(created.body.id)).toHaveLength(1);
  });

  it('refuses to clear a required field, a bad URL, and server-managed fields', async () => {
    const created = await h.http.post('/v1/sources').set('Authorization', auth).send(newSource());
    for (const [patch, field] of [
      [{ lang: null }, 'lang'],
      [{ kind: null }, 'kind'],
      [{ url: 'ftp://example.org/x' }, 'url'],
      [{ updatedAt: '2020-01-01T00:00:00Z' }, 'updatedAt'],
    ] as const) {
      const res = await h.http.patch(`/v1/sources/${created.body.id}`).set('Authorization', auth).send(patch);
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(res.body.errors[0].pointer).toBe(`#/body/${field}`);
    }
  });
});

describe('DELETE /v1/sources/{id}', () => {
  it('refuses to delete a source still cited, saying by how many citations', async () => {
    const res = await h.http.delete('/v1/sources/al-manar-moscow-consultations').set('Authorization', auth);
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/referenced by \d+ citations?;/);
    const first = await h.http.get('/v1/sources/al-manar-moscow-consultations');
    expect(first.status).toBe(200);
  });
});

describeItemWrites({
  path: '/v1/sources',
  harness: () => h,
  authorization: () => auth,
  newBody: () => newSource(),
  patch: { kind: 'report' },
  stalePatch: { kind: 'book' },
});
