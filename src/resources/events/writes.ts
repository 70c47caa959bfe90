/**
 * Creating, changing and deleting events, with their topics and citations, in one transaction
 * each, recorded as revisions. An event still referred to by participations, statements or
 * relations cannot be deleted.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import { count, eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dateColumns } from '../../db/dates.js';
import { eventRelations, eventTopics, participations, places, statements, topics } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { textTag } from '../../http/etag.js';
import { create, remove, update, type RecordSpec } from '../common/records.js';
import { assertExist } from '../common/references.js';
import { findEventDetailText } from './queries.js';
import type * as routes from './routes.js';
import { EventDocument, EventSchema } from './schemas.js';

/** The ids of an event's topics, in order. */
async function topicIdsOf(tx: Db, eventId: string): Promise<string[]> {
  return (await tx.select({ id: eventTopics.topicId }).from(eventTopics).where(eq(eventTopics.eventId, eventId))).map((r) => r.id).sort();
}

/** The place and the topics an event names must exist. */
async function checkReferences(tx: Db, doc: Pick<EventDocument, 'placeId' | 'topicIds'>): Promise<void> {
  await assertExist(tx, [
    { table: places, ids: doc.placeId, path: ['placeId'], noun: 'place' },
    { table: topics, ids: doc.topicIds ?? [], path: ['topicIds'], noun: 'topic' },
  ]);
}

const event: RecordSpec<'events', EventDocument> = {
  resource: 'events',
  document: EventDocument,
  documentOf: async (row, tx, written) => ({
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: row.title,
    summary: row.summary ?? null,
    date: row.date,
    placeId: row.placeId ?? null,
    topicIds: written ? (written.topicIds ?? []) : await topicIdsOf(tx, row.id),
  }),
  columnsOf: (doc) => ({
    slug: doc.slug,
    kind: doc.kind,
    status: doc.status,
    title: doc.title,
    summary: doc.summary ?? null,
    placeId: doc.placeId ?? null,
    ...dateColumns(doc.date),
  }),
  // The detail as `GET` sends it, and a digest of its text; the row is locked or was just written.
  represent: async (tx, row) => {
    const text = (await findEventDetailText(tx, { id: row.id })) as string;
    return { body: EventSchema.parse(JSON.parse(text)), tag: textTag(text) };
  },
  normalize: (doc) => ({ ...doc, topicIds: [...new Set(doc.topicIds ?? [])].sort() }),
  check: checkReferences,
  afterWrite: async (tx, row, doc, changes) => {
    if (changes && !changes.topicIds) return;
    if (changes) await tx.delete(eventTopics).where(eq(eventTopics.eventId, row.id));
    const topicIds = doc.topicIds ?? [];
    if (topicIds.length) await tx.insert(eventTopics).values(topicIds.map((topicId) => ({ eventId: row.id, topicId })));
  },
  claim: 'eventId',
  references: (tx, row) => [
    { label: 'participation', count: tx.select({ n: count() }).from(participations).where(eq(participations.eventId, row.id)).getSQL() },
    { label: 'statement', count: tx.select({ n: count() }).from(statements).where(eq(statements.eventId, row.id)).getSQL() },
    {
      label: 'relation',
      count: tx
        .select({ n: count() })
        .from(eventRelations)
        .where(or(eq(eventRelations.subjectId, row.id), eq(eventRelations.objectId, row.id)))
        .getSQL(),
    },
  ],
};

export const createEvent: RouteHandler<typeof routes.createEvent, AppEnv> = (c) => create(c, event, c.req.valid('json'));
export const updateEvent: RouteHandler<typeof routes.updateEvent, AppEnv> = (c) =>
  update(c, event, c.req.valid('param').id, c.req.valid('json'));
export const deleteEvent: RouteHandler<typeof routes.deleteEvent, AppEnv> = (c) => remove(c, event, c.req.valid('param').id);
