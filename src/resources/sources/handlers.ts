import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.js';
import { pager, present, presentItem } from '../../http/present.js';
import { slugOrder } from '../common/lists.js';
import { findByRef } from '../common/records.js';
import { notFound } from '../registry.js';
import { listSourceRows, toSource } from './queries.js';
import type * as routes from './routes.js';
import { SourcePageSchema, SourceSchema } from './schemas.js';

export const listSources: RouteHandler<typeof routes.listSources, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const page = pager(query);
  const after = page.byText(query.cursor);
  const { rows, more } = await listSourceRows(c.get('db'), {
    ...(query.kind ? { kinds: query.kind } : {}),
    ...(query.language ? { langs: query.language } : {}),
    order: slugOrder(query.sort),
    limit: query.limit,
    ...(after ? { after } : {}),
  });
  const last = rows.at(-1);
  const nextCursor = page.next(c, more, last && [last.slug, last.id]);
  return c.json(present(c, SourcePageSchema, { data: rows.map(toSource), nextCursor }, query.lang), 200);
};

export const getSource: RouteHandler<typeof routes.getSource, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const row = await findByRef(c.get('db'), 'sources', id);
  if (!row) throw notFound('source', id);
  return c.json(presentItem(c, SourceSchema, toSource(row), query.lang), 200);
};
