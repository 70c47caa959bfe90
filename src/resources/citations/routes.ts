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
  CitationCreateSchema,
  CitationParams,
  CitationPatchSchema,
  ClaimCitationSchema,
  GetCitationQuery,
  UncitedClaimPageSchema,
  UncitedClaimsQuery,
} from './schemas.js';

export const getCitation = createRoute({
  method: 'get',
  path: '/v1/citations/{id}',
  operationId: 'getCitation',
  tags: ['Citations'],
  summary: 'Get a citation',
  description:
    'One citation by id: its source, the excerpt quoted in its original language, where in the source, and the claim it backs.',
  security: [],
  request: { params: CitationParams, query: GetCitationQuery },
  responses: {
    200: jsonContent(ClaimCitationSchema, 'The citation.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});

export const createCitation = writeRoute({
  method: 'post',
  path: '/v1/citations',
  operationId: 'createCitation',
  tags: ['Citations'],
  summary: 'Cite a source for a claim',
  description:
    'Backs one claim — an event, participation, membership, statement or relation — with a source (existing, by id, or new, inline) and the passage it rests on, in one transaction. Naming no claim or several is a 400; an unknown claim or source a 422 naming the field. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(CitationCreateSchema, 'The new citation.') },
  responses: {
    201: jsonContent(ClaimCitationSchema, 'The citation, as `GET /v1/citations/{id}` gives it.', locationHeaders),
  },
});

export const updateCitation = writeRoute({
  method: 'patch',
  path: '/v1/citations/{id}',
  operationId: 'updateCitation',
  tags: ['Citations'],
  summary: 'Change a citation',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too) to the source, excerpt or locator; the claim a citation backs never changes. With `If-Match`, only if the citation still has that ETag.',
  request: { params: CitationParams, body: patchBody(CitationPatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(ClaimCitationSchema, 'The citation after the change.', etagHeader),
  },
});

export const deleteCitation = writeRoute({
  method: 'delete',
  path: '/v1/citations/{id}',
  operationId: 'deleteCitation',
  tags: ['Citations'],
  summary: 'Delete a citation',
  description: 'Deletes one citation; the claim and the source stay. With `If-Match`, only if it still has that ETag.',
  request: { params: CitationParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});

export const listUncitedClaims = createRoute({
  method: 'get',
  path: '/v1/claims/uncited',
  operationId: 'listUncitedClaims',
  tags: ['Citations'],
  summary: 'List uncited claims',
  description:
    'Claims that no source backs yet — events, participations, memberships, statements and relations — for curators to cite. Ordered by kind of claim (events, participations, memberships, statements, relations), then id. Cursor-paginated: follow `nextCursor`, or the `Link: rel="next"` header, until it is `null`.',
  security: [],
  request: { query: UncitedClaimsQuery },
  responses: {
    200: jsonContent(UncitedClaimPageSchema, 'A page of uncited claims.', linkHeader),
    ...readErrors,
  },
});
