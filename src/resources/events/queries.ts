import { and, asc, desc, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { edtfDate, requiredIsoFromDb, toDbEarliest, toDbLatest } from '../../db/dates.js';
import { pageOf, pageProbe } from '../../db/paging.js';
import { actors, citations, eventRelations, events, eventTopics, memberships, participations, places, sources, statements, topics } from '../../db/schema/index.js';
import { rowsOf } from '../../db/client.js';
import { anyUuid, prepared, preparedBytes, queryBytes, type BytesRow } from '../../db/prepared.js';
import { textMatch } from '../../db/search.js';
import type { EventKind, EventStatus, ParticipationRole, RelationType } from '../../domain/enums.js';
import type { ParsedSearch } from '../../domain/search.js';
import {
  actorRefColumns,
  eventRefColumns,
  groupBy,
  statementColumns,
  toEventRef,
  toStatements,
  loadCitations,
  loadEventStatements,
  loadEventTopics,
  loadPlaceRefs,
  plainCitation,
} from '../common/loaders.js';
import type { Citation, SourceRef } from '../common/schemas.js';
import type { Event, Expansion, Participant } from './schemas.js';

export type EventRow = typeof events.$inferSelect;

export function toEvent(row: EventRow): Event {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: row.title,
    summary: row.summary ?? null,
    date: edtfDate(row.date, row),
    placeId: row.placeId ?? null,
    createdAt: requiredIsoFromDb(row.createdAt),
    updatedAt: requiredIsoFromDb(row.updatedAt),
  };
}

/** The sort key of an event in chronological order: its bounds, then its id. */
export type EventKey = [earliest: string, latest: string, id: string];

export function eventKey(row: Pick<EventRow, 'earliest' | 'latest' | 'id'>): EventKey {
  return [row.earliest, row.latest, row.id];
}

/** Filters over events, with every reference already resolved to ids. */
export interface EventFilters {
  /** A date window; an event matches when its bounds can overlap it (or, strictly, lie inside it). */
  window?: { from: Date | null; to: Date | null; strict: boolean };
  actorIds?: string[];
  roles?: ParticipationRole[];
  coalitionIds?: string[];
  topicIds?: string[];
  placeIds?: string[];
  kinds?: EventKind[];
  statuses?: EventStatus[];
  /** A search over titles and summaries. */
  search?: ParsedSearch;
}

/** The SQL conditions of a set of filters, for any query over `events`: each filter's, combined with AND. */
export function eventConditions(db: Db, filters: EventFilters): SQL | undefined {
  return and(
    windowCondition(filters.window),
    searchCondition(filters.search),
    kindCondition(filters.kinds),
    statusCondition(filters.statuses),
    placeCondition(filters.placeIds),
    topicCondition(db, filters.topicIds),
    actorCondition(db, filters.actorIds, filters.roles),
    coalitionCondition(db, filters.coalitionIds),
  );
}

/** Events whose bounds can overlap a date window (or, strictly, lie inside it). */
function windowCondition(window: EventFilters['window']): SQL | undefined {
  if (!window || (!window.from && !window.to)) return undefined;
  const from = toDbEarliest(window.from);
  const to = toDbLatest(window.to);
  // Certainly inside: a range scan of the chronological index from `from`.
  if (window.strict) return sql`${events.earliest} >= ${from}::timestamptz and ${events.latest} <= ${to}::timestamptz`;
  // Can overlap: through the GiST index over date ranges.
  return sql`tstzrange(${events.earliest}, ${events.latest}, '[]') && tstzrange(${from}::timestamptz, ${to}::timestamptz, '[]')`;
}

/** Events whose title or summary matches a search. */
function searchCondition(search: ParsedSearch | undefined): SQL | undefined {
  return search ? textMatch('events', search) : undefined;
}

/** Events of one of these kinds. */
function kindCondition(kinds: EventKind[] | undefined): SQL | undefined {
  return kinds?.length ? inArray(events.kind, kinds) : undefined;
}

/** Events with one of these statuses. */
function statusCondition(statuses: EventStatus[] | undefined): SQL | undefined {
  return statuses?.length ? inArray(events.status, statuses) : undefined;
}

/** Events at one of these places or any place within it: Russia includes Moscow. */
function placeCondition(placeIds: string[] | undefined): SQL | undefined {
  if (!placeIds?.length) return undefined;
  const ids = sql.join(placeIds.map((id) => sql`${id}::uuid`), sql`, `);
  return sql`${events.placeId} in (with recursive within_place(id) as (
        select ${places.id} from ${places} where ${places.id} in (${ids})
        union select p.id from ${places} p join within_place w on p.parent_id = w.id
      ) select id from within_place)`;
}

/** Events on one of these topics. */
function topicCondition(db: Db, topicIds: string[] | undefined): SQL | undefined {
  if (!topicIds?.length) return undefined;
  return exists(
    db
      .select({ one: sql`1` })
      .from(eventTopics)
      .where(and(eq(eventTopics.eventId, events.id), inArray(eventTopics.topicId, topicIds))),
  );
}

/** Events in which one of these actors takes part (in one of these roles, when given). */
function actorCondition(db: Db, actorIds: string[] | undefined, roles: ParticipationRole[] | undefined): SQL | undefined {
  if (!actorIds?.length && !roles?.length) return undefined;
  return participationExists(
    db,
    actorIds?.length ? inArray(participations.actorId, actorIds) : undefined,
    roles?.length ? inArray(participations.role, roles) : undefined,
  );
}

/** Events in which one of these groups takes part, or any actor that was its member when the event could have happened. */
function coalitionCondition(db: Db, groupIds: string[] | undefined): SQL | undefined {
  if (!groupIds?.length) return undefined;
  return participationExists(db, or(inArray(participations.actorId, groupIds), memberAtTheTime(db, groupIds)));
}

/** The event has a participation that meets these conditions. */
function participationExists(db: Db, ...conditions: (SQL | undefined)[]): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(participations)
      .where(and(eq(participations.eventId, events.id), ...conditions)),
  );
}

/** The participant was a member of one of these groups while the event could have happened. */
function memberAtTheTime(db: Db, groupIds: string[]): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(memberships)
      .where(
        and(
          eq(memberships.memberId, participations.actorId),
          inArray(memberships.organizationId, groupIds),
          sql`${memberships.earliest} <= ${events.latest}`,
          sql`${memberships.latest} >= ${events.earliest}`,
        ),
      ),
  );
}

/** Which page of events: filters, chronological order or its reverse, size, and where it starts. */
export interface EventPageOptions {
  filters: EventFilters;
  order: 'asc' | 'desc';
  limit: number;
  after?: EventKey;
}

/**
 * The events after (or, in reverse order, before) a keyset position, over the chronological
 * index. The position's three parts are values, or placeholders in a prepared statement.
 */
function chronologicalKeyset(order: 'asc' | 'desc', after: EventKey | readonly [SQL, SQL, SQL] | undefined): SQL | undefined {
  if (!after) return undefined;
  const position = sql`(${after[0]}::timestamptz, ${after[1]}::timestamptz, ${after[2]}::uuid)`;
  return order === 'asc'
    ? sql`(${events.earliest}, ${events.latest}, ${events.id}) > ${position}`
    : sql`(${events.earliest}, ${events.latest}, ${events.id}) < ${position}`;
}

/** A page of events in chronological order (or its reverse), after a keyset position. */
export async function listEventRows(db: Db, options: EventPageOptions): Promise<{ rows: EventRow[]; more: boolean }> {
  const { order } = options;
  const keyset = chronologicalKeyset(order, options.after);
  const direction = order === 'asc' ? asc : desc;
  const rows = await db
    .select()
    .from(events)
    .where(and(eventConditions(db, options.filters), keyset))
    .orderBy(direction(events.earliest), direction(events.latest), direction(events.id))
    .limit(pageProbe(options.limit));
  return pageOf(rows, options.limit);
}

/** Participants of many events with their actors (one query) and citations (one query). */
export async function loadParticipants(db: Db, eventIds: string[]): Promise<Map<string, Participant[]>> {
  if (eventIds.length === 0) return new Map();
  const statement = prepared(db, 'event_participants', (d) =>
    d
      .select({
        id: participations.id,
        eventId: participations.eventId,
        role: participations.role,
        note: participations.note,
        actor: actorRefColumns,
      })
      .from(participations)
      .innerJoin(actors, eq(actors.id, participations.actorId))
      .where(anyUuid(participations.eventId, 'ids'))
      .orderBy(asc(participations.createdAt), asc(participations.id))
      .prepare('event_participants'),
  );
  const rows = await statement.execute({ ids: eventIds });
  const cited = await loadCitations(db, { participation: rows.map((r) => r.id) });
  return groupBy(
    rows.map((r) => ({
      id: r.id,
      eventId: r.eventId,
      role: r.role,
      note: r.note ?? null,
      actor: r.actor,
      citations: (cited.get(r.id) ?? []).map(plainCitation),
    })),
    (p) => p.eventId,
  ) as Map<string, (Participant & { eventId: string })[]>;
}

/** Events with the requested related resources embedded: one query per expansion, not per event. */
export async function expandEvents(db: Db, rows: EventRow[], expand: ReadonlySet<Expansion>): Promise<Event[]> {
  const ids = rows.map((r) => r.id);
  const wants = (e: Expansion) => expand.has(e) && ids.length > 0;
  const [participants, placeRefs, topicRefs, statementsByEvent, eventCitations] = await Promise.all([
    wants('participants') || wants('sources') ? loadParticipants(db, ids) : undefined,
    wants('place') ? loadPlaceRefs(db, rows.map((r) => r.placeId).filter((p): p is string => p !== null)) : undefined,
    wants('topics') ? loadEventTopics(db, ids) : undefined,
    wants('statements') ? loadEventStatements(db, ids) : undefined,
    wants('citations') || wants('sources') ? loadCitations(db, { event: ids }) : undefined,
  ]);
  return rows.map((row) => {
    const event: Event = toEvent(row);
    const own = (eventCitations?.get(row.id) ?? []).map(plainCitation);
    const people = participants?.get(row.id) ?? [];
    if (expand.has('place')) event.place = row.placeId ? (placeRefs?.get(row.placeId) ?? null) : null;
    if (expand.has('topics')) event.topics = topicRefs?.get(row.id) ?? [];
    if (expand.has('participants')) event.participants = people.map(({ eventId: _e, ...p }: Participant & { eventId?: string }) => p);
    if (expand.has('citations')) event.citations = own;
    if (expand.has('statements')) event.statements = statementsByEvent?.get(row.id) ?? [];
    if (expand.has('sources')) event.sources = distinctSources([...own, ...people.flatMap((p) => p.citations)]);
    return event;
  });
}

/** The sources behind some citations, each once, by slug. */
export function distinctSources(cited: Citation[]): SourceRef[] {
  const byId = new Map<string, SourceRef>();
  for (const c of cited) byId.set(c.source.id, c.source);
  return [...byId.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

export type HistogramInterval = 'year' | 'month' | 'day';

/**
 * Counts matching events per period. An event counts in a period only when its whole date falls
 * in it; events whose bounds span several periods (or are unbounded) are counted as too vague.
 */
export async function eventHistogram(
  db: Db,
  filters: EventFilters,
  interval: HistogramInterval,
): Promise<{ buckets: { period: string; count: number }[]; tooVague: number; total: number }> {
  const unit = sql.raw(`'${interval}'`);
  const bucket = sql`date_trunc(${unit}, ${events.earliest})`;
  const precise = sql`(${events.earliest} > '-infinity' and ${events.latest} < 'infinity' and ${bucket} = date_trunc(${unit}, ${events.latest}))`;
  const rows = await db
    .select({
      period: sql<string | null>`case when ${precise} then to_char(${bucket}, ${interval === 'year' ? 'YYYY' : interval === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'}) end`,
      count: sql<number>`count(*)::int`,
    })
    .from(events)
    .where(eventConditions(db, filters))
    .groupBy(sql`1`)
    .orderBy(sql`1 nulls last`);
  let tooVague = 0;
  let total = 0;
  const buckets: { period: string; count: number }[] = [];
  for (const row of rows) {
    total += row.count;
    if (row.period === null) tooVague += row.count;
    else buckets.push({ period: row.period, count: row.count });
  }
  return { buckets, tooVague, total };
}

/** A page of one event's participants, in id order. */
export async function listParticipantsPage(db: Db, eventId: string, limit: number, afterId?: string) {
  const rows = await db
    .select({ id: participations.id, role: participations.role, note: participations.note, actor: actorRefColumns })
    .from(participations)
    .innerJoin(actors, eq(actors.id, participations.actorId))
    .where(and(eq(participations.eventId, eventId), afterId ? sql`${participations.id} > ${afterId}::uuid` : undefined))
    .orderBy(asc(participations.id))
    .limit(pageProbe(limit));
  const { rows: page, more } = pageOf(rows, limit);
  const cited = await loadCitations(db, { participation: page.map((r) => r.id) });
  return {
    items: page.map((r): Participant => ({ ...r, note: r.note ?? null, citations: (cited.get(r.id) ?? []).map(plainCitation) })),
    more,
  };
}

/** A page of one event's relations, both directions, in id order. */
export async function listRelationsPage(
  db: Db,
  eventId: string,
  options: { types?: RelationType[]; direction: 'outgoing' | 'incoming' | 'both'; limit: number; afterId?: string },
) {
  const other = sql`case when ${eventRelations.subjectId} = ${eventId}::uuid then ${eventRelations.objectId} else ${eventRelations.subjectId} end`;
  const sides = {
    outgoing: eq(eventRelations.subjectId, eventId),
    incoming: eq(eventRelations.objectId, eventId),
    both: or(eq(eventRelations.subjectId, eventId), eq(eventRelations.objectId, eventId)),
  };
  const rows = await db
    .select({
      id: eventRelations.id,
      type: eventRelations.type,
      subjectId: eventRelations.subjectId,
      note: eventRelations.note,
      event: eventRefColumns,
    })
    .from(eventRelations)
    .innerJoin(events, eq(events.id, other))
    .where(
      and(
        sides[options.direction],
        options.types?.length ? inArray(eventRelations.type, options.types) : undefined,
        options.afterId ? sql`${eventRelations.id} > ${options.afterId}::uuid` : undefined,
      ),
    )
    .orderBy(asc(eventRelations.id))
    .limit(pageProbe(options.limit));
  const { rows: page, more } = pageOf(rows, options.limit);
  const cited = await loadCitations(db, { relation: page.map((r) => r.id) });
  return {
    items: page.map((r) => ({
      id: r.id,
      type: r.type,
      direction: r.subjectId === eventId ? ('outgoing' as const) : ('incoming' as const),
      event: toEventRef(r.event),
      note: r.note ?? null,
      citations: (cited.get(r.id) ?? []).map(plainCitation),
    })),
    more,
  };
}

/** A page of one event's statements, in date order. */
export async function listEventStatementsPage(db: Db, eventId: string, limit: number, after?: EventKey) {
  const rows = await db
    .select(statementColumns)
    .from(statements)
    .innerJoin(actors, eq(actors.id, statements.speakerId))
    .where(
      and(
        eq(statements.eventId, eventId),
        after
          ? sql`(${statements.earliest}, ${statements.latest}, ${statements.id}) > (${after[0]}::timestamptz, ${after[1]}::timestamptz, ${after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(statements.earliest), asc(statements.latest), asc(statements.id))
    .limit(pageProbe(limit));
  const { rows: page, more } = pageOf(rows, limit);
  return { items: await toStatements(db, page), keys: page.map((r) => [r.earliest, r.latest, r.id]), more };
}

/**
 * A page of all the citations behind an event — its own, its participations', its relations'
 * and its statements' — in id order.
 */
export async function listEventCitationsPage(db: Db, eventId: string, limit: number, afterId?: string) {
  // One index lookup per kind of claim, merged in id order.
  const after = afterId ? sql`where id > ${afterId}::uuid` : sql``;
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`select id from (
      select id from ${citations} where event_id = ${eventId}::uuid
      union all select c.id from ${citations} c join ${participations} p on p.id = c.participation_id where p.event_id = ${eventId}::uuid
      union all select c.id from ${citations} c join ${eventRelations} r on r.id = c.relation_id where r.subject_id = ${eventId}::uuid or r.object_id = ${eventId}::uuid
      union all select c.id from ${citations} c join ${statements} s on s.id = c.statement_id where s.event_id = ${eventId}::uuid
    ) claims ${after} order by id limit ${pageProbe(limit)}`),
  );
  const { rows: claimed, more } = pageOf(rows, limit);
  const page = claimed.map((r) => r.id);
  const full = page.length ? await loadCitations(db, {}, inArray(citations.id, page)) : new Map();
  const byId = new Map([...full.values()].flat().map((c) => [c.id, c]));
  return { items: page.map((id) => byId.get(id)).filter((c) => c !== undefined), more };
}

/** One entry of a timeline page: its sort key, and the entry as JSON built by Postgres, in UTF-8. */
export interface TimelineEntryJson {
  key: EventKey;
  json: Buffer;
}

/** A citation as JSON, from `citations c join sources s` (the fields of `CitationSchema`). */
const citationJson = sql.raw(`json_build_object(
  'id', c.id, 'excerpt', c.excerpt, 'excerptLang', c.excerpt_lang, 'locator', c.locator,
  'source', json_build_object('id', s.id, 'slug', s.slug, 'kind', s.kind, 'title', s.title, 'publisher', s.publisher,
    'url', s.url, 'lang', s.lang, 'published', s.published))`);

/** An actor in brief as JSON, from `actors a`. */
const actorRefJson = sql.raw(`json_build_object('id', a.id, 'slug', a.slug, 'kind', a.kind, 'name', a.name)`);

/** A place in brief as JSON, from `places pl`. */
const placeRefJson = sql.raw(`json_build_object('id', pl.id, 'slug', pl.slug, 'kind', pl.kind, 'name', pl.name)`);

/**
 * The statement of a timeline page: Postgres selects the page (as `listEventRows` does, through
 * the same index) and then builds each entry as JSON, with its place and participants. The JSON
 * has exactly the fields of `TimelineEntrySchema`; dates are written as `toISOString()` writes
 * them (`iso_instant`, migration 0005). The row limit is written into the text: as a parameter,
 * Postgres' generic plan for a prepared page assumes a tenth of the table and sorts it.
 */
function timelineQuery(where: SQL | undefined, order: 'asc' | 'desc', rows: number): SQL {
  if (!Number.isSafeInteger(rows) || rows < 1) throw new RangeError(`a timeline page reads a positive whole number of rows, not ${rows}`);
  const direction = sql.raw(order === 'asc' ? 'asc' : 'desc');
  return sql`
      select e.earliest, e.latest, e.id, json_build_object(
        'id', e.id, 'slug', e.slug, 'kind', e.kind, 'status', e.status, 'title', e.title,
        'date', json_build_object('edtf', e.date, 'earliest', iso_instant(e.earliest), 'latest', iso_instant(e.latest), 'precision', e.precision),
        'place', (select ${placeRefJson} from ${places} pl where pl.id = e.place_id),
        'participants', coalesce((
          select json_agg(json_build_object('role', p.role, 'actor', ${actorRefJson}) order by p.created_at, p.id)
          from ${participations} p join ${actors} a on a.id = p.actor_id
          where p.event_id = e.id
        ), '[]'::json)
      )::text as entry
      from (
        select ${events.id}, ${events.slug}, ${events.kind}, ${events.status}, ${events.title}, ${events.date},
          ${events.earliest}, ${events.latest}, ${events.precision}, ${events.placeId}
        from ${events}
        ${where ? sql`where ${where}` : sql``}
        order by ${events.earliest} ${direction}, ${events.latest} ${direction}, ${events.id} ${direction}
        limit ${sql.raw(String(rows))}
      ) e
      order by e.earliest ${direction}, e.latest ${direction}, e.id ${direction}`;
}

/**
 * A page of the timeline in one statement (`timelineQuery`), so the entries reach the client
 * as the database wrote them: no rows to map, no objects to build and serialize again.
 *
 * A page without filters is a prepared statement (one per order, page size and first-or-next):
 * its plan is the same whatever the position, so Postgres plans it once per connection instead
 * of once per page, and drizzle builds it once. A filtered page is planned for its values, since
 * a generic plan for a busy actor or a large topic can cost many times more.
 */
export async function timelinePage(db: Db, options: EventPageOptions): Promise<{ entries: TimelineEntryJson[]; more: boolean }> {
  const { order, after } = options;
  const rows = pageProbe(options.limit);
  const filters = eventConditions(db, options.filters);
  let result: BytesRow[];
  if (filters === undefined) {
    const name = `timeline_${order}_${after ? 'next' : 'first'}_${rows}`;
    const statement = prepared(db, name, (d) => {
      const position = [sql`${sql.placeholder('earliest')}`, sql`${sql.placeholder('latest')}`, sql`${sql.placeholder('id')}`] as const;
      const query = timelineQuery(chronologicalKeyset(order, after ? position : undefined), order, rows);
      const direction = sql.raw(order === 'asc' ? 'asc' : 'desc');
      return d
        .select({ earliest: sql<string>`earliest`, latest: sql<string>`latest`, id: sql<string>`id`, entry: sql<string>`entry` })
        .from(sql`(${query}) as page`)
        .orderBy(sql`earliest ${direction}, latest ${direction}, id ${direction}`)
        .prepare(name);
    });
    result = await preparedBytes(db, statement, after ? { earliest: after[0], latest: after[1], id: after[2] } : {});
  } else {
    result = await queryBytes(db, timelineQuery(and(filters, chronologicalKeyset(order, after)), order, rows));
  }
  const page = pageOf(result, options.limit);
  return {
    entries: page.rows.map(([earliest, latest, id, entry]) => ({
      key: [utf8(earliest), utf8(latest), utf8(id)],
      json: entry as Buffer,
    })),
    more: page.more,
  };
}

/** A column that is never NULL, as text. */
const utf8 = (bytes: Buffer | null | undefined) => (bytes as Buffer).toString('utf8');

function eventDetailQuery(where: SQL) {
  return sql`select json_build_object(
      'id', e.id, 'slug', e.slug, 'kind', e.kind, 'status', e.status, 'title', e.title, 'summary', e.summary,
      'date', json_build_object('edtf', e.date, 'earliest', iso_instant(e.earliest), 'latest', iso_instant(e.latest), 'precision', e.precision),
      'placeId', e.place_id, 'createdAt', iso_instant(e.created_at), 'updatedAt', iso_instant(e.updated_at),
      'place', (select ${placeRefJson} from ${places} pl where pl.id = e.place_id),
      'topics', coalesce((
        select json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name) order by t.slug)
        from ${eventTopics} et join ${topics} t on t.id = et.topic_id where et.event_id = e.id
      ), '[]'::json),
      'participants', coalesce((
        select json_agg(json_build_object('id', p.id, 'role', p.role, 'note', p.note, 'actor', ${actorRefJson},
          'citations', coalesce((
            select json_agg(${citationJson} order by c.created_at, c.id)
            from ${citations} c join ${sources} s on s.id = c.source_id where c.participation_id = p.id
          ), '[]'::json)) order by p.created_at, p.id)
        from ${participations} p join ${actors} a on a.id = p.actor_id where p.event_id = e.id
      ), '[]'::json),
      'citations', coalesce((
        select json_agg(${citationJson} order by c.created_at, c.id)
        from ${citations} c join ${sources} s on s.id = c.source_id where c.event_id = e.id
      ), '[]'::json)
    )::text as event
    from ${events} e where ${where}`;
}

/**
 * An event with its place, topics, participants (with their citations) and its own citations:
 * what `GET /v1/events/{id}` shows, in one prepared statement that builds the JSON in Postgres,
 * where the same took six statements and their rows mapped one by one. The text has the fields of
 * `EventSchema` in its order (dates as `toISOString()` writes them). The event's ETag is a digest
 * of this text: reads and writes (`If-Match`) both take it from here.
 */
export async function findEventDetailText(db: Db, key: { id: string } | { slug: string }): Promise<string | undefined> {
  const { statement, values } = eventDetailStatement(db, key);
  const [row] = await statement.execute(values);
  return row?.event;
}

/**
 * `findEventDetailText` as the UTF-8 bytes Postgres sent (see `preparedBytes`): what `GET
 * /v1/events/{id}` sends when no labels nor expansions are asked for. The same bytes, so the same
 * ETag, as the text the writes compare `If-Match` with.
 */
export async function findEventDetailBytes(db: Db, key: { id: string } | { slug: string }): Promise<Buffer | undefined> {
  const { statement, values } = eventDetailStatement(db, key);
  const [row] = await preparedBytes(db, statement, values);
  return row?.[0] ?? undefined;
}

function eventDetailStatement(db: Db, key: { id: string } | { slug: string }) {
  const byId = 'id' in key;
  const name = byId ? 'event_detail_by_id' : 'event_detail_by_slug';
  const statement = prepared(db, name, (d) => {
    const query = eventDetailQuery(byId ? sql`e.id = ${sql.placeholder('key')}::uuid` : sql`e.slug = ${sql.placeholder('key')}`);
    return d.select({ event: sql<string>`event` }).from(sql`(${query}) as detail`).prepare(name);
  });
  return { statement, values: { key: byId ? key.id : key.slug } };
}
