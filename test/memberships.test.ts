import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimChecks, inlineCitation, MISSING, MISSING_SOURCE, pointers } from './helpers/claims.js';
import { insertActor } from './helpers/factories.js';
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

const { rows, counts, created, citationsOf, deletionRevisions, expectItemReadErrors } = claimChecks(() => h, () => auth);

describe('memberships', () => {
  const newMembership = async (extra: Record<string, unknown> = {}) => ({
    kind: 'post',
    memberId: (await insertActor(h.database.db)).id,
    organizationId: (await insertActor(h.database.db, { kind: 'state' })).id,
    role: { en: 'Deputy Foreign Minister', ar: 'نائب وزير الخارجية' },
    start: '2018',
    end: '2019-06~',
    ...extra,
  });

  it('creates a membership with a citation of a new source, storing the start’s earliest and the end’s latest bound', async () => {
    const citation = inlineCitation();
    const body = await newMembership({ citations: [citation] });
    const res = await created('/v1/memberships', body);
    expect(res.body).toMatchObject({
      kind: 'post',
      role: body.role,
      start: { edtf: '2018', earliest: '2018-01-01T00:00:00.000Z', precision: 'year' },
      end: { edtf: '2019-06~', latest: '2019-07-31T23:59:59.999Z', precision: 'month' },
      member: { id: body.memberId },
      organization: { id: body.organizationId },
    });
    expect(res.body.citations).toHaveLength(1);
    expect(res.body.citations[0].source.slug).toBe(citation.source.slug);
    const [stored] = await rows<{ earliest: string; latest: string }>(
      sql`select earliest::text, latest::text from memberships where id = ${res.body.id}::uuid`,
    );
    expect(new Date(stored!.earliest).toISOString()).toBe('2018-01-01T00:00:00.000Z');
    expect(new Date(stored!.latest).toISOString()).toBe('2019-07-31T23:59:59.999Z');
    const listed = await h.http.get(`/v1/actors/${body.memberId}/memberships`);
    expect(listed.body.data.map((m: { id: string }) => m.id)).toEqual([res.body.id]);
  });

  it('stores ±infinity when the dates are unknown', async () => {
    const res = await created('/v1/memberships', await newMembership({ kind: 'member', role: undefined, start: undefined, end: undefined }));
    expect(res.body).toMatchObject({ role: null, start: null, end: null, citations: [] });
    const [stored] = await rows<{ earliest: string; latest: string }>(
      sql`select earliest::text, latest::text from memberships where id = ${res.body.id}::uuid`,
    );
    expect(stored).toEqual({ earliest: '-infinity', latest: 'infinity' });
  });

  it('refuses an end before the start, naming `end`', async () => {
    const res = await h.http.post('/v1/memberships').set('Authorization', auth).send(await newMembership({ start: '2019-05', end: '2018' }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '#/body/end', detail: expect.stringContaining('start') }]);
  });

  it('rejects unknown and server-managed fields, naming them', async () => {
    const res = await h.http
      .post('/v1/memberships')
      .set('Authorization', auth)
      .send(await newMembership({ id: MISSING, earliest: '2018-01-01', colour: 'red' }));
    expect(res.status).toBe(400);
    expect(pointers(res.body)).toEqual(['#/body/colour', '#/body/earliest', '#/body/id']);
  });

  it('answers 422 naming each missing actor and source, and leaves nothing behind', async () => {
    const before = await counts();
    const missingActor = await h.http
      .post('/v1/memberships')
      .set('Authorization', auth)
      .send(await newMembership({ memberId: MISSING, citations: [inlineCitation()] }));
    expect(missingActor.status).toBe(422);
    expect(missingActor.body.errors).toEqual([{ pointer: '#/body/memberId', detail: expect.stringContaining('no actor') }]);
    const missingSource = await h.http
      .post('/v1/memberships')
      .set('Authorization', auth)
      .send(await newMembership({ citations: [inlineCitation(), { sourceId: MISSING_SOURCE }] }));
    expect(missingSource.status).toBe(422);
    expect(missingSource.body.errors).toEqual([{ pointer: '#/body/citations/1/sourceId', detail: expect.stringContaining('no source') }]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a membership of an actor in itself (422)', async () => {
    const actor = await insertActor(h.database.db);
    const res = await h.http.post('/v1/memberships').set('Authorization', auth).send(await newMembership({ memberId: actor.id, organizationId: actor.id }));
    expect(res.status).toBe(422);
    expect(pointers(res.body)).toEqual(['#/body/organizationId']);
  });

  it('applies a merge patch, honours If-Match, and checks the dates after the patch', async () => {
    const res = await created('/v1/memberships', await newMembership());
    const etag = res.headers.etag as string;
    const patched = await h.http
      .patch(`/v1/memberships/${res.body.id}`)
      .set('Authorization', auth)
      .set('If-Match', etag)
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ role: { ar: null, fr: 'Vice-ministre' }, end: null }));
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.role).toEqual({ en: 'Deputy Foreign Minister', fr: 'Vice-ministre' });
    expect(patched.body.end).toBeNull();
    expect((await h.http.get(`/v1/memberships/${res.body.id}`)).headers.etag).toBe(patched.headers.etag);
    const stale = await h.http.patch(`/v1/memberships/${res.body.id}`).set('Authorization', auth).set('If-Match', etag).send({ kind: 'member' });
    expect(stale.status).toBe(412);
    const backwards = await h.http.patch(`/v1/memberships/${res.body.id}`).set('Authorization', auth).send({ end: '2017' });
    expect(backwards.status).toBe(400);
    expect(pointers(backwards.body)).toEqual(['#/body/end']);
    const [stored] = await rows<{ latest: string; version: number }>(sql`select latest::text, version from memberships where id = ${res.body.id}::uuid`);
    expect(stored).toEqual({ latest: 'infinity', version: 2 });
  });

  it('deletes a membership with its citations, then answers 404', async () => {
    const res = await created('/v1/memberships', await newMembership({ citations: [inlineCitation(), inlineCitation()] }));
    const citationIds = res.body.citations.map((c: { id: string }) => c.id);
    expect((await h.http.delete(`/v1/memberships/${res.body.id}`).set('Authorization', auth)).status).toBe(204);
    expect((await h.http.get(`/v1/memberships/${res.body.id}`)).status).toBe(404);
    expect((await h.http.delete(`/v1/memberships/${res.body.id}`).set('Authorization', auth)).status).toBe(404);
    expect(await citationsOf('membership_id', res.body.id)).toBe(0);
    for (const id of citationIds) {
      expect((await h.http.get(`/v1/citations/${id}`)).status).toBe(404);
      expect(await deletionRevisions('citations', id)).toBe(1);
    }
    expect(await deletionRevisions('memberships', res.body.id)).toBe(1);
  });

  it('/v1/memberships/{id} answers 400 for a non-UUID and 404 for a missing one', async () => {
    await expectItemReadErrors('/v1/memberships');
  });

  describeItemWrites({
    path: '/v1/memberships',
    harness: () => h,
    authorization: () => auth,
    newBody: () => newMembership(),
    patch: { kind: 'member', role: { fr: 'Vice-ministre' } },
    stalePatch: { end: null },
  });
});
