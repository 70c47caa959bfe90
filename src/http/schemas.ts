/**
 * Schemas shared by every resource: language maps, EDTF dates, references and pages.
 */
import { z } from '@hono/zod-openapi';
import { DATE_PRECISIONS } from '../domain/enums.js';
import { ID_OR_SLUG_PATTERN, SLUG_PATTERN } from '../domain/ids.js';

export const LanguageMapSchema = z.record(z.string(), z.string()).openapi('LanguageMap', {
  description:
    'Text in one or more languages, keyed by BCP 47 language tag. Arabic is given exactly as the source writes it.',
  example: { ar: 'المشاورات الروسية الإيرانية في موسكو', en: 'Russian–Iranian consultations in Moscow' },
});

export const AliasMapSchema = z.record(z.string(), z.array(z.string())).openapi('AliasMap', {
  description: 'Other names and spellings per language (BCP 47 tag → list).',
  example: { en: ['Lavrentyev', 'Lavrentev'], ar: ['لافرنتييف'] },
});

export const EdtfDateSchema = z
  .object({
    edtf: z.string().openapi({
      description: 'The date as given, in EDTF (ISO 8601-2): `2019-01`, `2019-01~` (approximate), `2018-12-19/..` (ongoing).',
      example: '2019-01~',
    }),
    earliest: z.string().nullable().openapi({
      description: 'The earliest instant the date can denote (ISO 8601, UTC); `null` when unbounded.',
      example: '2018-12-01T00:00:00.000Z',
    }),
    latest: z.string().nullable().openapi({
      description: 'The latest instant the date can denote (ISO 8601, UTC); `null` when unbounded (e.g. ongoing).',
      example: '2019-02-28T23:59:59.999Z',
    }),
    precision: z.enum(DATE_PRECISIONS).openapi({
      description: 'The coarsest unit the date is given in. A year-only date has precision `year`, never a day.',
      example: 'month',
    }),
  })
  .openapi('EdtfDate', {
    description:
      'A possibly vague date. Approximate (`~`) and uncertain (`?`) dates widen by one unit of their precision on each side, so the bounds never claim more certainty than the source.',
  });

export const IdSchema = z.uuid().openapi({ description: 'The resource id (UUID).', example: '0195c5c4-6f6e-7b1e-9f7a-2b8e1c0d4a11' });
export const SlugSchema = z.string().regex(SLUG_PATTERN).openapi({ description: 'A human-readable, unique, stable identifier.', example: 'moscow-consultations-2019' });
export const TimestampSchema = z.string().openapi({ description: 'An instant, ISO 8601 in UTC.', example: '2026-11-29T08:00:00.000Z' });

/** `limit` and `cursor`, the same on every list. */
export const PAGE_LIMIT_DEFAULT = 25;
export const PAGE_LIMIT_MAX = 100;

export const paginationQuery = {
  limit: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(PAGE_LIMIT_MAX, `must be at most ${PAGE_LIMIT_MAX}`)
    .default(PAGE_LIMIT_DEFAULT)
    .openapi({
      param: { name: 'limit', in: 'query' },
      description: `How many items to return: 1 to ${PAGE_LIMIT_MAX}, ${PAGE_LIMIT_DEFAULT} by default. Above the maximum is a 400.`,
      example: 10,
    }),
  cursor: z
    .string()
    .min(1, 'must not be empty')
    .max(1024, 'is too long to be a cursor')
    .optional()
    .openapi({
      param: { name: 'cursor', in: 'query' },
      description: 'Where to resume: the `nextCursor` of the previous page. Opaque; valid only with the same filters.',
      example: 'eyJ2IjoxLCJrIjpbIjIwMTktMDEtMDEiXSwicSI6IiJ9',
    }),
};

export function pageSchema<T extends z.ZodType>(item: T, name: string, description: string) {
  return z
    .object({
      data: z.array(item).openapi({ description: 'The items of this page, in order.' }),
      nextCursor: z.string().nullable().openapi({
        description: 'Pass as `cursor` to get the next page; `null` on the last page.',
        example: null,
      }),
    })
    .openapi(name, { description });
}

export const idOrSlugParam = (example: string) =>
  z.object({
    id: z
      .string()
      .max(200, 'is too long')
      .regex(ID_OR_SLUG_PATTERN, 'must be a UUID or a slug (lowercase letters, digits and hyphens)')
      .openapi({
        param: { name: 'id', in: 'path' },
        description: 'The resource id (UUID) or its slug.',
        example,
      }),
  });

/** A path parameter holding the UUID of a record that has no slug. */
export const uuidParams = (noun: string, example: string) =>
  z.object({
    id: z.uuid('must be a UUID').openapi({
      param: { name: 'id', in: 'path' },
      description: `The ${noun} id (UUID); ${noun}s have no slug.`,
      example,
    }),
  });
