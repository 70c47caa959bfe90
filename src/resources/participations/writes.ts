/**
 * Creating, changing and deleting participations, with their citations, in one transaction
 * each, recorded as revisions. An actor has a role in an event at most once.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import { actors, events } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { create, fieldsOf, remove, represented, update, type RecordSpec } from '../common/records.js';
import { assertExist } from '../common/references.js';
import { toParticipation } from './queries.js';
import type * as routes from './routes.js';
import { ParticipationDocument, ParticipationSchema } from './schemas.js';

const participation: RecordSpec<'participations', ParticipationDocument> = {
  resource: 'participations',
  document: ParticipationDocument,
  claim: 'participationId',
  documentOf: (row) => fieldsOf(ParticipationDocument, row),
  columnsOf: (doc) => fieldsOf(ParticipationDocument, doc),
  represent: async (tx, row) => represented(ParticipationSchema, await toParticipation(tx, row)),
  check: (tx, doc) =>
    assertExist(tx, [
      { table: events, ids: doc.eventId, path: ['eventId'], noun: 'event' },
      { table: actors, ids: doc.actorId, path: ['actorId'], noun: 'actor' },
    ]),
};

export const createParticipation: RouteHandler<typeof routes.createParticipation, AppEnv> = (c) =>
  create(c, participation, c.req.valid('json'));
export const updateParticipation: RouteHandler<typeof routes.updateParticipation, AppEnv> = (c) =>
  update(c, participation, c.req.valid('param').id, c.req.valid('json'));
export const deleteParticipation: RouteHandler<typeof routes.deleteParticipation, AppEnv> = (c) =>
  remove(c, participation, c.req.valid('param').id);
