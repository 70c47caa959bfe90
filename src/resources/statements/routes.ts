import { createRoute } from '@hono/zod-openapi';
import { etagHeader, jsonContent, linkHeader, notFoundError, notModified, readErrors } from '../../http/responses.js';
import { StatementSchema } from '../common/schemas.js';
import { GetStatementQuery, ListStatementsQuery, StatementPageSchema, StatementParams } from './schemas.js';

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
