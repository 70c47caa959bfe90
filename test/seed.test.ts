import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.js';
import { articleSeed } from '../src/seeds/article.js';
import { seedDatabase } from '../src/seeds/run.js';
import { createHarness, type Harness } from './helpers/harness.js';

const ARTICLE = readFileSync('src/seeds/al-manar-moscow-consultations.ar.txt', 'utf8');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the article seed, through the API', () => {
  it('has the six events of the article', async () => {
    const res = await h.http.get('/v1/events').query({ limit: 100 });
    const slugs = res.body.data.map((e: { slug: string }) => e.slug).sort();
    expect(slugs).toEqual(
      [
        'astana-process',
        'constitutional-committee-dispute',
        'idlib-situation',
        'moscow-consultations-2019',
        'ryabkov-statement-small-group',
        'us-withdrawal-from-syria',
      ].sort(),
    );
  });

  it('gives the Moscow consultations exactly three participants with distinct roles', async () => {
    const res = await h.http.get('/v1/events/moscow-consultations-2019');
    expect(res.body.participants).toHaveLength(3);
    const roles = res.body.participants.map((p: { role: string }) => p.role);
    expect(new Set(roles).size).toBe(3);
    expect(res.body.participants.map((p: { actor: { name: { ar: string } } }) => p.actor.name.ar).sort()).toEqual(
      ['الكسندر لافرينتييف', 'حسين جابري أنصاري', 'سيرغي فيرشينين'].sort(),
    );
  });

  it('dates the undated article vaguely, in EDTF, without inventing a day', async () => {
    const res = await h.http.get('/v1/events/moscow-consultations-2019');
    expect(res.body.date.edtf).toBe('2019-01~');
    expect(res.body.date.precision).toBe('month');
    expect(res.body.citations[0].source.published).toBe('2019-01~');
  });

  it('cites the Al-Manar article for every event and every participation, quoting it exactly', async () => {
    const list = await h.http.get('/v1/events').query({ limit: 100 });
    for (const { slug } of list.body.data as { slug: string }[]) {
      const event = (await h.http.get(`/v1/events/${slug}`)).body;
      expect(event.citations.length, `${slug} has no citation`).toBeGreaterThan(0);
      for (const p of event.participants) expect(p.citations.length, `${slug}/${p.actor.slug} has no citation`).toBeGreaterThan(0);
      for (const c of [...event.citations, ...event.participants.flatMap((p: { citations: unknown[] }) => p.citations)]) {
        expect(c.source.slug).toBe('al-manar-moscow-consultations');
        expect(ARTICLE.includes(c.excerpt), `excerpt not verbatim: ${c.excerpt}`).toBe(true);
      }
    }
  });
});

describe('the article seed, in the database', () => {
  it('makes the Small Group a coalition of six states, and the Astana group of Iran, Russia and Turkey', async () => {
    const rows = await queryRows<{ coalition: string; member: string; kind: string }>(
      h.database.db,
      sql`select o.slug as coalition, m.slug as member, m.kind
          from memberships ms join actors o on o.id = ms.organization_id join actors m on m.id = ms.member_id
          where o.kind = 'coalition' order by m.slug`,
    );
    const of = (c: string) => rows.filter((r) => r.coalition === c);
    expect(of('small-group').map((r) => r.member)).toEqual(['france', 'germany', 'jordan', 'saudi-arabia', 'united-kingdom', 'united-states']);
    expect(of('small-group').every((r) => r.kind === 'state')).toBe(true);
    expect(of('astana-group').map((r) => r.member)).toEqual(['iran', 'russia', 'turkey']);
  });

  it('gives the four people their posts', async () => {
    const rows = await queryRows<{ person: string; org: string; role: { en: string } }>(
      h.database.db,
      sql`select p.slug as person, o.slug as org, ms.role from memberships ms
          join actors p on p.id = ms.member_id join actors o on o.id = ms.organization_id
          where ms.kind = 'post' order by p.slug`,
    );
    expect(rows.map((r) => [r.person, r.org])).toEqual([
      ['alexander-lavrentiev', 'russia'],
      ['hossein-jaberi-ansari', 'iran'],
      ['sergei-ryabkov', 'russia'],
      ['sergei-vershinin', 'russia'],
    ]);
    expect(rows.find((r) => r.person === 'hossein-jaberi-ansari')?.role.en).toMatch(/Assistant Foreign Minister/);
  });

  it('has the five statements, in the Arabic exactly as written, each with an English translation', async () => {
    const rows = await queryRows<{ original_text: string; original_lang: string; translations: { en?: string }; kind: string; speaker: string }>(
      h.database.db,
      sql`select s.original_text, s.original_lang, s.translations, s.kind, a.slug as speaker
          from statements s join actors a on a.id = s.speaker_id`,
    );
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.original_lang).toBe('ar');
      expect(ARTICLE.includes(r.original_text)).toBe(true);
      expect(r.translations.en?.length).toBeGreaterThan(20);
    }
    expect(rows.filter((r) => r.speaker === 'hossein-jaberi-ansari')).toHaveLength(3);
    expect(rows.filter((r) => r.kind === 'reported_speech').map((r) => r.speaker).sort()).toEqual(['hossein-jaberi-ansari', 'sergei-ryabkov']);
  });

  it('relates the events: the consultations continue the Astana process, Ryabkov’s statement precedes them', async () => {
    const rows = await queryRows<{ subject: string; type: string; object: string }>(
      h.database.db,
      sql`select s.slug as subject, r.type, o.slug as object from event_relations r
          join events s on s.id = r.subject_id join events o on o.id = r.object_id`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { subject: 'moscow-consultations-2019', type: 'continues', object: 'astana-process' },
        { subject: 'ryabkov-statement-small-group', type: 'precedes', object: 'moscow-consultations-2019' },
        { subject: 'ryabkov-statement-small-group', type: 'concerns', object: 'constitutional-committee-dispute' },
      ]),
    );
  });

  it('cites every claim — event, participation, membership, statement, relation — with a verbatim excerpt', async () => {
    const uncited = await queryRows<{ kind: string; id: string }>(
      h.database.db,
      sql`select 'event' as kind, id from events e where not exists (select 1 from citations c where c.event_id = e.id)
          union all select 'participation', id from participations p where not exists (select 1 from citations c where c.participation_id = p.id)
          union all select 'membership', id from memberships m where not exists (select 1 from citations c where c.membership_id = m.id)
          union all select 'statement', id from statements s where not exists (select 1 from citations c where c.statement_id = s.id)
          union all select 'relation', id from event_relations r where not exists (select 1 from citations c where c.relation_id = r.id)`,
    );
    expect(uncited).toEqual([]);
    const excerpts = await queryRows<{ excerpt: string }>(h.database.db, sql`select excerpt from citations`);
    expect(excerpts.length).toBeGreaterThan(20);
    for (const { excerpt } of excerpts) expect(ARTICLE.includes(excerpt), excerpt).toBe(true);
  });

  it('changes nothing when seeded twice', async () => {
    const snapshot = async () =>
      queryRows(
        h.database.db,
        sql`select (select json_agg(t order by t.id) from events t)::text as events,
                   (select json_agg(t order by t.id) from actors t)::text as actors,
                   (select json_agg(t order by t.id) from memberships t)::text as memberships,
                   (select json_agg(t order by t.id) from participations t)::text as participations,
                   (select json_agg(t order by t.id) from statements t)::text as statements,
                   (select json_agg(t order by t.id) from event_relations t)::text as relations,
                   (select json_agg(t order by t.id) from citations t)::text as citations,
                   (select json_agg(t order by t.id) from places t)::text as places,
                   (select json_agg(t order by t.id) from topics t)::text as topics,
                   (select json_agg(t order by t.id) from sources t)::text as sources,
                   (select json_agg(t order by t.event_id, t.topic_id) from event_topics t)::text as event_topics`,
      );
    const before = await snapshot();
    const report = await seedDatabase(h.database.db, articleSeed);
    expect(Object.values(report.inserted).every((n) => n === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});
