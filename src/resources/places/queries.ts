import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { requiredIsoFromDb } from '../../db/dates.js';
import { pageOf, pageProbe } from '../../db/paging.js';
import { places } from '../../db/schema/index.js';
import type { PlaceKind } from '../../domain/enums.js';
import { slugKeyset, type SlugKey } from '../common/lists.js';
import type { Place } from './schemas.js';

const parents = alias(places, 'parent');

/** A place's columns and its parent's, in one row. */
const placeColumns = {
  id: places.id,
  slug: places.slug,
  kind: places.kind,
  name: places.name,
  latitude: places.latitude,
  longitude: places.longitude,
  wikidataId: places.wikidataId,
  createdAt: places.createdAt,
  updatedAt: places.updatedAt,
  parent: { id: parents.id, slug: parents.slug, kind: parents.kind, name: parents.name },
};

function selectPlaces(db: Db) {
  return db.select(placeColumns).from(places).leftJoin(parents, eq(parents.id, places.parentId));
}

type PlaceRow = Awaited<ReturnType<typeof selectPlaces>>[number];

function toPlace(row: PlaceRow): Place {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    parent: row.parent ?? null,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    wikidataId: row.wikidataId ?? null,
    createdAt: requiredIsoFromDb(row.createdAt),
    updatedAt: requiredIsoFromDb(row.updatedAt),
  };
}

/** A page of places with their parents, in slug order (or its reverse), after a keyset position: one query. */
export async function listPlacesPage(
  db: Db,
  options: { kinds?: PlaceKind[]; parentIds?: string[]; order: 'asc' | 'desc'; limit: number; after?: SlugKey },
): Promise<{ items: Place[]; more: boolean }> {
  const { resume, orderBy } = slugKeyset(places, options.order, options.after);
  const rows = await selectPlaces(db)
    .where(
      and(
        options.kinds?.length ? inArray(places.kind, options.kinds) : undefined,
        options.parentIds ? inArray(places.parentId, options.parentIds) : undefined,
        resume,
      ),
    )
    .orderBy(...orderBy)
    .limit(pageProbe(options.limit));
  const page = pageOf(rows, options.limit);
  return { items: page.rows.map(toPlace), more: page.more };
}

/** One place with its parent, by id or slug, or undefined. */
export async function findPlace(db: Db, key: { id: string } | { slug: string }): Promise<Place | undefined> {
  const [row] = await selectPlaces(db)
    .where('id' in key ? eq(places.id, key.id) : eq(places.slug, key.slug))
    .limit(1);
  return row && toPlace(row);
}
