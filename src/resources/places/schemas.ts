import { z } from '@hono/zod-openapi';
import { PLACE_KINDS } from '../../domain/enums.js';
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
