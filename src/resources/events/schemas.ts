import { z } from '@hono/zod-openapi';
import { EVENT_KINDS, EVENT_STATUSES, PARTICIPATION_ROLES, RELATION_TYPES } from '../../domain/enums.js';
import { edtfInput, languageMapInput, languageMapPatchInput, slugInput, uuidInput } from '../../http/inputs.js';
import {
  dateBoundSchema,
  expandParam,
  languageQuery,
  listParam,
  refListParam,
  searchFilterParam,
  sortParam,
} from '../../http/params.js';
import {
  EdtfDateSchema,
  IdSchema,
  LanguageMapSchema,
  SlugSchema,
  TimestampSchema,
  idOrSlugParam,
  pageSchema,
  paginationQuery,
} from '../../http/schemas.js';
import {
  ActorRefSchema,
  CitationSchema,
  EventRefSchema,
  PlaceRefSchema,
  SourceRefSchema,
  StatementSchema,
  TopicRefSchema,
  labelFields,
} from '../common/schemas.js';
import { citationsInput } from '../citations/schemas.js';

export { ClaimCitationPageSchema, StatementPageSchema } from '../common/schemas.js';

/** The related resources an event can embed (`expand`). */
export const EXPANSIONS = ['participants', 'place', 'topics', 'citations', 'sources', 'statements'] as const;
export type Expansion = (typeof EXPANSIONS)[number];

export const EventKindSchema = z.enum(EVENT_KINDS).openapi('EventKind', {
  description: 'What kind of event this is. Clients must tolerate values added later.',
  example: 'consultation',
});
export const EventStatusSchema = z.enum(EVENT_STATUSES).openapi('EventStatus', {
  description: 'Whether the event is ongoing or over, as of its latest citation.',
  example: 'concluded',
});
export const ParticipationRoleSchema = z.enum(PARTICIPATION_ROLES).openapi('ParticipationRole', {
  description: "An actor's part in an event. Clients must tolerate values added later.",
  example: 'host',
});

export const ParticipantSchema = z
  .object({
    id: IdSchema.openapi({ description: 'The id of the participation.' }),
    role: ParticipationRoleSchema,
    note: LanguageMapSchema.nullable().openapi({ description: 'More on the role, e.g. "Iran\'s side".' }),
    actor: ActorRefSchema,
    citations: z.array(CitationSchema).openapi({ description: 'The sources that place this actor in this role.' }),
  })
  .openapi('Participant', { description: 'An actor taking part in an event, with its role and the sources for it.' });

export const EventSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    kind: EventKindSchema,
    status: EventStatusSchema,
    title: LanguageMapSchema,
    summary: LanguageMapSchema.nullable(),
    date: EdtfDateSchema,
    placeId: IdSchema.nullable().openapi({ description: 'Where it happened, when known.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    ...labelFields,
    place: z.union([PlaceRefSchema, z.null()]).optional().openapi({ description: 'With `expand=place`.' }),
    topics: z.array(TopicRefSchema).optional().openapi({ description: 'With `expand=topics`.' }),
    participants: z.array(ParticipantSchema).optional().openapi({ description: 'With `expand=participants`.' }),
    citations: z.array(CitationSchema).optional().openapi({ description: 'The sources for the event itself; with `expand=citations`.' }),
    sources: z
      .array(SourceRefSchema)
      .optional()
      .openapi({ description: 'Every source cited for the event or its participants; with `expand=sources`.' }),
    statements: z.array(StatementSchema).optional().openapi({ description: 'Words said at or about the event; with `expand=statements`.' }),
  })
  .openapi('Event', {
    description:
      'Something that happened or is ongoing: a meeting, a process, a dispute… Related resources are embedded on request with `expand`.',
  });

export const EventPageSchema = pageSchema(EventSchema, 'EventPage', 'A page of events.');

export const TimelineEntrySchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    kind: EventKindSchema,
    status: EventStatusSchema,
    title: LanguageMapSchema,
    date: EdtfDateSchema,
    place: z.union([PlaceRefSchema, z.null()]),
    participants: z
      .array(z.object({ role: ParticipationRoleSchema, actor: ActorRefSchema }).openapi('TimelineParticipant', { description: 'Who, in which role.' }))
      .openapi({ description: 'Who took part, and in which role.' }),
    ...labelFields,
  })
  .openapi('TimelineEntry', { description: 'An event on the timeline, in brief.' });

export const TimelinePageSchema = pageSchema(TimelineEntrySchema, 'TimelinePage', 'A page of the timeline, in chronological order.');

export const HistogramSchema = z
  .object({
    interval: z.enum(['year', 'month', 'day']).openapi({ description: 'The period counted.', example: 'month' }),
    buckets: z
      .array(
        z
          .object({
            period: z.string().openapi({ description: 'The period: `2019`, `2019-01` or `2019-01-15`.', example: '2019-01' }),
            count: z.number().int().openapi({ description: 'Events whose whole date falls in this period.', example: 3 }),
          })
          .openapi('HistogramBucket', { description: 'One period and its count.' }),
      )
      .openapi({ description: 'Periods with at least one event, in order.' }),
    tooVague: z.number().int().openapi({
      description: 'Matching events whose date spans more than one period, or is unbounded: not guessed into any period.',
      example: 4,
    }),
    total: z.number().int().openapi({ description: 'All matching events: the buckets plus `tooVague`.', example: 6 }),
  })
  .openapi('Histogram', { description: 'How many events fall in each period.' });

export const RelationSchema = z
  .object({
    id: IdSchema.openapi({ description: 'The id of the relation.' }),
    type: z.enum(RELATION_TYPES).openapi({ description: 'How the events relate, read subject → object.', example: 'continues' }),
    direction: z.enum(['outgoing', 'incoming']).openapi({
      description: '`outgoing`: this event is the subject ("this event continues the other"); `incoming`: the object ("the other continues this event").',
      example: 'outgoing',
    }),
    event: EventRefSchema.openapi({ description: 'The other event.' }),
    note: LanguageMapSchema.nullable(),
    citations: z.array(CitationSchema).openapi({ description: 'The sources for this relation.' }),
  })
  .openapi('EventRelation', { description: 'A typed link from or to another event.' });

export const RelationPageSchema = pageSchema(RelationSchema, 'EventRelationPage', 'A page of related events.');
export const ParticipantPageSchema = pageSchema(ParticipantSchema, 'ParticipantPage', 'A page of participants.');

// ---- Query parameters ----

const EVENT_SORTS = ['date', '-date'] as const;

/** The filters of every list of events: collections, the timeline and its histogram. */
export const eventFilterQuery = {
  from: dateBoundSchema.optional().openapi({
    param: { name: 'from', in: 'query' },
    description:
      'Start of a date window, in EDTF (`2019`, `2019-01`) or ISO 8601 (`2019-01-15T00:00:00Z`); the window starts at its earliest instant.',
    example: '2018-12',
  }),
  to: dateBoundSchema.optional().openapi({
    param: { name: 'to', in: 'query' },
    description: 'End of a date window, in EDTF or ISO 8601; the window ends at its latest instant (`to=2019` includes all of 2019).',
    example: '2019-02',
  }),
  certainty: z
    .enum(['possible', 'strict'], { error: 'must be possible or strict' })
    .default('possible')
    .openapi({
      param: { name: 'certainty', in: 'query' },
      description:
        '`possible` (default): events whose date can overlap the window. `strict`: only events whose whole date certainly lies inside it.',
      example: 'strict',
    }),
  q: searchFilterParam({ description: 'Events whose title or summary matches this search.', example: 'المشاورات' }),
  actor: refListParam({ name: 'actor', description: 'Events in which this actor (id or slug) takes part.', example: ['sergei-vershinin'] }),
  role: listParam(z.enum(PARTICIPATION_ROLES, { error: `must be one of ${PARTICIPATION_ROLES.join(', ')}` }), {
    name: 'role',
    description: 'Only participations in this role (with `actor`: that actor in that role).',
    example: ['host'],
  }),
  coalition: refListParam({
    name: 'coalition',
    description: 'Events in which this group (id or slug) or any actor that was its member at the time takes part.',
    example: ['small-group'],
  }),
  topic: refListParam({ name: 'topic', description: 'Events on this topic (id or slug).', example: ['astana-process'] }),
  place: refListParam({ name: 'place', description: 'Events at this place (id or slug) or any place within it.', example: ['moscow'] }),
  kind: listParam(z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` }), {
    name: 'kind',
    description: 'Events of this kind.',
    example: ['meeting', 'consultation'],
  }),
  status: listParam(z.enum(EVENT_STATUSES, { error: `must be one of ${EVENT_STATUSES.join(', ')}` }), {
    name: 'status',
    description: 'Events with this status.',
    example: ['ongoing'],
  }),
};

const expandQuery = {
  expand: expandParam(EXPANSIONS, 'Related resources to embed in each event.', ['participants', 'place']),
};

export const ListEventsQuery = z.strictObject({
  ...eventFilterQuery,
  sort: sortParam(EVENT_SORTS, '-date', 'Order by date bounds (earliest, then latest, then id).'),
  ...paginationQuery,
  ...expandQuery,
  ...languageQuery,
});

export const GetEventQuery = z.strictObject({
  expand: expandParam(
    EXPANSIONS,
    'Related resources to embed; `participants`, `place`, `topics` and `citations` are always included here.',
    ['statements', 'sources'],
  ),
  ...languageQuery,
});

export const TimelineQuery = z.strictObject({
  ...eventFilterQuery,
  order: z
    .enum(['asc', 'desc'], { error: 'must be asc or desc' })
    .default('asc')
    .openapi({
      param: { name: 'order', in: 'query' },
      description: '`asc` (default): oldest first, by earliest then latest bound, then id. `desc`: the reverse.',
      example: 'asc',
    }),
  ...paginationQuery,
  ...languageQuery,
});

export const HistogramQuery = z.strictObject({
  ...eventFilterQuery,
  interval: z
    .enum(['year', 'month', 'day'], { error: 'must be year, month or day' })
    .default('year')
    .openapi({ param: { name: 'interval', in: 'query' }, description: 'The period to count by; `year` by default.', example: 'month' }),
});

export const SubListQuery = z.strictObject({ ...paginationQuery, ...languageQuery });

export const RelatedQuery = z.strictObject({
  type: listParam(z.enum(RELATION_TYPES, { error: `must be one of ${RELATION_TYPES.join(', ')}` }), {
    name: 'type',
    description: 'Only relations of this type.',
    example: ['continues', 'part_of'],
  }),
  direction: z
    .enum(['outgoing', 'incoming', 'both'], { error: 'must be outgoing, incoming or both' })
    .default('both')
    .openapi({ param: { name: 'direction', in: 'query' }, description: 'Which side of the relation this event is on; `both` by default.', example: 'both' }),
  ...paginationQuery,
  ...languageQuery,
});

export const EventParams = idOrSlugParam('moscow-consultations-2019');

// ---- Request bodies ----

const eventFields = {
  slug: slugInput,
  kind: z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` }).openapi({ example: 'consultation' }),
  status: z.enum(EVENT_STATUSES, { error: `must be one of ${EVENT_STATUSES.join(', ')}` }).openapi({ example: 'concluded' }),
  title: languageMapInput(1_000),
  summary: languageMapInput(20_000).nullable().optional(),
  date: edtfInput,
  placeId: uuidInput.nullable().optional().openapi({ description: 'Where it happened.' }),
  topicIds: z.array(uuidInput).max(50, 'must have at most 50 topics').optional().openapi({ description: 'The topics it belongs to.' }),
};

/** The writable fields of an event, as a document a merge patch applies to. */
export const EventDocument = z.strictObject(eventFields);

export const EventCreateSchema = z
  .strictObject({ ...eventFields, citations: citationsInput.optional() })
  .openapi('EventCreate', {
    description: 'A new event; the server derives its date bounds and precision.',
    // The committee the article says is being obstructed (paragraph 6), not yet an event of the seed.
    example: {
      slug: 'constitutional-committee-formation',
      kind: 'process',
      status: 'planned',
      title: { ar: 'تشكيل اللجنة الدستورية', en: 'Formation of the constitutional committee' },
      date: '2019~',
      placeId: '9d2fcba2-c464-59ae-b389-d8c552b38f7a',
      topicIds: ['297d0fe3-442c-5b68-8000-ea3ca2c442b9'],
      citations: [
        {
          sourceId: '16d70606-86ef-5cd5-8af2-f72bd9579523',
          excerpt: 'الإخفاق في تشكيل اللجنة يجعل عملية التسوية السياسية مستحيلة في سوريا',
          excerptLang: 'ar',
          locator: 'paragraph 6',
        },
      ],
    },
  });

export const EventPatchSchema = z
  .strictObject({
    slug: slugInput.optional(),
    kind: eventFields.kind.optional(),
    status: eventFields.status.optional(),
    title: languageMapPatchInput(1_000).optional().openapi({ description: 'Merged into the title; `null` removes a language.' }),
    summary: languageMapPatchInput(20_000).nullable().optional(),
    date: edtfInput.optional(),
    placeId: uuidInput.nullable().optional(),
    topicIds: eventFields.topicIds,
  })
  .openapi('EventPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, language maps merge by language.',
  });

export type Event = z.infer<typeof EventSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type EventFilterQuery = z.infer<z.ZodObject<typeof eventFilterQuery>>;
export type EventDocument = z.infer<typeof EventDocument>;
