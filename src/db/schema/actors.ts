import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ACTOR_KINDS } from '../../domain/enums.js';
import type { AliasMap } from '../../domain/language.js';
import { auditColumns, id, isJsonObject, languageMap, oneOf } from './common.js';

/** A person, organisation, state or coalition. */
export const actors = pgTable(
  'actors',
  {
    id: id(),
    slug: text().notNull(),
    kind: text({ enum: ACTOR_KINDS }).notNull(),
    name: languageMap().notNull(),
    /** Other names and spellings per language; transliterated names vary from outlet to outlet. */
    aliases: jsonb().$type<AliasMap>().notNull().default({}),
    description: languageMap(),
    wikidataId: text(),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('actors_slug_key').on(t.slug),
    index('actors_kind_idx').on(t.kind, t.slug, t.id),
    check('actors_kind_check', oneOf(t.kind, ACTOR_KINDS)),
    check('actors_name_check', isJsonObject(t.name)),
    check('actors_aliases_check', isJsonObject(t.aliases)),
    check('actors_description_check', isJsonObject(t.description)),
    check('actors_wikidata_id_check', sql`${t.wikidataId} ~ '^Q[1-9][0-9]*$'`),
  ],
);
