import { createRoute } from '@hono/zod-openapi';
import { jsonContent, linkHeader, readErrors } from '../../http/contract.js';
import { SearchPageSchema, SearchQuery } from './schemas.js';

export const search = createRoute({
  method: 'get',
  path: '/v1/search',
  operationId: 'search',
  tags: ['Search'],
  summary: 'Search everything',
  description:
    'Events, actors, statements and sources matching `q`, in Arabic or English, most relevant first: a match in a title, name or quote outranks one in a summary or description, and an actor\'s exact name outranks a similar spelling. Each hit has a snippet of the stored text with the matched words\' positions. `type` narrows the hits; `lang` or `Accept-Language` adds `label`. Cursor-paginated: follow `nextCursor`, or the `Link: rel="next"` header, until it is `null`. The list filters take `q` too: `/v1/events`, `/v1/timeline`, `/v1/actors` and `/v1/statements`.',
  security: [],
  request: { query: SearchQuery },
  responses: {
    200: jsonContent(SearchPageSchema, 'A page of hits.', linkHeader),
    ...readErrors,
  },
});
