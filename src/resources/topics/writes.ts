/**
 * Creating, changing and deleting topics, each in one transaction, recorded as revisions. A
 * topic events still belong to cannot be deleted.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import { count, eq } from 'drizzle-orm';
import { eventTopics } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { create, fieldsOf, remove, represented, update, type RecordSpec } from '../common/records.js';
import { toTopic } from './queries.js';
import type * as routes from './routes.js';
import { TopicDocument, TopicSchema } from './schemas.js';

const topic: RecordSpec<'topics', TopicDocument> = {
  resource: 'topics',
  document: TopicDocument,
  documentOf: (row) => fieldsOf(TopicDocument, row),
  columnsOf: (doc) => fieldsOf(TopicDocument, doc),
  represent: (_tx, row) => represented(TopicSchema, toTopic(row)),
  references: (tx, row) => [
    { label: 'event', count: tx.select({ n: count() }).from(eventTopics).where(eq(eventTopics.topicId, row.id)).getSQL() },
  ],
};

export const createTopic: RouteHandler<typeof routes.createTopic, AppEnv> = (c) => create(c, topic, c.req.valid('json'));
export const updateTopic: RouteHandler<typeof routes.updateTopic, AppEnv> = (c) =>
  update(c, topic, c.req.valid('param').id, c.req.valid('json'));
export const deleteTopic: RouteHandler<typeof routes.deleteTopic, AppEnv> = (c) => remove(c, topic, c.req.valid('param').id);
