import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RELATION_TYPES } from '../../domain/enums.js';
import { auditColumns, id, isJsonObject, languageMap, oneOf } from './common.js';
import { events } from './events.js';

/** A typed link between two events, read as "subject <type> object": consultations continue a process. */
export const eventRelations = pgTable(
  'event_relations',
  {
    id: id(),
    subjectId: uuid()
      .notNull()
      .references(() => events.id),
    type: text({ enum: RELATION_TYPES }).notNull(),
    objectId: uuid()
      .notNull()
      .references(() => events.id),
    note: languageMap(),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('event_relations_subject_type_object_key').on(t.subjectId, t.type, t.objectId),
    index('event_relations_object_id_idx').on(t.objectId, t.type),
    check('event_relations_type_check', oneOf(t.type, RELATION_TYPES)),
    check('event_relations_not_self_check', sql`${t.subjectId} <> ${t.objectId}`),
    check('event_relations_note_check', isJsonObject(t.note)),
  ],
);
