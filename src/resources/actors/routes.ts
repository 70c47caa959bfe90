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
  ActorCreateSchema,
  ActorEventPageSchema,
  ActorEventsQuery,
  ActorPageSchema,
  ActorParams,
  ActorPatchSchema,
  ActorSchema,
  ActorStatementsQuery,
  GetActorQuery,
  GroupParams,
  ListActorsQuery,
  MemberPageSchema,
  MembershipPageSchema,
  MembershipsQuery,
  StatementPageSchema,
} from './schemas.js';

export const listActors = createRoute({
  method: 'get',
  path: '/v1/actors',
  operationId: 'listActors',
  tags: ['Actors'],
  summary: 'List actors',
  description:
    'People, organisations, states and coalitions, in slug order (`sort=-slug` for the reverse), optionally of some kinds only. Cursor-paginated: follow `nextCursor`, or the `Link: rel="next"` header, until it is `null`.',
  security: [],
  request: { query: ListActorsQuery },
  responses: {
    200: jsonContent(ActorPageSchema, 'A page of actors.', linkHeader),
    ...readErrors,
  },
});

export const getActor = createRoute({
  method: 'get',
  path: '/v1/actors/{id}',
  operationId: 'getActor',
  tags: ['Actors'],
  summary: 'Get an actor',
  description:
    'One actor by id or slug: its name per language, the other names and spellings sources use for it, a description and its Wikidata item. Its events, posts, members and statements are sub-resources.',
  security: [],
  request: { params: ActorParams, query: GetActorQuery },
  responses: {
    200: jsonContent(ActorSchema, 'The actor.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});

export const listActorEvents = createRoute({
  method: 'get',
  path: '/v1/actors/{id}/events',
  operationId: 'listActorEvents',
  tags: ['Actors'],
  summary: "List an actor's events",
  description:
    'The events an actor takes part in, newest first by their date bounds (`sort=date` for oldest first), each with the roles the actor has in it; `role` keeps only events where it has one of these roles. Cursor-paginated.',
  security: [],
  request: { params: ActorParams, query: ActorEventsQuery },
  responses: {
    200: jsonContent(ActorEventPageSchema, "A page of the actor's events.", linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

export const listActorMemberships = createRoute({
  method: 'get',
  path: '/v1/actors/{id}/memberships',
  operationId: 'listActorMemberships',
  tags: ['Actors'],
  summary: "List an actor's memberships",
  description:
    'The posts an actor holds and the groups it belongs to, each with the organisation, state or coalition, the role, its dates and the citations for it; oldest first by start date (unknown starts first), then end date. Cursor-paginated.',
  security: [],
  request: { params: ActorParams, query: MembershipsQuery },
  responses: {
    200: jsonContent(MembershipPageSchema, "A page of the actor's memberships.", linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

export const listActorMembers = createRoute({
  method: 'get',
  path: '/v1/actors/{id}/members',
  operationId: 'listActorMembers',
  tags: ['Actors'],
  summary: "List a group's members",
  description:
    'The actors belonging to a coalition or organisation, or holding a post in a state: each with the role, its dates and the citations for it; oldest first by start date (unknown starts first), then end date. Cursor-paginated.',
  security: [],
  request: { params: GroupParams, query: MembershipsQuery },
  responses: {
    200: jsonContent(MemberPageSchema, "A page of the group's members.", linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

export const listActorStatements = createRoute({
  method: 'get',
  path: '/v1/actors/{id}/statements',
  operationId: 'listActorStatements',
  tags: ['Actors'],
  summary: "List an actor's statements",
  description:
    'Words an actor said, quoted or reported, in date order (`sort=-date` for newest first), with their original text, translations and citations. Cursor-paginated.',
  security: [],
  request: { params: ActorParams, query: ActorStatementsQuery },
  responses: {
    200: jsonContent(StatementPageSchema, "A page of the actor's statements.", linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

// ---- Writes ----

export const createActor = writeRoute({
  method: 'post',
  path: '/v1/actors',
  operationId: 'createActor',
  tags: ['Actors'],
  summary: 'Create an actor',
  description:
    'Creates a person, organisation, state or coalition with its names, aliases, description and Wikidata item. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(ActorCreateSchema, 'The new actor.') },
  responses: {
    201: jsonContent(ActorSchema, 'The actor, as `GET /v1/actors/{id}` gives it.', locationHeaders),
  },
});

export const updateActor = writeRoute({
  method: 'patch',
  path: '/v1/actors/{id}',
  operationId: 'updateActor',
  tags: ['Actors'],
  summary: 'Change an actor',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too): `name`, `aliases` and `description` merge by language. With `If-Match`, only if the actor still has that ETag.',
  request: { params: ActorParams, body: patchBody(ActorPatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(ActorSchema, 'The actor after the change.', etagHeader),
  },
});

export const deleteActor = writeRoute({
  method: 'delete',
  path: '/v1/actors/{id}',
  operationId: 'deleteActor',
  tags: ['Actors'],
  summary: 'Delete an actor',
  description:
    'Deletes an actor. An actor still referenced by participations, memberships (as member or as group) or statements is a 409 that says so: nothing cascades by surprise.',
  request: { params: ActorParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});
