import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.js';
import { presentItem } from '../../http/present.js';
import { notFound } from '../registry.js';
import { findMembership } from './queries.js';
import type * as routes from './routes.js';
import { MembershipRecordSchema } from './schemas.js';

export const getMembership: RouteHandler<typeof routes.getMembership, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const membership = await findMembership(c.get('db'), id.toLowerCase());
  if (!membership) throw notFound('membership', id);
  return c.json(presentItem(c, MembershipRecordSchema, membership, query.lang), 200);
};
