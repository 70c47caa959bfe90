import { createRoute } from '@hono/zod-openapi';
import { requireScope } from '../../http/auth.js';
import {
  bearerSecurity,
  idempotencyHeader,
  ifMatchHeader,
  itemWriteErrors,
  locationHeaders,
  writeErrors,
  patchBody,
  writeBody,
} from '../../http/write-responses.js';
import { etagHeader, jsonContent, linkHeader, notFoundError, notModified, readErrors } from '../../http/responses.js';
import { GetTopicQuery, ListTopicsQuery, TopicPageSchema, TopicParams, TopicSchema } from './schemas.js';
import { TopicCreateSchema, TopicPatchSchema } from './writes.js';

export const listTopics = createRoute({
  method: 'get',
  path: '/v1/topics',
  operationId: 'listTopics',
  tags: ['Topics'],
  summary: 'List topics',
  description:
    'The threads events belong to, in slug order (`sort=-slug` for the reverse). Cursor-paginated: follow `nextCursor`, or the `Link: rel="next"` header, until it is `null`.',
  security: [],
  request: { query: ListTopicsQuery },
  responses: {
    200: jsonContent(TopicPageSchema, 'A page of topics.', linkHeader),
    ...readErrors,
  },
});

export const getTopic = createRoute({
  method: 'get',
  path: '/v1/topics/{id}',
  operationId: 'getTopic',
  tags: ['Topics'],
  summary: 'Get a topic',
  description:
    'One topic by id or slug, with its name per language and description. Its events are listed by `GET /v1/events?topic=…`.',
  security: [],
  request: { params: TopicParams, query: GetTopicQuery },
  responses: {
    200: jsonContent(TopicSchema, 'The topic.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});

// ---- Writes ----

export const createTopic = createRoute({
  method: 'post',
  path: '/v1/topics',
  operationId: 'createTopic',
  tags: ['Topics'],
  summary: 'Create a topic',
  description:
    'Creates a topic with its name per language and a description. Send an `Idempotency-Key` to make retries safe.',
  security: bearerSecurity,
  middleware: [requireScope('write')] as const,
  request: { headers: idempotencyHeader, body: writeBody(TopicCreateSchema, 'The new topic.') },
  responses: {
    201: jsonContent(TopicSchema, 'The topic, as `GET /v1/topics/{id}` gives it.', locationHeaders),
    ...writeErrors,
  },
});

export const updateTopic = createRoute({
  method: 'patch',
  path: '/v1/topics/{id}',
  operationId: 'updateTopic',
  tags: ['Topics'],
  summary: 'Change a topic',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too): `name` and `description` merge by language. With `If-Match`, only if the topic still has that ETag.',
  security: bearerSecurity,
  middleware: [requireScope('write')] as const,
  request: { params: TopicParams, headers: ifMatchHeader, body: patchBody(TopicPatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(TopicSchema, 'The topic after the change.', etagHeader),
    ...itemWriteErrors,
  },
});

export const deleteTopic = createRoute({
  method: 'delete',
  path: '/v1/topics/{id}',
  operationId: 'deleteTopic',
  tags: ['Topics'],
  summary: 'Delete a topic',
  description:
    'Deletes a topic. A topic that events still belong to is a 409 that says how many: nothing cascades by surprise.',
  security: bearerSecurity,
  middleware: [requireScope('write')] as const,
  request: { params: TopicParams, headers: ifMatchHeader },
  responses: {
    204: { description: 'Deleted.' },
    ...itemWriteErrors,
  },
});
