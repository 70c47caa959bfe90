import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { auditColumns, id, isLanguageTag } from './common.js';
import { eventRelations } from './event-relations.js';
import { events } from './events.js';
import { memberships } from './memberships.js';
import { participations } from './participations.js';
import { sources } from './sources.js';
import { statements } from './statements.js';

/**
 * A source backing exactly one claim: an event, a participation, a membership, a statement or a
 * relation. The excerpt is quoted in its original language, exactly as the source writes it.
 * A citation belongs to its claim and goes with it; a source still cited cannot be deleted.
 */
export const citations = pgTable(
  'citations',
  {
    id: id(),
    sourceId: uuid()
      .notNull()
      .references(() => sources.id),
    excerpt: text(),
    excerptLang: text(),
    /** Where in the source: "paragraph 2", a page, a timestamp. */
    locator: text(),
    eventId: uuid().references(() => events.id, { onDelete: 'cascade' }),
    participationId: uuid().references(() => participations.id, { onDelete: 'cascade' }),
    membershipId: uuid().references(() => memberships.id, { onDelete: 'cascade' }),
    statementId: uuid().references(() => statements.id, { onDelete: 'cascade' }),
    relationId: uuid().references(() => eventRelations.id, { onDelete: 'cascade' }),
    ...auditColumns(),
  },
  (t) => [
    index('citations_source_id_idx').on(t.sourceId),
    index('citations_event_id_idx').on(t.eventId).where(sql`${t.eventId} is not null`),
    index('citations_participation_id_idx').on(t.participationId).where(sql`${t.participationId} is not null`),
    index('citations_membership_id_idx').on(t.membershipId).where(sql`${t.membershipId} is not null`),
    index('citations_statement_id_idx').on(t.statementId).where(sql`${t.statementId} is not null`),
    index('citations_relation_id_idx').on(t.relationId).where(sql`${t.relationId} is not null`),
    check(
      'citations_one_claim_check',
      sql`num_nonnulls(${t.eventId}, ${t.participationId}, ${t.membershipId}, ${t.statementId}, ${t.relationId}) = 1`,
    ),
    check('citations_excerpt_check', sql`(${t.excerpt} is null) = (${t.excerptLang} is null) and length(${t.excerpt}) > 0`),
    check('citations_excerpt_lang_check', isLanguageTag(t.excerptLang)),
  ],
);
