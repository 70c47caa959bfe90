import type { RouteHandler, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { textTag } from '../../http/etag.js';
import { pointer, ApiError } from '../../http/problem.js';
import { pager, present, presentItem, presentJson, presentJsonPage, requestedLanguages } from '../../http/present.js';
import { loadEventStatements } from '../common/loaders.js';
import { resolveParamRefs } from '../common/lists.js';
import { findByRef } from '../common/records.js';
import { notFound } from '../registry.js';
import {
  eventHistogram,
  eventKey,
  distinctSources,
  expandEvents,
  findEventDetailBytes,
  listEventCitationsPage,
  listEventRows,
  listEventStatementsPage,
  listParticipantsPage,
  listRelationsPage,
  timelinePage,
  type EventFilters,
  type EventRow,
} from './queries.js';
import type * as routes from './routes.js';
import {
  ClaimCitationPageSchema,
  EventPageSchema,
  EventSchema,
  HistogramSchema,
  ParticipantPageSchema,
  RelationPageSchema,
  StatementPageSchema,
  TimelinePageSchema,
  type Event,
  type EventFilterQuery,
} from './schemas.js';

/** Resolves the references in a filter query (one query); unknown ones are a 400 naming them. */
export async function resolveEventFilters(db: Db, query: EventFilterQuery): Promise<EventFilters> {
  const ids = await resolveParamRefs(db, {
    actor: { noun: 'actor', refs: query.actor },
    coalition: { noun: 'actor', refs: query.coalition },
    topic: { noun: 'topic', refs: query.topic },
    place: { noun: 'place', refs: query.place },
  });
  if (query.from?.earliest && query.to?.latest && query.from.earliest > query.to.latest) {
    const detail = 'must not be after `to`';
    throw new ApiError('validation_error', 'The date window starts after it ends.', {
      errors: [{ pointer: pointer('query', ['from']), detail }],
    });
  }
  return {
    ...(query.from || query.to
      ? { window: { from: query.from?.earliest ?? null, to: query.to?.latest ?? null, strict: query.certainty === 'strict' } }
      : {}),
    ...(query.actor ? { actorIds: ids.actor } : {}),
    ...(query.role ? { roles: query.role } : {}),
    ...(query.coalition ? { coalitionIds: ids.coalition } : {}),
    ...(query.topic ? { topicIds: ids.topic } : {}),
    ...(query.place ? { placeIds: ids.place } : {}),
    ...(query.kind ? { kinds: query.kind } : {}),
    ...(query.status ? { statuses: query.status } : {}),
    ...(query.q ? { search: query.q } : {}),
  };
}

/** The event a path names, by id or slug; a 404 if there is none. */
async function requireEvent(db: Db, id: string): Promise<EventRow> {
  const row = await findByRef(db, 'events', id);
  if (!row) throw notFound('event', id);
  return row;
}

export const listEvents: RouteHandler<typeof routes.listEvents, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const db = c.get('db');
  const filters = await resolveEventFilters(db, query);
  const order = query.sort === 'date' ? 'asc' : 'desc';
  const page = pager(query);
  const after = page.chronological(query.cursor);
  const { rows, more } = await listEventRows(db, { filters, order, limit: query.limit, ...(after ? { after } : {}) });
  const data = await expandEvents(db, rows, new Set(query.expand ?? []));
  const last = rows.at(-1);
  const nextCursor = page.next(c, more, last && eventKey(last));
  return c.json(present(c, EventPageSchema, { data, nextCursor }, query.lang), 200);
};

export const getEvent: RouteHandler<typeof routes.getEvent, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  const bytes = await findEventDetailBytes(db, isUuid(id) ? { id: id.toLowerCase() } : { slug: id });
  if (bytes === undefined) throw notFound('event', id);
  const expand = new Set(query.expand ?? []);
  const extra = expand.has('sources') || expand.has('statements');
  // The common case, the bytes as Postgres wrote them: no decoding, no parse, no second serialisation.
  if (!extra && requestedLanguages(c, query.lang).length === 0) return presentJson(c, bytes) as never;
  const text = bytes.toString('utf8');
  const event = JSON.parse(text) as Event;
  if (expand.has('sources')) event.sources = distinctSources([...(event.citations ?? []), ...(event.participants ?? []).flatMap((p) => p.citations)]);
  if (expand.has('statements')) event.statements = (await loadEventStatements(db, [event.id])).get(event.id) ?? [];
  // Labels alone make a variant of the same representation, so the same tag; expansions another one.
  return c.json(presentItem(c, EventSchema, event, query.lang, extra ? undefined : textTag(text)), 200);
};

export const listEventParticipants: RouteHandler<typeof routes.listEventParticipants, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  const event = await requireEvent(db, id);
  const page = pager(query, { event: event.id });
  const { items, more } = await listParticipantsPage(db, event.id, query.limit, page.byId(query.cursor));
  const nextCursor = page.next(c, more, items.length ? [items.at(-1)!.id] : undefined);
  return c.json(present(c, ParticipantPageSchema, { data: items, nextCursor }, query.lang), 200);
};

export const listEventStatements: RouteHandler<typeof routes.listEventStatements, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  const event = await requireEvent(db, id);
  const page = pager(query, { event: event.id });
  const { items, keys, more } = await listEventStatementsPage(db, event.id, query.limit, page.chronological(query.cursor));
  const nextCursor = page.next(c, more, keys.at(-1));
  return c.json(present(c, StatementPageSchema, { data: items, nextCursor }, query.lang), 200);
};

export const listRelatedEvents: RouteHandler<typeof routes.listRelatedEvents, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  const event = await requireEvent(db, id);
  const page = pager(query, { event: event.id });
  const afterId = page.byId(query.cursor);
  const { items, more } = await listRelationsPage(db, event.id, {
    direction: query.direction,
    limit: query.limit,
    ...(query.type ? { types: query.type } : {}),
    ...(afterId ? { afterId } : {}),
  });
  const nextCursor = page.next(c, more, items.length ? [items.at(-1)!.id] : undefined);
  return c.json(present(c, RelationPageSchema, { data: items, nextCursor }, query.lang), 200);
};

export const listEventCitations: RouteHandler<typeof routes.listEventCitations, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  const event = await requireEvent(db, id);
  const page = pager(query, { event: event.id });
  const { items, more } = await listEventCitationsPage(db, event.id, query.limit, page.byId(query.cursor));
  const nextCursor = page.next(c, more, items.length ? [items.at(-1)!.id] : undefined);
  return c.json(present(c, ClaimCitationPageSchema, { data: items, nextCursor }, query.lang), 200);
};

export const getTimeline: RouteHandler<typeof routes.getTimeline, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const db = c.get('db');
  const filters = await resolveEventFilters(db, query);
  const page = pager(query);
  const after = page.chronological(query.cursor);
  const { entries, more } = await timelinePage(db, { filters, order: query.order, limit: query.limit, ...(after ? { after } : {}) });
  const nextCursor = page.next(c, more, entries.at(-1)?.key);
  const json = entries.map((e) => e.json);
  if (requestedLanguages(c, query.lang).length === 0) return presentJsonPage(c, json, nextCursor) as never;
  const data = json.map((e) => JSON.parse(e.toString('utf8')) as z.input<typeof TimelinePageSchema>['data'][number]);
  return c.json(present(c, TimelinePageSchema, { data, nextCursor }, query.lang), 200);
};

export const getTimelineHistogram: RouteHandler<typeof routes.getTimelineHistogram, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const db = c.get('db');
  const filters = await resolveEventFilters(db, query);
  const result = await eventHistogram(db, filters, query.interval);
  return c.json(HistogramSchema.parse({ interval: query.interval, ...result }), 200);
};

