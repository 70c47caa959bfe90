import type { RouteHandler } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { AppEnv } from '../../http/context.js';
import { ApiError, pointer } from '../../http/problem.js';
import { pager, present, presentItem } from '../../http/present.js';
import { resolveParamRefs } from '../common/lists.js';
import { notFound } from '../registry.js';
import { findStatement, listStatementsPage, type StatementFilters } from './queries.js';
import type * as routes from './routes.js';
import { StatementPageSchema, StatementSchema, type ListStatementsQueryInput } from './schemas.js';

/** Resolves the speakers and events of a statement query (one query); unknown ones are a 400 naming them. */
export async function resolveStatementFilters(db: Db, query: ListStatementsQueryInput): Promise<StatementFilters> {
  if (query.from?.earliest && query.to?.latest && query.from.earliest > query.to.latest) {
    throw new ApiError('validation_error', 'The date window starts after it ends.', {
      errors: [{ pointer: pointer('query', ['from']), detail: 'must not be after `to`' }],
    });
  }
  const ids = await resolveParamRefs(db, {
    speaker: { noun: 'actor', refs: query.speaker },
    event: { noun: 'event', refs: query.event },
  });
  const window = {
    from: query.from?.earliest ?? null,
    to: query.to?.latest ?? null,
    strict: query.certainty === 'strict',
  };
  return {
    ...(query.speaker ? { speakerIds: ids.speaker } : {}),
    ...(query.event ? { eventIds: ids.event } : {}),
    ...(query.kind ? { kinds: query.kind } : {}),
    ...(query.originalLang ? { originalLangs: query.originalLang } : {}),
    ...(query.from || query.to ? { window } : {}),
    ...(query.q ? { search: query.q } : {}),
  };
}

export const listStatements: RouteHandler<typeof routes.listStatements, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const db = c.get('db');
  const filters = await resolveStatementFilters(db, query);
  const page = pager(query);
  const after = page.chronological(query.cursor);
  const { items, keys, more } = await listStatementsPage(db, {
    filters,
    order: query.sort === 'date' ? 'asc' : 'desc',
    limit: query.limit,
    ...(after ? { after } : {}),
  });
  const nextCursor = page.next(c, more, keys.at(-1));
  return c.json(present(c, StatementPageSchema, { data: items, nextCursor }, query.lang), 200);
};

export const getStatement: RouteHandler<typeof routes.getStatement, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const statement = await findStatement(c.get('db'), id.toLowerCase());
  if (!statement) throw notFound('statement', id);
  return c.json(presentItem(c, StatementSchema, statement, query.lang), 200);
};
