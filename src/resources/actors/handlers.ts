import type { RouteHandler } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { AppEnv } from '../../http/context.js';
import { pager, present, presentItem } from '../../http/present.js';
import { listStatementsPage } from '../statements/queries.js';
import { slugOrder } from '../common/lists.js';
import { findByRef } from '../common/records.js';
import { notFound } from '../registry.js';
import { listActorEventsPage, listActorRows, listMembershipsPage, toActor, type ActorRow } from './queries.js';
import type * as routes from './routes.js';
import {
  ActorEventPageSchema,
  ActorPageSchema,
  ActorSchema,
  MemberPageSchema,
  MembershipPageSchema,
  StatementPageSchema,
} from './schemas.js';

async function requireActor(db: Db, id: string): Promise<ActorRow> {
  const row = await findByRef(db, 'actors', id);
  if (!row) throw notFound('actor', id);
  return row;
}

export const listActors: RouteHandler<typeof routes.listActors, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const db = c.get('db');
  const page = pager(query);
  const after = page.byText(query.cursor);
  const { rows, more } = await listActorRows(db, {
    ...(query.kind ? { kinds: query.kind } : {}),
    ...(query.q ? { search: query.q } : {}),
    order: slugOrder(query.sort),
    limit: query.limit,
    ...(after ? { after } : {}),
  });
  const last = rows.at(-1);
  const nextCursor = page.next(c, more, last && [last.slug, last.id]);
  return c.json(present(c, ActorPageSchema, { data: rows.map(toActor), nextCursor }, query.lang), 200);
};

export const getActor: RouteHandler<typeof routes.getActor, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const row = await requireActor(c.get('db'), id);
  return c.json(presentItem(c, ActorSchema, toActor(row), query.lang), 200);
};

export const listActorEvents: RouteHandler<typeof routes.listActorEvents, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  const actor = await requireActor(db, id);
  const page = pager(query, { actor: actor.id });
  const after = page.chronological(query.cursor);
  const { items, keys, more } = await listActorEventsPage(db, actor.id, {
    ...(query.role ? { roles: query.role } : {}),
    order: query.sort === 'date' ? 'asc' : 'desc',
    limit: query.limit,
    ...(after ? { after } : {}),
  });
  const nextCursor = page.next(c, more, keys.at(-1));
  return c.json(present(c, ActorEventPageSchema, { data: items, nextCursor }, query.lang), 200);
};

export const listActorMemberships: RouteHandler<typeof routes.listActorMemberships, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  const actor = await requireActor(db, id);
  const page = pager(query, { member: actor.id });
  const after = page.chronological(query.cursor);
  const { items, keys, more } = await listMembershipsPage(db, actor.id, {
    side: 'member',
    limit: query.limit,
    ...(after ? { after } : {}),
  });
  const data = items.map(({ other, ...membership }) => ({ ...membership, organization: other }));
  const nextCursor = page.next(c, more, keys.at(-1));
  return c.json(present(c, MembershipPageSchema, { data, nextCursor }, query.lang), 200);
};

export const listActorMembers: RouteHandler<typeof routes.listActorMembers, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  const actor = await requireActor(db, id);
  const page = pager(query, { organization: actor.id });
  const after = page.chronological(query.cursor);
  const { items, keys, more } = await listMembershipsPage(db, actor.id, {
    side: 'organization',
    limit: query.limit,
    ...(after ? { after } : {}),
  });
  const data = items.map(({ other, ...membership }) => ({ ...membership, member: other }));
  const nextCursor = page.next(c, more, keys.at(-1));
  return c.json(present(c, MemberPageSchema, { data, nextCursor }, query.lang), 200);
};

export const listActorStatements: RouteHandler<typeof routes.listActorStatements, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const db = c.get('db');
  const actor = await requireActor(db, id);
  const page = pager(query, { speaker: actor.id });
  const after = page.chronological(query.cursor);
  const { items, keys, more } = await listStatementsPage(db, {
    filters: { speakerIds: [actor.id] },
    order: query.sort === 'date' ? 'asc' : 'desc',
    limit: query.limit,
    ...(after ? { after } : {}),
  });
  const nextCursor = page.next(c, more, keys.at(-1));
  return c.json(present(c, StatementPageSchema, { data: items, nextCursor }, query.lang), 200);
};
