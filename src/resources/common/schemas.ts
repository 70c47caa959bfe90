/**
 * Representations shared by several resources: brief references to other resources, citations
 * and statements.
 */
import { z } from '@hono/zod-openapi';
import {
  ACTOR_KINDS,
  EVENT_KINDS,
  EVENT_STATUSES,
  PLACE_KINDS,
  SOURCE_KINDS,
  STATEMENT_KINDS,
} from '../../domain/enums.js';
import { EdtfDateSchema, IdSchema, LanguageMapSchema, SlugSchema, TimestampSchema, pageSchema } from '../../http/schemas.js';

/** Present when the request asks for languages (`lang` or `Accept-Language`). */
export const labelFields = {
  label: z.string().optional().openapi({
    description: 'The text of `title`/`name`/`role` in the best available requested language (only with `lang` or `Accept-Language`).',
    example: 'موسكو',
  }),
  labelLang: z.string().optional().openapi({ description: 'The language of `label`.', example: 'ar' }),
};

export const PlaceRefSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'moscow' }),
    kind: z.enum(PLACE_KINDS).openapi({ description: 'What kind of place.', example: 'city' }),
    name: LanguageMapSchema,
    ...labelFields,
  })
  .openapi('PlaceRef', { description: 'A place, in brief.' });

export const TopicRefSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'astana-process' }),
    name: LanguageMapSchema,
    ...labelFields,
  })
  .openapi('TopicRef', { description: 'A topic, in brief.' });

export const ActorRefSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'sergei-vershinin' }),
    kind: z.enum(ACTOR_KINDS).openapi({ description: 'What kind of actor.', example: 'person' }),
    name: LanguageMapSchema,
    ...labelFields,
  })
  .openapi('ActorRef', { description: 'An actor, in brief.' });

export const EventRefSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'astana-process' }),
    kind: z.enum(EVENT_KINDS).openapi({ description: 'What kind of event.', example: 'process' }),
    status: z.enum(EVENT_STATUSES).openapi({ description: 'Ongoing or over.', example: 'ongoing' }),
    title: LanguageMapSchema,
    date: EdtfDateSchema,
    ...labelFields,
  })
  .openapi('EventRef', { description: 'An event, in brief.' });

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
    ...labelFields,
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

export const CLAIM_TYPES = ['event', 'participation', 'membership', 'statement', 'relation'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const ClaimCitationSchema = CitationSchema.extend({
  claim: z
    .object({
      type: z.enum(CLAIM_TYPES).openapi({ description: 'What kind of claim the citation backs.', example: 'participation' }),
      id: IdSchema.openapi({ description: 'The id of the claim (event, participation, membership, statement or relation).' }),
    })
    .openapi({ description: 'The claim this citation backs.' }),
}).openapi('ClaimCitation', { description: 'A citation, with the claim it backs.' });

export const StatementSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(STATEMENT_KINDS).openapi({ description: 'A direct quote, or reported speech.', example: 'direct_quote' }),
    speaker: ActorRefSchema,
    eventId: IdSchema.nullable().openapi({ description: 'The event the words were said at or about, if any.' }),
    originalText: z.string().openapi({
      description: 'The words exactly as the source gives them, in their original language.',
      example: 'سنناقش خلال هذه المشاورات التحولات في سوريا وفي اليمن والتحولات الإقليمية و الدولية.',
    }),
    originalLang: z.string().openapi({ description: 'The language of `originalText` (BCP 47).', example: 'ar' }),
    translations: LanguageMapSchema.openapi({ description: 'Translations of the original, by language.' }),
    date: EdtfDateSchema.nullable().openapi({ description: 'When the words were said, when known.' }),
    citations: z.array(CitationSchema).openapi({ description: 'The sources that attribute these words to the speaker.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    ...labelFields,
  })
  .openapi('Statement', {
    description:
      'Words attributed to an actor. With `lang`, `label` is the original text or a translation in the best requested language.',
  });

export const StatementPageSchema = pageSchema(StatementSchema, 'StatementPage', 'A page of statements.');
export const ClaimCitationPageSchema = pageSchema(ClaimCitationSchema, 'ClaimCitationPage', 'A page of citations.');

export type PlaceRef = z.infer<typeof PlaceRefSchema>;
export type TopicRef = z.infer<typeof TopicRefSchema>;
export type ActorRef = z.infer<typeof ActorRefSchema>;
export type EventRef = z.infer<typeof EventRefSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Statement = z.infer<typeof StatementSchema>;
