/**
 * Batch loaders: each takes the ids of a whole page and answers with one query, so a page costs
 * the same number of queries whatever its size.
 */
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { edtfDate, requiredIsoFromDb } from '../../db/dates.js';
import { anyUuid, prepared } from '../../db/prepared.js';
import { actors, citations, events, places, sources, statements, topics, eventTopics } from '../../db/schema/index.js';
import type { ActorRef, Citation, ClaimType, EventRef, PlaceRef, SourceRef, Statement, TopicRef } from './schemas.js';

export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export const actorRefColumns = { id: actors.id, slug: actors.slug, kind: actors.kind, name: actors.name };
export const placeRefColumns = { id: places.id, slug: places.slug, kind: places.kind, name: places.name };
export const topicRefColumns = { id: topics.id, slug: topics.slug, name: topics.name };
export const sourceRefColumns = {
  id: sources.id,
  slug: sources.slug,
  kind: sources.kind,
  title: sources.title,
  publisher: sources.publisher,
  url: sources.url,
  lang: sources.lang,
  published: sources.published,
};

export function toSourceRef(row: { [K in keyof typeof sourceRefColumns]: unknown }): SourceRef {
  return {
    id: row.id as string,
    slug: row.slug as string,
    kind: row.kind as SourceRef['kind'],
    title: row.title as SourceRef['title'],
    publisher: (row.publisher as SourceRef['publisher']) ?? null,
    url: (row.url as string | null) ?? null,
    lang: row.lang as string,
    published: (row.published as string | null) ?? null,
  };
}

const CLAIM_COLUMNS = {
  event: citations.eventId,
  participation: citations.participationId,
  membership: citations.membershipId,
  statement: citations.statementId,
  relation: citations.relationId,
} as const;

export interface ClaimIds {
  event?: string[];
  participation?: string[];
  membership?: string[];
  statement?: string[];
  relation?: string[];
}

export interface CitationWithClaim extends Citation {
  claim: { type: ClaimType; id: string };
}

const citationColumns = {
  id: citations.id,
  excerpt: citations.excerpt,
  excerptLang: citations.excerptLang,
  locator: citations.locator,
  eventId: citations.eventId,
  participationId: citations.participationId,
  membershipId: citations.membershipId,
  statementId: citations.statementId,
  relationId: citations.relationId,
  source: sourceRefColumns,
};

function citationsQuery(db: Db, where: SQL | undefined) {
  return db
    .select(citationColumns)
    .from(citations)
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(where)
    .orderBy(asc(citations.createdAt), asc(citations.id));
}

/**
 * The citations of many claims of several types, in one query, grouped by claim id. Without
 * `extra`, the statement is prepared (one per combination of claim types).
 */
export async function loadCitations(db: Db, claims: ClaimIds, extra?: SQL): Promise<Map<string, CitationWithClaim[]>> {
  const types = (Object.keys(CLAIM_COLUMNS) as ClaimType[]).filter((type) => (claims[type]?.length ?? 0) > 0);
  let rows: Awaited<ReturnType<typeof citationsQuery>>;
  if (extra) {
    const conditions = types.map((type) => inArray(CLAIM_COLUMNS[type], claims[type] as string[]));
    rows = await citationsQuery(db, conditions.length ? and(or(...conditions), extra) : extra);
  } else {
    if (types.length === 0) return new Map();
    const statement = prepared(db, `citations_of_${types.join('_')}`, (d) =>
      citationsQuery(d, or(...types.map((type) => anyUuid(CLAIM_COLUMNS[type], type)))).prepare(`citations_of_${types.join('_')}`),
    );
    rows = await statement.execute(Object.fromEntries(types.map((type) => [type, claims[type]])));
  }
  const withClaims = rows.map((row): CitationWithClaim => {
    const type = (Object.keys(CLAIM_COLUMNS) as ClaimType[]).find((t) => row[`${t}Id` as const] !== null) as ClaimType;
    return {
      id: row.id,
      excerpt: row.excerpt,
      excerptLang: row.excerptLang,
      locator: row.locator,
      source: toSourceRef(row.source),
      claim: { type, id: row[`${type}Id` as const] as string },
    };
  });
  return groupBy(withClaims, (c) => c.claim.id);
}

/** Drops the claim from a citation, for places where the claim is the enclosing object. */
export function plainCitation({ claim: _claim, ...citation }: CitationWithClaim): Citation {
  return citation;
}

export async function loadActorRefs(db: Db, ids: string[]): Promise<Map<string, ActorRef>> {
  if (ids.length === 0) return new Map();
  const statement = prepared(db, 'actor_refs', (d) => d.select(actorRefColumns).from(actors).where(anyUuid(actors.id, 'ids')).prepare('actor_refs'));
  const rows = await statement.execute({ ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r]));
}

export async function loadPlaceRefs(db: Db, ids: string[]): Promise<Map<string, PlaceRef>> {
  if (ids.length === 0) return new Map();
  const statement = prepared(db, 'place_refs', (d) => d.select(placeRefColumns).from(places).where(anyUuid(places.id, 'ids')).prepare('place_refs'));
  const rows = await statement.execute({ ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Topics of many events, grouped by event id, ordered by slug. */
export async function loadEventTopics(db: Db, eventIds: string[]): Promise<Map<string, TopicRef[]>> {
  if (eventIds.length === 0) return new Map();
  const statement = prepared(db, 'event_topics', (d) =>
    d
      .select({ eventId: eventTopics.eventId, topic: topicRefColumns })
      .from(eventTopics)
      .innerJoin(topics, eq(topics.id, eventTopics.topicId))
      .where(anyUuid(eventTopics.eventId, 'ids'))
      .orderBy(asc(topics.slug))
      .prepare('event_topics'),
  );
  const rows = await statement.execute({ ids: eventIds });
  const grouped = groupBy(rows, (r) => r.eventId);
  return new Map([...grouped].map(([k, v]) => [k, v.map((r) => r.topic)]));
}

export const eventRefColumns = {
  id: events.id,
  slug: events.slug,
  kind: events.kind,
  status: events.status,
  title: events.title,
  date: events.date,
  earliest: events.earliest,
  latest: events.latest,
  precision: events.precision,
};

export function toEventRef(row: {
  id: string;
  slug: string;
  kind: EventRef['kind'];
  status: EventRef['status'];
  title: EventRef['title'];
  date: string;
  earliest: string;
  latest: string;
  precision: EventRef['date']['precision'];
}): EventRef {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: row.title,
    date: edtfDate(row.date, row),
  };
}

export const statementColumns = {
  id: statements.id,
  kind: statements.kind,
  speakerId: statements.speakerId,
  eventId: statements.eventId,
  originalText: statements.originalText,
  originalLang: statements.originalLang,
  translations: statements.translations,
  date: statements.date,
  earliest: statements.earliest,
  latest: statements.latest,
  precision: statements.precision,
  createdAt: statements.createdAt,
  updatedAt: statements.updatedAt,
  speaker: actorRefColumns,
};

type StatementRow = {
  [K in Exclude<keyof typeof statementColumns, 'speaker'>]: (typeof statements.$inferSelect)[K & keyof typeof statements.$inferSelect];
} & { speaker: ActorRef };

/** Statements with their speakers and citations: the rows come in, one query adds citations. */
export async function toStatements(db: Db, rows: StatementRow[]): Promise<Statement[]> {
  const cited = await loadCitations(db, { statement: rows.map((r) => r.id) });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    speaker: r.speaker,
    eventId: r.eventId ?? null,
    originalText: r.originalText,
    originalLang: r.originalLang,
    translations: r.translations,
    date: edtfDate(r.date, r),
    citations: (cited.get(r.id) ?? []).map(plainCitation),
    createdAt: requiredIsoFromDb(r.createdAt),
    updatedAt: requiredIsoFromDb(r.updatedAt),
  }));
}

/** Statements made at or about many events, grouped by event id, in date order. */
export async function loadEventStatements(db: Db, eventIds: string[]): Promise<Map<string, Statement[]>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .select(statementColumns)
    .from(statements)
    .innerJoin(actors, eq(actors.id, statements.speakerId))
    .where(inArray(statements.eventId, eventIds))
    .orderBy(asc(statements.earliest), asc(statements.latest), asc(statements.id));
  return groupBy(await toStatements(db, rows), (s) => s.eventId as string);
}
