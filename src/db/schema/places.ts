import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { PLACE_KINDS } from '../../domain/enums.js';
import { auditColumns, id, isJsonObject, languageMap, oneOf } from './common.js';

/** A city, country or region: where an event happened, or what it concerns. */
export const places = pgTable(
  'places',
  {
    id: id(),
    slug: text().notNull(),
    kind: text({ enum: PLACE_KINDS }).notNull(),
    name: languageMap().notNull(),
    parentId: uuid().references((): AnyPgColumn => places.id),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    wikidataId: text(),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('places_slug_key').on(t.slug),
    index('places_parent_id_idx').on(t.parentId, t.slug, t.id),
    index('places_kind_idx').on(t.kind, t.slug, t.id),
    check('places_kind_check', oneOf(t.kind, PLACE_KINDS)),
    check('places_name_check', isJsonObject(t.name)),
    check('places_not_own_parent_check', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check('places_latitude_check', sql`${t.latitude} between -90 and 90`),
    check('places_longitude_check', sql`${t.longitude} between -180 and 180`),
    check('places_coordinates_check', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
    check('places_wikidata_id_check', sql`${t.wikidataId} ~ '^Q[1-9][0-9]*$'`),
  ],
);
