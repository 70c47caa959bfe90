/**
 * Creating, changing and deleting actors, each in one transaction, recorded as revisions. An
 * actor still taking part in events, in memberships or speaking in statements cannot be deleted.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import { count, eq, or } from 'drizzle-orm';
import { memberships, participations, statements } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { create, fieldsOf, remove, represented, update, type RecordSpec } from '../common/records.js';
import { toActor } from './queries.js';
import type * as routes from './routes.js';
import { ActorDocument, ActorSchema } from './schemas.js';

const actor: RecordSpec<'actors', ActorDocument> = {
  resource: 'actors',
  document: ActorDocument,
  documentOf: (row) => fieldsOf(ActorDocument, row),
  columnsOf: (doc) => fieldsOf(ActorDocument, doc),
  represent: (_tx, row) => represented(ActorSchema, toActor(row)),
  // An actor without aliases has an empty map of them (the column is never null).
  normalize: (doc) => ({ ...doc, aliases: doc.aliases ?? {} }),
  references: (tx, row) => [
    {
      label: 'participation',
      count: tx.select({ n: count() }).from(participations).where(eq(participations.actorId, row.id)).getSQL(),
    },
    {
      label: 'membership',
      count: tx
        .select({ n: count() })
        .from(memberships)
        .where(or(eq(memberships.memberId, row.id), eq(memberships.organizationId, row.id)))
        .getSQL(),
    },
    { label: 'statement', count: tx.select({ n: count() }).from(statements).where(eq(statements.speakerId, row.id)).getSQL() },
  ],
};

export const createActor: RouteHandler<typeof routes.createActor, AppEnv> = (c) => create(c, actor, c.req.valid('json'));
export const updateActor: RouteHandler<typeof routes.updateActor, AppEnv> = (c) =>
  update(c, actor, c.req.valid('param').id, c.req.valid('json'));
export const deleteActor: RouteHandler<typeof routes.deleteActor, AppEnv> = (c) => remove(c, actor, c.req.valid('param').id);
