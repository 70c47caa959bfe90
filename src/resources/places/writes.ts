/**
 * Creating, changing and deleting places, each in one transaction, recorded as revisions. A
 * place's parent must exist, and a place can never lie within itself.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { events, places } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { ApiError, pointer } from '../../http/problem.js';
import { create, fieldsOf, remove, represented, update, type RecordSpec } from '../common/records.js';
import { assertExist } from '../common/references.js';
import { findPlace } from './queries.js';
import type * as routes from './routes.js';
import { PlaceDocument, PlaceSchema } from './schemas.js';

/** Changes of parent are serialised, so that two concurrent ones cannot close a cycle together. */
const HIERARCHY_LOCK = sql`pg_advisory_xact_lock(7312, hashtext('places.parent_id'))`;

/** The parent must exist, and must not be the place itself or lie within it. */
async function checkParent(tx: Db, parentId: string | null | undefined, placeId?: string) {
  await assertExist(tx, [{ table: places, ids: parentId, path: ['parentId'], noun: 'place' }]);
  if (!parentId || !placeId) return;
  const [row] = rowsOf<{ found: boolean }>(
    await tx.execute(sql`
      with recursive ancestors(id) as (
        select ${parentId}::uuid
        union
        select places.parent_id from places
        join ancestors on places.id = ancestors.id
        where places.parent_id is not null
      )
      select exists (select 1 from ancestors where id = ${placeId}::uuid) as found`),
  );
  if (row?.found) {
    throw new ApiError(
      'unprocessable',
      'A place cannot lie within itself: the parent given is this place or a place within it.',
      { errors: [{ pointer: pointer('body', ['parentId']), detail: 'would make the place its own ancestor' }] },
    );
  }
}

const place: RecordSpec<'places', PlaceDocument> = {
  resource: 'places',
  document: PlaceDocument,
  documentOf: (row) => fieldsOf(PlaceDocument, row),
  columnsOf: (doc) => fieldsOf(PlaceDocument, doc),
  represent: async (tx, row) => represented(PlaceSchema, (await findPlace(tx, { id: row.id }))!),
  // A new parent must exist; a changed one must not be the place itself or lie within it.
  check: async (tx, doc, update) => {
    if (!update) await checkParent(tx, doc.parentId);
    else if (update.changes.parentId) await checkParent(tx, doc.parentId, update.current.id);
  },
  beforeUpdate: async (tx, patch) => {
    if (typeof patch.parentId === 'string') await tx.execute(sql`select ${HIERARCHY_LOCK}`);
  },
  references: (tx, row) => [
    { label: 'event', count: tx.select({ n: count() }).from(events).where(eq(events.placeId, row.id)).getSQL() },
    { label: 'child place', count: tx.select({ n: count() }).from(places).where(eq(places.parentId, row.id)).getSQL() },
  ],
};

export const createPlace: RouteHandler<typeof routes.createPlace, AppEnv> = (c) => create(c, place, c.req.valid('json'));
export const updatePlace: RouteHandler<typeof routes.updatePlace, AppEnv> = (c) =>
  update(c, place, c.req.valid('param').id, c.req.valid('json'));
export const deletePlace: RouteHandler<typeof routes.deletePlace, AppEnv> = (c) => remove(c, place, c.req.valid('param').id);
