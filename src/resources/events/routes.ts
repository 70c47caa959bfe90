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
  ClaimCitationPageSchema,
  EventCreateSchema,
  EventPageSchema,
  EventParams,
  EventPatchSchema,
  EventSchema,
  GetEventQuery,
  HistogramQuery,
  HistogramSchema,
  ListEventsQuery,
  ParticipantPageSchema,
  RelatedQuery,
  RelationPageSchema,
  StatementPageSchema,
  SubListQuery,
  TimelinePageSchema,
  TimelineQuery,
} from './schemas.js';

const FILTERS_DOC =
  'Filters combine with AND; a list inside one filter matches any of its values. A date window (`from`, `to`) keeps events whose date can overlap it, or with `certainty=strict` only those certainly inside it. An unknown parameter, value, actor, topic or place is a 400 that names it.';

export const listEvents = createRoute({
  method: 'get',
  path: '/v1/events',
  operationId: 'listEvents',
  tags: ['Events'],
  summary: 'List events',
  description: `Events, newest first by their date bounds (\`sort=date\` for oldest first). ${FILTERS_DOC} Cursor-paginated: follow \`nextCursor\`, or the \`Link: rel="next"\` header, until it is \`null\`. \`expand\` embeds related resources in every event of the page.`,
  security: [],
  request: { query: ListEventsQuery },
  responses: {
    200: jsonContent(EventPageSchema, 'A page of events.', linkHeader),
    ...readErrors,
  },
});

export const getEvent = createRoute({
  method: 'get',
  path: '/v1/events/{id}',
  operationId: 'getEvent',
  tags: ['Events'],
  summary: 'Get an event',
  description:
    'One event by id or slug, with its place, topics, participants and their roles, and the citations behind the event and each participation. `expand=statements,sources` adds the statements made at or about it and every source cited.',
  security: [],
  request: { params: EventParams, query: GetEventQuery },
  responses: {
    200: jsonContent(EventSchema, 'The event.', etagHeader),
    ...notModified,
    ...notFoundError,
    ...readErrors,
  },
});

export const listEventParticipants = createRoute({
  method: 'get',
  path: '/v1/events/{id}/participants',
  operationId: 'listEventParticipants',
  tags: ['Events'],
  summary: "List an event's participants",
  description: 'The actors taking part in an event, each with its role and the citations for it.',
  security: [],
  request: { params: EventParams, query: SubListQuery },
  responses: {
    200: jsonContent(ParticipantPageSchema, 'A page of participants.', linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

export const listEventStatements = createRoute({
  method: 'get',
  path: '/v1/events/{id}/statements',
  operationId: 'listEventStatements',
  tags: ['Events'],
  summary: "List an event's statements",
  description: 'Words said at or about an event, quoted or reported, in date order, with their original text, translations and citations.',
  security: [],
  request: { params: EventParams, query: SubListQuery },
  responses: {
    200: jsonContent(StatementPageSchema, 'A page of statements.', linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

export const listRelatedEvents = createRoute({
  method: 'get',
  path: '/v1/events/{id}/related',
  operationId: 'listRelatedEvents',
  tags: ['Events'],
  summary: 'List related events',
  description:
    'Events linked to this one by a typed relation, in both directions: what it is part of, continues, precedes or responds to, and what is part of it, continues it, and so on. `direction` tells which side this event is on.',
  security: [],
  request: { params: EventParams, query: RelatedQuery },
  responses: {
    200: jsonContent(RelationPageSchema, 'A page of relations.', linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

export const listEventCitations = createRoute({
  method: 'get',
  path: '/v1/events/{id}/citations',
  operationId: 'listEventCitations',
  tags: ['Events'],
  summary: "List an event's evidence",
  description:
    'Every citation behind an event: for the event itself, its participations, its relations to other events, and the statements made at it. Each names the claim it backs.',
  security: [],
  request: { params: EventParams, query: SubListQuery },
  responses: {
    200: jsonContent(ClaimCitationPageSchema, 'A page of citations.', linkHeader),
    ...notFoundError,
    ...readErrors,
  },
});

export const getTimeline = createRoute({
  method: 'get',
  path: '/v1/timeline',
  operationId: 'getTimeline',
  tags: ['Timeline'],
  summary: 'Read the timeline',
  description: `Events in chronological order of their date bounds (\`order=desc\` for the reverse), each in brief: date, title, kind, place and participants. ${FILTERS_DOC} Cursor-paginated.`,
  security: [],
  request: { query: TimelineQuery },
  responses: {
    200: jsonContent(TimelinePageSchema, 'A page of the timeline.', linkHeader),
    ...readErrors,
  },
});

export const getTimelineHistogram = createRoute({
  method: 'get',
  path: '/v1/timeline/histogram',
  operationId: 'getTimelineHistogram',
  tags: ['Timeline'],
  summary: 'Count events per period',
  description: `How many events fall in each year, month or day, under the same filters as the timeline. An event counts in a period only when its whole date lies in it; events too vague for the interval (their bounds span several periods, or are unbounded) are counted in \`tooVague\` rather than guessed into one. ${FILTERS_DOC}`,
  security: [],
  request: { query: HistogramQuery },
  responses: {
    200: jsonContent(HistogramSchema, 'The counts.'),
    ...readErrors,
  },
});

// ---- Writes ----

export const createEvent = writeRoute({
  method: 'post',
  path: '/v1/events',
  operationId: 'createEvent',
  tags: ['Events'],
  summary: 'Create an event',
  description:
    'Creates an event with its topics and citations (existing sources by id, or new ones inline) in one transaction. The server derives the date bounds and precision from the EDTF `date`. Send an `Idempotency-Key` to make retries safe.',
  request: { body: writeBody(EventCreateSchema, 'The new event.') },
  responses: {
    201: jsonContent(EventSchema, 'The event, as `GET /v1/events/{id}` gives it.', locationHeaders),
  },
});

export const updateEvent = writeRoute({
  method: 'patch',
  path: '/v1/events/{id}',
  operationId: 'updateEvent',
  tags: ['Events'],
  summary: 'Change an event',
  description:
    'Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too). With `If-Match`, only if the event still has that ETag.',
  request: { params: EventParams, body: patchBody(EventPatchSchema, 'The changes.') },
  responses: {
    200: jsonContent(EventSchema, 'The event after the change.', etagHeader),
  },
});

export const deleteEvent = writeRoute({
  method: 'delete',
  path: '/v1/events/{id}',
  operationId: 'deleteEvent',
  tags: ['Events'],
  summary: 'Delete an event',
  description:
    'Deletes an event with its own citations and topic links. An event still referenced by participations, statements or relations is a 409 that says so: nothing cascades by surprise.',
  request: { params: EventParams },
  responses: {
    204: { description: 'Deleted.' },
  },
});
