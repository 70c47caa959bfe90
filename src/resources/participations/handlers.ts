import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.js';
import { ApiError } from '../../http/problem.js';
import { presentItem } from '../../http/respond.js';
import { findParticipation } from './queries.js';
import type * as routes from './routes.js';
import { ParticipationSchema } from './schemas.js';

export const getParticipation: RouteHandler<typeof routes.getParticipation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const participation = await findParticipation(c.get('db'), id.toLowerCase());
  if (!participation) throw new ApiError('not_found', `No participation has the id "${id}".`);
  return c.json(presentItem(c, ParticipationSchema, participation, query.lang), 200);
};
