import { z } from '@hono/zod-openapi';
import { STATEMENT_KINDS } from '../../domain/enums.js';
import { dateBoundSchema, languageQuery, listParam, refListParam, searchFilterParam, sortParam } from '../../http/params.js';
import { paginationQuery } from '../../http/schemas.js';
import { StatementPageSchema } from '../common/schemas.js';
import { languageFilterParam } from '../common/lists.js';

export { StatementPageSchema };

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

export const StatementParams = z.object({
  id: z.uuid('must be a UUID').openapi({
    param: { name: 'id', in: 'path' },
    description: 'The statement id (UUID); statements have no slug.',
    example: '68c44c66-dc8f-5559-93f9-89577d477209',
  }),
});

export type ListStatementsQueryInput = z.infer<typeof ListStatementsQuery>;
