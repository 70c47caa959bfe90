import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimChecks, inlineCitation, MISSING, pointers } from './helpers/claims.js';
import { insertActor, insertEvent } from './helpers/factories.js';
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

const { counts, created, citationsOf, deletionRevisions, expectItemReadErrors } = claimChecks(() => h, () => auth);

describe('participations', () => {
  const newParticipation = async (extra: Record<string, unknown> = {}) => ({
    eventId: (await insertEvent(h.database.db)).id,
    actorId: (await insertActor(h.database.db)).id,
    role: 'host',
    note: { en: "Iran's side" },
    ...extra,
  });

  it('creates a participation with a citation of a new source, which the event then shows', async () => {
    const body = await newParticipation({ citations: [inlineCitation()] });
    const res = await created('/v1/participations', body);
    expect(res.body).toMatchObject({ role: 'host', note: body.note, eventId: body.eventId, actor: { id: body.actorId } });
    expect(res.body.citations).toHaveLength(1);
    const event = await h.http.get(`/v1/events/${body.eventId}`);
    const { eventId: _eventId, ...participant } = res.body;
    expect(event.body.participants).toEqual([participant]);
  });

  it('answers 409 for the same actor in the same role at the same event, pointing at the role', async () => {
    const body = await newParticipation();
    await created('/v1/participations', body);
    const before = await counts();
    const again = await h.http.post('/v1/participations').set('Authorization', auth).send({ ...body, note: null, citations: [inlineCitation()] });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ pointer: '#/body/role', detail: expect.any(String) }]);
    expect(await counts()).toEqual(before);
    await created('/v1/participations', { ...body, role: 'speaker' });
  });

  it('answers 422 naming the missing event and actor, and leaves nothing behind', async () => {
    const before = await counts();
    const res = await h.http
      .post('/v1/participations')
      .set('Authorization', auth)
      .send(await newParticipation({ eventId: MISSING, actorId: '00000000-0000-4000-8000-000000000002', citations: [inlineCitation()] }));
    expect(res.status).toBe(422);
    expect(pointers(res.body)).toEqual(['#/body/actorId', '#/body/eventId']);
    expect(await counts()).toEqual(before);
  });

  it('rejects unknown fields and bad values, naming them', async () => {
    const res = await h.http
      .post('/v1/participations')
      .set('Authorization', auth)
      .send(await newParticipation({ role: 'bystander', version: 2, note: { en: 'x'.repeat(1_001) } }));
    expect(res.status).toBe(400);
    expect(pointers(res.body)).toEqual(['#/body/note/en', '#/body/role', '#/body/version']);
  });

  it('applies a merge patch and honours If-Match', async () => {
    const res = await created('/v1/participations', await newParticipation());
    const etag = res.headers.etag as string;
    const patched = await h.http
      .patch(`/v1/participations/${res.body.id}`)
      .set('Authorization', auth)
      .set('If-Match', etag)
      .send({ role: 'visitor', note: { ar: 'الجانب الإيراني' } });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ role: 'visitor', note: { en: "Iran's side", ar: 'الجانب الإيراني' } });
    const stale = await h.http.patch(`/v1/participations/${res.body.id}`).set('Authorization', auth).set('If-Match', etag).send({ note: null });
    expect(stale.status).toBe(412);
    const cleared = await h.http
      .patch(`/v1/participations/${res.body.id}`)
      .set('Authorization', auth)
      .set('If-Match', patched.headers.etag as string)
      .send({ note: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.note).toBeNull();
    const missing = await h.http.patch(`/v1/participations/${res.body.id}`).set('Authorization', auth).send({ actorId: MISSING });
    expect(missing.status).toBe(422);
    expect(pointers(missing.body)).toEqual(['#/body/actorId']);
  });

  it('deletes a participation with its citations, then answers 404', async () => {
    const res = await created('/v1/participations', await newParticipation({ citations: [inlineCitation()] }));
    expect((await h.http.delete(`/v1/participations/${res.body.id}`).set('Authorization', auth)).status).toBe(204);
    expect((await h.http.get(`/v1/participations/${res.body.id}`)).status).toBe(404);
    expect(await citationsOf('participation_id', res.body.id)).toBe(0);
    expect(await deletionRevisions('citations', res.body.citations[0].id)).toBe(1);
    expect((await h.http.get(`/v1/events/${res.body.eventId}`)).body.participants).toEqual([]);
  });

  it('/v1/participations/{id} answers 400 for a non-UUID and 404 for a missing one', async () => {
    await expectItemReadErrors('/v1/participations');
  });

  describeItemWrites({
    path: '/v1/participations',
    harness: () => h,
    authorization: () => auth,
    newBody: () => newParticipation(),
    patch: { role: 'visitor', note: { ar: 'الجانب الإيراني' } },
    stalePatch: { note: null },
  });
});
