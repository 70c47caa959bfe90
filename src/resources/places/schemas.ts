import { z } from '@hono/zod-openapi';
import { PLACE_KINDS } from '../../domain/enums.js';
import { languageMapInput, slugInput, uuidInput } from '../../http/inputs.js';
import { languageQuery, listParam, refListParam } from '../../http/params.js';
import {
  IdSchema,
  LanguageMapSchema,
  SlugSchema,
  TimestampSchema,
  idOrSlugParam,
  pageSchema,
  paginationQuery,
} from '../../http/schemas.js';
import { PlaceRefSchema, labelFields } from '../common/schemas.js';
import { slugSortParam } from '../common/lists.js';

export const PlaceKindSchema = z.enum(PLACE_KINDS).openapi('PlaceKind', {
  description: 'What kind of place this is. Clients must tolerate values added later.',
  example: 'city',
});

export const PlaceSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'moscow' }),
    kind: PlaceKindSchema,
    name: LanguageMapSchema,
    parent: z.union([PlaceRefSchema, z.null()]).openapi({ description: 'The place it lies within (Moscow: Russia), if any.' }),
    latitude: z
      .number()
      .nullable()
      .openapi({ description: 'WGS 84 latitude in degrees, when known.', example: 55.7558 }),
    longitude: z
      .number()
      .nullable()
      .openapi({ description: 'WGS 84 longitude in degrees, when known.', example: 37.6173 }),
    wikidataId: z
      .string()
      .nullable()
      .openapi({ description: 'The Wikidata item (QID) of the place, when known.', example: 'Q649' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    ...labelFields,
  })
  .openapi('Place', { description: 'A city, country or region, with the place it lies within and its coordinates.' });

export const PlacePageSchema = pageSchema(PlaceSchema, 'PlacePage', 'A page of places.');

// ---- Query parameters ----

export const ListPlacesQuery = z.strictObject({
  kind: listParam(z.enum(PLACE_KINDS, { error: `must be one of ${PLACE_KINDS.join(', ')}` }), {
    name: 'kind',
    description: 'Places of this kind.',
    example: ['city'],
  }),
  parent: refListParam({
    name: 'parent',
    description: 'Places directly within this place (id or slug).',
    example: ['russia'],
  }),
  sort: slugSortParam(),
  ...paginationQuery,
  ...languageQuery,
});

export const GetPlaceQuery = z.strictObject({ ...languageQuery });

export const PlaceParams = idOrSlugParam('moscow');

export type Place = z.infer<typeof PlaceSchema>;

// ---- Request bodies ----

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
export const PlaceDocument = z.strictObject(placeFields).superRefine(bothCoordinates);

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

export type PlaceDocument = z.infer<typeof PlaceDocument>;
