import { z } from '@hono/zod-openapi';
import { STATEMENT_KINDS } from '../../domain/enums.js';
import { edtfInput, languageMapPatchInput, languageTagInput, MAX_LANGUAGES, MAX_TEXT, refInput, textInput } from '../../http/inputs.js';
import { dateBoundSchema, languageQuery, listParam, refListParam, searchFilterParam, sortParam } from '../../http/params.js';
import { paginationQuery, uuidParams } from '../../http/schemas.js';
import { citationsInput } from '../citations/schemas.js';
import { StatementPageSchema, StatementSchema } from '../common/schemas.js';
import { languageFilterParam } from '../common/lists.js';

export { StatementPageSchema, StatementSchema };

// ---- Query parameters ----

const STATEMENT_SORTS = ['date', '-date'] as const;

export const ListStatementsQuery = z.strictObject({
  q: searchFilterParam({ description: 'Statements whose original text or a translation matches this search.', example: 'اللجنة الدستورية' }),
  speaker: refListParam({
    name: 'speaker',
    description: 'Statements by this actor (id or slug).',
    example: ['hossein-jaberi-ansari'],
  }),
  event: refListParam({
    name: 'event',
    description: 'Statements made at or about this event (id or slug).',
    example: ['moscow-consultations-2019'],
  }),
  kind: listParam(z.enum(STATEMENT_KINDS, { error: `must be one of ${STATEMENT_KINDS.join(', ')}` }), {
    name: 'kind',
    description: 'Direct quotes, reported speech, or both.',
    example: ['direct_quote'],
  }),
  originalLang: languageFilterParam({
    name: 'originalLang',
    description:
      'Statements whose original text is in this language; a language also matches its regional variants (`ar` matches `ar-SY`).',
    example: ['ar'],
  }),
  from: dateBoundSchema.optional().openapi({
    param: { name: 'from', in: 'query' },
    description:
      'Start of a date window, in EDTF (`2019`, `2019-01`) or ISO 8601 (`2019-01-15T00:00:00Z`); the window starts at its earliest instant.',
    example: '2018-12',
  }),
  to: dateBoundSchema.optional().openapi({
    param: { name: 'to', in: 'query' },
    description:
      'End of a date window, in EDTF or ISO 8601; the window ends at its latest instant (`to=2019` includes all of 2019).',
    example: '2019-02',
  }),
  certainty: z
    .enum(['possible', 'strict'], { error: 'must be possible or strict' })
    .default('possible')
    .openapi({
      param: { name: 'certainty', in: 'query' },
      description:
        '`possible` (default): statements whose date can overlap the window, undated ones included. `strict`: only statements whose whole date certainly lies inside it.',
      example: 'strict',
    }),
  sort: sortParam(
    STATEMENT_SORTS,
    '-date',
    'Order by date bounds (earliest, then latest, then id); undated statements count as unbounded, so they come last with `-date`.',
  ),
  ...paginationQuery,
  ...languageQuery,
});

export const GetStatementQuery = z.strictObject({ ...languageQuery });

export const StatementParams = uuidParams('statement', '68c44c66-dc8f-5559-93f9-89577d477209');

export type ListStatementsQueryInput = z.infer<typeof ListStatementsQuery>;

// ---- Request bodies ----

const statementFields = {
  kind: z.enum(STATEMENT_KINDS, { error: `must be one of ${STATEMENT_KINDS.join(', ')}` }).openapi({
    description: 'A direct quote, or reported speech.',
    example: 'direct_quote',
  }),
  speakerId: refInput('The actor the words are attributed to.'),
  eventId: refInput('The event the words were said at or about.').nullable().optional(),
  originalText: textInput(MAX_TEXT).openapi({
    description: 'The words exactly as the source gives them, in their original language.',
    example: 'سنناقش خلال هذه المشاورات التحولات في سوريا وفي اليمن والتحولات الإقليمية و الدولية.',
  }),
  originalLang: languageTagInput.openapi({ description: 'The language of `originalText`.', example: 'ar' }),
  translations: z
    .record(languageTagInput, textInput(MAX_TEXT))
    .refine((m) => Object.keys(m).length <= MAX_LANGUAGES, `must have at most ${MAX_LANGUAGES} languages`)
    .optional()
    .openapi({
      description: 'Translations of the original (language → text); none by default.',
      example: { en: 'During these consultations we will discuss the changes in Syria and in Yemen.' },
    }),
  date: edtfInput
    .nullable()
    .optional()
    .openapi({ description: 'When the words were said, in EDTF; absent when unknown.', example: '2019-01-21' }),
};

/** The writable fields of a statement, as a document a merge patch applies to. */
export const StatementDocument = z.strictObject(statementFields);

export const StatementCreateSchema = z
  .strictObject({ ...statementFields, citations: citationsInput.optional() })
  .openapi('StatementCreate', {
    description: 'A new statement; the server derives its date bounds and precision from `date`.',
    // Vershinin's words as the article reports them (paragraph 3), beside his seeded direct quote.
    example: {
      kind: 'reported_speech',
      speakerId: '1a042551-70e5-51d2-8027-85683368035c',
      eventId: 'ad515626-3078-5b97-b967-c55796370258',
      originalText: 'المشاورات دورية بخصوص المسائل التي تشكل أهمية لموسكو و طهران',
      originalLang: 'ar',
      translations: { en: 'The consultations are periodic, on matters important to Moscow and Tehran' },
      date: '2019-01~',
      citations: [
        {
          sourceId: '16d70606-86ef-5cd5-8af2-f72bd9579523',
          excerpt: 'فيرشينين ذكر أن المشاورات دورية بخصوص المسائل التي تشكل أهمية لموسكو و طهران',
          excerptLang: 'ar',
          locator: 'paragraph 3',
        },
      ],
    },
  });

export const StatementPatchSchema = z
  .strictObject({
    kind: statementFields.kind.optional(),
    speakerId: statementFields.speakerId.optional(),
    eventId: statementFields.eventId,
    originalText: statementFields.originalText.optional(),
    originalLang: statementFields.originalLang.optional(),
    translations: languageMapPatchInput(MAX_TEXT).nullable().optional(),
    date: statementFields.date,
  })
  .openapi('StatementPatch', {
    description:
      'A JSON merge patch (RFC 7396): fields given replace, `null` clears, `translations` merge by language.',
  });

export type StatementDocument = z.infer<typeof StatementDocument>;
