import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.js';
import { ApiError } from '../../http/problem.js';
import { presentItem } from '../../http/respond.js';
import { findRelation } from './queries.js';
import type * as routes from './routes.js';
import { RelationRecordSchema } from './schemas.js';

export const getRelation: RouteHandler<typeof routes.getRelation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const relation = await findRelation(c.get('db'), id.toLowerCase());
  if (!relation) throw new ApiError('not_found', `No relation has the id "${id}".`);
  return c.json(presentItem(c, RelationRecordSchema, relation, query.lang), 200);
};
