import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { insertActor, insertEvent, insertParticipation, insertPlace, insertTopic, uniqueSlug } from './helpers/factories.js';
import { testDatabaseKind } from './helpers/database.js';
import { expectIdempotentReplay } from './helpers/writes.js';
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

const newEvent = (extra: Record<string, unknown> = {}) => ({
  slug: uniqueSlug('ev'),
  kind: 'meeting',
  status: 'concluded',
  title: { en: 'Talks in Geneva', ar: 'محادثات في جنيف' },
  date: '2019-01~',
  ...extra,
});

describe('GET /v1/events/{id} and the list agree', () => {
  it('gives the same event, field for field, as /v1/events with the same expansions', async () => {
    // The item is built as JSON by the database, the list from rows: they must not drift apart.
    const place = await insertPlace(h.database.db, { name: { ar: 'جنيف', en: 'Geneva' } });
    const [t1, t2] = [await insertTopic(h.database.db, { en: 'B topic' }), await insertTopic(h.database.db, { en: 'A topic' })];
    const [a1, a2] = [await insertActor(h.database.db, { name: { ar: 'أ' } }), await insertActor(h.database.db, { kind: 'state' })];
    const source = { kind: 'article', title: { en: 'A report' }, publisher: { en: 'Daily' }, lang: 'en', url: 'https://example.org/a', published: '2019-02' };
    const event = await h.http
      .post('/v1/events')
      .set('Authorization', auth)
      .send(
        newEvent({
          placeId: place.id,
          topicIds: [t1.id, t2.id],
          summary: { en: 'Quotes " and \\ backslashes', ar: 'ملخص' },
          citations: [{ source: { slug: uniqueSlug('src'), ...source }, excerpt: 'نص', excerptLang: 'ar', locator: 'p. 2' }],
        }),
      );
    expect(event.status, JSON.stringify(event.body)).toBe(201);
    const bare = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent({ date: '../2019-03-14T10:30:00Z', topicIds: [t1.id] }));
    expect(bare.status, JSON.stringify(bare.body)).toBe(201);
    for (const [actor, role, cited] of [[a1, 'host', true], [a2, 'visitor', false]] as const) {
      const res = await h.http
        .post('/v1/participations')
        .set('Authorization', auth)
        .send({
          eventId: event.body.id,
          actorId: actor.id,
          role,
          ...(cited ? { note: { en: 'As host' }, citations: [{ source: { slug: uniqueSlug('src'), ...source, publisher: null, url: null } }] } : {}),
        });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const list = await h.http.get('/v1/events').query({ topic: t1.slug, expand: 'place,topics,participants,citations', limit: 100 });
    expect(list.body.data).toHaveLength(2);
    for (const listed of list.body.data) {
      const item = await h.http.get(`/v1/events/${listed.id}`);
      expect(item.body).toEqual(listed);
    }
    const item = await h.http.get(`/v1/events/${event.body.id}`);
    expect(item.body.topics.map((t: { id: string }) => t.id)).toEqual([t1, t2].sort((x, y) => x.slug.localeCompare(y.slug)).map((t) => t.id));
    expect(item.body.participants.map((p: { role: string; citations: unknown[] }) => [p.role, p.citations.length])).toEqual([
      ['host', 1],
      ['visitor', 0],
    ]);
  });
});

describe('POST /v1/events', () => {
  it('creates an event with topics and citations (one new source inline), derives its dates, and answers 201 with Location', async () => {
    const place = await insertPlace(h.database.db);
    const topic = await insertTopic(h.database.db);
    const sourceSlug = uniqueSlug('src');
    const res = await h.http
      .post('/v1/events')
      .set('Authorization', auth)
      .send(
        newEvent({
          placeId: place.id,
          topicIds: [topic.id],
          citations: [
            { sourceId: (await queryRows<{ id: string }>(h.database.db, sql`select id from sources limit 1`))[0]!.id, excerpt: 'نص', excerptLang: 'ar' },
            { source: { slug: sourceSlug, kind: 'article', title: { en: 'A report' }, lang: 'en', url: 'https://example.org/a' }, locator: 'p. 2' },
          ],
        }),
      );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.location).toBe(`/v1/events/${res.body.id}`);
    expect(res.body.date).toEqual({ edtf: '2019-01~', earliest: '2018-12-01T00:00:00.000Z', latest: '2019-02-28T23:59:59.999Z', precision: 'month' });
    expect(res.body.place.id).toBe(place.id);
    expect(res.body.topics.map((t: { id: string }) => t.id)).toEqual([topic.id]);
    expect(res.body.citations).toHaveLength(2);
    const fetched = await h.http.get(res.headers.location as string);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(res.body);
    expect(fetched.headers.etag).toBe(res.headers.etag);
    expect((await h.http.get(`/v1/sources/${sourceSlug}`)).status).toBe(200);
  });

  it('rejects unknown and server-managed fields, naming them', async () => {
    const res = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent({ id: '0195c5c4-6f6e-7b1e-9f7a-2b8e1c0d4a11', earliest: '2019-01-01', version: 3, colour: 'red' }));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['#/body/colour', '#/body/earliest', '#/body/id', '#/body/version']);
  });

  it.each([
    ['2019-13', 'not a valid EDTF date'],
    ['2020/2019', 'start is after its end'],
    ['', 'empty'],
  ])('rejects the date %j, saying what is wrong', async (date, message) => {
    const res = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent({ date }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '#/body/date', detail: expect.stringContaining(message) }]);
  });

  it('points at a missing topic by its index in the body as sent, not as the server orders the list', async () => {
    const topic = await insertTopic(h.database.db);
    // Sorted, this id would come first; in the body it is second.
    const missing = '00000000-0000-4000-8000-000000000009';
    const res = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent({ topicIds: [topic.id, missing] }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: '#/body/topicIds/1', detail: `no topic has the id ${missing}` }]);
  });

  it('answers 422 naming each missing reference, and leaves nothing behind', async () => {
    const before = [await count('events'), await count('sources'), await count('citations'), await count('revisions')];
    const res = await h.http
      .post('/v1/events')
      .set('Authorization', auth)
      .send(
        newEvent({
          placeId: '00000000-0000-4000-8000-000000000001',
          topicIds: ['00000000-0000-4000-8000-000000000002'],
          citations: [
            { source: { slug: uniqueSlug('src'), kind: 'article', title: { en: 'x' }, lang: 'en' } },
            { sourceId: '00000000-0000-4000-8000-000000000003' },
          ],
        }),
      );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['#/body/placeId', '#/body/topicIds/0']);
    const citation = await h.http
      .post('/v1/events')
      .set('Authorization', auth)
      .send(newEvent({ citations: [{ source: { slug: uniqueSlug('src'), kind: 'article', title: { en: 'x' }, lang: 'en' } }, { sourceId: '00000000-0000-4000-8000-000000000003' }] }));
    expect(citation.status).toBe(422);
    expect(citation.body.errors).toEqual([{ pointer: '#/body/citations/1/sourceId', detail: expect.stringContaining('no source') }]);
    expect([await count('events'), await count('sources'), await count('citations'), await count('revisions')]).toEqual(before);
  });

  it('answers 409 for a slug already taken', async () => {
    const res = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent({ slug: 'astana-process' }));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ pointer: '#/body/slug', detail: 'is already taken' }]);
  });

  it('refuses a source URL that is not http(s)', async () => {
    const res = await h.http
      .post('/v1/events')
      .set('Authorization', auth)
      .send(newEvent({ citations: [{ source: { slug: uniqueSlug('s'), kind: 'article', title: { en: 'x' }, lang: 'en', url: 'javascript:alert(1)' } }] }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('#/body/citations/0/source/url');
  });
});

describe('PATCH /v1/events/{id}', () => {
  it('applies a JSON merge patch: language maps merge, null clears', async () => {
    const created = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent({ summary: { en: 'Short' } }));
    const res = await h.http
      .patch(`/v1/events/${created.body.slug}`)
      .set('Authorization', auth)
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ title: { fr: 'Pourparlers à Genève', ar: null }, summary: null, date: '2019-02-03', status: 'ongoing' }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.title).toEqual({ en: 'Talks in Geneva', fr: 'Pourparlers à Genève' });
    expect(res.body.summary).toBeNull();
    expect(res.body.date).toMatchObject({ edtf: '2019-02-03', precision: 'day' });
    expect(res.body.status).toBe('ongoing');
    expect(res.headers.etag).not.toBe(created.headers.etag);
    expect((await h.http.get(`/v1/events/${created.body.id}`)).headers.etag).toBe(res.headers.etag);
  });

  it('refuses to clear a required field, and to write server-managed ones', async () => {
    const created = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent());
    const cleared = await h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth).send({ title: null });
    expect(cleared.status).toBe(400);
    expect(cleared.body.errors[0].pointer).toBe('#/body/title');
    const managed = await h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth).send({ updatedAt: '2020-01-01' });
    expect(managed.status).toBe(400);
  });

  it('honours If-Match: a stale ETag is a 412 and changes nothing', async () => {
    const created = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent());
    const etag = created.headers.etag as string;
    const first = await h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth).set('If-Match', etag).send({ kind: 'visit' });
    expect(first.status).toBe(200);
    const stale = await h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth).set('If-Match', etag).send({ kind: 'negotiation' });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toBe('application/problem+json');
    expect((await h.http.get(`/v1/events/${created.body.id}`)).body.kind).toBe('visit');
    const labelled = await h.http.get(`/v1/events/${created.body.id}`).query({ lang: 'ar' });
    const again = await h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth).set('If-Match', labelled.headers.etag as string).send({ kind: 'negotiation' });
    expect(again.status).toBe(200);
    // The current representation is read to compare with If-Match, and only then.
    const detailReads = async (kind: string, ifMatch?: string) => {
      h.queries.length = 0;
      const patch = h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth);
      const res = await (ifMatch ? patch.set('If-Match', ifMatch) : patch).send({ kind });
      expect(res.status).toBe(200);
      return { etag: res.headers.etag as string, reads: h.queries.filter((q) => q.includes("'createdAt', iso_instant(e.created_at)")).length };
    };
    const without = await detailReads('visit');
    expect(without.reads).toBe(1);
    expect((await detailReads('meeting', without.etag)).reads).toBe(2);
  });

  it('answers 404 for a missing event', async () => {
    const res = await h.http.patch('/v1/events/no-such-event').set('Authorization', auth).send({ kind: 'visit' });
    expect(res.status).toBe(404);
  });

  it('lets exactly one of 100 concurrent PATCHes with the same If-Match win, losing no update', async () => {
    const created = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent());
    const etag = created.headers.etag as string;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        h.http.patch(`/v1/events/${created.body.id}`).set('Authorization', auth).set('If-Match', etag).send({ title: { en: `Version ${i}` } }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(99);
    const winner = results.find((r) => r.status === 200)!;
    const final = await h.http.get(`/v1/events/${created.body.id}`);
    expect(final.body.title.en).toBe(winner.body.title.en);
    const revisions = await queryRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from revisions where resource_id = ${created.body.id} and action = 'update'`);
    expect(revisions[0]!.n).toBe(1);
  }, 60_000);
});

describe('DELETE /v1/events/{id}', () => {
  it('deletes an event with its citations and topic links, then answers 404', async () => {
    const topic = await insertTopic(h.database.db);
    const created = await h.http
      .post('/v1/events')
      .set('Authorization', auth)
      .send(newEvent({ topicIds: [topic.id], citations: [{ source: { slug: uniqueSlug('src'), kind: 'article', title: { en: 'x' }, lang: 'en' } }] }));
    const res = await h.http.delete(`/v1/events/${created.body.id}`).set('Authorization', auth);
    expect(res.status).toBe(204);
    expect((await h.http.get(`/v1/events/${created.body.id}`)).status).toBe(404);
    expect((await h.http.delete(`/v1/events/${created.body.id}`).set('Authorization', auth)).status).toBe(404);
    const left = await queryRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from citations where event_id = ${created.body.id}`);
    expect(left[0]!.n).toBe(0);
  });

  it('refuses to delete an event still referenced, saying by what', async () => {
    const event = await insertEvent(h.database.db);
    const actor = await insertActor(h.database.db);
    await insertParticipation(h.database.db, event.id, actor.id, 'host');
    const res = await h.http.delete(`/v1/events/${event.id}`).set('Authorization', auth);
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('1 participation');
    expect((await h.http.get(`/v1/events/${event.id}`)).status).toBe(200);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response for a retry with the same body, and creates nothing new', async () => {
    const body = newEvent();
    await expectIdempotentReplay(h, auth, '/v1/events', body);
    const n = await queryRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from events where slug = ${body.slug}`);
    expect(n[0]!.n).toBe(1);
  });

  it('refuses an Idempotency-Key that is not 1 to 255 visible ASCII characters, writing nothing', async () => {
    for (const key of ['has a space', 'x'.repeat(256)]) {
      const body = newEvent();
      const res = await h.http.post('/v1/events').set('Authorization', auth).set('Idempotency-Key', key).send(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors[0].pointer).toMatch(/^#\/headers\/idempotency-key$/i);
      expect((await h.http.get(`/v1/events/${body.slug}`)).status).toBe(404);
    }
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('Idempotency-Key while the first request is in flight', () => {
  it('answers 409 to a retry while the first still runs, then replays once it is done', async () => {
    const key = uniqueSlug('idem');
    const { id: keyId, authorization } = await createKey(h.database.db, 'write', 'in-flight tester');
    const body = newEvent();
    // Hold the lock the first request would hold, from a connection of our own.
    const side = postgres(h.testDatabase.url!, { max: 1, onnotice: () => {} });
    try {
      await side.begin(async (tx) => {
        const [row] = await tx`select pg_try_advisory_xact_lock(7311, hashtext(${`${keyId}:${key}`})) as locked`;
        expect(row!.locked).toBe(true);
        const during = await h.http.post('/v1/events').set('Authorization', authorization).set('Idempotency-Key', key).send(body);
        expect(during.status).toBe(409);
        expect(during.body.detail).toContain('still being processed');
      });
      const first = await h.http.post('/v1/events').set('Authorization', authorization).set('Idempotency-Key', key).send(body);
      expect(first.status).toBe(201);
      const replay = await h.http.post('/v1/events').set('Authorization', authorization).set('Idempotency-Key', key).send(body);
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
    } finally {
      await side.end();
    }
  });

  it('lets concurrent retries of one request create exactly one event', async () => {
    const key = uniqueSlug('idem');
    const body = newEvent();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => h.http.post('/v1/events').set('Authorization', auth).set('Idempotency-Key', key).send(body)),
    );
    for (const r of results) expect([201, 409]).toContain(r.status);
    const created = results.filter((r) => r.status === 201);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    const n = await queryRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from events where slug = ${body.slug}`);
    expect(n[0]!.n).toBe(1);
  });
});

describe('bodies without a Content-Type', () => {
  it('are refused with 415, not taken as empty', async () => {
    const created = await h.http.post('/v1/events').set('Authorization', auth).send(newEvent());
    for (const req of [h.http.post('/v1/events'), h.http.patch(`/v1/events/${created.body.id}`)]) {
      const res = await req.set('Authorization', auth);
      expect(res.status).toBe(415);
      expect(res.headers['content-type']).toBe('application/problem+json');
    }
  });
});

describeItemWrites({
  path: '/v1/events',
  harness: () => h,
  authorization: () => auth,
  newBody: () => newEvent(),
  patch: { kind: 'visit', title: { fr: 'Pourparlers à Genève' } },
  stalePatch: { kind: 'negotiation' },
});
