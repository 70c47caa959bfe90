/**
 * Creating, changing and deleting places, each in one transaction, recorded as revisions. A
 * place's parent must exist, and a place can never lie within itself.
 */
import { z, type RouteHandler } from '@hono/zod-openapi';
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { events, places } from '../../db/schema/index.js';
import { PLACE_KINDS } from '../../domain/enums.js';
import { isUuid } from '../../domain/ids.js';
import type { AppEnv } from '../../http/context.js';
import { languageMapInput, slugInput, uuidInput } from '../../http/inputs.js';
import { ApiError, pointer } from '../../http/problem.js';
import { checkIfMatch, diff, etagFor, mergePatch, runWrite, type RevisionEntry } from '../../http/writes.js';
import { assertExist, assertUnreferenced, parseBody } from '../common/writes.js';
import { findPlace } from './queries.js';
import type * as routes from './routes.js';
import { PlaceSchema } from './schemas.js';

type PlaceRow = typeof places.$inferSelect;

/** Changes of parent are serialised, so that two concurrent ones cannot close a cycle together. */
const HIERARCHY_LOCK = sql`pg_advisory_xact_lock(7312, hashtext('places.parent_id'))`;

const coordinate = (limit: number, example: number, description: string) =>
  z
    .number({ error: 'must be a number' })
    .min(-limit, `must be between -${limit} and ${limit}`)
    .max(limit, `must be between -${limit} and ${limit}`)
    .openapi({ description, example });

const placeFields = {
  slug: slugInput.openapi({ example: 'moscow' }),
  kind: z.enum(PLACE_KINDS, { error: `must be one of ${PLACE_KINDS.join(', ')}` }).openapi({ example: 'city' }),
  name: languageMapInput(500),
  parentId: uuidInput.nullable().optional().openapi({ description: 'The place it lies within.' }),
  latitude: coordinate(90, 55.7558, 'WGS 84 latitude in degrees; given with `longitude`, or not at all.')
    .nullable()
    .optional(),
  longitude: coordinate(180, 37.6173, 'WGS 84 longitude in degrees; given with `latitude`, or not at all.')
    .nullable()
    .optional(),
  wikidataId: z
    .string()
    .max(20, 'must be at most 20 characters')
    .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q649')
    .nullable()
    .optional()
    .openapi({ description: 'The Wikidata item (QID).', example: 'Q649' }),
};

/** Latitude and longitude go together. */
function bothCoordinates(
  place: { latitude?: number | null | undefined; longitude?: number | null | undefined },
  ctx: z.RefinementCtx,
) {
  if ((place.latitude == null) !== (place.longitude == null)) {
    const [missing, given] = place.latitude == null ? ['latitude', 'longitude'] : ['longitude', 'latitude'];
    ctx.addIssue({ code: 'custom', path: [missing], message: `is required with ${given}` });
  }
}

/** The writable fields of a place, as a document a merge patch applies to. */
const PlaceDocument = z.strictObject(placeFields).superRefine(bothCoordinates);

export const PlaceCreateSchema = z
  .strictObject(placeFields)
  .superRefine(bothCoordinates)
  .openapi('PlaceCreate', {
    description: 'A new place: a city, country or region, with the place it lies within.',
    // The city the Astana process is named after, which the seed does not have.
    example: { slug: 'astana', kind: 'city', name: { ar: 'أستانا', en: 'Astana' }, latitude: 51.1694, longitude: 71.4491 },
  });

export const PlacePatchSchema = z
  .strictObject({
    slug: placeFields.slug.optional(),
    kind: placeFields.kind.optional(),
    name: z
      .record(z.string(), z.string().nullable())
      .optional()
      .openapi({ description: 'Merged into the name; `null` removes a language.' }),
    parentId: placeFields.parentId,
    latitude: placeFields.latitude,
    longitude: placeFields.longitude,
    wikidataId: placeFields.wikidataId,
  })
  .openapi('PlacePatch', {
    description:
      'A JSON merge patch (RFC 7396): fields given replace, `null` clears, language maps merge by language. Coordinates change or clear together.',
  });

/** The representation `GET /v1/places/{id}` gives, which writes answer with and `If-Match` compares to. */
async function representation(tx: Db, id: string) {
  return PlaceSchema.parse(await findPlace(tx, { id }));
}

async function lockPlace(tx: Db, ref: string): Promise<PlaceRow> {
  const [row] = await tx
    .select()
    .from(places)
    .where(isUuid(ref) ? eq(places.id, ref.toLowerCase()) : eq(places.slug, ref))
    .for('update');
  if (!row) throw new ApiError('not_found', `No place has the id or slug "${ref}".`);
  return row;
}

function documentOf(row: PlaceRow): z.infer<typeof PlaceDocument> {
  return {
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    parentId: row.parentId ?? null,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    wikidataId: row.wikidataId ?? null,
  };
}

/** The parent must exist, and must not be the place itself or lie within it. */
async function checkParent(tx: Db, parentId: string | null | undefined, placeId?: string) {
  await assertExist(tx, [{ table: places, ids: parentId, path: ['parentId'], noun: 'place' }]);
  if (!parentId || !placeId) return;
  const [row] = rowsOf<{ found: boolean }>(
    await tx.execute(sql`
      with recursive ancestors(id) as (
        select ${parentId}::uuid
        union
        select places.parent_id from places
        join ancestors on places.id = ancestors.id
        where places.parent_id is not null
      )
      select exists (select 1 from ancestors where id = ${placeId}::uuid) as found`),
  );
  if (row?.found) {
    throw new ApiError(
      'unprocessable',
      'A place cannot lie within itself: the parent given is this place or a place within it.',
      { errors: [{ pointer: pointer('body', ['parentId']), detail: 'would make the place its own ancestor' }] },
    );
  }
}

function columnsOf(doc: z.infer<typeof PlaceDocument>) {
  return {
    slug: doc.slug,
    kind: doc.kind,
    name: doc.name,
    parentId: doc.parentId ?? null,
    latitude: doc.latitude ?? null,
    longitude: doc.longitude ?? null,
    wikidataId: doc.wikidataId ?? null,
  };
}

export const createPlace: RouteHandler<typeof routes.createPlace, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  return runWrite(c, body, async (tx) => {
    await checkParent(tx, body.parentId);
    const [row] = await tx.insert(places).values(columnsOf(body)).returning();
    const place = await representation(tx, row!.id);
    return {
      status: 201,
      body: place,
      headers: { Location: `/v1/places/${row!.id}`, ETag: etagFor(place) },
      revisions: [{ resource: 'places', resourceId: row!.id, action: 'create', version: 1, changes: documentOf(row!) }],
    };
  });
};

export const updatePlace: RouteHandler<typeof routes.updatePlace, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  return runWrite(c, patch, async (tx) => {
    if (typeof patch.parentId === 'string') await tx.execute(sql`select ${HIERARCHY_LOCK}`);
    const current = await lockPlace(tx, id);
    checkIfMatch(c, await representation(tx, current.id));
    const before = documentOf(current);
    const after = parseBody(PlaceDocument, mergePatch(before, patch));
    const changes = diff(before, after);
    if (changes.parentId) await checkParent(tx, after.parentId, current.id);
    let row = current;
    if (Object.keys(changes).length > 0) {
      [row] = (await tx
        .update(places)
        .set({ ...columnsOf(after), version: sql`${places.version} + 1`, updatedAt: sql`now()` })
        .where(eq(places.id, current.id))
        .returning()) as [PlaceRow];
    }
    const place = await representation(tx, row.id);
    const revisions: RevisionEntry[] = Object.keys(changes).length
      ? [{ resource: 'places', resourceId: row.id, action: 'update', version: row.version, changes }]
      : [];
    return { status: 200, body: place, headers: { ETag: etagFor(place) }, revisions };
  });
};

export const deletePlace: RouteHandler<typeof routes.deletePlace, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  return runWrite(c, undefined, async (tx) => {
    const current = await lockPlace(tx, id);
    checkIfMatch(c, await representation(tx, current.id));
    await assertUnreferenced(tx, 'place', [
      { label: 'event', count: tx.select({ n: count() }).from(events).where(eq(events.placeId, current.id)).getSQL() },
      {
        label: 'child place',
        count: tx.select({ n: count() }).from(places).where(eq(places.parentId, current.id)).getSQL(),
      },
    ]);
    const before = documentOf(current);
    await tx.delete(places).where(eq(places.id, current.id));
    return {
      status: 204,
      body: null,
      revisions: [
        { resource: 'places', resourceId: current.id, action: 'delete', version: current.version, changes: before },
      ],
    };
  });
};
