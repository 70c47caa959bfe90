import { z } from '@hono/zod-openapi';
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

export type Topic = z.infer<typeof TopicSchema>;
