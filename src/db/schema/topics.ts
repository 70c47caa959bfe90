import { check, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditColumns, id, isJsonObject, languageMap } from './common.js';

/** A thread a reader follows: Syria, Idlib, the Astana process. */
export const topics = pgTable(
  'topics',
  {
    id: id(),
    slug: text().notNull(),
    name: languageMap().notNull(),
    description: languageMap(),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('topics_slug_key').on(t.slug),
    check('topics_name_check', isJsonObject(t.name)),
    check('topics_description_check', isJsonObject(t.description)),
  ],
);
