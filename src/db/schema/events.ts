import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DATE_PRECISIONS, EVENT_KINDS, EVENT_STATUSES } from '../../domain/enums.js';
import { auditColumns, id, isJsonObject, languageMap, oneOf, timestamptz } from './common.js';
import { places } from './places.js';
import { topics } from './topics.js';

/**
 * Something that happened or is ongoing. `date` is the EDTF string as given; `earliest`,
 * `latest` and `precision` are derived from it by the server (`±infinity` for open bounds).
 */
export const events = pgTable(
  'events',
  {
    id: id(),
    slug: text().notNull(),
    kind: text({ enum: EVENT_KINDS }).notNull(),
    status: text({ enum: EVENT_STATUSES }).notNull(),
    title: languageMap().notNull(),
    summary: languageMap(),
    date: text().notNull(),
    earliest: timestamptz().notNull(),
    latest: timestamptz().notNull(),
    precision: text({ enum: DATE_PRECISIONS }).notNull(),
    placeId: uuid().references(() => places.id),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('events_slug_key').on(t.slug),
    // The chronological order of every list and the timeline, with `id` as the unique tie-breaker.
    index('events_chronology_idx').on(t.earliest, t.latest, t.id),
    index('events_place_id_idx').on(t.placeId, t.earliest, t.latest, t.id),
    index('events_kind_idx').on(t.kind, t.earliest, t.latest, t.id),
    index('events_status_idx').on(t.status, t.earliest, t.latest, t.id),
    // Date windows: which events can overlap [from, to].
    index('events_period_idx').using('gist', sql`tstzrange(${t.earliest}, ${t.latest}, '[]')`),
    check('events_kind_check', oneOf(t.kind, EVENT_KINDS)),
    check('events_status_check', oneOf(t.status, EVENT_STATUSES)),
    check('events_precision_check', oneOf(t.precision, DATE_PRECISIONS)),
    check('events_title_check', isJsonObject(t.title)),
    check('events_summary_check', isJsonObject(t.summary)),
    check('events_bounds_check', sql`${t.earliest} <= ${t.latest}`),
  ],
);

/** The topics an event belongs to. */
export const eventTopics = pgTable(
  'event_topics',
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.topicId], name: 'event_topics_pkey' }),
    index('event_topics_topic_id_idx').on(t.topicId, t.eventId),
  ],
);
