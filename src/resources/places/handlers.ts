import type { RouteHandler } from '@hono/zod-openapi';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { pager, present, presentItem } from '../../http/present.js';
import { resolveParamRefs, slugOrder } from '../common/lists.js';
import { notFound } from '../registry.js';
import { findPlace, listPlacesPage } from './queries.js';
import type * as routes from './routes.js';
import { PlacePageSchema, PlaceSchema } from './schemas.js';

export const listPlaces: RouteHandler<typeof routes.listPlaces, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const db = c.get('db');
  const ids = await resolveParamRefs(db, { parent: { noun: 'place', refs: query.parent } });
  const page = pager(query);
  const after = page.byText(query.cursor);
  const { items, more } = await listPlacesPage(db, {
    ...(query.kind ? { kinds: query.kind } : {}),
    ...(query.parent ? { parentIds: ids.parent } : {}),
    order: slugOrder(query.sort),
    limit: query.limit,
    ...(after ? { after } : {}),
  });
  const last = items.at(-1);
  const nextCursor = page.next(c, more, last && [last.slug, last.id]);
  return c.json(present(c, PlacePageSchema, { data: items, nextCursor }, query.lang), 200);
};

export const getPlace: RouteHandler<typeof routes.getPlace, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const place = await findPlace(c.get('db'), isUuid(id) ? { id: id.toLowerCase() } : { slug: id });
  if (!place) throw notFound('place', id);
  return c.json(presentItem(c, PlaceSchema, place, query.lang), 200);
};
