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
  GetMembershipQuery,
  MembershipCreateSchema,
  MembershipParams,
  MembershipPatchSchema,
  MembershipRecordSchema,
} from './schemas.js';

export const getMembership = createRoute({
  method: 'get',
  path: '/v1/memberships/{id}',
  operationId: 'getMembership',
  tags: ['Memberships'],
  summary: 'Get a membership',
  description:
    'One membership by id: the member, the organisation, state or coalition, the post or role held, its dates and the citations for it.',
  security: [],
  request: { params: MembershipParams, query: GetMembershipQuery },
  responses: {
    200: jsonContent(MembershipRecordSchema, 'The membership.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});

export const createMembership = writeRoute({
  method: 'post',
  path: '/v1/memberships',
  operationId: 'createMembership',
  tags: ['Memberships'],
  summary: 'Create a membership',
  description:
    'Creates a membership with its citations (existing sources by id, or new ones inline) in one transaction. The server derives the date bounds from the EDTF `start` and `end`; an end before the start is a 400, an unknown actor or source a 422 naming the field. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(MembershipCreateSchema, 'The new membership.') },
  responses: {
    201: jsonContent(
      MembershipRecordSchema,
      'The membership, as `GET /v1/memberships/{id}` gives it.',
      locationHeaders,
    ),
  },
});

export const updateMembership = writeRoute({
  method: 'patch',
  path: '/v1/memberships/{id}',
  operationId: 'updateMembership',
  tags: ['Memberships'],
  summary: 'Change a membership',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too). With `If-Match`, only if the membership still has that ETag. Its citations are changed through `/v1/citations`.',
  request: { params: MembershipParams, body: patchBody(MembershipPatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(MembershipRecordSchema, 'The membership after the change.', etagHeader),
  },
});

export const deleteMembership = writeRoute({
  method: 'delete',
  path: '/v1/memberships/{id}',
  operationId: 'deleteMembership',
  tags: ['Memberships'],
  summary: 'Delete a membership',
  description:
    'Deletes a membership with its own citations; the sources stay. With `If-Match`, only if it still has that ETag.',
  request: { params: MembershipParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});
