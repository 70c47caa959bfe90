/** Search across events, actors, statements and sources: one ranked, cursor-paginated page of hits. */
import type { RouteHandler } from '@hono/zod-openapi';
import { z } from 'zod';
import { decodeCursor, uuidKeyPart } from '../../http/cursor.js';
import type { AppEnv } from '../../http/context.js';
import { pager, present, requestedLanguages } from '../../http/present.js';
import { searchPage } from './queries.js';
import type * as routes from './routes.js';
import { SEARCH_TYPES, SearchPageSchema, type SearchType } from './schemas.js';

/** A score as Postgres prints a `real`, so that it compares equal when read back. */
const scoreKeyPart = z.string().regex(/^-?(\d+(\.\d+)?([eE][-+]?\d+)?|NaN|Infinity)$/);
const typeKeyPart = z.enum(SEARCH_TYPES);

export const search: RouteHandler<typeof routes.search, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const page = pager({ ...query, q: query.q.text });
  const after = query.cursor ? decodeCursor(query.cursor, page.digest, [scoreKeyPart, typeKeyPart, uuidKeyPart]) : undefined;
  const { hits, more, lastKey } = await searchPage(c.get('db'), {
    search: query.q,
    types: query.type ?? [...SEARCH_TYPES],
    limit: query.limit,
    preferredLang: requestedLanguages(c, query.lang)[0] ?? null,
    ...(after ? { after: { score: after[0], type: after[1] as SearchType, id: after[2] } } : {}),
  });
  const nextCursor = page.next(c, more, lastKey);
  return c.json(present(c, SearchPageSchema, { data: hits, nextCursor }, query.lang), 200);
};
