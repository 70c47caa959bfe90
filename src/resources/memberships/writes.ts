/**
 * Creating, changing and deleting memberships, with their citations, in one transaction each,
 * recorded as revisions.
 */
import type { RouteHandler } from '@hono/zod-openapi';
import { actors } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { boundsOf } from '../citations/claims.js';
import { create, fieldsOf, remove, represented, update, type RecordSpec } from '../common/records.js';
import { assertDifferent, assertExist } from '../common/references.js';
import { toMembershipRecord } from './queries.js';
import type * as routes from './routes.js';
import { MembershipDocument, MembershipRecordSchema } from './schemas.js';

const membership: RecordSpec<'memberships', MembershipDocument> = {
  resource: 'memberships',
  document: MembershipDocument,
  claim: 'membershipId',
  documentOf: (row) => fieldsOf(MembershipDocument, row),
  /** Its fields, with `earliest` from the start and `latest` from the end, `±infinity` when unknown. */
  columnsOf: (doc) => ({
    ...fieldsOf(MembershipDocument, doc),
    earliest: boundsOf(doc.start).earliest,
    latest: boundsOf(doc.end).latest,
  }),
  represent: async (tx, row) => represented(MembershipRecordSchema, await toMembershipRecord(tx, row)),
  async check(tx, doc) {
    await assertExist(tx, [
      { table: actors, ids: doc.memberId, path: ['memberId'], noun: 'actor' },
      { table: actors, ids: doc.organizationId, path: ['organizationId'], noun: 'actor' },
    ]);
    assertDifferent(
      doc.memberId,
      doc.organizationId,
      'organizationId',
      'memberId',
      'A membership ties an actor to another actor, not to itself.',
    );
  },
};

export const createMembership: RouteHandler<typeof routes.createMembership, AppEnv> = (c) =>
  create(c, membership, c.req.valid('json'));
export const updateMembership: RouteHandler<typeof routes.updateMembership, AppEnv> = (c) =>
  update(c, membership, c.req.valid('param').id, c.req.valid('json'));
export const deleteMembership: RouteHandler<typeof routes.deleteMembership, AppEnv> = (c) => remove(c, membership, c.req.valid('param').id);
