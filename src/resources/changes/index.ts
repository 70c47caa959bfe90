/**
 * History: the revisions of one resource, and the change feed over all of them.
 *
 * The feed is ordered by transaction id, then by sequence within the transaction, and only ever
 * shows the changes of transactions older than every transaction still running. So a change
 * that commits late can never appear behind a cursor a client already holds: following
 * `nextCursor` sees every change exactly once, deletions included.
 */
import { createRoute, z, type RouteHandler } from '@hono/zod-openapi';
import { and, asc, eq, sql } from 'drizzle-orm';
import { isoFromDb } from '../../db/dates.js';
import { apiKeys, revisions, REVISION_ACTIONS } from '../../db/schema/index.js';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { decodeCursor, encodeCursor, nextPageUrl, queryDigest } from '../../http/cursor.js';
import { ApiError } from '../../http/problem.js';
import { jsonContent, linkHeader, notFoundError, readErrors } from '../../http/contract.js';
import { createRouter } from '../../http/router.js';
import { IdSchema, paginationQuery, TimestampSchema } from '../../http/schemas.js';
import { rowsOf } from '../../db/client.js';
import { notFound, RESOURCE_NAMES, RESOURCES as REGISTRY, type ResourceName } from '../registry.js';

const RESOURCES = RESOURCE_NAMES;
type Resource = ResourceName;

const RevisionSchema = z
  .object({
    seq: z.string().openapi({ description: 'The position of this change in the history (a 64-bit integer, as a string).', example: '42' }),
    resource: z.enum(RESOURCES).openapi({ description: 'The collection of the resource.', example: 'events' }),
    resourceId: IdSchema,
    action: z.enum(REVISION_ACTIONS).openapi({ description: 'What the write did.', example: 'update' }),
    version: z.number().int().openapi({ description: 'The resource version after the write (before it, for a delete).', example: 2 }),
    at: TimestampSchema.openapi({ description: 'When the write was made.' }),
    author: z
      .object({ keyId: IdSchema, name: z.string().openapi({ example: 'newsroom curation' }) })
      .nullable()
      .openapi({ description: 'The API key that made the write; `null` for data loaded by the server (the seed).' }),
    changes: z.record(z.string(), z.unknown()).openapi({
      description: 'For an update, each changed field as `{ from, to }`; for a create or a delete, the whole resource.',
      example: { kind: { from: 'meeting', to: 'consultation' } },
    }),
  })
  .openapi('Revision', { description: 'One write to one resource.' });

const RevisionPageSchema = z
  .object({
    data: z.array(RevisionSchema),
    nextCursor: z.string().nullable().openapi({ description: 'The next page, or `null` at the end.', example: null }),
  })
  .openapi('RevisionPage', { description: 'A page of revisions, oldest first.' });

const ChangePageSchema = z
  .object({
    data: z.array(RevisionSchema),
    nextCursor: z.string().openapi({
      description: 'Where to resume: always present. Pass it as `since` to get the changes made after this page, now or later.',
      example: 'eyJ2IjoxLCJrIjpbIjAiLCIwIl0sInEiOiItIn0',
    }),
  })
  .openapi('ChangePage', { description: 'A page of the change feed, in commit order.' });

const revisionsRequest = {
  params: z.object({
    resource: z.enum(RESOURCES, { error: `must be one of ${RESOURCES.join(', ')}` }).openapi({
      param: { name: 'resource', in: 'path' },
      description: 'The collection.',
      example: 'events',
    }),
    id: z
      .string()
      .max(200)
      .openapi({ param: { name: 'id', in: 'path' }, description: 'The resource id (UUID), or its slug while it exists.', example: 'moscow-consultations-2019' }),
  }),
  query: z.strictObject({ ...paginationQuery }),
};

const listRevisions = createRoute({
  method: 'get',
  path: '/v1/{resource}/{id}/revisions',
  operationId: 'listRevisions',
  tags: ['History'],
  summary: "List a resource's revisions",
  description: 'Every write to one resource, oldest first: which key, when, and what changed. Works for deleted resources too (by UUID).',
  security: [],
  request: revisionsRequest,
  responses: {
    200: jsonContent(RevisionPageSchema, 'A page of revisions.', linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

/** `listRevisions` as served for one collection (see `changesRouter`). */
const revisionsOf = (resource: Resource) =>
  createRoute({
    ...listRevisions,
    hide: true,
    path: `/v1/${resource}/{id}/revisions`,
    request: { ...revisionsRequest, params: revisionsRequest.params.pick({ id: true }) },
  });

const listChanges = createRoute({
  method: 'get',
  path: '/v1/changes',
  operationId: 'listChanges',
  tags: ['History'],
  summary: 'Follow the change feed',
  description:
    'Every write to every resource, deletions included, in commit order. Start without `since`, then keep passing the `nextCursor` you were given: a client that does so mirrors the database and never misses a change.',
  security: [],
  request: {
    query: z.strictObject({
      since: z
        .string()
        .max(1024)
        .optional()
        .openapi({ param: { name: 'since', in: 'query' }, description: 'The `nextCursor` of the previous call; omit to start from the beginning.', example: 'eyJ2IjoxLCJrIjpbIjAiLCIwIl0sInEiOiItIn0' }),
      limit: paginationQuery.limit,
    }),
  },
  responses: {
    200: jsonContent(ChangePageSchema, 'The changes after `since`.'),
    ...readErrors,
  },
});

const revisionColumns = {
  seq: revisions.seq,
  txid: sql<string>`${revisions.txid}::text`,
  resource: revisions.resource,
  resourceId: revisions.resourceId,
  action: revisions.action,
  version: revisions.version,
  at: revisions.at,
  keyId: revisions.apiKeyId,
  keyName: apiKeys.name,
  changes: revisions.changes,
};

type RevisionRow = { seq: number | string; resource: string; resourceId: string; action: string; version: number; at: string; keyId: string | null; keyName: string | null; changes: Record<string, unknown> };

function toRevision(r: RevisionRow) {
  return {
    seq: String(r.seq),
    resource: r.resource,
    resourceId: r.resourceId,
    action: r.action,
    version: r.version,
    at: isoFromDb(r.at),
    author: r.keyId ? { keyId: r.keyId, name: r.keyName ?? '' } : null,
    changes: r.changes,
  };
}

const listRevisionsOf = (resource: Resource): RouteHandler<ReturnType<typeof revisionsOf>, AppEnv> => async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  let resourceId = isUuid(id) ? id.toLowerCase() : undefined;
  const entry = REGISTRY[resource];
  if (!resourceId && entry.slugged) {
    const { table } = entry as (typeof REGISTRY)['events'];
    const [row] = await db.select({ id: table.id }).from(table).where(eq(table.slug, id)).limit(1);
    resourceId = row?.id;
  }
  if (!resourceId) throw notFound(entry.noun, id);
  const digest = queryDigest({ resource, resourceId });
  const after = query.cursor ? decodeCursor(query.cursor, digest, [z.string().regex(/^\d+$/)])[0] : undefined;
  const rows = await db
    .select(revisionColumns)
    .from(revisions)
    .leftJoin(apiKeys, eq(apiKeys.id, revisions.apiKeyId))
    .where(and(eq(revisions.resource, resource), eq(revisions.resourceId, resourceId), after ? sql`${revisions.seq} > ${after}::bigint` : undefined))
    .orderBy(asc(revisions.seq))
    .limit(query.limit + 1);
  if (rows.length === 0 && !after) throw new ApiError('not_found', `No revisions of ${resource} ${id}: it was never written through the API.`);
  const page = rows.slice(0, query.limit);
  const more = rows.length > query.limit;
  const nextCursor = more ? encodeCursor([String(page.at(-1)!.seq)], digest) : null;
  if (nextCursor) c.header('Link', `<${nextPageUrl(c.req.url, nextCursor)}>; rel="next"`);
  return c.json(RevisionPageSchema.parse({ data: page.map(toRevision), nextCursor }), 200);
};

const FEED_DIGEST = queryDigest({ feed: 'changes' });

const listChangesHandler: RouteHandler<typeof listChanges, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const db = c.get('db');
  const [txid, seq] = query.since
    ? decodeCursor(query.since, FEED_DIGEST, [z.string().regex(/^\d+$/), z.string().regex(/^\d+$/)])
    : ['0', '0'];
  const rows = rowsOf<RevisionRow & { txid: string }>(
    await db.execute(sql`
      select r.seq, r.txid::text as txid, r.resource, r.resource_id as "resourceId", r.action, r.version, r.at,
             r.api_key_id as "keyId", k.name as "keyName", r.changes
      from ${revisions} r left join ${apiKeys} k on k.id = r.api_key_id
      where r.txid < pg_snapshot_xmin(pg_current_snapshot())
        and (r.txid, r.seq) > (${txid}::xid8, ${seq}::bigint)
      order by r.txid, r.seq
      limit ${query.limit}`),
  );
  const last = rows.at(-1);
  const nextCursor = encodeCursor(last ? [last.txid, String(last.seq)] : [txid, seq], FEED_DIGEST);
  return c.json(ChangePageSchema.parse({ data: rows.map(toRevision), nextCursor }), 200);
};

/**
 * `listRevisions` is documented once, with the collection as a path parameter, and served as one
 * route per collection: hono's fastest router (RegExpRouter) cannot hold a parameter where other
 * routes have a fixed segment (`/v1/{resource}/…` beside `/v1/events/…`), and one such route
 * sends every request of the API through its slower fallback (TrieRouter). An unknown collection
 * is then a 404, like any other path nothing is at.
 */
export const changesRouter = createRouter().openapi(listChanges, listChangesHandler);
changesRouter.openAPIRegistry.registerPath(listRevisions);
for (const resource of RESOURCES) changesRouter.openapi(revisionsOf(resource), listRevisionsOf(resource));
