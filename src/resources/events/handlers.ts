import type { RouteHandler } from '@hono/zod-openapi';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { decodeCursor, encodeCursor, nextPageUrl, queryDigest, timestampKeyPart, uuidKeyPart } from '../../http/cursor.js';
import { ApiError } from '../../http/problem.js';
import { getEventDetail, eventKey, listEvents as listEventRows, toEvent, type EventKey } from './queries.js';
import type * as routes from './routes.js';
import { EventDetailSchema, EventPageSchema } from './schemas.js';

export const listEvents: RouteHandler<typeof routes.listEvents, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const digest = queryDigest({ ...query, order: 'desc' });
  const after: EventKey | undefined = query.cursor
    ? decodeCursor(query.cursor, digest, [timestampKeyPart, timestampKeyPart, uuidKeyPart])
    : undefined;
  const { rows, more } = await listEventRows(c.get('db'), { limit: query.limit, ...(after ? { after } : {}) });
  const last = rows.at(-1);
  const nextCursor = more && last ? encodeCursor(eventKey(last), digest) : null;
  if (nextCursor) c.header('Link', `<${nextPageUrl(c.req.url, nextCursor)}>; rel="next"`);
  return c.json(EventPageSchema.parse({ data: rows.map(toEvent), nextCursor }), 200);
};

export const getEvent: RouteHandler<typeof routes.getEvent, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const key = isUuid(id) ? { id: id.toLowerCase() } : { slug: id };
  const event = await getEventDetail(c.get('db'), key);
  if (!event) throw new ApiError('not_found', `No event has the id or slug "${id}".`);
  return c.json(EventDetailSchema.parse(event), 200);
};
