import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.js';
import { presentItem } from '../../http/present.js';
import { notFound } from '../registry.js';
import { findParticipation } from './queries.js';
import type * as routes from './routes.js';
import { ParticipationSchema } from './schemas.js';

export const getParticipation: RouteHandler<typeof routes.getParticipation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const participation = await findParticipation(c.get('db'), id.toLowerCase());
  if (!participation) throw notFound('participation', id);
  return c.json(presentItem(c, ParticipationSchema, participation, query.lang), 200);
};
