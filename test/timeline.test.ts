import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedStatementTexts } from '../src/db/prepared.js';
import { parseEdtf } from '../src/domain/edtf.js';
import {
  insertActor,
  insertEvent,
  insertMembership,
  insertParticipation,
  insertPlace,
  insertTopic,
} from './helpers/factories.js';
import { testDatabaseKind } from './helpers/database.js';
import { createHarness, type Harness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Entry {
  id: string;
  slug: string;
  date: { edtf: string; earliest: string | null; latest: string | null };
}

/** Each test tags its own events with a fresh topic, and filters by it, so tests never see each other's data. */
async function scope() {
  const topic = await insertTopic(h.database.db);
  const event = (date: string, extra: Parameters<typeof insertEvent>[1] = {}) =>
    insertEvent(h.database.db, { date, ...extra, topicIds: [topic.id, ...(extra.topicIds ?? [])] });
  const slugs = async (params: Record<string, string>, path = '/v1/timeline') => {
    const res = await h.http.get(path).query({ topic: topic.slug, limit: 100, ...params });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body.data as Entry[]).map((e) => e.slug);
  };
  return { topic, event, slugs };
}

describe('date windows', () => {
  it('keeps an event dated 2019-01~ in a window ending 2019-01-15, but not under certainty=strict', async () => {
    const s = await scope();
    const approx = await s.event('2019-01~');
    expect(await s.slugs({ to: '2019-01-15' })).toEqual([approx.slug]);
    expect(await s.slugs({ to: '2019-01-15', certainty: 'strict' })).toEqual([]);
    expect(await s.slugs({ from: '2019-01', to: '2019-01', certainty: 'strict' })).toEqual([]);
    expect(await s.slugs({ from: '2018-12', to: '2019-02', certainty: 'strict' })).toEqual([approx.slug]);
  });

  it('matches at the edges of the window, to the millisecond', async () => {
    const s = await scope();
    const day = await s.event('2019-03-14');
    expect(await s.slugs({ from: '2019-03-14T23:59:59.999Z' })).toEqual([day.slug]);
    expect(await s.slugs({ from: '2019-03-15T00:00:00Z' })).toEqual([]);
    expect(await s.slugs({ to: '2019-03-14T00:00:00Z' })).toEqual([day.slug]);
    expect(await s.slugs({ to: '2019-03-13' })).toEqual([]);
    expect(await s.slugs({ from: '2019-03-14', to: '2019-03-14', certainty: 'strict' })).toEqual([day.slug]);
  });

  it('reads a bound as EDTF covering its unit: to=2019 includes December 2019', async () => {
    const s = await scope();
    const december = await s.event('2019-12-31');
    expect(await s.slugs({ from: '2019', to: '2019' })).toEqual([december.slug]);
    expect(await s.slugs({ from: '2019', to: '2019', certainty: 'strict' })).toEqual([december.slug]);
  });

  it('treats open and unknown ends as unbounded', async () => {
    const s = await scope();
    const ongoing = await s.event('2018-12-19/..');
    const before = await s.event('../2000');
    expect((await s.slugs({ from: '2030' })).sort()).toEqual([ongoing.slug].sort());
    expect((await s.slugs({ to: '1900' })).sort()).toEqual([before.slug]);
    expect((await s.slugs({ from: '1990', to: '2019' })).sort()).toEqual([before.slug, ongoing.slug].sort());
    expect(await s.slugs({ from: '1990', to: '2030', certainty: 'strict' })).toEqual([]);
  });

  it('rejects a window that ends before it starts, and a bound that is not a date', async () => {
    const inverted = await h.http.get('/v1/timeline').query({ from: '2020', to: '2019' });
    expect(inverted.status).toBe(400);
    expect(inverted.body.errors[0].pointer).toBe('#/query/from');
    const bad = await h.http.get('/v1/timeline').query({ to: '2019-13' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ pointer: '#/query/to', detail: expect.stringContaining('not a valid EDTF date') }]);
    const strictness = await h.http.get('/v1/timeline').query({ certainty: 'maybe' });
    expect(strictness.body.errors[0].pointer).toBe('#/query/certainty');
  });
});

describe('filters', () => {
  it('filters by actor, several actors, and actor with role', async () => {
    const s = await scope();
    const [a, b] = [await insertActor(h.database.db), await insertActor(h.database.db)];
    const e1 = await s.event('2020-01-01');
    const e2 = await s.event('2020-01-02');
    const e3 = await s.event('2020-01-03');
    await insertParticipation(h.database.db, e1.id, a.id, 'host');
    await insertParticipation(h.database.db, e2.id, a.id, 'visitor');
    await insertParticipation(h.database.db, e2.id, b.id, 'host');
    await insertParticipation(h.database.db, e3.id, b.id, 'attendee');
    expect(await s.slugs({ actor: a.slug })).toEqual([e1.slug, e2.slug]);
    expect(await s.slugs({ actor: `${a.slug},${b.id}` })).toEqual([e1.slug, e2.slug, e3.slug]);
    expect(await s.slugs({ actor: a.slug, role: 'host' })).toEqual([e1.slug]);
    expect(await s.slugs({ actor: b.slug, role: 'host,attendee' })).toEqual([e2.slug, e3.slug]);
    expect(await s.slugs({ role: 'attendee' })).toEqual([e3.slug]);
  });

  it('filters by coalition: the group itself, or a member at the time of the event', async () => {
    const s = await scope();
    const group = await insertActor(h.database.db, { kind: 'coalition' });
    const [always, later, outsider] = [
      await insertActor(h.database.db, { kind: 'state' }),
      await insertActor(h.database.db, { kind: 'state' }),
      await insertActor(h.database.db, { kind: 'state' }),
    ];
    await insertMembership(h.database.db, always.id, group.id);
    await insertMembership(h.database.db, later.id, group.id, { start: '2021-06' });
    const byGroup = await s.event('2019-05-05');
    const byMember = await s.event('2019-06-06');
    const beforeJoining = await s.event('2020-01-01');
    const afterJoining = await s.event('2022-01-01');
    const byOutsider = await s.event('2019-07-07');
    await insertParticipation(h.database.db, byGroup.id, group.id, 'obstructing_party');
    await insertParticipation(h.database.db, byMember.id, always.id);
    await insertParticipation(h.database.db, beforeJoining.id, later.id);
    await insertParticipation(h.database.db, afterJoining.id, later.id);
    await insertParticipation(h.database.db, byOutsider.id, outsider.id);
    expect(await s.slugs({ coalition: group.slug })).toEqual([byGroup.slug, byMember.slug, afterJoining.slug]);
  });

  it('finds the seed’s events with any member of the Small Group', async () => {
    const res = await h.http.get('/v1/timeline').query({ coalition: 'small-group', limit: 100 });
    const slugs = res.body.data.map((e: Entry) => e.slug);
    expect(slugs).toEqual(expect.arrayContaining(['constitutional-committee-dispute', 'ryabkov-statement-small-group', 'us-withdrawal-from-syria']));
    expect(slugs).not.toContain('moscow-consultations-2019');
  });

  it('filters by place, including the places within it', async () => {
    const s = await scope();
    const country = await insertPlace(h.database.db, { kind: 'country' });
    const city = await insertPlace(h.database.db, { parentId: country.id });
    const elsewhere = await insertPlace(h.database.db);
    const inCity = await s.event('2020-02-02', { placeId: city.id });
    const inCountry = await s.event('2020-03-03', { placeId: country.id });
    await s.event('2020-04-04', { placeId: elsewhere.id });
    expect(await s.slugs({ place: country.slug })).toEqual([inCity.slug, inCountry.slug]);
    expect(await s.slugs({ place: city.slug })).toEqual([inCity.slug]);
  });

  it('filters by topic, kind and status', async () => {
    const s = await scope();
    const other = await insertTopic(h.database.db);
    const meeting = await s.event('2020-01-01', { kind: 'meeting', status: 'concluded', topicIds: [other.id] });
    const process = await s.event('2020-01-02/..', { kind: 'process', status: 'ongoing' });
    expect(await s.slugs({ kind: 'process' })).toEqual([process.slug]);
    expect(await s.slugs({ kind: 'process,meeting' })).toEqual([meeting.slug, process.slug]);
    expect(await s.slugs({ status: 'ongoing' })).toEqual([process.slug]);
    expect(await s.slugs({ topic: `${s.topic.slug}`, kind: 'meeting' })).toEqual([meeting.slug]);
    const both = await h.http.get('/v1/timeline').query({ topic: other.slug });
    expect(both.body.data.map((e: Entry) => e.slug)).toEqual([meeting.slug]);
  });

  it('applies the same filters to /v1/events', async () => {
    const s = await scope();
    const a = await s.event('2011-01-01', { kind: 'visit' });
    const b = await s.event('2012-01-01', { kind: 'visit' });
    await s.event('2013-01-01', { kind: 'meeting' });
    expect(await s.slugs({ kind: 'visit' }, '/v1/events')).toEqual([b.slug, a.slug]);
    expect(await s.slugs({ kind: 'visit', sort: 'date' }, '/v1/events')).toEqual([a.slug, b.slug]);
  });

  it('names unknown references, values and parameters in a 400', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ actor: 'no-such-actor' }, '#/query/actor'],
      [{ topic: 'no-such-topic' }, '#/query/topic'],
      [{ place: '00000000-0000-4000-8000-000000000000' }, '#/query/place'],
      [{ coalition: 'no-such-group' }, '#/query/coalition'],
      [{ kind: 'picnic' }, '#/query/kind/0'],
      [{ role: 'spectator' }, '#/query/role/0'],
      [{ order: 'sideways' }, '#/query/order'],
      [{ colour: 'red' }, '#/query/colour'],
    ];
    for (const [params, pointer] of cases) {
      const res = await h.http.get('/v1/timeline').query(params);
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    const expand = await h.http.get('/v1/events').query({ expand: 'participants,gossip' });
    expect(expand.status).toBe(400);
    expect(expand.body.errors[0]).toMatchObject({ pointer: '#/query/expand/1', detail: expect.stringContaining('participants') });
    const sort = await h.http.get('/v1/events').query({ sort: 'title' });
    expect(sort.body.errors[0]).toMatchObject({ pointer: '#/query/sort', detail: expect.stringContaining('date') });
  });

  it('refuses a cursor from another query', async () => {
    const s = await scope();
    await s.event('2020-01-01');
    await s.event('2020-01-02');
    const page = await h.http.get('/v1/timeline').query({ topic: s.topic.slug, limit: 1 });
    const cursor = page.body.nextCursor as string;
    expect((await h.http.get('/v1/timeline').query({ topic: s.topic.slug, limit: 1, cursor })).status).toBe(200);
    expect((await h.http.get('/v1/timeline').query({ topic: s.topic.slug, limit: 5, cursor })).status).toBe(200);
    const other = await h.http.get('/v1/timeline').query({ topic: s.topic.slug, kind: 'meeting', limit: 1, cursor });
    expect(other.status).toBe(400);
    expect(other.body.type).toBe('/problems/invalid-cursor');
    const reversed = await h.http.get('/v1/timeline').query({ topic: s.topic.slug, order: 'desc', cursor });
    expect(reversed.status).toBe(400);
  });
});

describe('the timeline', () => {
  it('gives compact entries with place and participants, oldest first or newest first', async () => {
    const s = await scope();
    const place = await insertPlace(h.database.db, { name: { en: 'Testville', ar: 'مدينة الاختبار' } });
    const actor = await insertActor(h.database.db, { name: { en: 'Tester', ar: 'المختبر' } });
    const old = await s.event('1999', { placeId: place.id });
    const recent = await s.event('2021-05');
    await insertParticipation(h.database.db, old.id, actor.id, 'host');
    const res = await h.http.get('/v1/timeline').query({ topic: s.topic.slug });
    expect(res.body.data).toHaveLength(2);
    const [first] = res.body.data;
    expect(Object.keys(first).sort()).toEqual(['date', 'id', 'kind', 'participants', 'place', 'slug', 'status', 'title'].sort());
    expect(first).toMatchObject({
      slug: old.slug,
      date: { edtf: '1999', precision: 'year' },
      place: { slug: place.slug, name: { en: 'Testville' } },
      participants: [{ role: 'host', actor: { slug: actor.slug, kind: 'person' } }],
    });
    const desc = await h.http.get('/v1/timeline').query({ topic: s.topic.slug, order: 'desc' });
    expect(desc.body.data.map((e: Entry) => e.slug)).toEqual([recent.slug, old.slug]);
  });

  it('pages without filters through one prepared statement, in the order /v1/events gives; a filtered page is planned for its values', async () => {
    const s = await scope();
    await Promise.all(['1890', '1890-05', '2030~', '2030-01-01/2030-02'].map((date) => s.event(date)));
    const walk = async (path: string, query: Record<string, string | number>) => {
      const ids: string[] = [];
      const texts = new Set<string>();
      let cursor: string | null = null;
      do {
        h.queries.length = 0;
        const res = await h.http.get(path).query({ ...query, ...(cursor ? { cursor } : {}) });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        ids.push(...(res.body.data as Entry[]).map((e) => e.id));
        if (path === '/v1/timeline') texts.add(`${cursor ? 'next' : 'first'}: ${h.queries.join('; ')}`);
        cursor = res.body.nextCursor;
      } while (cursor);
      return { ids, texts: [...texts] };
    };
    for (const order of ['asc', 'desc'] as const) {
      const timeline = await walk('/v1/timeline', { limit: 3, order });
      // /v1/events builds its pages from rows, without JSON from Postgres: the same events, in the same order.
      const reference = await walk('/v1/events', { limit: 100, sort: order === 'asc' ? 'date' : '-date' });
      expect(timeline.ids).toEqual(reference.ids);
      expect(timeline.ids.length).toBeGreaterThan(6);
      // One statement per page, the same text at every position after the first, and prepared.
      expect(timeline.texts).toHaveLength(2);
      for (const text of timeline.texts) {
        const statement = text.replace(/^(first|next): /, '');
        expect(preparedStatementTexts.has(statement), text.slice(0, 80)).toBe(true);
        // On Postgres its rows are read as the bytes Postgres sent, and sent on as they are.
        expect(h.queriesReadAsBytes.has(statement)).toBe(testDatabaseKind() === 'postgres');
      }
    }
    // A filtered page is planned for its values; the lookup of the topic (a key) is prepared,
    // one text whatever the slugs or ids, and whichever form names the topic.
    const filtered = async (topic: string) => {
      h.queries.length = 0;
      const res = await h.http.get('/v1/timeline').query({ topic, limit: 3 });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(h.queries).toHaveLength(2);
      const [lookup, page] = h.queries as [string, string];
      expect(preparedStatementTexts.has(lookup)).toBe(true);
      expect(preparedStatementTexts.has(page)).toBe(false);
      expect(h.queriesReadAsBytes.has(page)).toBe(testDatabaseKind() === 'postgres');
      return { lookup, ids: (res.body.data as Entry[]).map((e) => e.id) };
    };
    const other = await insertTopic(h.database.db);
    const bySlug = await filtered(s.topic.slug);
    const byId = await filtered(s.topic.id);
    const both = await filtered(`${s.topic.slug},${other.id}`);
    expect(bySlug.ids).toHaveLength(3);
    expect(byId.ids).toEqual(bySlug.ids);
    expect(both.ids).toEqual(bySlug.ids);
    expect(new Set([bySlug.lookup, byId.lookup, both.lookup]).size).toBe(1);
  });

  it('sends a page as the bytes Postgres wrote: Content-Length counts them, the ETag digests them, labels parse them', async () => {
    const s = await scope();
    await s.event('1890-05');
    const path = `/v1/timeline?topic=${s.topic.slug}&limit=5`;
    const res = await fetch(h.baseUrl + path);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect(res.headers.get('etag')).toBe(`"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`);
    const page = JSON.parse(bytes.toString('utf8')) as { data: Entry[]; nextCursor: string | null };
    expect(page.data.length).toBeGreaterThan(0);
    // With languages the entries are parsed and labelled: the same entries.
    const labelled = await h.http.get(path).query({ lang: 'ar' });
    expect(labelled.body.data.map((e: Entry) => e.id)).toEqual(page.data.map((e) => e.id));
    expect(labelled.body.nextCursor).toBe(page.nextCursor);
  });

  it('writes each entry as the event itself is written, for every form of date', async () => {
    // Timeline entries are built as JSON by the database; events by the application. They must agree.
    const s = await scope();
    const place = await insertPlace(h.database.db, { name: { en: 'Testville', ar: 'مدينة الاختبار' } });
    const [a, b] = [await insertActor(h.database.db, { name: { ar: 'أ' } }), await insertActor(h.database.db, { kind: 'state' })];
    const dates = [
      '0001-01-01',
      '9999-12-31',
      '2019-03-14T23:59:59Z',
      '2019-03-14T10:30:00+03:00',
      '2019-01~',
      '2019?',
      '2019-21',
      '2018-12-19/..',
      '../2000',
      '2019-01/2019-06',
      '1999',
    ];
    for (const [i, date] of dates.entries()) {
      const event = await s.event(date, { ...(i % 2 ? { placeId: place.id } : {}), title: { ar: `حدث ${i}`, en: `Event "${i}" \\ é` } });
      if (i % 3 !== 2) await insertParticipation(h.database.db, event.id, a.id, 'host');
      if (i % 3 === 0) await insertParticipation(h.database.db, event.id, b.id, 'visitor');
    }
    const res = await h.http.get('/v1/timeline').query({ topic: s.topic.slug, limit: 100 });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(dates.length);
    for (const entry of res.body.data) {
      const event = await h.http.get(`/v1/events/${entry.id}`).query({ expand: 'place,participants' });
      const { id, slug, kind, status, title, date, place: where, participants } = event.body;
      expect(entry).toEqual({
        id,
        slug,
        kind,
        status,
        title,
        date,
        place: where,
        participants: participants.map((p: { role: string; actor: unknown }) => ({ role: p.role, actor: p.actor })),
      });
    }
  });

  it('tags a page with a strong ETag, answers If-None-Match with 304, and labels entries on request', async () => {
    const s = await scope();
    const actor = await insertActor(h.database.db, { name: { en: 'Tester', ar: 'المختبر' } });
    const event = await s.event('2020-02-02', { title: { en: 'Talks', ar: 'محادثات' } });
    await insertParticipation(h.database.db, event.id, actor.id, 'host');
    const res = await h.http.get('/v1/timeline').query({ topic: s.topic.slug });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.body.nextCursor).toBeNull();
    const again = await h.http.get('/v1/timeline').query({ topic: s.topic.slug }).set('If-None-Match', res.headers.etag as string);
    expect(again.status).toBe(304);
    const ar = await h.http.get('/v1/timeline').query({ topic: s.topic.slug, lang: 'ar' });
    expect(ar.headers.etag).not.toBe(res.headers.etag);
    expect(ar.body.data[0]).toMatchObject({ label: 'محادثات', labelLang: 'ar', participants: [{ actor: { label: 'المختبر', labelLang: 'ar' } }] });
    // Without its labels, the labelled page is the page.
    const withoutLabels = (value: unknown) => JSON.parse(JSON.stringify(value, (k, v) => (k === 'label' || k === 'labelLang' ? undefined : v)));
    expect(withoutLabels(ar.body.data)).toEqual(res.body.data);
  });

  it('orders the seeded events chronologically', async () => {
    const res = await h.http.get('/v1/timeline').query({ limit: 100, topic: 'syria' });
    const slugs = res.body.data.map((e: Entry) => e.slug);
    expect(slugs.indexOf('astana-process')).toBeLessThan(slugs.indexOf('us-withdrawal-from-syria'));
    expect(slugs.indexOf('us-withdrawal-from-syria')).toBeGreaterThan(slugs.indexOf('constitutional-committee-dispute'));
  });
});

describe('the histogram', () => {
  it('counts events per period and reports those too vague for it separately', async () => {
    const s = await scope();
    await s.event('2019-01-05');
    await s.event('2019-01-20');
    await s.event('2019-03');
    await s.event('2019-01~'); // December to February: too vague for a month
    await s.event('2019/..'); // ongoing
    const month = await h.http.get('/v1/timeline/histogram').query({ topic: s.topic.slug, interval: 'month' });
    expect(month.status).toBe(200);
    expect(month.body).toEqual({
      interval: 'month',
      buckets: [
        { period: '2019-01', count: 2 },
        { period: '2019-03', count: 1 },
      ],
      tooVague: 2,
      total: 5,
    });
    const year = await h.http.get('/v1/timeline/histogram').query({ topic: s.topic.slug, interval: 'year' });
    expect(year.body.buckets).toEqual([{ period: '2019', count: 3 }]);
    expect(year.body.tooVague).toBe(2);
    const day = await h.http.get('/v1/timeline/histogram').query({ topic: s.topic.slug, interval: 'day', to: '2019-01-10' });
    // To 10 January: the 5th, plus the approximate January and the ongoing 2019, both too vague for a day.
    expect(day.body).toMatchObject({ buckets: [{ period: '2019-01-05', count: 1 }], tooVague: 2, total: 3 });
  });

  it('rejects an unknown interval', async () => {
    const res = await h.http.get('/v1/timeline/histogram').query({ interval: 'week' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('#/query/interval');
  });
});

describe('languages', () => {
  it('adds labels in the requested language, with a fallback order', async () => {
    const ar = await h.http.get('/v1/events/moscow-consultations-2019').query({ lang: 'ar' });
    expect(ar.body).toMatchObject({ label: 'المشاورات الروسية الإيرانية في موسكو حول سوريا', labelLang: 'ar' });
    expect(ar.body.place).toMatchObject({ label: 'موسكو', labelLang: 'ar' });
    expect(ar.body.title).toEqual({ ar: 'المشاورات الروسية الإيرانية في موسكو حول سوريا', en: 'Russian–Iranian consultations in Moscow on Syria' });
    const fallback = await h.http.get('/v1/events/moscow-consultations-2019').query({ lang: 'fr,ar-SY' });
    expect(fallback.body.labelLang).toBe('ar');
    const english = await h.http.get('/v1/events/moscow-consultations-2019').query({ lang: 'fr' });
    expect(english.body.labelLang).toBe('en');
    const header = await h.http.get('/v1/events/moscow-consultations-2019').set('Accept-Language', 'de;q=0.9, ar;q=0.95');
    expect(header.body.labelLang).toBe('ar');
    expect(header.headers.vary).toMatch(/Accept-Language/);
    const none = await h.http.get('/v1/events/moscow-consultations-2019');
    expect(none.body.label).toBeUndefined();
  });

  it('labels a statement with its original or a translation', async () => {
    const en = await h.http.get('/v1/events/moscow-consultations-2019/statements').query({ lang: 'en' });
    for (const st of en.body.data) {
      expect(st.labelLang).toBe('en');
      expect(st.label).toBe(st.translations.en);
    }
    const ar = await h.http.get('/v1/events/moscow-consultations-2019/statements').query({ lang: 'ar' });
    for (const st of ar.body.data) expect(st.label).toBe(st.originalText);
  });

  it('rejects a malformed language tag', async () => {
    const res = await h.http.get('/v1/timeline').query({ lang: 'not a language' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toMatch(/^#\/query\/lang/);
  });
});

// ---- Pagination completeness, property-tested ----

const YEARS = fc.integer({ min: 1990, max: 2030 });
const MONTHS = fc.integer({ min: 1, max: 12 });
const pad = (n: number) => String(n).padStart(2, '0');
/** Random EDTF dates of every shape the API stores, with many ties. */
const edtfDate = fc.oneof(
  fc.tuple(YEARS, MONTHS, fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc.tuple(YEARS, MONTHS).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(YEARS, MONTHS, fc.constantFrom('~', '?', '%')).map(([y, m, q]) => `${y}-${pad(m)}${q}`),
  YEARS.map((y) => `${y}`),
  fc.tuple(YEARS, MONTHS).map(([y, m]) => `${y}-${pad(m)}/..`),
  fc.tuple(YEARS, fc.integer({ min: 0, max: 5 })).map(([y, n]) => `${y}/${y + n}`),
  YEARS.map((y) => `../${y}`),
  fc.constant('2000-01-01'),
);
const window = fc.record(
  { from: fc.option(edtfDate.filter((d) => !d.includes('/')), { nil: undefined }), to: fc.option(YEARS.map(String), { nil: undefined }) },
  { requiredKeys: [] },
);

function reference(dates: { id: string; edtf: string }[], w: { from?: string; to?: string }, strict: boolean, order: 'asc' | 'desc') {
  const lo = w.from ? (parseEdtf(w.from).earliest?.getTime() ?? -Infinity) : -Infinity;
  const hi = w.to ? (parseEdtf(w.to).latest?.getTime() ?? Infinity) : Infinity;
  const rows = dates.map(({ id, edtf }) => {
    const p = parseEdtf(edtf);
    return { id, e: p.earliest?.getTime() ?? -Infinity, l: p.latest?.getTime() ?? Infinity };
  });
  const kept = rows.filter((r) => (strict ? r.e >= lo && r.l <= hi : r.e <= hi && r.l >= lo) && (w.from || w.to ? true : true));
  kept.sort((a, b) => a.e - b.e || a.l - b.l || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (order === 'desc') kept.reverse();
  return kept.map((r) => r.id);
}

describe('pagination completeness', () => {
  it('walks every matching event exactly once, in order, for random data, windows and page sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edtfDate, { minLength: 0, maxLength: 25 }),
        window,
        fc.boolean(),
        fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        fc.integer({ min: 1, max: 7 }),
        async (dates, w, strict, order, limit) => {
          // An inverted window is a 400, tested elsewhere.
          if (w.from && w.to && (parseEdtf(w.from).earliest?.getTime() ?? -Infinity) > (parseEdtf(w.to).latest?.getTime() ?? Infinity)) return;
          const s = await scope();
          const made = [];
          for (const d of dates) made.push({ id: (await s.event(d)).id, edtf: d });
          const expected = reference(made, w, strict, order);
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let pages = 0; pages <= expected.length + 1; pages++) {
            const res = await h.http.get('/v1/timeline').query({
              topic: s.topic.slug,
              order,
              limit,
              ...(w.from ? { from: w.from } : {}),
              ...(w.to ? { to: w.to } : {}),
              ...(strict ? { certainty: 'strict' } : {}),
              ...(cursor ? { cursor } : {}),
            });
            expect(res.status, JSON.stringify(res.body)).toBe(200);
            expect(res.body.data.length).toBeLessThanOrEqual(limit);
            seen.push(...res.body.data.map((e: Entry) => e.id));
            cursor = res.body.nextCursor ?? undefined;
            if (!cursor) break;
          }
          expect(cursor).toBeUndefined();
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
