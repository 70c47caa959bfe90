import { createRoute } from '@hono/zod-openapi';
import { etagHeader, jsonContent, linkHeader, notFoundError, notModified, readErrors } from '../../http/responses.js';
import { GetTopicQuery, ListTopicsQuery, TopicPageSchema, TopicParams, TopicSchema } from './schemas.js';

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
