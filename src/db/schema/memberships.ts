import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { MEMBERSHIP_KINDS } from '../../domain/enums.js';
import { actors } from './actors.js';
import { auditColumns, id, isJsonObject, languageMap, oneOf, timestamptz } from './common.js';

/**
 * An actor's time-bounded tie to another (Popolo's Membership/Post): a person holding a post in
 * a state or organisation, or a state belonging to a coalition. `start` and `end` are EDTF
 * strings (null: unknown); `earliest`/`latest` are derived from them, `±infinity` when unknown.
 */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    kind: text({ enum: MEMBERSHIP_KINDS }).notNull(),
    memberId: uuid()
      .notNull()
      .references(() => actors.id),
    organizationId: uuid()
      .notNull()
      .references(() => actors.id),
    /** The post or role held: "Deputy Foreign Minister". */
    role: languageMap(),
    start: text(),
    end: text(),
    earliest: timestamptz().notNull(),
    latest: timestamptz().notNull(),
    ...auditColumns(),
  },
  (t) => [
    index('memberships_member_id_idx').on(t.memberId, t.earliest, t.latest, t.id),
    index('memberships_organization_id_idx').on(t.organizationId, t.earliest, t.latest, t.id),
    check('memberships_kind_check', oneOf(t.kind, MEMBERSHIP_KINDS)),
    check('memberships_not_self_check', sql`${t.memberId} <> ${t.organizationId}`),
    check('memberships_role_check', isJsonObject(t.role)),
    check('memberships_bounds_check', sql`${t.earliest} <= ${t.latest}`),
  ],
);
