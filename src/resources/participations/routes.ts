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
import {
  GetParticipationQuery,
  ParticipationCreateSchema,
  ParticipationParams,
  ParticipationPatchSchema,
  ParticipationSchema,
} from './schemas.js';

export const getParticipation = createRoute({
  method: 'get',
  path: '/v1/participations/{id}',
  operationId: 'getParticipation',
  tags: ['Participations'],
  summary: 'Get a participation',
  description:
    "One participation by id: the actor, its role in the event, a note on the role and the citations that place it there.",
  security: [],
  request: { params: ParticipationParams, query: GetParticipationQuery },
  responses: {
    200: jsonContent(ParticipationSchema, 'The participation.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});

export const createParticipation = writeRoute({
  method: 'post',
  path: '/v1/participations',
  operationId: 'createParticipation',
  tags: ['Participations'],
  summary: 'Create a participation',
  description:
    'Puts an actor in an event in a role, with its citations (existing sources by id, or new ones inline), in one transaction. An unknown event, actor or source is a 422 naming the field; the same actor in the same role at the same event again is a 409. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(ParticipationCreateSchema, 'The new participation.') },
  responses: {
    201: jsonContent(
      ParticipationSchema,
      'The participation, as `GET /v1/participations/{id}` gives it.',
      locationHeaders,
    ),
  },
});

export const updateParticipation = writeRoute({
  method: 'patch',
  path: '/v1/participations/{id}',
  operationId: 'updateParticipation',
  tags: ['Participations'],
  summary: 'Change a participation',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too). With `If-Match`, only if the participation still has that ETag. Its citations are changed through `/v1/citations`.',
  request: { params: ParticipationParams, body: patchBody(ParticipationPatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(ParticipationSchema, 'The participation after the change.', etagHeader),
  },
});

export const deleteParticipation = writeRoute({
  method: 'delete',
  path: '/v1/participations/{id}',
  operationId: 'deleteParticipation',
  tags: ['Participations'],
  summary: 'Delete a participation',
  description:
    'Deletes a participation with its own citations; the sources stay. With `If-Match`, only if it still has that ETag.',
  request: { params: ParticipationParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});
