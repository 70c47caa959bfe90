import { createRoute } from '@hono/zod-openapi';
import { etagHeader, jsonContent, linkHeader, notFoundError, notModified, readErrors } from '../../http/responses.js';
import { EventDetailSchema, EventPageSchema, EventParams, ListEventsQuery } from './schemas.js';

export const listEvents = createRoute({
  method: 'get',
  path: '/v1/events',
  operationId: 'listEvents',
  tags: ['Events'],
  summary: 'List events',
  description:
    'Events, newest first by their date bounds (latest start first, ties broken by end, then id). Cursor-paginated: follow `nextCursor`, or the `Link: rel="next"` header, until it is `null`.',
  security: [],
  request: { query: ListEventsQuery },
  responses: {
    200: jsonContent(EventPageSchema, 'A page of events.', linkHeader),
    ...readErrors,
  },
});

export const getEvent = createRoute({
  method: 'get',
  path: '/v1/events/{id}',
  operationId: 'getEvent',
  tags: ['Events'],
  summary: 'Get an event',
  description:
    'One event by id or slug, with its place, topics, participants and their roles, and the citations behind the event and each participation.',
  security: [],
  request: { params: EventParams },
  responses: {
    200: jsonContent(EventDetailSchema, 'The event.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});
