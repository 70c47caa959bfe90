import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isoFromDb, requiredIsoFromDb } from '../../db/dates.js';
import { citations, events, participations } from '../../db/schema/index.js';
import type { Citation, Event, EventDetail } from './schemas.js';

type EventRow = typeof events.$inferSelect;

export function toEvent(row: EventRow): Event {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: row.title,
    summary: row.summary ?? null,
    date: { edtf: row.date, earliest: isoFromDb(row.earliest), latest: isoFromDb(row.latest), precision: row.precision },
    placeId: row.placeId ?? null,
    createdAt: requiredIsoFromDb(row.createdAt),
    updatedAt: requiredIsoFromDb(row.updatedAt),
  };
}

/** The sort key of an event in the chronological order: its bounds, then its id. */
export type EventKey = [earliest: string, latest: string, id: string];

export function eventKey(row: EventRow): EventKey {
  return [row.earliest, row.latest, row.id];
}

/** A page of events, newest first: one indexed range scan, whatever the page size. */
export async function listEvents(db: Db, options: { limit: number; after?: EventKey }): Promise<{ rows: EventRow[]; more: boolean }> {
  const after = options.after;
  const rows = await db
    .select()
    .from(events)
    .where(
      after
        ? sql`(${events.earliest}, ${events.latest}, ${events.id}) < (${after[0]}::timestamptz, ${after[1]}::timestamptz, ${after[2]}::uuid)`
        : undefined,
    )
    .orderBy(desc(events.earliest), desc(events.latest), desc(events.id))
    .limit(options.limit + 1);
  return { rows: rows.slice(0, options.limit), more: rows.length > options.limit };
}

const citationWith = {
  columns: { id: true, excerpt: true, excerptLang: true, locator: true },
  orderBy: () => [asc(citations.createdAt), asc(citations.id)],
  with: {
    source: {
      columns: { id: true, slug: true, kind: true, title: true, publisher: true, url: true, lang: true, published: true },
    },
  },
} as const;

function toCitation(row: {
  id: string;
  excerpt: string | null;
  excerptLang: string | null;
  locator: string | null;
  source: Citation['source'];
}): Citation {
  return {
    id: row.id,
    excerpt: row.excerpt,
    excerptLang: row.excerptLang,
    locator: row.locator,
    source: { ...row.source, publisher: row.source.publisher ?? null, url: row.source.url ?? null, published: row.source.published ?? null },
  };
}

/** An event by id or slug, with everything around it, in one SQL statement. */
export async function getEventDetail(db: Db, key: { id: string } | { slug: string }): Promise<EventDetail | undefined> {
  const row = await db.query.events.findFirst({
    where: 'id' in key ? eq(events.id, key.id) : eq(events.slug, key.slug),
    with: {
      place: { columns: { id: true, slug: true, kind: true, name: true } },
      eventTopics: {
        columns: {},
        with: { topic: { columns: { id: true, slug: true, name: true } } },
      },
      participations: {
        columns: { id: true, role: true, note: true },
        orderBy: () => [asc(participations.createdAt), asc(participations.id)],
        with: {
          actor: { columns: { id: true, slug: true, kind: true, name: true } },
          citations: citationWith,
        },
      },
      citations: citationWith,
    },
  });
  if (!row) return undefined;
  return {
    ...toEvent(row),
    place: row.place ?? null,
    topics: row.eventTopics.map((t) => t.topic).sort((a, b) => a.slug.localeCompare(b.slug)),
    participants: row.participations.map((p) => ({
      id: p.id,
      role: p.role,
      note: p.note ?? null,
      actor: p.actor,
      citations: p.citations.map(toCitation),
    })),
    citations: row.citations.map(toCitation),
  };
}

