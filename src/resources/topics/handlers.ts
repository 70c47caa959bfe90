import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.js';
import { pager, present, presentItem } from '../../http/present.js';
import { slugOrder } from '../common/lists.js';
import { findByRef } from '../common/records.js';
import { notFound } from '../registry.js';
import { listTopicRows, toTopic } from './queries.js';
import type * as routes from './routes.js';
import { TopicPageSchema, TopicSchema } from './schemas.js';

export const listTopics: RouteHandler<typeof routes.listTopics, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const page = pager(query);
  const after = page.byText(query.cursor);
  const { rows, more } = await listTopicRows(c.get('db'), {
    order: slugOrder(query.sort),
    limit: query.limit,
    ...(after ? { after } : {}),
  });
  const last = rows.at(-1);
  const nextCursor = page.next(c, more, last && [last.slug, last.id]);
  return c.json(present(c, TopicPageSchema, { data: rows.map(toTopic), nextCursor }, query.lang), 200);
};

export const getTopic: RouteHandler<typeof routes.getTopic, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const row = await findByRef(c.get('db'), 'topics', id);
  if (!row) throw notFound('topic', id);
  return c.json(presentItem(c, TopicSchema, toTopic(row), query.lang), 200);
};
