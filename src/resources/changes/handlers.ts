/**
 * A resource's revisions, and the change feed: ordered by transaction id, then by sequence
 * within the transaction, showing only the changes of transactions older than every transaction
 * still running (see `index.ts`).
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { and, asc, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { pageOf, pageProbe } from '../../db/paging.js';
import { apiKeys, revisions } from '../../db/schema/index.js';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { decodeCursor, encodeCursor, nextPageUrl, queryDigest } from '../../http/cursor.js';
import { ApiError } from '../../http/problem.js';
import { findByRef } from '../common/records.js';
import { notFound, RESOURCES } from '../registry.js';
import { revisionColumns, toRevision, type RevisionRow } from './queries.js';
import type * as routes from './routes.js';
import { ChangePageSchema, RevisionPageSchema, type RevisedResource } from './schemas.js';

export const listRevisionsOf = (resource: RevisedResource): RouteHandler<ReturnType<typeof routes.revisionsOf>, AppEnv> => async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  // By UUID, the history of a deleted record too; by slug, only of one that still has it.
  const { noun, slugged } = RESOURCES[resource];
  const resourceId = isUuid(id) ? id.toLowerCase() : slugged ? (await findByRef(db, resource, id))?.id : undefined;
  if (!resourceId) throw notFound(noun, id);
  const digest = queryDigest({ resource, resourceId });
  const after = query.cursor ? decodeCursor(query.cursor, digest, [z.string().regex(/^\d+$/)])[0] : undefined;
  const rows = await db
    .select(revisionColumns)
    .from(revisions)
    .leftJoin(apiKeys, eq(apiKeys.id, revisions.apiKeyId))
    .where(and(eq(revisions.resource, resource), eq(revisions.resourceId, resourceId), after ? sql`${revisions.seq} > ${after}::bigint` : undefined))
    .orderBy(asc(revisions.seq))
    .limit(pageProbe(query.limit));
  if (rows.length === 0 && !after) throw new ApiError('not_found', `No revisions of ${resource} ${id}: it was never written through the API.`);
  const { rows: page, more } = pageOf(rows, query.limit);
  const nextCursor = more ? encodeCursor([String(page.at(-1)!.seq)], digest) : null;
  if (nextCursor) c.header('Link', `<${nextPageUrl(c.req.url, nextCursor)}>; rel="next"`);
  return c.json(RevisionPageSchema.parse({ data: page.map(toRevision), nextCursor }), 200);
};

const FEED_DIGEST = queryDigest({ feed: 'changes' });

export const listChanges: RouteHandler<typeof routes.listChanges, AppEnv> = async (c) => {
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
