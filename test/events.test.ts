import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEventDetailText } from '../src/resources/events/queries.js';
import { walkPages } from './helpers/pages.js';
import { testDatabaseKind } from './helpers/database.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { insertEvent, uniqueSlug } from './helpers/factories.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

interface EventBody {
  id: string;
  slug: string;
  date: { edtf: string; earliest: string | null; latest: string | null; precision: string };
}

const walk = (limit: number) => walkPages<EventBody>(h.http, '/v1/events', {}, limit);

describe('GET /v1/events', () => {
  it('lists the seeded events with their dates, newest first by date bounds', async () => {
    const res = await h.http.get('/v1/events').query({ limit: 100 });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const slugs = res.body.data.map((e: EventBody) => e.slug);
    for (const slug of [
      'moscow-consultations-2019',
      'astana-process',
      'constitutional-committee-dispute',
      'idlib-situation',
      'us-withdrawal-from-syria',
      'ryabkov-statement-small-group',
    ]) {
      expect(slugs).toContain(slug);
    }
    const keys = res.body.data.map((e: EventBody) => [e.date.earliest ?? '', e.date.latest ?? '\uffff', e.id]);
    const sorted = [...keys].sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? 1 : -1) : a[1] !== b[1] ? (a[1] < b[1] ? 1 : -1) : a[2] < b[2] ? 1 : -1));
    expect(keys).toEqual(sorted);
  });

  it('reports a vague date as given, with widened bounds and its precision', async () => {
    const res = await h.http.get('/v1/events').query({ limit: 100 });
    const consultations = res.body.data.find((e: EventBody) => e.slug === 'moscow-consultations-2019');
    expect(consultations.date).toEqual({
      edtf: '2019-01~',
      earliest: '2018-12-01T00:00:00.000Z',
      latest: '2019-02-28T23:59:59.999Z',
      precision: 'month',
    });
    const astana = res.body.data.find((e: EventBody) => e.slug === 'astana-process');
    expect(astana.date).toMatchObject({ edtf: '2017-01/..', earliest: '2017-01-01T00:00:00.000Z', latest: null });
  });

  it('keeps a year-only date a year, never 1 January', async () => {
    const event = await insertEvent(h.database.db, { date: '1987' });
    const res = await h.http.get(`/v1/events/${event.slug}`);
    expect(res.status).toBe(200);
    expect(res.body.date).toEqual({
      edtf: '1987',
      earliest: '1987-01-01T00:00:00.000Z',
      latest: '1987-12-31T23:59:59.999Z',
      precision: 'year',
    });
  });

  it('pages with a cursor and a Link header until nextCursor is null', async () => {
    const first = await h.http.get('/v1/events').query({ limit: 2 });
    expect(first.status).toBe(200);
    expect(first.body.data).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const link = first.headers.link as string;
    expect(link).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/v1\/events\?limit=2&cursor=[^>]+>; rel="next"$/);
    const next = new URL(link.slice(1, link.indexOf('>')));
    expect(next.searchParams.get('cursor')).toBe(first.body.nextCursor);

    const second = await h.http.get(`${next.pathname}${next.search}`);
    expect(second.status).toBe(200);
    const firstIds = first.body.data.map((e: EventBody) => e.id);
    for (const e of second.body.data) expect(firstIds).not.toContain(e.id);

    const all = await h.http.get('/v1/events').query({ limit: 100 });
    expect(all.body.nextCursor).toBeNull();
    expect(all.headers.link).toBeUndefined();
  });

  it('yields every event exactly once, in order, whatever the page size — ties on dates included', async () => {
    // Same dates on purpose: the id is the tie-breaker.
    const made = [];
    for (let i = 0; i < 7; i++) made.push(await insertEvent(h.database.db, { date: '2031-03-03' }));
    made.push(await insertEvent(h.database.db, { date: '2031-03' }));
    made.push(await insertEvent(h.database.db, { date: '2031~' }));
    const reference = (await walk(100)).items.map((e) => e.id);
    for (const limit of [1, 2, 3, 5, 8]) {
      const { items, pages } = await walk(limit);
      const ids = items.map((e) => e.id);
      expect(ids).toEqual(reference);
      expect(new Set(ids).size).toBe(ids.length);
      // No empty trailing page: the last page says there is no next one.
      expect(pages).toBe(Math.ceil(ids.length / limit));
      for (const e of made) expect(ids).toContain(e.id);
    }
  });

  it('applies the default and the maximum page size', async () => {
    for (let i = 0; i < 25; i++) await insertEvent(h.database.db, { date: '2040' });
    const res = await h.http.get('/v1/events');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(25);
    expect(res.body.nextCursor).toEqual(expect.any(String));

    const tooMany = await h.http.get('/v1/events').query({ limit: 101 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.headers['content-type']).toBe('application/problem+json');
    expect(tooMany.body.errors).toEqual([{ pointer: '#/query/limit', detail: 'must be at most 100' }]);
  });

  it.each([
    ['0', 'must be at least 1'],
    ['-3', 'must be at least 1'],
    ['2.5', 'must be a whole number'],
    ['ten', 'must be a whole number'],
  ])('rejects limit=%s with a pointer to the parameter', async (limit, detail) => {
    const res = await h.http.get('/v1/events').query({ limit });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toMatchObject({ type: '/problems/validation-error', status: 400, instance: '/v1/events' });
    expect(res.body.errors).toEqual([{ pointer: '#/query/limit', detail }]);
  });

  it('rejects an unknown query parameter, naming it', async () => {
    const res = await h.http.get('/v1/events').query({ colour: 'blue' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '#/query/colour', detail: 'unknown parameter "colour"' }]);
    expect(res.body.detail).toContain('colour');
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['valid base64 of the wrong shape', Buffer.from('{"v":1}').toString('base64url')],
    ['a cursor of another query', Buffer.from(JSON.stringify({ v: 1, k: ['a', 'b', 'c'], q: 'AAAAAAAAAAAAAAAA' })).toString('base64url')],
  ])('rejects %s as a 400 problem', async (_name, cursor) => {
    const res = await h.http.get('/v1/events').query({ cursor });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.type).toBe('/problems/invalid-cursor');
    expect(res.body.errors[0].pointer).toBe('#/query/cursor');
  });

  it('rejects a genuine cursor whose key was tampered with, and never runs it as SQL', async () => {
    const first = await h.http.get('/v1/events').query({ limit: 1 });
    const payload = JSON.parse(Buffer.from(first.body.nextCursor, 'base64url').toString('utf8'));
    for (const key of ["2019'; drop table events; --", '2019-13-45 00:00:00+00', 'not-a-uuid']) {
      const forged = { ...payload, k: key === 'not-a-uuid' ? [payload.k[0], payload.k[1], key] : [key, payload.k[1], payload.k[2]] };
      const cursor = Buffer.from(JSON.stringify(forged)).toString('base64url');
      const res = await h.http.get('/v1/events').query({ limit: 1, cursor });
      expect(res.status, key).toBe(400);
      expect(res.body.type).toBe('/problems/invalid-cursor');
    }
    const after = await h.http.get('/v1/events');
    expect(after.status).toBe(200);
    expect(after.body.data.length).toBeGreaterThan(0);
  });
});

describe('GET /v1/events/{id}', () => {
  it('returns the Moscow consultations by slug with place, topics, participants, roles and citations', async () => {
    const res = await h.http.get('/v1/events/moscow-consultations-2019');
    expect(res.status).toBe(200);
    expect(res.body.slug).toBe('moscow-consultations-2019');
    expect(res.body.place).toMatchObject({ slug: 'moscow', kind: 'city', name: { en: 'Moscow', ar: 'موسكو' } });
    expect(res.body.topics.map((t: { slug: string }) => t.slug)).toEqual(expect.arrayContaining(['syria', 'astana-process']));
    const roles = Object.fromEntries(res.body.participants.map((p: { actor: { slug: string }; role: string }) => [p.actor.slug, p.role]));
    expect(roles).toEqual({ 'hossein-jaberi-ansari': 'visitor', 'sergei-vershinin': 'host', 'alexander-lavrentiev': 'attendee' });
    expect(res.body.citations.length).toBeGreaterThan(0);
    for (const c of res.body.citations) {
      expect(c.source.slug).toBe('al-manar-moscow-consultations');
      expect(c.excerptLang).toBe('ar');
    }
  });

  it('returns the same event by id as by slug', async () => {
    const bySlug = await h.http.get('/v1/events/astana-process');
    const byId = await h.http.get(`/v1/events/${bySlug.body.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(bySlug.body);
    const upper = await h.http.get(`/v1/events/${(bySlug.body.id as string).toUpperCase()}`);
    expect(upper.body.id).toBe(bySlug.body.id);
  });

  it('answers 404 problem+json for an unknown slug or id', async () => {
    for (const id of [uniqueSlug('missing'), '00000000-0000-4000-8000-000000000000']) {
      const res = await h.http.get(`/v1/events/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body).toMatchObject({ type: '/problems/not-found', status: 404, instance: `/v1/events/${id}` });
      expect(res.body.detail).toContain(id);
    }
  });

  it('answers 400 for an id that is neither a UUID nor a slug', async () => {
    const res = await h.http.get('/v1/events/Not%20A%20Slug');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '#/path/id', detail: expect.stringContaining('UUID or a slug') }]);
  });

  it('sends the bytes Postgres wrote, from one statement read without decoding them on Postgres; the ETag digests those bytes', async () => {
    h.queries.length = 0;
    const res = await fetch(`${h.baseUrl}/v1/events/moscow-consultations-2019`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(h.queries).toHaveLength(1);
    expect(h.queriesReadAsBytes.has(h.queries[0]!)).toBe(testDatabaseKind() === 'postgres');
    expect(res.headers.get('content-type')).toBe('application/json');
    // Arabic names make the UTF-8 longer than the text: the length is counted in bytes.
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.length).toBeGreaterThan(bytes.toString('utf8').length);
    expect(res.headers.get('etag')).toBe(`"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`);
    // The very text the writes compare If-Match with, so the same tag.
    expect(bytes.equals(Buffer.from((await findEventDetailText(h.database.db, { slug: 'moscow-consultations-2019' }))!))).toBe(true);
    expect(JSON.parse(bytes.toString('utf8')).place.name.ar).toBe('موسكو');
  });

  it('sends a strong ETag and answers 304 to If-None-Match', async () => {
    const res = await h.http.get('/v1/events/idlib-situation');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await h.http.get('/v1/events/idlib-situation').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.headers.etag).toBe(etag);
    const other = await h.http.get('/v1/events/idlib-situation').set('If-None-Match', '"something-else"');
    expect(other.status).toBe(200);
  });
});
