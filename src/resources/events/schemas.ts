import { z } from '@hono/zod-openapi';
import {
  ACTOR_KINDS,
  EVENT_KINDS,
  EVENT_STATUSES,
  PARTICIPATION_ROLES,
  PLACE_KINDS,
  SOURCE_KINDS,
} from '../../domain/enums.js';
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

export const EventKindSchema = z.enum(EVENT_KINDS).openapi('EventKind', {
  description: 'What kind of event this is. Clients must tolerate values added later.',
  example: 'consultation',
});
export const EventStatusSchema = z.enum(EVENT_STATUSES).openapi('EventStatus', {
  description: 'Whether the event is ongoing or over, as of its latest citation.',
  example: 'concluded',
});

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
  })
  .openapi('Event', { description: 'Something that happened or is ongoing: a meeting, a process, a dispute…' });

export const PlaceRefSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'moscow' }),
    kind: z.enum(PLACE_KINDS).openapi({ description: 'What kind of place.', example: 'city' }),
    name: LanguageMapSchema,
  })
  .openapi('PlaceRef', { description: 'A place, in brief.' });

export const TopicRefSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'astana-process' }),
    name: LanguageMapSchema,
  })
  .openapi('TopicRef', { description: 'A topic, in brief.' });

export const ActorRefSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'sergei-vershinin' }),
    kind: z.enum(ACTOR_KINDS).openapi({ description: 'What kind of actor.', example: 'person' }),
    name: LanguageMapSchema,
  })
  .openapi('ActorRef', { description: 'An actor, in brief.' });

export const SourceRefSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'al-manar-moscow-consultations' }),
    kind: z.enum(SOURCE_KINDS).openapi({ description: 'What kind of document.', example: 'article' }),
    title: LanguageMapSchema,
    publisher: LanguageMapSchema.nullable(),
    url: z.string().nullable().openapi({ description: 'Where the document is published (http or https), when known.', example: null }),
    lang: z.string().openapi({ description: 'The language of the document (BCP 47).', example: 'ar' }),
    published: z.string().nullable().openapi({ description: 'The publication date in EDTF; may be vague.', example: '2019-01~' }),
  })
  .openapi('SourceRef', { description: 'A source document, in brief.' });

export const CitationSchema = z
  .object({
    id: IdSchema,
    source: SourceRefSchema,
    excerpt: z.string().nullable().openapi({
      description: 'The passage the claim rests on, quoted exactly in its original language.',
      example: 'التقى مساعد وزير الخارجية الايرانية للشرق الأوسط حسين جابري أنصاري',
    }),
    excerptLang: z.string().nullable().openapi({ description: 'The language of the excerpt (BCP 47).', example: 'ar' }),
    locator: z.string().nullable().openapi({ description: 'Where in the source the excerpt is.', example: 'paragraph 1' }),
  })
  .openapi('Citation', { description: 'A source backing one claim, with the quoted excerpt.' });

export const ParticipantSchema = z
  .object({
    id: IdSchema.openapi({ description: 'The id of the participation.' }),
    role: z.enum(PARTICIPATION_ROLES).openapi({ description: "The actor's part in the event.", example: 'host' }),
    note: LanguageMapSchema.nullable(),
    actor: ActorRefSchema,
    citations: z.array(CitationSchema).openapi({ description: 'The sources that place this actor in this role.' }),
  })
  .openapi('Participant', { description: 'An actor taking part in an event, with its role.' });

export const EventDetailSchema = EventSchema.extend({
  place: PlaceRefSchema.nullable(),
  topics: z.array(TopicRefSchema),
  participants: z.array(ParticipantSchema),
  citations: z.array(CitationSchema).openapi({ description: 'The sources for the event itself.' }),
}).openapi('EventDetail', {
  description: 'An event with its place, topics, participants and their roles, and the citations behind each.',
});

export const EventPageSchema = pageSchema(EventSchema, 'EventPage', 'A page of events, newest first.');

export const ListEventsQuery = z.strictObject({ ...paginationQuery });
export const EventParams = idOrSlugParam('moscow-consultations-2019');

export type Event = z.infer<typeof EventSchema>;
export type EventDetail = z.infer<typeof EventDetailSchema>;
export type Citation = z.infer<typeof CitationSchema>;
