import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { DATE_PRECISIONS, STATEMENT_KINDS } from '../../domain/enums.js';
import { actors } from './actors.js';
import { auditColumns, id, isJsonObject, isLanguageTag, languageMap, oneOf, timestamptz } from './common.js';
import { events } from './events.js';

/**
 * Words attributed to an actor: a direct quote or reported speech. The original text is kept
 * exactly as the source gives it, with its language; translations are a language map.
 */
export const statements = pgTable(
  'statements',
  {
    id: id(),
    kind: text({ enum: STATEMENT_KINDS }).notNull(),
    speakerId: uuid()
      .notNull()
      .references(() => actors.id),
    eventId: uuid().references(() => events.id),
    originalText: text().notNull(),
    originalLang: text().notNull(),
    translations: languageMap().notNull().default({}),
    /** EDTF, when known; `earliest`/`latest` are then its bounds, else `-infinity`/`infinity`. */
    date: text(),
    earliest: timestamptz().notNull().default(sql`'-infinity'`),
    latest: timestamptz().notNull().default(sql`'infinity'`),
    precision: text({ enum: DATE_PRECISIONS }),
    ...auditColumns(),
  },
  (t) => [
    index('statements_chronology_idx').on(t.earliest, t.latest, t.id),
    index('statements_speaker_id_idx').on(t.speakerId, t.earliest, t.latest, t.id),
    index('statements_event_id_idx').on(t.eventId, t.earliest, t.latest, t.id),
    index('statements_kind_idx').on(t.kind, t.earliest, t.latest, t.id),
    index('statements_original_lang_idx').on(t.originalLang, t.earliest, t.latest, t.id),
    check('statements_kind_check', oneOf(t.kind, STATEMENT_KINDS)),
    check('statements_original_lang_check', isLanguageTag(t.originalLang)),
    check('statements_original_text_check', sql`length(${t.originalText}) > 0`),
    check('statements_translations_check', isJsonObject(t.translations)),
    check('statements_precision_check', oneOf(t.precision, DATE_PRECISIONS)),
    check('statements_date_check', sql`(${t.date} is null) = (${t.precision} is null)`),
    check('statements_bounds_check', sql`${t.earliest} <= ${t.latest}`),
  ],
);
