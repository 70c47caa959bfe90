import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimChecks, inlineCitation, MISSING, pointers } from './helpers/claims.js';
import { insertEvent } from './helpers/factories.js';
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

const { counts, created, citationsOf, expectItemReadErrors } = claimChecks(() => h, () => auth);

describe('relations', () => {
  const newRelation = async (extra: Record<string, unknown> = {}) => ({
    subjectId: (await insertEvent(h.database.db)).id,
    type: 'continues',
    objectId: (await insertEvent(h.database.db, { kind: 'process' })).id,
    note: { en: 'The ninth round' },
    ...extra,
  });

  it('creates a relation with a citation of a new source, which both events then list', async () => {
    const body = await newRelation({ citations: [inlineCitation()] });
    const res = await created('/v1/relations', body);
    expect(res.body).toMatchObject({ type: 'continues', subject: { id: body.subjectId }, object: { id: body.objectId }, note: body.note });
    expect(res.body.citations).toHaveLength(1);
    const related = await h.http.get(`/v1/events/${body.objectId}/related`);
    expect(related.body.data).toMatchObject([{ id: res.body.id, direction: 'incoming', event: { id: body.subjectId } }]);
  });

  it('refuses an event related to itself (422) and the same link twice (409)', async () => {
    const body = await newRelation();
    const self = await h.http.post('/v1/relations').set('Authorization', auth).send({ ...body, objectId: body.subjectId });
    expect(self.status).toBe(422);
    expect(pointers(self.body)).toEqual(['#/body/objectId']);
    await created('/v1/relations', body);
    const again = await h.http.post('/v1/relations').set('Authorization', auth).send(body);
    expect(again.status).toBe(409);
    expect(pointers(again.body)).toEqual(['#/body/type']);
  });

  it('answers 422 naming a missing event, and leaves nothing behind', async () => {
    const before = await counts();
    const res = await h.http.post('/v1/relations').set('Authorization', auth).send(await newRelation({ objectId: MISSING, citations: [inlineCitation()] }));
    expect(res.status).toBe(422);
    expect(pointers(res.body)).toEqual(['#/body/objectId']);
    expect(await counts()).toEqual(before);
  });

  it('applies a merge patch and honours If-Match', async () => {
    const res = await created('/v1/relations', await newRelation());
    const etag = res.headers.etag as string;
    const patched = await h.http.patch(`/v1/relations/${res.body.id}`).set('Authorization', auth).set('If-Match', etag).send({ type: 'part_of', note: null });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ type: 'part_of', note: null });
    const stale = await h.http.patch(`/v1/relations/${res.body.id}`).set('Authorization', auth).set('If-Match', etag).send({ type: 'follows' });
    expect(stale.status).toBe(412);
    const self = await h.http.patch(`/v1/relations/${res.body.id}`).set('Authorization', auth).send({ objectId: res.body.subject.id });
    expect(self.status).toBe(422);
  });

  it('deletes a relation with its citations, then answers 404', async () => {
    const res = await created('/v1/relations', await newRelation({ citations: [inlineCitation()] }));
    expect((await h.http.delete(`/v1/relations/${res.body.id}`).set('Authorization', auth)).status).toBe(204);
    expect((await h.http.get(`/v1/relations/${res.body.id}`)).status).toBe(404);
    expect(await citationsOf('relation_id', res.body.id)).toBe(0);
  });

  it('/v1/relations/{id} answers 400 for a non-UUID and 404 for a missing one', async () => {
    await expectItemReadErrors('/v1/relations');
  });

  describeItemWrites({
    path: '/v1/relations',
    harness: () => h,
    authorization: () => auth,
    newBody: () => newRelation(),
    patch: { type: 'part_of', note: { ar: 'الجولة التاسعة' } },
    stalePatch: { note: null },
  });
});
