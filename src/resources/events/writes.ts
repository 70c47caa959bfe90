/**
 * Creating, changing and deleting events, with their topics and citations, in one transaction
 * each, recorded as revisions.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { citationsInput } from '../citations/schemas.js';
import { count, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dateColumns } from '../../db/dates.js';
import { citations, eventRelations, events, eventTopics, participations, places, statements, topics } from '../../db/schema/index.js';
import { EVENT_KINDS, EVENT_STATUSES } from '../../domain/enums.js';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { edtfInput, languageMapInput, languageMapPatchInput, slugInput, uuidInput } from '../../http/inputs.js';
import { ApiError } from '../../http/problem.js';
import { checkIfMatchTag, diff, etagOf, mergePatch, runWrite, textTag, type RevisionEntry } from '../../http/writes.js';
import { assertExist, assertUnreferenced, insertCitations, parseBody } from '../common/writes.js';
import { findEventDetailText, type EventRow } from './queries.js';
import type * as routes from './routes.js';
import { EventSchema, type Event } from './schemas.js';

const eventFields = {
  slug: slugInput,
  kind: z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` }).openapi({ example: 'consultation' }),
  status: z.enum(EVENT_STATUSES, { error: `must be one of ${EVENT_STATUSES.join(', ')}` }).openapi({ example: 'concluded' }),
  title: languageMapInput(1_000),
  summary: languageMapInput(20_000).nullable().optional(),
  date: edtfInput,
  placeId: uuidInput.nullable().optional().openapi({ description: 'Where it happened.' }),
  topicIds: z.array(uuidInput).max(50, 'must have at most 50 topics').optional().openapi({ description: 'The topics it belongs to.' }),
};

/** The writable fields of an event, as a document a merge patch applies to. */
const EventDocument = z.strictObject(eventFields);

export const EventCreateSchema = z
  .strictObject({ ...eventFields, citations: citationsInput.optional() })
  .openapi('EventCreate', {
    description: 'A new event; the server derives its date bounds and precision.',
    // The committee the article says is being obstructed (paragraph 6), not yet an event of the seed.
    example: {
      slug: 'constitutional-committee-formation',
      kind: 'process',
      status: 'planned',
      title: { ar: 'تشكيل اللجنة الدستورية', en: 'Formation of the constitutional committee' },
      date: '2019~',
      placeId: '9d2fcba2-c464-59ae-b389-d8c552b38f7a',
      topicIds: ['297d0fe3-442c-5b68-8000-ea3ca2c442b9'],
      citations: [
        {
          sourceId: '16d70606-86ef-5cd5-8af2-f72bd9579523',
          excerpt: 'الإخفاق في تشكيل اللجنة يجعل عملية التسوية السياسية مستحيلة في سوريا',
          excerptLang: 'ar',
          locator: 'paragraph 6',
        },
      ],
    },
  });

export const EventPatchSchema = z
  .strictObject({
    slug: slugInput.optional(),
    kind: eventFields.kind.optional(),
    status: eventFields.status.optional(),
    title: languageMapPatchInput(1_000).optional().openapi({ description: 'Merged into the title; `null` removes a language.' }),
    summary: languageMapPatchInput(20_000).nullable().optional(),
    date: edtfInput.optional(),
    placeId: uuidInput.nullable().optional(),
    topicIds: eventFields.topicIds,
  })
  .openapi('EventPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, language maps merge by language.',
  });

/** The representation `GET /v1/events/{id}` gives, which writes answer with and `If-Match` compares to. */
async function representation(tx: Db, row: EventRow): Promise<{ event: Event; tag: string }> {
  const text = await detailText(tx, row);
  return { event: EventSchema.parse(JSON.parse(text)), tag: textTag(text) };
}

/** The event's detail as `GET` sends it; the row is locked or was just written, so it is there. */
async function detailText(tx: Db, row: EventRow): Promise<string> {
  return (await findEventDetailText(tx, { id: row.id })) as string;
}

async function lockEvent(tx: Db, ref: string): Promise<EventRow> {
  const [row] = await tx
    .select()
    .from(events)
    .where(isUuid(ref) ? eq(events.id, ref.toLowerCase()) : eq(events.slug, ref))
    .for('update');
  if (!row) throw new ApiError('not_found', `No event has the id or slug "${ref}".`);
  return row;
}

async function topicIdsOf(tx: Db, eventId: string): Promise<string[]> {
  return (await tx.select({ id: eventTopics.topicId }).from(eventTopics).where(eq(eventTopics.eventId, eventId))).map((r) => r.id).sort();
}

function documentOf(row: EventRow, topicIds: string[]): z.infer<typeof EventDocument> {
  return {
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: row.title,
    summary: row.summary ?? null,
    date: row.date,
    placeId: row.placeId ?? null,
    topicIds,
  };
}

async function checkReferences(tx: Db, doc: { placeId?: string | null; topicIds?: string[] | undefined }) {
  await assertExist(tx, [
    { table: places, ids: doc.placeId, path: ['placeId'], noun: 'place' },
    { table: topics, ids: doc.topicIds ?? [], path: ['topicIds'], noun: 'topic' },
  ]);
}

export const createEvent: RouteHandler<typeof routes.createEvent, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  return runWrite(c, body, async (tx) => {
    await checkReferences(tx, body);
    const [row] = await tx
      .insert(events)
      .values({
        slug: body.slug,
        kind: body.kind,
        status: body.status,
        title: body.title,
        summary: body.summary ?? null,
        placeId: body.placeId ?? null,
        ...dateColumns(body.date),
      })
      .returning();
    const topicIds = [...new Set(body.topicIds ?? [])];
    if (topicIds.length) await tx.insert(eventTopics).values(topicIds.map((topicId) => ({ eventId: row!.id, topicId })));
    const cited = await insertCitations(tx, { column: 'eventId', id: row!.id }, body.citations);
    const { event, tag } = await representation(tx, row!);
    return {
      status: 201,
      body: event,
      headers: { Location: `/v1/events/${row!.id}`, ETag: etagOf(tag) },
      revisions: [
        { resource: 'events', resourceId: row!.id, action: 'create', version: 1, changes: documentOf(row!, topicIds.sort()) },
        ...cited,
      ],
    };
  });
};

export const updateEvent: RouteHandler<typeof routes.updateEvent, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    const current = await lockEvent(tx, id);
    await checkIfMatchTag(c, async () => textTag(await detailText(tx, current)));
    const before = documentOf(current, await topicIdsOf(tx, current.id));
    const after = parseBody(EventDocument, mergePatch(before, patch));
    after.topicIds = [...new Set(after.topicIds ?? [])].sort();
    await checkReferences(tx, after);
    const changes = diff(before, after);
    let row = current;
    if (Object.keys(changes).length > 0) {
      [row] = (await tx
        .update(events)
        .set({
          slug: after.slug,
          kind: after.kind,
          status: after.status,
          title: after.title,
          summary: after.summary ?? null,
          placeId: after.placeId ?? null,
          ...dateColumns(after.date),
          version: sql`${events.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(events.id, current.id))
        .returning()) as [EventRow];
      if (changes.topicIds) {
        await tx.delete(eventTopics).where(eq(eventTopics.eventId, current.id));
        if (after.topicIds.length) await tx.insert(eventTopics).values(after.topicIds.map((topicId) => ({ eventId: current.id, topicId })));
      }
    }
    const { event, tag } = await representation(tx, row);
    const revisions: RevisionEntry[] = Object.keys(changes).length
      ? [{ resource: 'events', resourceId: row.id, action: 'update', version: row.version, changes }]
      : [];
    return { status: 200, body: event, headers: { ETag: etagOf(tag) }, revisions };
  });
};

export const deleteEvent: RouteHandler<typeof routes.deleteEvent, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockEvent(tx, id);
    await checkIfMatchTag(c, async () => textTag(await detailText(tx, current)));
    await assertUnreferenced(tx, 'event', [
      { label: 'participation', count: tx.select({ n: count() }).from(participations).where(eq(participations.eventId, current.id)).getSQL() },
      { label: 'statement', count: tx.select({ n: count() }).from(statements).where(eq(statements.eventId, current.id)).getSQL() },
      {
        label: 'relation',
        count: tx
          .select({ n: count() })
          .from(eventRelations)
          .where(or(eq(eventRelations.subjectId, current.id), eq(eventRelations.objectId, current.id)))
          .getSQL(),
      },
    ]);
    const before = documentOf(current, await topicIdsOf(tx, current.id));
    // Its own citations and topic links go with it (they are part of the event); the feed says so.
    const cited = await tx.select().from(citations).where(eq(citations.eventId, current.id));
    await tx.delete(events).where(eq(events.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        { resource: 'events', resourceId: current.id, action: 'delete', version: current.version, changes: before },
        ...cited.map((r): RevisionEntry => ({
          resource: 'citations',
          resourceId: r.id,
          action: 'delete',
          version: r.version,
          changes: { sourceId: r.sourceId, excerpt: r.excerpt, excerptLang: r.excerptLang, locator: r.locator, eventId: r.eventId },
        })),
      ],
    };
  });
};
