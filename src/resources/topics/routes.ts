import { createRoute } from '@hono/zod-openapi';
import {
  etagHeader,
  jsonContent,
  linkHeader,
  locationHeaders,
  notFoundError,
  notModified,
  patchBody,
  readErrors,
  writeBody,
  writeRoute,
} from '../../http/contract.js';
import {
  GetTopicQuery,
  ListTopicsQuery,
  TopicCreateSchema,
  TopicPageSchema,
  TopicParams,
  TopicPatchSchema,
  TopicSchema,
} from './schemas.js';

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

export const createTopic = writeRoute({
  method: 'post',
  path: '/v1/topics',
  operationId: 'createTopic',
  tags: ['Topics'],
  summary: 'Create a topic',
  description:
    'Creates a topic with its name per language and a description. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(TopicCreateSchema, 'The new topic.') },
  responses: {
    201: jsonContent(TopicSchema, 'The topic, as `GET /v1/topics/{id}` gives it.', locationHeaders),
  },
});

export const updateTopic = writeRoute({
  method: 'patch',
  path: '/v1/topics/{id}',
  operationId: 'updateTopic',
  tags: ['Topics'],
  summary: 'Change a topic',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too): `name` and `description` merge by language. With `If-Match`, only if the topic still has that ETag.',
  request: { params: TopicParams, body: patchBody(TopicPatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(TopicSchema, 'The topic after the change.', etagHeader),
  },
});

export const deleteTopic = writeRoute({
  method: 'delete',
  path: '/v1/topics/{id}',
  operationId: 'deleteTopic',
  tags: ['Topics'],
  summary: 'Delete a topic',
  description:
    'Deletes a topic. A topic that events still belong to is a 409 that says how many: nothing cascades by surprise.',
  request: { params: TopicParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});
