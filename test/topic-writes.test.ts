import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { insertEvent, uniqueSlug } from './helpers/factories.js';
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

const newTopic = (extra: Record<string, unknown> = {}) => ({
  slug: uniqueSlug('topic'),
  name: { en: 'Geneva talks', ar: 'محادثات جنيف' },
  ...extra,
});

const pointers = (res: { body: { errors: { pointer: string }[] } }) => res.body.errors.map((e) => e.pointer).sort();

const revisionsOf = (id: string) =>
  queryRows<{ action: string; version: number; changes: Record<string, unknown> }>(
    h.database.db,
    sql`select action, version, changes from revisions where resource = 'topics' and resource_id = ${id} order by seq`,
  );

describe('POST /v1/topics', () => {
  it('creates a topic and answers 201 with Location and ETag, the representation GET gives', async () => {
    const body = newTopic({ description: { en: 'The UN-led talks on Syria in Geneva.' } });
    const res = await h.http.post('/v1/topics').set('Authorization', auth).send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.location).toBe(`/v1/topics/${res.body.id}`);
    expect(res.body).toMatchObject(body);
    const fetched = await h.http.get(res.headers.location as string);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers.etag).toBe(res.headers.etag);
    expect(await revisionsOf(res.body.id)).toEqual([{ action: 'create', version: 1, changes: body }]);
  });

  it('rejects unknown and server-managed fields, naming them', async () => {
    const res = await h.http
      .post('/v1/topics')
      .set('Authorization', auth)
      .send(newTopic({ id: '0195c5c4-6f6e-7b1e-9f7a-2b8e1c0d4a11', updatedAt: '2019-01-01T00:00:00Z', events: [] }));
    expect(res.status).toBe(400);
    expect(pointers(res)).toEqual(['#/body/events', '#/body/id', '#/body/updatedAt']);
  });

  it('checks lengths and language tags', async () => {
    const res = await h.http
      .post('/v1/topics')
      .set('Authorization', auth)
      .send(newTopic({ slug: 'Not A Slug', name: { English: 'x' }, description: { en: 'x'.repeat(5_001) } }));
    expect(res.status).toBe(400);
    expect(pointers(res)).toEqual(['#/body/description/en', '#/body/name/English', '#/body/slug']);
  });

  it('answers 409 for a slug already taken', async () => {
    const res = await h.http.post('/v1/topics').set('Authorization', auth).send(newTopic({ slug: 'astana-process' }));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ pointer: '#/body/slug', detail: 'is already taken' }]);
  });
});

describe('PATCH /v1/topics/{id}', () => {
  it('applies a JSON merge patch: language maps merge, null clears', async () => {
    const created = await h.http
      .post('/v1/topics')
      .set('Authorization', auth)
      .send(newTopic({ description: { en: 'Talks.' } }));
    const res = await h.http
      .patch(`/v1/topics/${created.body.slug}`)
      .set('Authorization', auth)
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ name: { ar: null, fr: 'Pourparlers de Genève' }, description: null }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.name).toEqual({ en: 'Geneva talks', fr: 'Pourparlers de Genève' });
    expect(res.body.description).toBeNull();
    const fetched = await h.http.get(`/v1/topics/${created.body.id}`);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers.etag).toBe(res.headers.etag);
    const renamed = await h.http
      .patch(`/v1/topics/${created.body.id}`)
      .set('Authorization', auth)
      .send({ slug: uniqueSlug('renamed'), description: { en: 'Again.' } });
    expect(renamed.status).toBe(200);
    expect((await h.http.get(`/v1/topics/${renamed.body.slug}`)).body.id).toBe(created.body.id);
    const revisions = await revisionsOf(created.body.id);
    expect(revisions.map((r) => [r.action, r.version])).toEqual([['create', 1], ['update', 2], ['update', 3]]);
    expect(revisions[1]!.changes).toEqual({
      name: {
        from: { en: 'Geneva talks', ar: 'محادثات جنيف' },
        to: { en: 'Geneva talks', fr: 'Pourparlers de Genève' },
      },
      description: { from: { en: 'Talks.' }, to: null },
    });
  });

  it('records nothing for a patch that changes nothing', async () => {
    const created = await h.http.post('/v1/topics').set('Authorization', auth).send(newTopic());
    const res = await h.http
      .patch(`/v1/topics/${created.body.id}`)
      .set('Authorization', auth)
      .send({ description: null });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe(created.headers.etag);
    expect(res.body.updatedAt).toBe(created.body.updatedAt);
    expect(await revisionsOf(created.body.id)).toHaveLength(1);
  });

  it('refuses to clear the name, and to write server-managed fields', async () => {
    const created = await h.http.post('/v1/topics').set('Authorization', auth).send(newTopic());
    const cleared = await h.http.patch(`/v1/topics/${created.body.id}`).set('Authorization', auth).send({ name: null });
    expect(cleared.status).toBe(400);
    expect(cleared.body.errors[0].pointer).toBe('#/body/name');
    const managed = await h.http
      .patch(`/v1/topics/${created.body.id}`)
      .set('Authorization', auth)
      .send({ id: created.body.id });
    expect(managed.status).toBe(400);
    expect(managed.body.errors[0].pointer).toBe('#/body/id');
  });
});

describe('DELETE /v1/topics/{id}', () => {
  it('refuses to delete a topic events belong to, saying how many', async () => {
    const res = await h.http.delete('/v1/topics/astana-process').set('Authorization', auth);
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/referenced by \d+ events?;/);
    const created = await h.http.post('/v1/topics').set('Authorization', auth).send(newTopic());
    await insertEvent(h.database.db, { topicIds: [created.body.id] });
    const linked = await h.http.delete(`/v1/topics/${created.body.id}`).set('Authorization', auth);
    expect(linked.status).toBe(409);
    expect(linked.body.detail).toContain('1 event;');
    const first = await h.http.get(`/v1/topics/${created.body.id}`);
    expect(first.status).toBe(200);
  });
});

describeItemWrites({
  path: '/v1/topics',
  harness: () => h,
  authorization: () => auth,
  newBody: () => newTopic(),
  patch: { name: { de: 'Genfer Gespräche' } },
  stalePatch: { name: { de: null } },
});
