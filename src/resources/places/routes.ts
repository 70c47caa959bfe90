import { createRoute } from '@hono/zod-openapi';
import {
  etagHeader,
  jsonContent,
  linkHeader,
  locationHeaders,
  notFoundError,
  notModified,
  patchBody,
  readErrors,
  writeBody,
  writeRoute,
} from '../../http/contract.js';
import {
  GetPlaceQuery,
  ListPlacesQuery,
  PlaceCreateSchema,
  PlacePageSchema,
  PlaceParams,
  PlacePatchSchema,
  PlaceSchema,
} from './schemas.js';

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

// ---- Writes ----

export const createPlace = writeRoute({
  method: 'post',
  path: '/v1/places',
  operationId: 'createPlace',
  tags: ['Places'],
  summary: 'Create a place',
  description:
    'Creates a place with its name per language, the place it lies within (`parentId`, which must exist), its coordinates (both or neither) and its Wikidata item. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(PlaceCreateSchema, 'The new place.') },
  responses: {
    201: jsonContent(PlaceSchema, 'The place, as `GET /v1/places/{id}` gives it.', locationHeaders),
  },
});

export const updatePlace = writeRoute({
  method: 'patch',
  path: '/v1/places/{id}',
  operationId: 'updatePlace',
  tags: ['Places'],
  summary: 'Change a place',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too): `name` merges by language. A `parentId` that would make the place lie within itself is a 422. With `If-Match`, only if the place still has that ETag.',
  request: { params: PlaceParams, body: patchBody(PlacePatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(PlaceSchema, 'The place after the change.', etagHeader),
  },
});

export const deletePlace = writeRoute({
  method: 'delete',
  path: '/v1/places/{id}',
  operationId: 'deletePlace',
  tags: ['Places'],
  summary: 'Delete a place',
  description:
    'Deletes a place. A place where events happened, or that other places lie within, is a 409 that says so: nothing cascades by surprise.',
  request: { params: PlaceParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});
