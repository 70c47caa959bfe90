import { createRoute } from '@hono/zod-openapi';
import { etagHeader, jsonContent, linkHeader, notFoundError, notModified, readErrors } from '../../http/responses.js';
import { GetPlaceQuery, ListPlacesQuery, PlacePageSchema, PlaceParams, PlaceSchema } from './schemas.js';

export const listPlaces = createRoute({
  method: 'get',
  path: '/v1/places',
  operationId: 'listPlaces',
  tags: ['Places'],
  summary: 'List places',
  description:
    'Cities, countries and regions, each with the place it lies within, in slug order (`sort=-slug` for the reverse). Filters combine with AND; a list inside one filter matches any of its values; an unknown parent is a 400 that names it. Cursor-paginated: follow `nextCursor`, or the `Link: rel="next"` header, until it is `null`.',
  security: [],
  request: { query: ListPlacesQuery },
  responses: {
    200: jsonContent(PlacePageSchema, 'A page of places.', linkHeader),
    ...readErrors,
  },
});

export const getPlace = createRoute({
  method: 'get',
  path: '/v1/places/{id}',
  operationId: 'getPlace',
  tags: ['Places'],
  summary: 'Get a place',
  description:
    'One place by id or slug, with its name per language, the place it lies within, its coordinates and its Wikidata item.',
  security: [],
  request: { params: PlaceParams, query: GetPlaceQuery },
  responses: {
    200: jsonContent(PlaceSchema, 'The place.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});
