import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { insertActor, insertEvent, insertParticipation, uniqueSlug } from './helpers/factories.js';
import { createHarness, type Harness } from './helpers/harness.js';
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

const MISSING = '00000000-0000-4000-8000-000000000001';
const MISSING_SOURCE = '00000000-0000-4000-8000-000000000003';

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(h.database.db, query);
const count = async (table: string) => (await rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
const counts = async () => Promise.all(['memberships', 'participations', 'statements', 'event_relations', 'citations', 'sources', 'revisions'].map(count));

const newSource = () => ({ slug: uniqueSlug('src'), kind: 'article', title: { en: 'A report' }, lang: 'en', url: 'https://example.org/report' });
const inlineCitation = () => ({ source: newSource(), excerpt: 'التقى', excerptLang: 'ar', locator: 'paragraph 1' });

const pointers = (body: { errors?: { pointer: string }[] }) => (body.errors ?? []).map((e) => e.pointer).sort();

/** Creates through the API and checks that the created resource reads back the same at its Location. */
async function created(path: string, body: Record<string, unknown>) {
  const res = await h.http.post(path).set('Authorization', auth).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.headers.location).toBe(`${path}/${res.body.id}`);
  const fetched = await h.http.get(res.headers.location as string);
  expect(fetched.status).toBe(200);
  expect(fetched.body).toEqual(res.body);
  expect(fetched.headers.etag).toBe(res.headers.etag);
  return res;
}

async function citationsOf(column: string, id: string) {
  return (await rows<{ n: number }>(sql`select count(*)::int as n from citations where ${sql.identifier(column)} = ${id}::uuid`))[0]!.n;
}

async function deletionRevisions(resource: string, id: string) {
  return (await rows<{ n: number }>(sql`select count(*)::int as n from revisions where resource = ${resource} and resource_id = ${id}::uuid and action = 'delete'`))[0]!.n;
}

describe('GET /v1/claims/uncited', () => {
  it('finds nothing in the seed: every seeded claim is cited', async () => {
    const res = await h.http.get('/v1/claims/uncited');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [], nextCursor: null });
  });
});

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
});

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

  it('replays a POST retried with the same Idempotency-Key', async () => {
    const body = await newParticipation();
    const key = uniqueSlug('idem');
    const first = await h.http.post('/v1/participations').set('Authorization', auth).set('Idempotency-Key', key).send(body);
    const retry = await h.http.post('/v1/participations').set('Authorization', auth).set('Idempotency-Key', key).send(body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });
});

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
});

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
});

describe('item reads', () => {
  it.each(['memberships', 'participations', 'relations', 'citations', 'statements'])('/v1/%s/{id} answers 400 for a non-UUID and 404 for a missing one', async (collection) => {
    const bad = await h.http.get(`/v1/${collection}/not-a-uuid`);
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['#/path/id']);
    expect((await h.http.get(`/v1/${collection}/${MISSING}`)).status).toBe(404);
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
