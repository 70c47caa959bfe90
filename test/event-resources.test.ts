import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertActor, insertEvent, insertParticipation, insertPlace, insertTopic } from './helpers/factories.js';
import { walkPages } from './helpers/pages.js';
import { createHarness, type Harness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const walk = async (path: string, limit: number, params: Record<string, string> = {}) => (await walkPages(h.http, path, params, limit)).items;

describe('expand', () => {
  it('keeps list items lean by default and embeds what is asked for', async () => {
    const lean = await h.http.get('/v1/events').query({ kind: 'consultation' });
    expect(lean.body.data[0].participants).toBeUndefined();
    expect(lean.body.data[0].place).toBeUndefined();
    const full = await h.http.get('/v1/events').query({ kind: 'consultation', expand: 'participants,place,topics,citations,sources,statements' });
    const [event] = full.body.data;
    expect(event.slug).toBe('moscow-consultations-2019');
    expect(event.participants).toHaveLength(3);
    expect(event.place.slug).toBe('moscow');
    expect(event.topics.map((t: { slug: string }) => t.slug)).toContain('astana-process');
    expect(event.citations.length).toBeGreaterThan(0);
    expect(event.sources.map((s: { slug: string }) => s.slug)).toEqual(['al-manar-moscow-consultations']);
    expect(event.statements).toHaveLength(4);
    for (const st of event.statements) expect(st.citations.length).toBeGreaterThan(0);
  });

  it('adds statements and sources to a single event on request', async () => {
    const plain = await h.http.get('/v1/events/moscow-consultations-2019');
    expect(plain.body.statements).toBeUndefined();
    const more = await h.http.get('/v1/events/moscow-consultations-2019').query({ expand: 'statements,sources' });
    expect(more.body.statements).toHaveLength(4);
    expect(more.body.participants).toHaveLength(3);
  });

  it('costs the same number of queries for a page of 1 and a page of 100', async () => {
    const topic = await insertTopic(h.database.db);
    const place = await insertPlace(h.database.db);
    const actor = await insertActor(h.database.db);
    for (let i = 0; i < 30; i++) {
      const e = await insertEvent(h.database.db, { date: `2001-01-${String((i % 28) + 1).padStart(2, '0')}`, placeId: place.id, topicIds: [topic.id] });
      await insertParticipation(h.database.db, e.id, actor.id, 'host');
    }
    const count = async (path: string, params: Record<string, string | number>) => {
      h.queries.length = 0;
      const res = await h.http.get(path).query(params);
      expect(res.status).toBe(200);
      return h.queries.length;
    };
    const expand = 'participants,place,topics,citations,sources,statements';
    const small = await count('/v1/events', { topic: topic.slug, limit: 1, expand });
    const large = await count('/v1/events', { topic: topic.slug, limit: 100, expand });
    expect(small).toBeGreaterThan(5); // the page, then one query per expansion
    expect(large).toBe(small);
    expect(await count('/v1/timeline', { topic: topic.slug, limit: 100 })).toBe(await count('/v1/timeline', { topic: topic.slug, limit: 1 }));
  });
});

describe('sub-resources of an event', () => {
  it('lists participants with roles and citations, paginated', async () => {
    const all = await walk('/v1/events/moscow-consultations-2019/participants', 1);
    expect(all).toHaveLength(3);
    expect(new Set(all.map((p) => p.id)).size).toBe(3);
    const res = await h.http.get('/v1/events/moscow-consultations-2019/participants');
    const roles = Object.fromEntries(res.body.data.map((p: { actor: { slug: string }; role: string }) => [p.actor.slug, p.role]));
    expect(roles['sergei-vershinin']).toBe('host');
    for (const p of res.body.data) expect(p.citations.length).toBeGreaterThan(0);
  });

  it('lists statements in date order with the original text and translations', async () => {
    const res = await h.http.get('/v1/events/moscow-consultations-2019/statements');
    expect(res.body.data).toHaveLength(4);
    for (const st of res.body.data) {
      expect(st.originalLang).toBe('ar');
      expect(st.translations.en).toEqual(expect.any(String));
      expect(st.date.edtf).toBe('2019-01~');
    }
    expect(await walk('/v1/events/moscow-consultations-2019/statements', 3)).toHaveLength(4);
  });

  it('lists related events in both directions', async () => {
    const res = await h.http.get('/v1/events/moscow-consultations-2019/related').query({ limit: 100 });
    const links = res.body.data.map((r: { type: string; direction: string; event: { slug: string } }) => `${r.direction}:${r.type}:${r.event.slug}`);
    expect(links).toEqual(
      expect.arrayContaining(['outgoing:continues:astana-process', 'outgoing:part_of:astana-process', 'incoming:precedes:ryabkov-statement-small-group']),
    );
    const incoming = await h.http.get('/v1/events/astana-process/related').query({ direction: 'incoming', type: 'continues' });
    expect(incoming.body.data).toHaveLength(1);
    expect(incoming.body.data[0]).toMatchObject({ direction: 'incoming', type: 'continues', event: { slug: 'moscow-consultations-2019' } });
    expect(incoming.body.data[0].citations[0].excerpt).toContain('استكمالاً');
    expect(await walk('/v1/events/moscow-consultations-2019/related', 2)).toHaveLength(res.body.data.length);
  });

  it('lists all the evidence behind an event, naming the claim each citation backs', async () => {
    const all = (await walk('/v1/events/moscow-consultations-2019/citations', 4)) as unknown as { id: string; claim: { type: string } }[];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const types = new Set(all.map((c) => c.claim.type));
    expect([...types].sort()).toEqual(['event', 'participation', 'relation', 'statement']);
  });

  it('answers 404 for the sub-resources of a missing event', async () => {
    for (const sub of ['participants', 'statements', 'related', 'citations']) {
      const res = await h.http.get(`/v1/events/no-such-event/${sub}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('application/problem+json');
    }
  });
});
