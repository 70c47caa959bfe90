/**
 * Creating, changing and deleting relations between events, with their citations, in one
 * transaction each, recorded as revisions. An event does not relate to itself.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import { events } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { create, fieldsOf, remove, represented, update, type RecordSpec } from '../common/records.js';
import { assertDifferent, assertExist } from '../common/references.js';
import { toRelation } from './queries.js';
import type * as routes from './routes.js';
import { RelationDocument, RelationRecordSchema } from './schemas.js';

const relation: RecordSpec<'relations', RelationDocument> = {
  resource: 'relations',
  document: RelationDocument,
  claim: 'relationId',
  documentOf: (row) => fieldsOf(RelationDocument, row),
  columnsOf: (doc) => fieldsOf(RelationDocument, doc),
  represent: async (tx, row) => represented(RelationRecordSchema, await toRelation(tx, row)),
  async check(tx, doc) {
    await assertExist(tx, [
      { table: events, ids: doc.subjectId, path: ['subjectId'], noun: 'event' },
      { table: events, ids: doc.objectId, path: ['objectId'], noun: 'event' },
    ]);
    assertDifferent(
      doc.subjectId,
      doc.objectId,
      'objectId',
      'subjectId',
      'A relation links two different events; an event does not relate to itself.',
    );
  },
};

export const createRelation: RouteHandler<typeof routes.createRelation, AppEnv> = (c) => create(c, relation, c.req.valid('json'));
export const updateRelation: RouteHandler<typeof routes.updateRelation, AppEnv> = (c) =>
  update(c, relation, c.req.valid('param').id, c.req.valid('json'));
export const deleteRelation: RouteHandler<typeof routes.deleteRelation, AppEnv> = (c) => remove(c, relation, c.req.valid('param').id);
