import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { insertActor, insertMembership, uniqueSlug } from './helpers/factories.js';
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

const newActor = (extra: Record<string, unknown> = {}) => ({
  slug: uniqueSlug('actor'),
  kind: 'person',
  name: { en: 'Maria Zakharova', ar: 'ماريا زاخاروفا' },
  ...extra,
});

const pointers = (res: { body: { errors: { pointer: string }[] } }) => res.body.errors.map((e) => e.pointer).sort();

const revisionsOf = (id: string) =>
  queryRows<{ action: string; version: number; changes: Record<string, unknown> }>(
    h.database.db,
    sql`select action, version, changes from revisions where resource = 'actors' and resource_id = ${id} order by seq`,
  );

describe('POST /v1/actors', () => {
  it('creates an actor and answers 201 with Location and ETag, the representation GET gives', async () => {
    const body = newActor({
      aliases: { en: ['Maria Zakharova', 'Zakharova'], ar: ['زاخاروفا'] },
      description: { en: 'Spokeswoman of the Russian foreign ministry.' },
      wikidataId: 'Q4271217',
    });
    const res = await h.http.post('/v1/actors').set('Authorization', auth).send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.location).toBe(`/v1/actors/${res.body.id}`);
    expect(res.body).toMatchObject(body);
    const fetched = await h.http.get(res.headers.location as string);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers.etag).toBe(res.headers.etag);
    const revisions = await revisionsOf(res.body.id);
    expect(revisions).toEqual([{ action: 'create', version: 1, changes: body }]);
  });

  it('defaults aliases to none, and description and wikidataId to null', async () => {
    const res = await h.http.post('/v1/actors').set('Authorization', auth).send(newActor());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ aliases: {}, description: null, wikidataId: null });
  });

  it('rejects unknown and server-managed fields, naming them', async () => {
    const res = await h.http
      .post('/v1/actors')
      .set('Authorization', auth)
      .send(newActor({ id: ID, createdAt: '2019-01-01T00:00:00Z', version: 3, colour: 'red' }));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(pointers(res)).toEqual(['#/body/colour', '#/body/createdAt', '#/body/id', '#/body/version']);
  });

  it('checks kind, Wikidata id and the limits of aliases', async () => {
    const res = await h.http
      .post('/v1/actors')
      .set('Authorization', auth)
      .send(
        newActor({
          kind: 'planet',
          wikidataId: 'P31',
          aliases: { en: Array.from({ length: 51 }, (_, i) => `Alias ${i}`), ar: ['x'.repeat(201)] },
        }),
      );
    expect(res.status).toBe(400);
    expect(pointers(res)).toEqual([
      '#/body/aliases/ar/0',
      '#/body/aliases/en',
      '#/body/kind',
      '#/body/wikidataId',
    ]);
  });

  it('answers 409 for a slug already taken', async () => {
    const res = await h.http.post('/v1/actors').set('Authorization', auth).send(newActor({ slug: 'sergei-vershinin' }));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ pointer: '#/body/slug', detail: 'is already taken' }]);
  });
});

describe('PATCH /v1/actors/{id}', () => {
  it('applies a JSON merge patch by slug: maps merge by language, alias lists replace, null clears', async () => {
    const created = await h.http
      .post('/v1/actors')
      .set('Authorization', auth)
      .send(
        newActor({
          aliases: { en: ['Zakharova'], ar: ['زاخاروفا'] },
          description: { en: 'Spokeswoman.' },
          wikidataId: 'Q4271217',
        }),
      );
    const res = await h.http
      .patch(`/v1/actors/${created.body.slug}`)
      .set('Authorization', auth)
      .set('Content-Type', 'application/merge-patch+json')
      .send(
        JSON.stringify({
          name: { fr: 'Maria Zakharova', ar: null },
          aliases: { en: ['M. Zakharova'], ar: null },
          description: null,
          wikidataId: null,
        }),
      );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.name).toEqual({ en: 'Maria Zakharova', fr: 'Maria Zakharova' });
    expect(res.body.aliases).toEqual({ en: ['M. Zakharova'] });
    expect(res.body.description).toBeNull();
    expect(res.body.wikidataId).toBeNull();
    expect(res.headers.etag).not.toBe(created.headers.etag);
    const fetched = await h.http.get(`/v1/actors/${created.body.id}`);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers.etag).toBe(res.headers.etag);
    const cleared = await h.http
      .patch(`/v1/actors/${created.body.id}`)
      .set('Authorization', auth)
      .send({ aliases: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.aliases).toEqual({});
    const [, update] = await revisionsOf(created.body.id);
    expect(update).toMatchObject({
      action: 'update',
      version: 2,
      changes: { description: { from: { en: 'Spokeswoman.' }, to: null } },
    });
    expect(Object.keys(update!.changes).sort()).toEqual(['aliases', 'description', 'name', 'wikidataId']);
  });

  it('records nothing for a patch that changes nothing', async () => {
    const created = await h.http.post('/v1/actors').set('Authorization', auth).send(newActor());
    const res = await h.http
      .patch(`/v1/actors/${created.body.id}`)
      .set('Authorization', auth)
      .send({ kind: 'person', name: { en: 'Maria Zakharova' } });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe(created.headers.etag);
    expect((await revisionsOf(created.body.id)).map((r) => r.action)).toEqual(['create']);
  });

  it('refuses to clear a required field, to write server-managed ones, and to take a slug in use', async () => {
    const created = await h.http.post('/v1/actors').set('Authorization', auth).send(newActor());
    const cleared = await h.http.patch(`/v1/actors/${created.body.id}`).set('Authorization', auth).send({ name: null });
    expect(cleared.status).toBe(400);
    expect(cleared.body.errors[0].pointer).toBe('#/body/name');
    const emptied = await h.http
      .patch(`/v1/actors/${created.body.id}`)
      .set('Authorization', auth)
      .send({ name: { en: null, ar: null } });
    expect(emptied.status).toBe(400);
    expect(emptied.body.errors[0].pointer).toBe('#/body/name');
    const managed = await h.http
      .patch(`/v1/actors/${created.body.id}`)
      .set('Authorization', auth)
      .send({ updatedAt: '2020-01-01T00:00:00Z' });
    expect(managed.status).toBe(400);
    expect(managed.body.errors[0].pointer).toBe('#/body/updatedAt');
    const taken = await h.http
      .patch(`/v1/actors/${created.body.id}`)
      .set('Authorization', auth)
      .send({ slug: 'sergei-vershinin' });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([{ pointer: '#/body/slug', detail: 'is already taken' }]);
  });

  it('answers 404 for a missing actor', async () => {
    const res = await h.http.patch('/v1/actors/no-such-actor').set('Authorization', auth).send({ kind: 'state' });
    expect(res.status).toBe(404);
  });
});

describe('DELETE /v1/actors/{id}', () => {
  it('refuses to delete an actor with participations, memberships or statements, saying which', async () => {
    const res = await h.http.delete('/v1/actors/sergei-vershinin').set('Authorization', auth);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.detail).toMatch(/\d+ participations?/);
    expect(res.body.detail).toMatch(/\d+ memberships?/);
    const first = await h.http.get('/v1/actors/sergei-vershinin');
    expect(first.status).toBe(200);
  });

  it('counts memberships on either side', async () => {
    const member = await insertActor(h.database.db);
    const group = await insertActor(h.database.db, { kind: 'coalition' });
    await insertMembership(h.database.db, member.id, group.id);
    for (const actor of [member, group]) {
      const res = await h.http.delete(`/v1/actors/${actor.id}`).set('Authorization', auth);
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain('1 membership;');
    }
  });
});

describeItemWrites({
  path: '/v1/actors',
  harness: () => h,
  authorization: () => auth,
  newBody: () => newActor(),
  patch: { kind: 'organisation' },
  stalePatch: { kind: 'state' },
});
