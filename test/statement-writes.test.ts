import { sql } from 'drizzle-orm';
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

const { rows, counts, created, citationsOf, deletionRevisions, expectItemReadErrors } = claimChecks(() => h, () => auth);

describe('statements', () => {
  const newStatement = async (extra: Record<string, unknown> = {}) => ({
    kind: 'direct_quote',
    speakerId: (await insertActor(h.database.db)).id,
    eventId: (await insertEvent(h.database.db)).id,
    originalText: 'سنناقش خلال هذه المشاورات التحولات في سوريا',
    originalLang: 'ar',
    translations: { en: 'During these consultations we will discuss the changes in Syria' },
    date: '2019-01~',
    ...extra,
  });

  it('creates a statement with a citation of a new source, deriving its date', async () => {
    const body = await newStatement({ citations: [inlineCitation()] });
    const res = await created('/v1/statements', body);
    expect(res.body).toMatchObject({
      kind: 'direct_quote',
      speaker: { id: body.speakerId },
      eventId: body.eventId,
      originalText: body.originalText,
      translations: body.translations,
      date: { edtf: '2019-01~', earliest: '2018-12-01T00:00:00.000Z', latest: '2019-02-28T23:59:59.999Z', precision: 'month' },
    });
    expect(res.body.citations).toHaveLength(1);
    const listed = await h.http.get('/v1/statements').query({ speaker: body.speakerId });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([res.body]);
  });

  it('stores an undated statement with unbounded dates and no translations by default', async () => {
    const res = await created('/v1/statements', await newStatement({ date: undefined, eventId: undefined, translations: undefined }));
    expect(res.body).toMatchObject({ date: null, eventId: null, translations: {} });
    const [stored] = await rows<{ earliest: string; latest: string; precision: string | null }>(
      sql`select earliest::text, latest::text, precision from statements where id = ${res.body.id}::uuid`,
    );
    expect(stored).toEqual({ earliest: '-infinity', latest: 'infinity', precision: null });
  });

  it('limits the original text to 20000 characters', async () => {
    const res = await h.http.post('/v1/statements').set('Authorization', auth).send(await newStatement({ originalText: 'x'.repeat(20_001) }));
    expect(res.status).toBe(400);
    expect(pointers(res.body)).toEqual(['#/body/originalText']);
  });

  it('answers 422 naming the missing speaker and event, and leaves nothing behind', async () => {
    const before = await counts();
    const res = await h.http
      .post('/v1/statements')
      .set('Authorization', auth)
      .send(await newStatement({ speakerId: MISSING, eventId: '00000000-0000-4000-8000-000000000002', citations: [inlineCitation()] }));
    expect(res.status).toBe(422);
    expect(pointers(res.body)).toEqual(['#/body/eventId', '#/body/speakerId']);
    expect(await counts()).toEqual(before);
  });

  it('applies a merge patch and honours If-Match', async () => {
    const res = await created('/v1/statements', await newStatement());
    const etag = res.headers.etag as string;
    const patched = await h.http
      .patch(`/v1/statements/${res.body.id}`)
      .set('Authorization', auth)
      .set('If-Match', etag)
      .send({ translations: { fr: 'Pendant ces consultations', en: null }, date: null, kind: 'reported_speech' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ translations: { fr: 'Pendant ces consultations' }, date: null, kind: 'reported_speech' });
    expect((await h.http.get(`/v1/statements/${res.body.id}`)).body).toEqual(patched.body);
    const stale = await h.http.patch(`/v1/statements/${res.body.id}`).set('Authorization', auth).set('If-Match', etag).send({ date: '2019' });
    expect(stale.status).toBe(412);
    const [stored] = await rows<{ earliest: string; date: string | null }>(sql`select earliest::text, date from statements where id = ${res.body.id}::uuid`);
    expect(stored).toEqual({ earliest: '-infinity', date: null });
  });

  it('deletes a statement with its citations, then answers 404', async () => {
    const res = await created('/v1/statements', await newStatement({ citations: [inlineCitation()] }));
    expect((await h.http.delete(`/v1/statements/${res.body.id}`).set('Authorization', auth)).status).toBe(204);
    expect((await h.http.get(`/v1/statements/${res.body.id}`)).status).toBe(404);
    expect(await citationsOf('statement_id', res.body.id)).toBe(0);
    expect(await deletionRevisions('statements', res.body.id)).toBe(1);
  });

  it('/v1/statements/{id} answers 400 for a non-UUID and 404 for a missing one', async () => {
    await expectItemReadErrors('/v1/statements');
  });

  describeItemWrites({
    path: '/v1/statements',
    harness: () => h,
    authorization: () => auth,
    newBody: () => newStatement(),
    patch: { kind: 'reported_speech', translations: { fr: 'Pendant ces consultations' } },
    stalePatch: { date: '2019' },
  });
});
