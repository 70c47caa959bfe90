import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.js';
import { presentItem } from '../../http/present.js';
import { notFound } from '../registry.js';
import { findRelation } from './queries.js';
import type * as routes from './routes.js';
import { RelationRecordSchema } from './schemas.js';

export const getRelation: RouteHandler<typeof routes.getRelation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const relation = await findRelation(c.get('db'), id.toLowerCase());
  if (!relation) throw notFound('relation', id);
  return c.json(presentItem(c, RelationRecordSchema, relation, query.lang), 200);
};
