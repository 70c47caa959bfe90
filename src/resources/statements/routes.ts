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
  GetStatementQuery,
  ListStatementsQuery,
  StatementCreateSchema,
  StatementPageSchema,
  StatementParams,
  StatementPatchSchema,
  StatementSchema,
} from './schemas.js';

export const listStatements = createRoute({
  method: 'get',
  path: '/v1/statements',
  operationId: 'listStatements',
  tags: ['Statements'],
  summary: 'List statements',
  description:
    'Words attributed to actors, quoted or reported, newest first by their date bounds (`sort=date` for oldest first), with their original text, translations and citations. Filters combine with AND; a list inside one filter matches any of its values. A date window (`from`, `to`) keeps statements whose date can overlap it, or with `certainty=strict` only those certainly inside it. An unknown parameter, value, speaker or event is a 400 that names it. Cursor-paginated: follow `nextCursor`, or the `Link: rel="next"` header, until it is `null`.',
  security: [],
  request: { query: ListStatementsQuery },
  responses: {
    200: jsonContent(StatementPageSchema, 'A page of statements.', linkHeader),
    ...readErrors,
  },
});

export const getStatement = createRoute({
  method: 'get',
  path: '/v1/statements/{id}',
  operationId: 'getStatement',
  tags: ['Statements'],
  summary: 'Get a statement',
  description:
    'One statement by id: the words exactly as the source gives them, in their original language, with translations, the speaker, the event it was made at or about, its date and the citations that attribute it.',
  security: [],
  request: { params: StatementParams, query: GetStatementQuery },
  responses: {
    200: jsonContent(StatementSchema, 'The statement.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});

// ---- Writes ----

export const createStatement = writeRoute({
  method: 'post',
  path: '/v1/statements',
  operationId: 'createStatement',
  tags: ['Statements'],
  summary: 'Create a statement',
  description:
    'Attributes words to an actor, with their translations and citations (existing sources by id, or new ones inline), in one transaction. The server derives the date bounds and precision from the EDTF `date`; an undated statement is unbounded. An unknown speaker, event or source is a 422 naming the field. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(StatementCreateSchema, 'The new statement.') },
  responses: {
    201: jsonContent(StatementSchema, 'The statement, as `GET /v1/statements/{id}` gives it.', locationHeaders),
  },
});

export const updateStatement = writeRoute({
  method: 'patch',
  path: '/v1/statements/{id}',
  operationId: 'updateStatement',
  tags: ['Statements'],
  summary: 'Change a statement',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too). With `If-Match`, only if the statement still has that ETag. Its citations are changed through `/v1/citations`.',
  request: { params: StatementParams, body: patchBody(StatementPatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(StatementSchema, 'The statement after the change.', etagHeader),
  },
});

export const deleteStatement = writeRoute({
  method: 'delete',
  path: '/v1/statements/{id}',
  operationId: 'deleteStatement',
  tags: ['Statements'],
  summary: 'Delete a statement',
  description:
    'Deletes a statement with its own citations; the sources stay. With `If-Match`, only if it still has that ETag.',
  request: { params: StatementParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});
