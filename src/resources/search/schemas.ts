import { z } from '@hono/zod-openapi';
import { languageQuery, listParam, searchParam } from '../../http/params.js';
import { IdSchema, LanguageMapSchema, pageSchema, paginationQuery } from '../../http/schemas.js';
import { labelFields } from '../common/schemas.js';

export const SEARCH_TYPES = ['event', 'actor', 'statement', 'source'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SearchTypeSchema = z.enum(SEARCH_TYPES).openapi('SearchType', {
  description: 'The kind of resource a search hit is. Clients must tolerate values added later.',
  example: 'event',
});

export const SnippetSchema = z
  .object({
    field: z.string().openapi({
      description: 'The field the passage comes from: `title`, `summary`, `name`, `aliases`, `description`, `originalText`, `translations` or `publisher`.',
      example: 'title',
    }),
    lang: z.string().openapi({ description: 'The language of the passage (BCP 47).', example: 'ar' }),
    text: z.string().openapi({
      description: 'A passage of the stored text, exactly as written, around the matches; ` … ` joins fragments.',
      example: 'المشاورات الروسية الإيرانية في موسكو',
    }),
    highlights: z
      .array(
        z
          .object({
            start: z.number().int().min(0).openapi({ description: 'Offset of the first character of the match in `text` (UTF-16 code units, as JavaScript indexes strings).', example: 0 }),
            end: z.number().int().min(0).openapi({ description: 'Offset just past the last character of the match.', example: 9 }),
          })
          .openapi('Highlight', { description: 'A matched word in the snippet text.' }),
      )
      .openapi({ description: 'The matched words in `text`, in order; wrap them in `<mark>` or similar to show them.' }),
  })
  .openapi('Snippet', { description: 'A passage of the hit that contains the matched words, with their positions.' });

export const SearchHitSchema = z
  .object({
    type: SearchTypeSchema,
    id: IdSchema,
    slug: z.string().nullable().openapi({ description: 'The slug of the hit; statements have none.', example: 'moscow-consultations-2019' }),
    title: LanguageMapSchema.openapi({
      description: "The event's title, the actor's name, the source's title, or the statement's text (original and translations).",
    }),
    score: z.number().openapi({
      description: 'Relevance: higher is better. Comparable within one search only, not across searches.',
      example: 0.42,
    }),
    snippet: z.union([SnippetSchema, z.null()]).openapi({ description: 'Where the words matched; `null` for a name found only by its similarity.' }),
    url: z.string().openapi({ description: 'The path of the hit in this API.', example: '/v1/events/moscow-consultations-2019' }),
    ...labelFields,
  })
  .openapi('SearchHit', { description: 'One resource matching a search, with its relevance and a highlighted passage.' });

export const SearchPageSchema = pageSchema(SearchHitSchema, 'SearchPage', 'A page of search hits, most relevant first.');

export const SearchQuery = z.strictObject({
  q: searchParam({
    description: 'What to search for: event titles and summaries, actor names, aliases and descriptions, statement texts and translations, source titles and publishers. Actors are also found by names spelled differently (trigram similarity).',
    example: 'لافرنتييف',
  }),
  type: listParam(z.enum(SEARCH_TYPES, { error: `must be one of ${SEARCH_TYPES.join(', ')}` }), {
    name: 'type',
    description: 'Only hits of this type. All types by default.',
    example: ['event', 'actor'],
  }),
  ...paginationQuery,
  ...languageQuery,
});

export type SearchHit = z.infer<typeof SearchHitSchema>;
