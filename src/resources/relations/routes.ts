import { createRoute } from '@hono/zod-openapi';
import {
  etagHeader,
  jsonContent,
  locationHeaders,
  notFoundError,
  notModified,
  patchBody,
  readErrors,
  writeBody,
  writeRoute,
} from '../../http/contract.js';
import { GetRelationQuery, RelationCreateSchema, RelationParams, RelationPatchSchema, RelationRecordSchema } from './schemas.js';

export const getRelation = createRoute({
  method: 'get',
  path: '/v1/relations/{id}',
  operationId: 'getRelation',
  tags: ['Relations'],
  summary: 'Get a relation',
  description:
    'One relation between two events by id: its subject and object events, its type, a note and the citations for it.',
  security: [],
  request: { params: RelationParams, query: GetRelationQuery },
  responses: {
    200: jsonContent(RelationRecordSchema, 'The relation.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});

export const createRelation = writeRoute({
  method: 'post',
  path: '/v1/relations',
  operationId: 'createRelation',
  tags: ['Relations'],
  summary: 'Create a relation',
  description:
    'Links two events by a typed relation, with its citations (existing sources by id, or new ones inline), in one transaction. An unknown event or source is a 422 naming the field, as is an event related to itself; the same link again is a 409. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(RelationCreateSchema, 'The new relation.') },
  responses: {
    201: jsonContent(RelationRecordSchema, 'The relation, as `GET /v1/relations/{id}` gives it.', locationHeaders),
  },
});

export const updateRelation = writeRoute({
  method: 'patch',
  path: '/v1/relations/{id}',
  operationId: 'updateRelation',
  tags: ['Relations'],
  summary: 'Change a relation',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too). With `If-Match`, only if the relation still has that ETag. Its citations are changed through `/v1/citations`.',
  request: { params: RelationParams, body: patchBody(RelationPatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(RelationRecordSchema, 'The relation after the change.', etagHeader),
  },
});

export const deleteRelation = writeRoute({
  method: 'delete',
  path: '/v1/relations/{id}',
  operationId: 'deleteRelation',
  tags: ['Relations'],
  summary: 'Delete a relation',
  description:
    'Deletes a relation with its own citations; the events and sources stay. With `If-Match`, only if it still has that ETag.',
  request: { params: RelationParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});
