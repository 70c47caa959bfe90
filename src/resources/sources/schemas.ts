import { z } from '@hono/zod-openapi';
import { SOURCE_KINDS } from '../../domain/enums.js';
import { edtfInput, httpUrlInput, languageMapInput, languageTagInput, slugInput } from '../../http/inputs.js';
import { languageQuery, listParam } from '../../http/params.js';
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
import { labelFields } from '../common/schemas.js';
import { languageFilterParam, slugSortParam } from '../common/lists.js';

export const SourceKindSchema = z.enum(SOURCE_KINDS).openapi('SourceKind', {
  description: 'What kind of document this is. Clients must tolerate values added later.',
  example: 'article',
});

export const SourceSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'al-manar-moscow-consultations' }),
    kind: SourceKindSchema,
    title: LanguageMapSchema,
    publisher: LanguageMapSchema.nullable().openapi({ description: 'Who published the document, when known.' }),
    url: z.string().nullable().openapi({
      description: 'Where the document is published (http or https), when known. The API never fetches it.',
      example: null,
    }),
    lang: z.string().openapi({ description: 'The language of the document (BCP 47).', example: 'ar' }),
    published: EdtfDateSchema.nullable().openapi({
      description: 'When the document was published, when known; may be vague.',
    }),
    retrievedAt: TimestampSchema.nullable().openapi({ description: 'When the document was retrieved, when recorded.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    ...labelFields,
  })
  .openapi('Source', {
    description:
      'A document that backs claims: an article, communiqué or transcript, with its publisher, language and dates.',
  });

export const SourcePageSchema = pageSchema(SourceSchema, 'SourcePage', 'A page of sources.');

// ---- Query parameters ----

export const ListSourcesQuery = z.strictObject({
  kind: listParam(z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` }), {
    name: 'kind',
    description: 'Sources of this kind.',
    example: ['article', 'communique'],
  }),
  language: languageFilterParam({
    name: 'language',
    description:
      'Sources written in this language; a language also matches its regional variants (`ar` matches `ar-SY`). Not to be confused with `lang`, the languages of labels.',
    example: ['ar'],
  }),
  sort: slugSortParam(),
  ...paginationQuery,
  ...languageQuery,
});

export const GetSourceQuery = z.strictObject({ ...languageQuery });

export const SourceParams = idOrSlugParam('al-manar-moscow-consultations');

export type Source = z.infer<typeof SourceSchema>;

// ---- Request bodies ----

export const SourceCreateSchema = z
  .strictObject({
    slug: slugInput.openapi({ example: 'al-manar-moscow-consultations' }),
    kind: z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` }).openapi({ example: 'article' }),
    title: languageMapInput(1_000),
    publisher: languageMapInput(500).nullable().optional(),
    url: httpUrlInput.nullable().optional(),
    lang: languageTagInput.openapi({ description: 'The language of the document.', example: 'ar' }),
    published: edtfInput.nullable().optional(),
    retrievedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).nullable().optional(),
  })
  .openapi('SourceCreate', { description: 'A new source document.' });

export const SourcePatchSchema = z
  .strictObject({
    slug: SourceCreateSchema.shape.slug.optional(),
    kind: SourceCreateSchema.shape.kind.optional(),
    title: z
      .record(z.string(), z.string().nullable())
      .optional()
      .openapi({ description: 'Merged into the title; `null` removes a language.' }),
    publisher: z.record(z.string(), z.string().nullable()).nullable().optional(),
    url: SourceCreateSchema.shape.url,
    lang: SourceCreateSchema.shape.lang.optional(),
    published: SourceCreateSchema.shape.published,
    retrievedAt: SourceCreateSchema.shape.retrievedAt,
  })
  .openapi('SourcePatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, language maps merge by language.',
  });

/** The writable fields of a source: what a create gives and a merge patch applies to. */
export type SourceDocument = z.infer<typeof SourceCreateSchema>;
