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
  GetSourceQuery,
  ListSourcesQuery,
  SourceCreateSchema,
  SourcePageSchema,
  SourceParams,
  SourcePatchSchema,
  SourceSchema,
} from './schemas.js';

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

// ---- Writes ----

export const createSource = writeRoute({
  method: 'post',
  path: '/v1/sources',
  operationId: 'createSource',
  tags: ['Sources'],
  summary: 'Create a source',
  description:
    'Creates a source document. The URL, when given, is http or https only and never fetched; the server derives the bounds of the EDTF `published` date. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(SourceCreateSchema, 'The new source.') },
  responses: {
    201: jsonContent(SourceSchema, 'The source, as `GET /v1/sources/{id}` gives it.', locationHeaders),
  },
});

export const updateSource = writeRoute({
  method: 'patch',
  path: '/v1/sources/{id}',
  operationId: 'updateSource',
  tags: ['Sources'],
  summary: 'Change a source',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too): `title` and `publisher` merge by language. With `If-Match`, only if the source still has that ETag.',
  request: { params: SourceParams, body: patchBody(SourcePatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(SourceSchema, 'The source after the change.', etagHeader),
  },
});

export const deleteSource = writeRoute({
  method: 'delete',
  path: '/v1/sources/{id}',
  operationId: 'deleteSource',
  tags: ['Sources'],
  summary: 'Delete a source',
  description:
    'Deletes a source. A source still cited is a 409 that says by how many citations: nothing cascades by surprise.',
  request: { params: SourceParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});
