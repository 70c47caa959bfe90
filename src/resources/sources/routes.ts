import { createRoute } from '@hono/zod-openapi';
import { etagHeader, jsonContent, linkHeader, notFoundError, notModified, readErrors } from '../../http/responses.js';
import { GetSourceQuery, ListSourcesQuery, SourcePageSchema, SourceParams, SourceSchema } from './schemas.js';

export const listSources = createRoute({
  method: 'get',
  path: '/v1/sources',
  operationId: 'listSources',
  tags: ['Sources'],
  summary: 'List sources',
  description:
    'The documents cited for claims, in slug order (`sort=-slug` for the reverse). Filters combine with AND; a list inside one filter matches any of its values. Cursor-paginated: follow `nextCursor`, or the `Link: rel="next"` header, until it is `null`.',
  security: [],
  request: { query: ListSourcesQuery },
  responses: {
    200: jsonContent(SourcePageSchema, 'A page of sources.', linkHeader),
    ...readErrors,
  },
});

export const getSource = createRoute({
  method: 'get',
  path: '/v1/sources/{id}',
  operationId: 'getSource',
  tags: ['Sources'],
  summary: 'Get a source',
  description:
    'One source document by id or slug: its title, publisher, URL, language, publication date (possibly vague, as EDTF with bounds) and when it was retrieved.',
  security: [],
  request: { params: SourceParams, query: GetSourceQuery },
  responses: {
    200: jsonContent(SourceSchema, 'The source.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});
