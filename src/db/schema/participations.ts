import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PARTICIPATION_ROLES } from '../../domain/enums.js';
import { actors } from './actors.js';
import { auditColumns, id, isJsonObject, languageMap, oneOf } from './common.js';
import { events } from './events.js';

/** An actor's part in an event, with its role: host, visitor, attendee, obstructing party… */
export const participations = pgTable(
  'participations',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id),
    actorId: uuid()
      .notNull()
      .references(() => actors.id),
    role: text({ enum: PARTICIPATION_ROLES }).notNull(),
    /** Free-text precision on the role: "Iran's side". */
    note: languageMap(),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('participations_event_actor_role_key').on(t.eventId, t.actorId, t.role),
    index('participations_actor_id_idx').on(t.actorId, t.eventId),
    check('participations_role_check', oneOf(t.role, PARTICIPATION_ROLES)),
    check('participations_note_check', isJsonObject(t.note)),
  ],
);
