import { z } from '@hono/zod-openapi';
import { languageMapInput, slugInput } from '../../http/inputs.js';
import { languageQuery } from '../../http/params.js';
import {
  IdSchema,
  LanguageMapSchema,
  SlugSchema,
  TimestampSchema,
  idOrSlugParam,
  pageSchema,
  paginationQuery,
} from '../../http/schemas.js';
import { labelFields } from '../common/schemas.js';
import { slugSortParam } from '../common/lists.js';

export const TopicSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema.openapi({ example: 'astana-process' }),
    name: LanguageMapSchema,
    description: LanguageMapSchema.nullable().openapi({ description: 'What the topic covers, when described.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    ...labelFields,
  })
  .openapi('Topic', { description: 'A thread a reader follows: Syria, Idlib, the Astana process.' });

export const TopicPageSchema = pageSchema(TopicSchema, 'TopicPage', 'A page of topics.');

// ---- Query parameters ----

export const ListTopicsQuery = z.strictObject({
  sort: slugSortParam(),
  ...paginationQuery,
  ...languageQuery,
});

export const GetTopicQuery = z.strictObject({ ...languageQuery });

export const TopicParams = idOrSlugParam('astana-process');

// ---- Request bodies ----

const topicFields = {
  slug: slugInput.openapi({ example: 'astana-process' }),
  name: languageMapInput(500),
  description: languageMapInput(5_000).nullable().optional(),
};

/** The writable fields of a topic, as a document a merge patch applies to. */
export const TopicDocument = z.strictObject(topicFields);

export const TopicCreateSchema = z
  .strictObject(topicFields)
  .openapi('TopicCreate', {
    description: 'A new topic: a thread events belong to.',
    // A topic the article names (paragraph 6) that the seed does not have, so the example creates it.
    example: {
      slug: 'syria-political-settlement',
      name: { ar: 'التسوية السياسية في سوريا', en: 'Political settlement in Syria' },
    },
  });

export const TopicPatchSchema = z
  .strictObject({
    slug: topicFields.slug.optional(),
    name: z
      .record(z.string(), z.string().nullable())
      .optional()
      .openapi({ description: 'Merged into the name; `null` removes a language.' }),
    description: z.record(z.string(), z.string().nullable()).nullable().optional(),
  })
  .openapi('TopicPatch', {
    description: 'A JSON merge patch (RFC 7396): fields given replace, `null` clears, language maps merge by language.',
  });

export type Topic = z.infer<typeof TopicSchema>;
export type TopicDocument = z.infer<typeof TopicDocument>;
