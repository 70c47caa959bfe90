import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/client.js';
import { textMatch } from '../src/db/search.js';
import { parseSearch } from '../src/domain/search.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { insertActor, insertEvent } from './helpers/factories.js';
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

/** A made-up Latin word of letters only, unique to one test: it scopes a search to that test's data. */
const marker = () => 'zq' + [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

interface Hit {
  type: string;
  id: string;
  slug: string | null;
  score: number;
  title: Record<string, string>;
  snippet: { field: string; lang: string; text: string; highlights: { start: number; end: number }[] } | null;
}

async function search(params: Record<string, string | number>): Promise<Hit[]> {
  const res = await h.http.get('/v1/search').query(params);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data as Hit[];
}

const highlighted = (hit: Hit) => hit.snippet!.highlights.map(({ start, end }) => hit.snippet!.text.slice(start, end));

describe('Arabic normalisation', () => {
  // Stored as written → searched as typed without hamza, diacritics, tatweel and so on, and back.
  const cases: [label: string, stored: string, typed: string, word: string][] = [
    ['alef with hamza above', 'وصل وفد إلى أستانا', 'استانا', 'أستانا'],
    ['alef with hamza below', 'المشاورات الإيرانية الروسية', 'الايرانية', 'الإيرانية'],
    ['tanween and hamza below', 'أبدى إهتماماً كبيراً بالملف', 'اهتماما', 'إهتماماً'],
    ['sukun on an alef', 'الاْردن والسعودية', 'الاردن', 'الاْردن'],
    ['alef with madda', 'آفاق التسوية', 'افاق', 'آفاق'],
    ['tatweel', 'الوضع في سوريــا', 'سوريا', 'سوريــا'],
    ['alef maqsura', 'على مستوى الخبراء', 'مستوي', 'مستوى'],
    ['ta marbuta', 'اللجنة الدستورية', 'اللجنه', 'اللجنة'],
    ['shadda and fatha', 'الدَّولة', 'الدولة', 'الدَّولة'],
    ['the conjunction و on the article', 'والمشاورات الثنائية', 'المشاورات', 'المشاورات'],
    ['the conjunction ف on the article', 'فالروسية تؤيد الحل', 'الروسية', 'الروسية'],
  ];

  it.each(cases)('%s: finds "%s" when searching "%s"', async (_label, stored, typed, word) => {
    const tag = marker();
    const event = await insertEvent(h.database.db, { title: { ar: `${stored} ${tag}`, en: `Event ${tag}` } });
    const hits = await search({ q: `${typed} ${tag}`, type: 'event' });
    expect(hits.map((hit) => hit.id)).toEqual([event.id]);
    // The stored text comes back exactly as written, the matched word highlighted in it.
    expect(hits[0]!.title.ar).toBe(`${stored} ${tag}`);
    expect(hits[0]!.snippet).toMatchObject({ field: 'title', lang: 'ar' });
    expect(highlighted(hits[0]!)).toContain(word);
    // And the other way round: typing the full spelling finds the bare one.
    const bare = await insertEvent(h.database.db, { title: { ar: `${typed} ${tag}` } });
    const both = await search({ q: `${word} ${tag}`, type: 'event' });
    expect(both.map((hit) => hit.id).sort()).toEqual([event.id, bare.id].sort());
  });

  it('finds the seed article by its own words typed without hamzas or diacritics', async () => {
    const interest = await search({ q: 'اهتماما' });
    expect(interest.some((hit) => hit.snippet?.text.includes('إهتماماً'))).toBe(true);
    const jordan = await search({ q: 'الاردن', type: 'actor' });
    expect(jordan[0]?.slug).toBe('jordan');
    const astana = await search({ q: 'استانا', type: 'event' });
    expect(astana.map((hit) => hit.slug)).toContain('astana-process');
  });

  it('keeps stored text as written: the API returns the hamzas and diacritics it was given', async () => {
    const tag = marker();
    const title = { ar: `أبدى إهتماماً ${tag}` };
    const res = await h.http.post('/v1/events').set('Authorization', auth).send({ slug: `e-${tag}`, kind: 'meeting', status: 'concluded', title, date: '2019-01' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.title).toEqual(title);
    const hits = await search({ q: `اهتماما ${tag}` });
    expect(hits.map((hit) => hit.id)).toEqual([res.body.id]);
    expect(hits[0]!.title).toEqual(title);
  });
});

describe('English', () => {
  it.each([
    ['consultation', 'Russian–Iranian consultations in Moscow', 'consultations'],
    ['obstructing', 'They obstruct the formation of the committee', 'obstruct'],
    ['committees', 'The constitutional committee met', 'committee'],
  ])('"%s" finds "%s"', async (typed, stored, word) => {
    const tag = marker();
    const event = await insertEvent(h.database.db, { title: { en: `${stored} ${tag}` } });
    const hits = await search({ q: `${typed} ${tag}` });
    expect(hits.map((hit) => hit.id)).toEqual([event.id]);
    expect(highlighted(hits[0]!)).toContain(word);
  });

  it('matches a word in the seed in any inflection', async () => {
    const hits = await search({ q: 'consultation', type: 'event' });
    expect(hits[0]?.slug).toBe('moscow-consultations-2019');
  });
});

describe('names across spellings and scripts', () => {
  it.each(['Lavrentyev', 'Lavrentiev', 'Lavrentev', 'lavrentiev', 'لافرنتييف', 'لافرينتييف', 'لافرنتيف'])(
    '"%s" finds Alexander Lavrentiev first',
    async (q) => {
      const hits = await search({ q });
      expect(hits[0]).toMatchObject({ type: 'actor', slug: 'alexander-lavrentiev' });
      const actors = await h.http.get('/v1/actors').query({ q });
      expect(actors.status).toBe(200);
      expect(actors.body.data.map((a: { slug: string }) => a.slug)).toContain('alexander-lavrentiev');
    },
  );

  it('ranks the exact name above a similar one', async () => {
    const exact = await insertActor(h.database.db, { name: { en: 'Dmitri Kozlovsky', ar: 'دميتري كوزلوفسكي' } });
    const similar = await insertActor(h.database.db, { name: { en: 'Dmitri Kozlovski', ar: 'دميتري كوزلوفسكى' } });
    const latin = await search({ q: 'Kozlovsky', type: 'actor' });
    expect(latin.map((hit) => hit.id).slice(0, 2)).toEqual([exact.id, similar.id]);
    expect(latin[0]!.score).toBeGreaterThan(latin[1]!.score);
    const other = await search({ q: 'Kozlovski', type: 'actor' });
    expect(other.map((hit) => hit.id).slice(0, 2)).toEqual([similar.id, exact.id]);
  });

  it('finds an actor by an alias in another script, and by a misspelt alias', async () => {
    const actor = await insertActor(h.database.db, {
      name: { en: 'Yevgeny Primakov' },
      aliases: { en: ['Evgeny Primakov', 'Primakov'], ar: ['يفغيني بريماكوف', 'بريماكوف'] },
    });
    for (const q of ['بريماكوف', 'Primakov', 'Yevgeniy Primakov', 'Primakof']) {
      const hits = await search({ q, type: 'actor' });
      expect(hits[0]?.id, q).toBe(actor.id);
    }
  });

  it('does not match short words by similarity', async () => {
    const hits = await search({ q: 'the', type: 'actor' });
    expect(hits).toEqual([]);
  });
});

describe('query syntax', () => {
  it('supports phrases, prefixes, OR and exclusion', async () => {
    const tag = marker();
    const formed = await insertEvent(h.database.db, { title: { en: `Constitutional committee formed ${tag}` } });
    const matters = await insertEvent(h.database.db, { title: { en: `A committee on constitutional matters ${tag}` } });
    const talks = await insertEvent(h.database.db, { title: { en: `Talks in Geneva ${tag}` } });
    const ids = async (q: string) => (await search({ q, type: 'event' })).map((hit) => hit.id).sort();
    expect(await ids(`"constitutional committee" ${tag}`)).toEqual([formed.id]);
    expect(await ids(`const* ${tag}`)).toEqual([formed.id, matters.id].sort());
    expect(await ids(`formed OR Geneva ${tag}`)).toEqual([formed.id, talks.id].sort());
    expect(await ids(`formed | Geneva ${tag}`)).toEqual([formed.id, talks.id].sort());
    expect(await ids(`${tag} -Geneva`)).toEqual([formed.id, matters.id].sort());
    expect(await ids(`${tag} -"constitutional committee"`)).toEqual([matters.id, talks.id].sort());
    // `al-Assad` style words are searched as a phrase of their parts.
    expect(await ids(`formed-committee ${tag}`)).toEqual([]);
    expect(await ids(`constitutional-committee ${tag}`)).toEqual([formed.id]);
  });

  it('never answers a 5xx, whatever q holds', async () => {
    const odd = ['"', '"unbalanced phrase', '-', '--', 'OR', '|', '*', '!!!', ':*', "'", '\\', '&|!()<->', 'a:*', 'a OR', 'OR a', '-a', "x'y", 'a & b', '(a', 'a)', '""', '" "', '-"', 'ـــ', '\u064B\u064B', 'the', 'the OR of', '\u0000'];
    for (const q of odd) {
      const res = await h.http.get('/v1/search').query({ q });
      expect([200, 400], `q=${JSON.stringify(q)}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
      if (res.status === 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('a', 'ب', 'ة', 'أ', ' ', '"', '-', '*', '|', 'O', 'R', '!', ':', "'", '(', ')', '&', '<', '>', '\\', '\u064B'), maxLength: 40 }), async (q) => {
        for (const path of ['/v1/search', '/v1/events', '/v1/actors']) {
          const res = await h.http.get(path).query({ q });
          if (res.status !== 200) {
            expect(res.status, `${path} q=${JSON.stringify(q)}`).toBe(400);
            expect(res.body.errors[0].pointer).toBe('#/query/q');
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('rejects 10 KB of text, an empty query and a query that only excludes, naming q', async () => {
    for (const q of ['x'.repeat(10_000), '', '   ', '!!! ???', '-russia', '-a -b']) {
      const res = await h.http.get('/v1/search').query({ q });
      expect(res.status, JSON.stringify(q.slice(0, 20))).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '#/query/q' })]);
    }
    const missing = await h.http.get('/v1/search');
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].pointer).toBe('#/query/q');
  });

  it('parses into a tsquery whose words hold only letters, marks and digits', () => {
    expect(parseSearch(`it's "a b" c* -d x OR y`).tsquery).toBe(`('it' <-> 's') & ('a' <-> 'b') & 'c':* & !'d' & ('x' | 'y')`);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (q) => {
        try {
          const parsed = parseSearch(q);
          const words = parsed.tsquery.match(/'[^']*'/g) ?? [];
          for (const word of words) expect(word.slice(1, -1)).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
          expect(parsed.tsquery.replace(/'[^']*'/g, '')).toMatch(/^[\s&|!():*<\->]*$/);
        } catch (error) {
          expect((error as Error).constructor.name).toBe('SearchSyntaxError');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ranking', () => {
  it('ranks a title match above a passing mention in a summary', async () => {
    const tag = marker();
    const mention = await insertEvent(h.database.db, {
      title: { en: 'Talks on the border' },
      summary: { en: `Delegations met for two days; among much else, the Idlib ceasefire came up briefly before the closing statements. ${tag}` },
    });
    const titled = await insertEvent(h.database.db, { title: { en: 'The Idlib ceasefire' }, summary: { en: tag } });
    const hits = await search({ q: `Idlib ${tag}`, type: 'event' });
    expect(hits.map((hit) => hit.id)).toEqual([titled.id, mention.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.snippet).toMatchObject({ field: 'summary', lang: 'en' });
  });

  it('takes the snippet from the requested language when the match is in several', async () => {
    const tag = marker();
    await insertEvent(h.database.db, { title: { en: `Moscow talks ${tag}`, ar: `محادثات موسكو ${tag}` } });
    const ar = await search({ q: tag, lang: 'ar' });
    expect(ar[0]!.snippet).toMatchObject({ lang: 'ar', field: 'title' });
    expect(ar[0]).toMatchObject({ label: `محادثات موسكو ${tag}`, labelLang: 'ar' });
    const en = await search({ q: tag, lang: 'en' });
    expect(en[0]!.snippet).toMatchObject({ lang: 'en' });
  });
});

describe('types and filters', () => {
  it('finds events, actors, statements and sources, and type never lets another type through', async () => {
    const tag = marker();
    const event = await insertEvent(h.database.db, { title: { en: `Summit ${tag}` } });
    const actor = await insertActor(h.database.db, { name: { en: `Envoy ${tag}` } });
    const statement = await h.http
      .post('/v1/statements')
      .set('Authorization', auth)
      .send({ kind: 'direct_quote', speakerId: actor.id, originalText: `نحن ندعم الحوار ${tag}`, originalLang: 'ar', translations: { en: `We support dialogue ${tag}` } });
    expect(statement.status, JSON.stringify(statement.body)).toBe(201);
    const source = await h.http.post('/v1/sources').set('Authorization', auth).send({ slug: `s-${tag}`, kind: 'article', title: { en: `Report ${tag}` }, lang: 'en' });
    expect(source.status, JSON.stringify(source.body)).toBe(201);

    const all = await search({ q: tag });
    expect(all.map((hit) => `${hit.type}:${hit.id}`).sort()).toEqual(
      [`event:${event.id}`, `actor:${actor.id}`, `statement:${statement.body.id}`, `source:${source.body.id}`].sort(),
    );
    for (const hit of all) expect((await h.http.get(new URL(`http://x${(hit as unknown as { url: string }).url}`).pathname)).status).toBe(200);
    for (const type of ['event', 'actor', 'statement', 'source']) {
      const only = await search({ q: tag, type });
      expect(only.map((hit) => hit.type)).toEqual([type]);
    }
    const two = await search({ q: tag, type: 'event,source' });
    expect(two.map((hit) => hit.type).sort()).toEqual(['event', 'source']);
    const bad = await h.http.get('/v1/search').query({ q: tag, type: 'place' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toMatch(/^#\/query\/type/);
  });

  it('filters /v1/events, /v1/timeline and the histogram with q, combined with their other filters', async () => {
    const tag = marker();
    const meeting = await insertEvent(h.database.db, { kind: 'meeting', date: '2019-01-10', title: { ar: `اجتماع ${tag}` } });
    const visit = await insertEvent(h.database.db, { kind: 'visit', date: '2019-03-02', title: { en: `Visit ${tag}` } });
    await insertEvent(h.database.db, { kind: 'meeting', date: '2019-01-11', title: { en: 'Unrelated meeting' } });
    const ids = (body: { data: { id: string }[] }) => body.data.map((e) => e.id);

    const events = await h.http.get('/v1/events').query({ q: tag });
    expect(ids(events.body)).toEqual([visit.id, meeting.id]);
    const meetings = await h.http.get('/v1/events').query({ q: tag, kind: 'meeting' });
    expect(ids(meetings.body)).toEqual([meeting.id]);
    const timeline = await h.http.get('/v1/timeline').query({ q: tag, from: '2019-02', to: '2019-12' });
    expect(ids(timeline.body)).toEqual([visit.id]);
    const histogram = await h.http.get('/v1/timeline/histogram').query({ q: tag, interval: 'month' });
    expect(histogram.status).toBe(200);
    expect(JSON.stringify(histogram.body)).toContain('2019-03');
    expect(histogram.body.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(2);
  });

  it('filters /v1/statements and /v1/actors with q, combined with their other filters', async () => {
    const tag = marker();
    const speaker = await insertActor(h.database.db, { name: { en: `Speaker ${tag}` }, kind: 'person' });
    const state = await insertActor(h.database.db, { name: { en: `Republic ${tag}` }, kind: 'state' });
    const quote = await h.http
      .post('/v1/statements')
      .set('Authorization', auth)
      .send({ kind: 'direct_quote', speakerId: speaker.id, originalText: `التسوية السياسية ${tag}`, originalLang: 'ar' });
    const reported = await h.http
      .post('/v1/statements')
      .set('Authorization', auth)
      .send({ kind: 'reported_speech', speakerId: speaker.id, originalText: `The political settlement ${tag}`, originalLang: 'en' });
    expect([quote.status, reported.status]).toEqual([201, 201]);
    const statements = await h.http.get('/v1/statements').query({ q: `${tag}` });
    expect(statements.body.data.map((s: { id: string }) => s.id).sort()).toEqual([quote.body.id, reported.body.id].sort());
    const quotes = await h.http.get('/v1/statements').query({ q: `${tag}`, kind: 'direct_quote' });
    expect(quotes.body.data.map((s: { id: string }) => s.id)).toEqual([quote.body.id]);
    const arabic = await h.http.get('/v1/statements').query({ q: `التسويه ${tag}` });
    expect(arabic.body.data.map((s: { id: string }) => s.id)).toEqual([quote.body.id]);

    const actors = await h.http.get('/v1/actors').query({ q: tag });
    expect(actors.body.data.map((a: { id: string }) => a.id).sort()).toEqual([speaker.id, state.id].sort());
    const states = await h.http.get('/v1/actors').query({ q: tag, kind: 'state' });
    expect(states.body.data.map((a: { id: string }) => a.id)).toEqual([state.id]);
  });

  it('sees a write at once: a renamed event is found by its new title only', async () => {
    const tag = marker();
    const created = await h.http.post('/v1/events').set('Authorization', auth).send({ slug: `e-${tag}`, kind: 'meeting', status: 'concluded', title: { en: `Geneva round ${tag}` }, date: '2019' });
    expect(created.status).toBe(201);
    const patched = await h.http
      .patch(`/v1/events/${created.body.id}`)
      .set('Authorization', auth)
      .set('If-Match', String(created.headers.etag))
      .send({ title: { en: `Sochi round ${tag}` } });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(await search({ q: `Geneva ${tag}` })).toEqual([]);
    expect((await search({ q: `Sochi ${tag}` })).map((hit) => hit.id)).toEqual([created.body.id]);
  });
});

describe('pagination and cost', () => {
  it('walks every hit exactly once, most relevant first, and rejects a cursor from another query', async () => {
    const tag = marker();
    const created = [];
    for (let i = 0; i < 7; i++) {
      created.push(await insertEvent(h.database.db, { title: { en: `${`Idlib `.repeat(i % 3)}round ${i} ${tag}` }, summary: { en: `About Idlib ${tag}` } }));
    }
    const actor = await insertActor(h.database.db, { name: { en: `Idlib envoy ${tag}` } });
    const { items, pages } = await walkPages<Hit>(h.http, '/v1/search', { q: `Idlib ${tag}` }, 3);
    expect(pages).toBe(3);
    expect(items.map((hit) => hit.id).sort()).toEqual([...created.map((e) => e.id), actor.id].sort());
    for (let i = 1; i < items.length; i++) expect(items[i]!.score).toBeLessThanOrEqual(items[i - 1]!.score);
    const first = await h.http.get('/v1/search').query({ q: `Idlib ${tag}`, limit: 3 });
    const other = await h.http.get('/v1/search').query({ q: `round ${tag}`, limit: 3, cursor: first.body.nextCursor });
    expect(other.status).toBe(400);
    expect(other.body.errors[0].pointer).toBe('#/query/cursor');
  });

  it('costs the same number of queries for a page of 1 and a page of 100', async () => {
    const tag = marker();
    for (let i = 0; i < 4; i++) await insertEvent(h.database.db, { title: { en: `Meeting ${i} ${tag}` } });
    const count = async (limit: number) => {
      h.queries.length = 0;
      const res = await h.http.get('/v1/search').query({ q: tag, limit, lang: 'ar' });
      expect(res.status).toBe(200);
      return h.queries.length;
    };
    expect(await count(100)).toBe(await count(1));
    expect(await count(1)).toBe(1);
  });

  it('can answer every search off its indexes', async () => {
    const search = parseSearch('Idlib OR استانا');
    await h.database.db.transaction(async (tx) => {
      const plan = async (statement: ReturnType<typeof sql>) => {
        const rows = rowsOf<Record<string, string>>(await tx.execute(statement));
        return rows.map((row) => Object.values(row)[0]).join('\n');
      };
      await tx.execute(sql`set local enable_seqscan = off`);
      for (const [table, index] of [
        ['events', 'events_search_idx'],
        ['statements', 'statements_search_idx'],
        ['sources', 'sources_search_idx'],
        ['actors', 'actors_search_idx'],
      ] as const) {
        const text = await plan(sql`explain select id from ${sql.raw(table)} where ${textMatch(table, search)}`);
        expect(text, table).toContain(index);
      }
      const names = await plan(sql`explain select id from actors where search_normalize(${'Lavrentev'}) <% search_names`);
      expect(names).toContain('actors_search_names_idx');
    });
  });
});
