/**
 * Creating, changing and deleting statements, with their citations, in one transaction each,
 * recorded as revisions. The original text is kept exactly as given, with its language.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import { dateColumns } from '../../db/dates.js';
import { actors, events } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { create, fieldsOf, remove, represented, update, type RecordSpec } from '../common/records.js';
import { assertExist } from '../common/references.js';
import { findStatement } from './queries.js';
import type * as routes from './routes.js';
import { StatementDocument, StatementSchema } from './schemas.js';

const statement: RecordSpec<'statements', StatementDocument> = {
  resource: 'statements',
  document: StatementDocument,
  claim: 'statementId',
  documentOf: (row) => fieldsOf(StatementDocument, row),
  /** Its fields and date columns; an undated statement has unbounded dates and no precision. */
  columnsOf: (doc) => ({
    ...fieldsOf(StatementDocument, doc),
    ...(doc.date ? dateColumns(doc.date) : { date: null, earliest: '-infinity', latest: 'infinity', precision: null }),
  }),
  represent: async (tx, row) => represented(StatementSchema, (await findStatement(tx, row.id))!),
  // No translations is an empty map, as stored.
  normalize: (doc) => ({ ...doc, translations: doc.translations ?? {} }),
  check: (tx, doc) =>
    assertExist(tx, [
      { table: actors, ids: doc.speakerId, path: ['speakerId'], noun: 'actor' },
      { table: events, ids: doc.eventId, path: ['eventId'], noun: 'event' },
    ]),
};

export const createStatement: RouteHandler<typeof routes.createStatement, AppEnv> = (c) => create(c, statement, c.req.valid('json'));
export const updateStatement: RouteHandler<typeof routes.updateStatement, AppEnv> = (c) =>
  update(c, statement, c.req.valid('param').id, c.req.valid('json'));
export const deleteStatement: RouteHandler<typeof routes.deleteStatement, AppEnv> = (c) => remove(c, statement, c.req.valid('param').id);
