import { createRoute, z } from '@hono/zod-openapi';
import { jsonContent, linkHeader, notFoundError, readErrors } from '../../http/contract.js';
import { paginationQuery } from '../../http/schemas.js';
import { ChangePageSchema, RevisionPageSchema, revisionsRequest, type RevisedResource } from './schemas.js';

export const listRevisions = createRoute({
  method: 'get',
  path: '/v1/{resource}/{id}/revisions',
  operationId: 'listRevisions',
  tags: ['History'],
  summary: "List a resource's revisions",
  description: 'Every write to one resource, oldest first: which key, when, and what changed. Works for deleted resources too (by UUID).',
  security: [],
  request: revisionsRequest,
  responses: {
    200: jsonContent(RevisionPageSchema, 'A page of revisions.', linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

/** `listRevisions` as served for one collection (see `changesRouter`). */
export const revisionsOf = (resource: RevisedResource) =>
  createRoute({
    ...listRevisions,
    hide: true,
    path: `/v1/${resource}/{id}/revisions`,
    request: { ...revisionsRequest, params: revisionsRequest.params.pick({ id: true }) },
  });

export const listChanges = createRoute({
  method: 'get',
  path: '/v1/changes',
  operationId: 'listChanges',
  tags: ['History'],
  summary: 'Follow the change feed',
  description:
    'Every write to every resource, deletions included, in commit order. Start without `since`, then keep passing the `nextCursor` you were given: a client that does so mirrors the database and never misses a change.',
  security: [],
  request: {
    query: z.strictObject({
      since: z
        .string()
        .max(1024)
        .optional()
        .openapi({ param: { name: 'since', in: 'query' }, description: 'The `nextCursor` of the previous call; omit to start from the beginning.', example: 'eyJ2IjoxLCJrIjpbIjAiLCIwIl0sInEiOiItIn0' }),
      limit: paginationQuery.limit,
    }),
  },
  responses: {
    200: jsonContent(ChangePageSchema, 'The changes after `since`.'),
    ...readErrors,
  },
});
