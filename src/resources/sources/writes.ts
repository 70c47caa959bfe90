/**
 * Creating, changing and deleting sources, each in one transaction, recorded as revisions. A
 * source still cited cannot be deleted.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import { count, eq } from 'drizzle-orm';
import { citations } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { create, remove, represented, update, type RecordSpec } from '../common/records.js';
import { instant, sourceColumns, sourceDocument } from './columns.js';
import { toSource } from './queries.js';
import type * as routes from './routes.js';
import { SourceCreateSchema, SourceSchema, type SourceDocument } from './schemas.js';

const source: RecordSpec<'sources', SourceDocument> = {
  resource: 'sources',
  document: SourceCreateSchema,
  documentOf: sourceDocument,
  columnsOf: sourceColumns,
  represent: (_tx, row) => represented(SourceSchema, toSource(row)),
  normalize: (doc) => ({ ...doc, retrievedAt: instant(doc.retrievedAt) }),
  references: (tx, row) => [
    { label: 'citation', count: tx.select({ n: count() }).from(citations).where(eq(citations.sourceId, row.id)).getSQL() },
  ],
};

export const createSource: RouteHandler<typeof routes.createSource, AppEnv> = (c) => create(c, source, c.req.valid('json'));
export const updateSource: RouteHandler<typeof routes.updateSource, AppEnv> = (c) =>
  update(c, source, c.req.valid('param').id, c.req.valid('json'));
export const deleteSource: RouteHandler<typeof routes.deleteSource, AppEnv> = (c) => remove(c, source, c.req.valid('param').id);
