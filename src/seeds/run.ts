/**
 * The seed runner: writes seed data in one transaction, with stable ids derived from slugs and
 * keys, and inserts nothing that is already there. Seeding twice changes nothing, and rows a
 * curator has since edited are left as they are.
 */
import { inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { dateColumns, toDbEarliest, toDbLatest } from '../db/dates.js';
import {
  actors,
  citations,
  eventRelations,
  events,
  eventTopics,
  memberships,
  participations,
  places,
  sources,
  statements,
  topics,
} from '../db/schema/index.js';
import { parseEdtf } from '../domain/edtf.js';
import type { ClaimColumn } from '../domain/enums.js';
import { stableId } from '../domain/ids.js';
import type { SeedCitation, SeedData } from './types.js';

export interface SeedReport {
  /** Rows inserted per table by this run (0 everywhere when the data was already there). */
  inserted: Record<string, number>;
}

export async function seedDatabase(db: Db, data: SeedData): Promise<SeedReport> {
  return db.transaction(async (tx) => {
    const inserted: Record<string, number> = {};
    const insert = async <T extends PgTable>(name: string, table: T, rows: T['$inferInsert'][]) => {
      if (rows.length === 0) return;
      const result = await tx.insert(table).values(rows).onConflictDoNothing().returning();
      inserted[name] = (inserted[name] ?? 0) + result.length;
    };

    /** Ids of rows with slugs: the existing row's id when the slug is already taken. */
    const idsBySlug = async (table: typeof places | typeof topics | typeof actors | typeof sources | typeof events, slugs: string[]) => {
      const rows = slugs.length ? await tx.select({ id: table.id, slug: table.slug }).from(table).where(inArray(table.slug, slugs)) : [];
      const map = new Map(rows.map((r) => [r.slug, r.id]));
      return (slug: string): string => {
        const id = map.get(slug);
        if (!id) throw new Error(`seed data refers to an unknown slug "${slug}"`);
        return id;
      };
    };

    // Sources, places (parents first), topics and actors: keyed by slug.
    await insert(
      'sources',
      sources,
      data.sources.map((s) => {
        const published = s.published ? parseEdtf(s.published) : undefined;
        return {
          id: stableId(`source:${s.slug}`),
          slug: s.slug,
          kind: s.kind,
          title: s.title,
          publisher: s.publisher ?? null,
          url: s.url ?? null,
          lang: s.lang,
          published: published?.edtf ?? null,
          publishedEarliest: published ? toDbEarliest(published.earliest) : null,
          publishedLatest: published ? toDbLatest(published.latest) : null,
        };
      }),
    );
    const sourceId = await idsBySlug(
      sources,
      data.sources.map((s) => s.slug),
    );

    const placeIds = new Map<string, string>();
    const pending = [...data.places];
    while (pending.length > 0) {
      const ready = pending.filter((p) => !p.parent || placeIds.has(p.parent));
      if (ready.length === 0) throw new Error(`seed places have unknown or circular parents: ${pending.map((p) => p.slug).join(', ')}`);
      await insert(
        'places',
        places,
        ready.map((p) => ({
          id: stableId(`place:${p.slug}`),
          slug: p.slug,
          kind: p.kind,
          name: p.name,
          parentId: p.parent ? (placeIds.get(p.parent) as string) : null,
          latitude: p.latitude ?? null,
          longitude: p.longitude ?? null,
          wikidataId: p.wikidataId ?? null,
        })),
      );
      const ids = await idsBySlug(
        places,
        ready.map((p) => p.slug),
      );
      for (const p of ready) {
        placeIds.set(p.slug, ids(p.slug));
        pending.splice(pending.indexOf(p), 1);
      }
    }
    const placeId = (slug: string) => {
      const id = placeIds.get(slug);
      if (!id) throw new Error(`seed data refers to an unknown place "${slug}"`);
      return id;
    };

    await insert(
      'topics',
      topics,
      data.topics.map((t) => ({ id: stableId(`topic:${t.slug}`), slug: t.slug, name: t.name, description: t.description ?? null })),
    );
    const topicId = await idsBySlug(
      topics,
      data.topics.map((t) => t.slug),
    );

    await insert(
      'actors',
      actors,
      data.actors.map((a) => ({
        id: stableId(`actor:${a.slug}`),
        slug: a.slug,
        kind: a.kind,
        name: a.name,
        aliases: a.aliases ?? {},
        description: a.description ?? null,
        wikidataId: a.wikidataId ?? null,
      })),
    );
    const actorId = await idsBySlug(
      actors,
      data.actors.map((a) => a.slug),
    );

    await insert(
      'events',
      events,
      data.events.map((e) => ({
        id: stableId(`event:${e.slug}`),
        slug: e.slug,
        kind: e.kind,
        status: e.status,
        title: e.title,
        summary: e.summary ?? null,
        ...dateColumns(e.date),
        placeId: e.place ? placeId(e.place) : null,
      })),
    );
    const eventId = await idsBySlug(
      events,
      data.events.map((e) => e.slug),
    );

    // Claims without slugs: ids derived from their natural keys.
    const citationRows: (typeof citations.$inferInsert)[] = [];
    const cite = (claimKey: string, column: ClaimColumn, claimId: string, list: SeedCitation[]) => {
      list.forEach((c, i) =>
        citationRows.push({
          id: stableId(`citation:${claimKey}:${i}`),
          sourceId: sourceId(c.source),
          excerpt: c.excerpt,
          excerptLang: c.excerptLang,
          locator: c.locator ?? null,
          [column]: claimId,
        }),
      );
    };

    const topicRows: (typeof eventTopics.$inferInsert)[] = [];
    const participationRows: (typeof participations.$inferInsert)[] = [];
    for (const e of data.events) {
      const id = eventId(e.slug);
      cite(`event:${e.slug}`, 'eventId', id, e.citations);
      for (const t of e.topics) topicRows.push({ eventId: id, topicId: topicId(t) });
      for (const p of e.participants) {
        const key = `participation:${e.slug}:${p.actor}:${p.role}`;
        const pid = stableId(key);
        participationRows.push({ id: pid, eventId: id, actorId: actorId(p.actor), role: p.role, note: p.note ?? null });
        cite(key, 'participationId', pid, p.citations);
      }
    }
    await insert('event_topics', eventTopics, topicRows);
    await insert('participations', participations, participationRows);

    const membershipRows = data.memberships.map((m) => {
      const key = `membership:${m.key}`;
      const id = stableId(key);
      cite(key, 'membershipId', id, m.citations);
      return {
        id,
        kind: m.kind,
        memberId: actorId(m.member),
        organizationId: actorId(m.organization),
        role: m.role ?? null,
        start: m.start ?? null,
        end: m.end ?? null,
        earliest: toDbEarliest(m.start ? parseEdtf(m.start).earliest : null),
        latest: toDbLatest(m.end ? parseEdtf(m.end).latest : null),
      };
    });
    await insert('memberships', memberships, membershipRows);

    const relationRows = data.relations.map((r) => {
      const key = `relation:${r.subject}:${r.type}:${r.object}`;
      const id = stableId(key);
      cite(key, 'relationId', id, r.citations);
      return { id, subjectId: eventId(r.subject), type: r.type, objectId: eventId(r.object), note: r.note ?? null };
    });
    await insert('event_relations', eventRelations, relationRows);

    const statementRows = data.statements.map((s) => {
      const key = `statement:${s.key}`;
      const id = stableId(key);
      cite(key, 'statementId', id, s.citations);
      const date = s.date ? dateColumns(s.date) : undefined;
      return {
        id,
        kind: s.kind,
        speakerId: actorId(s.speaker),
        eventId: s.event ? eventId(s.event) : null,
        originalText: s.originalText,
        originalLang: s.originalLang,
        translations: s.translations,
        date: date?.date ?? null,
        earliest: date?.earliest ?? '-infinity',
        latest: date?.latest ?? 'infinity',
        precision: date?.precision ?? null,
      };
    });
    await insert('statements', statements, statementRows);
    await insert('citations', citations, citationRows);

    return { inserted };
  });
}
