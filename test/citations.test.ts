import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimChecks, inlineCitation, MISSING, MISSING_SOURCE, newSource, pointers } from './helpers/claims.js';
import { insertActor, insertEvent, insertParticipation } from './helpers/factories.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { describeItemWrites } from './helpers/item-writes.js';
import { createKey } from './helpers/keys.js';
import { walkPages } from './helpers/pages.js';

let h: Harness;
let auth: string;
beforeAll(async () => {
  h = await createHarness();
  auth = (await createKey(h.database.db, 'write')).authorization;
});
afterAll(async () => {
  await h?.close();
});

const { rows, counts, created, expectItemReadErrors } = claimChecks(() => h, () => auth);

describe('GET /v1/claims/uncited', () => {
  it('finds nothing in the seed: every seeded claim is cited', async () => {
    const res = await h.http.get('/v1/claims/uncited');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [], nextCursor: null });
  });
});

describe('citations', () => {
  const newClaim = async () => {
    const event = await insertEvent(h.database.db);
    return insertParticipation(h.database.db, event.id, (await insertActor(h.database.db)).id, 'attendee');
  };

  it('cites a new source for a participation, which then shows the citation', async () => {
    const participation = await newClaim();
    const res = await created('/v1/citations', { ...inlineCitation(), participationId: participation.id });
    expect(res.body).toMatchObject({ excerpt: 'التقى', excerptLang: 'ar', locator: 'paragraph 1', claim: { type: 'participation', id: participation.id } });
    const { claim: _claim, ...plain } = res.body;
    expect((await h.http.get(`/v1/participations/${participation.id}`)).body.citations).toEqual([plain]);
  });

  it('cites an existing source for an event', async () => {
    const event = await insertEvent(h.database.db);
    const [source] = await rows<{ id: string }>(sql`select id from sources limit 1`);
    const res = await created('/v1/citations', { sourceId: source!.id, eventId: event.id });
    expect(res.body).toMatchObject({ source: { id: source!.id }, excerpt: null, claim: { type: 'event', id: event.id } });
  });

  it('backs exactly one claim: two claims or none are a 400', async () => {
    const participation = await newClaim();
    const before = await counts();
    const two = await h.http
      .post('/v1/citations')
      .set('Authorization', auth)
      .send({ ...inlineCitation(), participationId: participation.id, eventId: participation.eventId });
    expect(two.status).toBe(400);
    expect(pointers(two.body)).toEqual(['#/body']);
    const none = await h.http.post('/v1/citations').set('Authorization', auth).send(inlineCitation());
    expect(none.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('answers 422 naming a missing claim or source, and leaves nothing behind', async () => {
    const before = await counts();
    const claim = await h.http.post('/v1/citations').set('Authorization', auth).send({ ...inlineCitation(), statementId: MISSING });
    expect(claim.status).toBe(422);
    expect(claim.body.errors).toEqual([{ pointer: '#/body/statementId', detail: expect.stringContaining('no statement') }]);
    const source = await h.http.post('/v1/citations').set('Authorization', auth).send({ sourceId: MISSING_SOURCE, relationId: MISSING });
    expect(source.status).toBe(422);
    expect(pointers(source.body)).toEqual(['#/body/relationId', '#/body/sourceId']);
    expect(await counts()).toEqual(before);
  });

  it('changes the excerpt, locator and source by merge patch, never the claim', async () => {
    const participation = await newClaim();
    const res = await created('/v1/citations', { ...inlineCitation(), participationId: participation.id });
    const etag = res.headers.etag as string;
    const moved = await h.http.patch(`/v1/citations/${res.body.id}`).set('Authorization', auth).send({ eventId: participation.eventId });
    expect(moved.status).toBe(400);
    expect(pointers(moved.body)).toEqual(['#/body/eventId']);
    const source = newSource();
    const patched = await h.http
      .patch(`/v1/citations/${res.body.id}`)
      .set('Authorization', auth)
      .set('If-Match', etag)
      .send({ source, excerpt: null, excerptLang: null, locator: 'p. 3' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ source: { slug: source.slug }, excerpt: null, excerptLang: null, locator: 'p. 3', claim: res.body.claim });
    expect((await h.http.get(`/v1/citations/${res.body.id}`)).body).toEqual(patched.body);
    const stale = await h.http.patch(`/v1/citations/${res.body.id}`).set('Authorization', auth).set('If-Match', etag).send({ locator: 'p. 4' });
    expect(stale.status).toBe(412);
    const orphanExcerpt = await h.http.patch(`/v1/citations/${res.body.id}`).set('Authorization', auth).send({ excerpt: 'نص' });
    expect(orphanExcerpt.status).toBe(400);
    expect(pointers(orphanExcerpt.body)).toEqual(['#/body/excerptLang']);
  });

  it('deletes a citation, leaving its claim and source', async () => {
    const participation = await newClaim();
    const res = await created('/v1/citations', { ...inlineCitation(), participationId: participation.id });
    expect((await h.http.delete(`/v1/citations/${res.body.id}`).set('Authorization', auth)).status).toBe(204);
    expect((await h.http.get(`/v1/citations/${res.body.id}`)).status).toBe(404);
    expect((await h.http.get(`/v1/participations/${participation.id}`)).body.citations).toEqual([]);
    expect((await h.http.get(`/v1/sources/${res.body.source.id}`)).status).toBe(200);
  });

  it('/v1/citations/{id} answers 400 for a non-UUID and 404 for a missing one', async () => {
    await expectItemReadErrors('/v1/citations');
  });

  describeItemWrites({
    path: '/v1/citations',
    harness: () => h,
    authorization: () => auth,
    newBody: async () => ({ ...inlineCitation(), participationId: (await newClaim()).id }),
    patch: { locator: 'p. 3' },
    stalePatch: { excerpt: null, excerptLang: null },
  });
});

describe('uncited claims', () => {
  it('lists a participation created without citations until a citation is posted for it', async () => {
    const event = await insertEvent(h.database.db);
    const actor = await insertActor(h.database.db, { name: { en: 'Sergei Vershinin', ar: 'سيرغي فيرشينين' } });
    const res = await created('/v1/participations', { eventId: event.id, actorId: actor.id, role: 'counterpart' });
    const listed = await walkPages<{ id: string; type: string }>(h.http, '/v1/claims/uncited', {}, 2);
    expect(listed.items).toContainEqual({ type: 'participation', id: res.body.id });
    const labelled = await walkPages<{ id: string; label?: string }>(h.http, '/v1/claims/uncited', { lang: 'ar' }, 100);
    expect(labelled.items.find((c) => c.id === res.body.id)).toEqual({ type: 'participation', id: res.body.id, label: 'سيرغي فيرشينين', labelLang: 'ar' });
    await created('/v1/citations', { ...inlineCitation(), participationId: res.body.id });
    const after = await walkPages<{ id: string }>(h.http, '/v1/claims/uncited', {}, 2);
    expect(after.items.map((c) => c.id)).not.toContain(res.body.id);
  });

  it('pages by kind of claim then id, each claim once, in a constant number of queries', async () => {
    for (let i = 0; i < 3; i++) await insertEvent(h.database.db);
    const queriesFor = async (limit: number) => {
      h.queries.length = 0;
      const res = await h.http.get('/v1/claims/uncited').query({ limit });
      expect(res.status).toBe(200);
      return h.queries.length;
    };
    expect(await queriesFor(1)).toBe(await queriesFor(100));
    const { items, pages } = await walkPages<{ id: string; type: string }>(h.http, '/v1/claims/uncited', {}, 2);
    expect(pages).toBeGreaterThan(1);
    const order = ['event', 'participation', 'membership', 'statement', 'relation'];
    const keys = items.map((c) => [order.indexOf(c.type), c.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
    expect(new Set(items.map((c) => c.id)).size).toBe(items.length);
    const events = await walkPages<{ id: string; type: string }>(h.http, '/v1/claims/uncited', { type: 'event' }, 1);
    expect(events.items.every((c) => c.type === 'event')).toBe(true);
    expect(events.items.length).toBe(items.filter((c) => c.type === 'event').length);
  });

  it('refuses a cursor of another list', async () => {
    const events = await h.http.get('/v1/events').query({ limit: 1 });
    const res = await h.http.get('/v1/claims/uncited').query({ cursor: events.body.nextCursor });
    expect(res.status).toBe(400);
  });
});
