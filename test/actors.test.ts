import { readFileSync } from 'node:fs';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { dateColumns, toDbEarliest, toDbLatest } from '../src/db/dates.js';
import { actors, citations, memberships, sources, statements } from '../src/db/schema/index.js';
import { parseEdtf } from '../src/domain/edtf.js';
import type { ActorKind } from '../src/domain/enums.js';
import { walkPages } from './helpers/pages.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { insertEvent, insertParticipation, uniqueSlug } from './helpers/factories.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const ARTICLE = readFileSync('src/seeds/al-manar-moscow-consultations.ar.txt', 'utf8');

// ---- Local factories ----

async function makeActor(db: Db, options: { kind?: ActorKind; slug?: string; name?: Record<string, string> } = {}) {
  const [row] = await db
    .insert(actors)
    .values({
      slug: options.slug ?? uniqueSlug('actor'),
      kind: options.kind ?? 'person',
      name: options.name ?? { en: 'Test Actor' },
    })
    .returning();
  return row!;
}

async function seededSourceId(db: Db): Promise<string> {
  const [row] = await db
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sources.slug, 'al-manar-moscow-consultations'));
  return row!.id;
}

async function makeMembership(
  db: Db,
  memberId: string,
  organizationId: string,
  options: { start?: string; end?: string; role?: Record<string, string>; cited?: boolean } = {},
) {
  const [row] = await db
    .insert(memberships)
    .values({
      kind: options.role ? 'post' : 'member',
      memberId,
      organizationId,
      role: options.role ?? null,
      start: options.start ?? null,
      end: options.end ?? null,
      earliest: toDbEarliest(options.start ? parseEdtf(options.start).earliest : null),
      latest: toDbLatest(options.end ? parseEdtf(options.end).latest : null),
    })
    .returning();
  if (options.cited) {
    const sourceId = await seededSourceId(db);
    await db.insert(citations).values({ sourceId, excerpt: 'نص', excerptLang: 'ar', membershipId: row!.id });
  }
  return row!;
}

async function makeStatement(db: Db, speakerId: string, options: { date?: string; cited?: boolean } = {}) {
  const [row] = await db
    .insert(statements)
    .values({
      kind: 'direct_quote',
      speakerId,
      originalText: `قول ${uniqueSlug('s')}`,
      originalLang: 'ar',
      translations: { en: 'A saying' },
      ...(options.date ? dateColumns(options.date) : {}),
    })
    .returning();
  if (options.cited) {
    const sourceId = await seededSourceId(db);
    await db.insert(citations).values({ sourceId, excerpt: 'نص', excerptLang: 'ar', statementId: row!.id });
  }
  return row!;
}

// ---- Helpers ----

interface Item {
  id: string;
  slug?: string;
  [key: string]: unknown;
}

const walk = (path: string, params: Record<string, string | number>, limit: number) => walkPages<Item>(h.http, path, params, limit);

/** Every page size yields the same items, each exactly once, with no empty trailing page. */
async function expectStableWalk(path: string, params: Record<string, string | number> = {}): Promise<Item[]> {
  const reference = (await walk(path, params, 100)).items.map((i) => i.id);
  expect(new Set(reference).size).toBe(reference.length);
  for (const limit of [1, 2, 3, 7]) {
    const { items, pages } = await walk(path, params, limit);
    expect(items.map((i) => i.id)).toEqual(reference);
    expect(pages).toBe(Math.max(1, Math.ceil(reference.length / limit)));
  }
  return (await walk(path, params, 100)).items;
}

/** Counts the SQL statements the app sends while `fn` runs. */
async function countQueries(fn: () => Promise<unknown>): Promise<number> {
  h.queries.length = 0;
  await fn();
  return h.queries.length;
}

async function slugsInDbOrder(db: Db): Promise<string[]> {
  const rows = await db.select({ slug: actors.slug }).from(actors).orderBy(asc(actors.slug), asc(actors.id));
  return rows.map((r) => r.slug);
}

const SEEDED_ACTORS = [
  'hossein-jaberi-ansari',
  'sergei-vershinin',
  'alexander-lavrentiev',
  'sergei-ryabkov',
  'iran',
  'russia',
  'turkey',
  'united-kingdom',
  'germany',
  'france',
  'united-states',
  'saudi-arabia',
  'jordan',
  'astana-group',
  'small-group',
  'un-security-council',
];

describe('GET /v1/actors', () => {
  it('lists the seeded actors in slug order', async () => {
    const res = await h.http.get('/v1/actors').query({ limit: 100 });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const slugs = res.body.data.map((a: Item) => a.slug);
    expect(slugs).toEqual(expect.arrayContaining(SEEDED_ACTORS));
    expect(slugs).toEqual(await slugsInDbOrder(h.database.db));
    const iran = res.body.data.find((a: Item) => a.slug === 'iran');
    expect(iran).toMatchObject({
      kind: 'state',
      name: { ar: 'إيران', en: 'Iran' },
      wikidataId: 'Q794',
      description: null,
    });
    expect(iran.aliases.en).toContain('Islamic Republic of Iran');
    expect(iran).not.toHaveProperty('version');
    expect(iran).not.toHaveProperty('label');
  });

  it('sorts by slug both ways', async () => {
    const up = await walk('/v1/actors', { sort: 'slug' }, 100);
    const down = await walk('/v1/actors', { sort: '-slug' }, 100);
    expect(down.items.map((a) => a.id)).toEqual(up.items.map((a) => a.id).reverse());
    const bad = await h.http.get('/v1/actors').query({ sort: 'name' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ pointer: '#/query/sort', detail: 'must be one of slug, -slug' }]);
  });

  it('yields every actor exactly once, in order, whatever the page size, both ways', async () => {
    for (let i = 0; i < 9; i++) await makeActor(h.database.db);
    const items = await expectStableWalk('/v1/actors');
    expect(items.map((a) => a.slug)).toEqual(await slugsInDbOrder(h.database.db));
    await expectStableWalk('/v1/actors', { sort: '-slug' });
    await expectStableWalk('/v1/actors', { kind: 'state' });
  });

  it('pages with a Link header, a default and a maximum page size', async () => {
    for (let i = 0; i < 10; i++) await makeActor(h.database.db);
    const first = await h.http.get('/v1/actors');
    expect(first.body.data).toHaveLength(25);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const link = first.headers.link as string;
    expect(link).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/v1\/actors\?cursor=[^>]+>; rel="next"$/);
    const next = new URL(link.slice(1, link.indexOf('>')));
    const second = await h.http.get(`${next.pathname}${next.search}`);
    expect(second.status).toBe(200);
    const firstIds = new Set(first.body.data.map((a: Item) => a.id));
    for (const a of second.body.data) expect(firstIds.has(a.id)).toBe(false);

    const tooMany = await h.http.get('/v1/actors').query({ limit: 101 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual([{ pointer: '#/query/limit', detail: 'must be at most 100' }]);
  });

  it('filters by kind', async () => {
    const made = await makeActor(h.database.db, { kind: 'coalition' });
    const res = await h.http.get('/v1/actors').query({ kind: 'coalition', limit: 100 });
    expect(res.status).toBe(200);
    const slugs = res.body.data.map((a: Item) => a.slug);
    expect(slugs).toEqual(expect.arrayContaining(['astana-group', 'small-group', made.slug]));
    expect(res.body.data.every((a: Item) => a.kind === 'coalition')).toBe(true);

    const two = await h.http.get('/v1/actors').query({ kind: 'coalition,organisation', limit: 100 });
    expect(two.body.data.map((a: Item) => a.slug)).toContain('un-security-council');
    expect(new Set(two.body.data.map((a: Item) => a.kind))).toEqual(new Set(['coalition', 'organisation']));

    const bad = await h.http.get('/v1/actors').query({ kind: 'party' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('#/query/kind/0');
  });

  it('rejects an unknown query parameter, naming it', async () => {
    const res = await h.http.get('/v1/actors').query({ colour: 'blue' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors).toEqual([{ pointer: '#/query/colour', detail: 'unknown parameter "colour"' }]);
  });

  it('rejects a cursor of another query', async () => {
    const first = await h.http.get('/v1/actors').query({ limit: 2 });
    const res = await h.http.get('/v1/actors').query({ limit: 2, sort: '-slug', cursor: first.body.nextCursor });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('/problems/invalid-cursor');
  });

  it('adds labels in the requested language', async () => {
    const ar = await h.http.get('/v1/actors').query({ lang: 'ar', kind: 'coalition', limit: 100 });
    const small = ar.body.data.find((a: Item) => a.slug === 'small-group');
    expect(small).toMatchObject({ label: 'المجموعة المصغرة', labelLang: 'ar' });
    const en = await h.http.get('/v1/actors').query({ lang: 'en', kind: 'coalition', limit: 100 });
    const smallEn = en.body.data.find((a: Item) => a.slug === 'small-group');
    expect(smallEn).toMatchObject({ label: 'Small Group on Syria', labelLang: 'en' });
  });
});

describe('GET /v1/actors/{id}', () => {
  it('returns an actor by slug with its names, aliases and description', async () => {
    const res = await h.http.get('/v1/actors/small-group');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      slug: 'small-group',
      kind: 'coalition',
      name: { ar: 'المجموعة المصغرة', en: 'Small Group on Syria' },
      aliases: { en: ['The Small Group', 'Small Group'] },
      wikidataId: null,
    });
    expect(res.body.description.en).toContain('Britain');
    expect(res.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('returns the same actor by id as by slug, in any case', async () => {
    const bySlug = await h.http.get('/v1/actors/sergei-vershinin');
    const byId = await h.http.get(`/v1/actors/${bySlug.body.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(bySlug.body);
    const upper = await h.http.get(`/v1/actors/${(bySlug.body.id as string).toUpperCase()}`);
    expect(upper.body.id).toBe(bySlug.body.id);
  });

  it('answers 404 for an unknown slug or id, and 400 for a bad one', async () => {
    for (const id of [uniqueSlug('missing'), '00000000-0000-4000-8000-000000000000']) {
      const res = await h.http.get(`/v1/actors/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body).toMatchObject({ type: '/problems/not-found', status: 404, instance: `/v1/actors/${id}` });
      expect(res.body.detail).toContain(id);
    }
    const bad = await h.http.get('/v1/actors/Not%20A%20Slug');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ pointer: '#/path/id', detail: expect.stringContaining('UUID or a slug') }]);
  });

  it('sends an ETag and answers 304 to If-None-Match', async () => {
    const res = await h.http.get('/v1/actors/iran');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await h.http.get('/v1/actors/iran').set('If-None-Match', etag);
    expect(again.status).toBe(304);
  });

  it('labels in Arabic or English, from lang or Accept-Language', async () => {
    const ar = await h.http.get('/v1/actors/sergei-vershinin').query({ lang: 'ar' });
    expect(ar.body).toMatchObject({ label: 'سيرغي فيرشينين', labelLang: 'ar' });
    const en = await h.http.get('/v1/actors/sergei-vershinin').set('Accept-Language', 'en');
    expect(en.body).toMatchObject({ label: 'Sergei Vershinin', labelLang: 'en' });
    expect(en.headers.vary).toMatch(/Accept-Language/);
  });
});

describe('GET /v1/actors/{id}/events', () => {
  it("lists Vershinin's Moscow consultations with his role as host", async () => {
    const res = await h.http.get('/v1/actors/sergei-vershinin/events');
    expect(res.status).toBe(200);
    const consultations = res.body.data.find((e: Item) => e.slug === 'moscow-consultations-2019');
    expect(consultations).toMatchObject({
      kind: 'consultation',
      status: 'concluded',
      roles: ['host'],
      date: { edtf: '2019-01~', precision: 'month' },
      title: { en: 'Russian–Iranian consultations in Moscow on Syria' },
    });
    expect(consultations).not.toHaveProperty('participants');
    expect(res.body.nextCursor).toBeNull();
  });

  it('gives every role of the actor in an event, newest first, and filters by role', async () => {
    const actor = await makeActor(h.database.db);
    const old = await insertEvent(h.database.db, { date: '2001' });
    const recent = await insertEvent(h.database.db, { date: '2002-05' });
    await insertEvent(h.database.db, { date: '2003' });
    await insertParticipation(h.database.db, old.id, actor.id, 'host');
    await insertParticipation(h.database.db, recent.id, actor.id, 'speaker');
    await insertParticipation(h.database.db, recent.id, actor.id, 'mediator');
    const res = await h.http.get(`/v1/actors/${actor.slug}/events`);
    expect(res.body.data.map((e: Item) => e.slug)).toEqual([recent.slug, old.slug]);
    expect(res.body.data[0].roles.sort()).toEqual(['mediator', 'speaker']);
    expect(res.body.data[1].roles).toEqual(['host']);

    const oldest = await h.http.get(`/v1/actors/${actor.id}/events`).query({ sort: 'date' });
    expect(oldest.body.data.map((e: Item) => e.slug)).toEqual([old.slug, recent.slug]);

    const hosted = await h.http.get(`/v1/actors/${actor.slug}/events`).query({ role: 'host' });
    expect(hosted.body.data.map((e: Item) => e.slug)).toEqual([old.slug]);
  });

  it('pages through many events, ties on dates included', async () => {
    const actor = await makeActor(h.database.db);
    for (let i = 0; i < 8; i++) {
      const event = await insertEvent(h.database.db, { date: i < 5 ? '2010-10-10' : `201${i}` });
      await insertParticipation(h.database.db, event.id, actor.id, 'attendee');
    }
    const items = await expectStableWalk(`/v1/actors/${actor.slug}/events`);
    expect(items).toHaveLength(8);
    await expectStableWalk(`/v1/actors/${actor.slug}/events`, { sort: 'date' });
  });

  it('answers 404 for an unknown actor', async () => {
    const res = await h.http.get(`/v1/actors/${uniqueSlug('nobody')}/events`);
    expect(res.status).toBe(404);
  });

  it('labels events in the requested language', async () => {
    const res = await h.http.get('/v1/actors/sergei-vershinin/events').query({ lang: 'ar' });
    const consultations = res.body.data.find((e: Item) => e.slug === 'moscow-consultations-2019');
    expect(consultations).toMatchObject({ label: 'المشاورات الروسية الإيرانية في موسكو حول سوريا', labelLang: 'ar' });
  });
});

describe('GET /v1/actors/{id}/memberships and /members', () => {
  it('lists exactly the six states of the Small Group, each cited', async () => {
    const res = await h.http.get('/v1/actors/small-group/members');
    expect(res.status).toBe(200);
    const slugs = res.body.data.map((m: { member: { slug: string } }) => m.member.slug);
    expect(slugs.sort()).toEqual(['france', 'germany', 'jordan', 'saudi-arabia', 'united-kingdom', 'united-states']);
    for (const m of res.body.data) {
      expect(m).toMatchObject({ kind: 'member', role: null, start: null, end: null, member: { kind: 'state' } });
      expect(m).not.toHaveProperty('organization');
      expect(m.citations).toHaveLength(1);
      expect(ARTICLE).toContain(m.citations[0].excerpt);
    }
  });

  it("lists Ryabkov's post as Deputy Foreign Minister of Russia, with its citation", async () => {
    const res = await h.http.get('/v1/actors/sergei-ryabkov/memberships');
    expect(res.status).toBe(200);
    const post = res.body.data.find((m: { organization: { slug: string } }) => m.organization.slug === 'russia');
    expect(post).toMatchObject({
      kind: 'post',
      role: { en: 'Deputy Foreign Minister', ar: 'نائب وزير الخارجية الروسية' },
    });
    expect(post).not.toHaveProperty('member');
    expect(post.citations.length).toBeGreaterThan(0);
    for (const c of post.citations) {
      expect(c.source.slug).toBe('al-manar-moscow-consultations');
      expect(ARTICLE).toContain(c.excerpt);
    }
  });

  it('labels the role and the other actor', async () => {
    const ar = await h.http.get('/v1/actors/sergei-ryabkov/memberships').query({ lang: 'ar' });
    expect(ar.body.data[0]).toMatchObject({
      label: 'نائب وزير الخارجية الروسية',
      labelLang: 'ar',
      organization: { label: 'روسيا' },
    });
    const en = await h.http.get('/v1/actors/sergei-ryabkov/memberships').query({ lang: 'en' });
    expect(en.body.data[0]).toMatchObject({
      label: 'Deputy Foreign Minister',
      labelLang: 'en',
      organization: { label: 'Russia' },
    });
    const members = await h.http.get('/v1/actors/small-group/members').query({ lang: 'ar' });
    const jordan = members.body.data.find((m: { member: { slug: string } }) => m.member.slug === 'jordan');
    expect(jordan.member).toMatchObject({ label: 'الأردن', labelLang: 'ar' });
  });

  it('gives the dates of a membership as EDTF with bounds, oldest first', async () => {
    const group = await makeActor(h.database.db, { kind: 'coalition' });
    const later = await makeActor(h.database.db, { kind: 'state' });
    const earlier = await makeActor(h.database.db, { kind: 'state' });
    await makeMembership(h.database.db, later.id, group.id, { start: '2015-06' });
    await makeMembership(h.database.db, earlier.id, group.id, { start: '2011~', end: '2014-03-01' });
    const res = await h.http.get(`/v1/actors/${group.slug}/members`);
    expect(res.body.data.map((m: { member: { slug: string } }) => m.member.slug)).toEqual([earlier.slug, later.slug]);
    expect(res.body.data[0].start).toEqual({
      edtf: '2011~',
      earliest: '2010-01-01T00:00:00.000Z',
      latest: '2012-12-31T23:59:59.999Z',
      precision: 'year',
    });
    expect(res.body.data[0].end).toEqual({
      edtf: '2014-03-01',
      earliest: '2014-03-01T00:00:00.000Z',
      latest: '2014-03-01T23:59:59.999Z',
      precision: 'day',
    });
    expect(res.body.data[1].end).toBeNull();

    const theirs = await h.http.get(`/v1/actors/${earlier.slug}/memberships`);
    expect(theirs.body.data).toHaveLength(1);
    expect(theirs.body.data[0].organization.slug).toBe(group.slug);
  });

  it('pages through many members and memberships, ties included', async () => {
    const group = await makeActor(h.database.db, { kind: 'coalition' });
    const person = await makeActor(h.database.db);
    for (let i = 0; i < 9; i++) {
      const state = await makeActor(h.database.db, { kind: 'state' });
      await makeMembership(h.database.db, state.id, group.id, i < 4 ? {} : { start: `200${i}` });
      const org = await makeActor(h.database.db, { kind: 'organisation' });
      const start = i < 5 ? '1999' : undefined;
      await makeMembership(h.database.db, person.id, org.id, { role: { en: `Post ${i}` }, start });
    }
    expect(await expectStableWalk(`/v1/actors/${group.slug}/members`)).toHaveLength(9);
    expect(await expectStableWalk(`/v1/actors/${person.slug}/memberships`)).toHaveLength(9);
    const cursor = (await h.http.get(`/v1/actors/${group.slug}/members`).query({ limit: 2 })).body.nextCursor;
    const elsewhere = await h.http.get(`/v1/actors/${group.slug}/memberships`).query({ limit: 2, cursor });
    expect(elsewhere.status).toBe(400);
  });

  it('answers 404 for an unknown actor', async () => {
    expect((await h.http.get(`/v1/actors/${uniqueSlug('nobody')}/members`)).status).toBe(404);
    expect((await h.http.get(`/v1/actors/${uniqueSlug('nobody')}/memberships`)).status).toBe(404);
  });
});

describe('GET /v1/actors/{id}/statements', () => {
  it("lists Jaberi Ansari's three statements, in date order, with citations", async () => {
    const res = await h.http.get('/v1/actors/hossein-jaberi-ansari/statements');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(3);
    for (const s of res.body.data) {
      expect(s.speaker.slug).toBe('hossein-jaberi-ansari');
      expect(s.originalLang).toBe('ar');
      expect(s.citations.length).toBeGreaterThan(0);
      expect(ARTICLE).toContain(s.originalText.slice(0, 40));
    }
  });

  it('pages through many statements, undated ones included, both ways', async () => {
    const speaker = await makeActor(h.database.db);
    for (let i = 0; i < 8; i++) {
      await makeStatement(h.database.db, speaker.id, i < 3 ? {} : { date: i < 6 ? '2019-01~' : '2018' });
    }
    const items = await expectStableWalk(`/v1/actors/${speaker.slug}/statements`);
    expect(items).toHaveLength(8);
    expect(items[0]?.date).toBeNull();
    const reverse = await expectStableWalk(`/v1/actors/${speaker.slug}/statements`, { sort: '-date' });
    expect(reverse.map((s) => s.id)).toEqual(items.map((s) => s.id).reverse());
  });

  it('labels a statement with its original or a translation', async () => {
    const en = await h.http.get('/v1/actors/sergei-vershinin/statements').query({ lang: 'en' });
    expect(en.body.data[0]).toMatchObject({ labelLang: 'en', label: expect.stringContaining('Security Council') });
    const ar = await h.http.get('/v1/actors/sergei-vershinin/statements').query({ lang: 'ar' });
    expect(ar.body.data[0]).toMatchObject({ labelLang: 'ar', label: ar.body.data[0].originalText });
  });
});

describe('the cost of a page', () => {
  it('sends the same number of queries for 5 items as for 100', async () => {
    const group = await makeActor(h.database.db, { kind: 'coalition' });
    const speaker = await makeActor(h.database.db);
    for (let i = 0; i < 100; i++) {
      const member = await makeActor(h.database.db, { kind: 'state' });
      await makeMembership(h.database.db, member.id, group.id, { cited: true });
      await makeMembership(h.database.db, speaker.id, member.id, { role: { en: 'Envoy' }, cited: true });
      await makeStatement(h.database.db, speaker.id, { date: '2020', cited: true });
      const event = await insertEvent(h.database.db, { date: '2020' });
      await insertParticipation(h.database.db, event.id, speaker.id, 'attendee');
    }
    for (const path of [
      '/v1/actors',
      `/v1/actors/${group.slug}/members`,
      `/v1/actors/${speaker.slug}/memberships`,
      `/v1/actors/${speaker.slug}/statements`,
      `/v1/actors/${speaker.slug}/events`,
    ]) {
      let few: Item[] = [];
      let many: Item[] = [];
      const small = await countQueries(async () => (few = (await h.http.get(path).query({ limit: 5 })).body.data));
      const large = await countQueries(async () => (many = (await h.http.get(path).query({ limit: 100 })).body.data));
      expect(few).toHaveLength(5);
      expect(many).toHaveLength(100);
      expect(small, path).toBeGreaterThan(0);
      expect(large, path).toBe(small);
      expect(large, path).toBeLessThanOrEqual(3);
    }
  });
});
