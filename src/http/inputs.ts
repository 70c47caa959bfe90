/**
 * Request-body building blocks with the limits every write shares: maximum lengths on every
 * string and array, language maps, slugs, ids, EDTF dates and http(s) URLs.
 */
import { z } from '@hono/zod-openapi';
import { EdtfError, parseEdtf } from '../domain/edtf.js';
import { SLUG_PATTERN } from '../domain/ids.js';
import { LANGUAGE_TAG_PATTERN } from '../domain/language.js';

export const MAX_TEXT = 20_000;
export const MAX_LANGUAGES = 20;

export const languageTagInput = z.string().max(35, 'must be at most 35 characters').regex(LANGUAGE_TAG_PATTERN, 'must be a language tag such as ar, en or ar-SY');

export const textInput = (max: number) => z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const languageMapInput = (max = 2_000) =>
  z
    .record(languageTagInput, textInput(max))
    .refine((m) => Object.keys(m).length >= 1, 'must have at least one language')
    .refine((m) => Object.keys(m).length <= MAX_LANGUAGES, `must have at most ${MAX_LANGUAGES} languages`)
    .openapi({ description: 'Text by language (BCP 47 tag → text).', example: { ar: 'موسكو', en: 'Moscow' } });

/** A language map in a merge patch: a language given replaces its text, `null` removes it. */
export const languageMapPatchInput = (max = 2_000) =>
  z
    .record(languageTagInput, textInput(max).nullable())
    .refine((m) => Object.keys(m).length <= MAX_LANGUAGES, `must have at most ${MAX_LANGUAGES} languages`)
    .openapi({
      description: 'Merged by language: a language given replaces its text, `null` removes it.',
      example: { en: 'Deputy Foreign Minister' },
    });

export const slugInput = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(SLUG_PATTERN, 'must be lowercase letters and digits joined by single hyphens')
  .openapi({ description: 'A unique, human-readable identifier.', example: 'moscow-consultations-2019' });

export const uuidInput = z.uuid('must be a UUID').transform((v) => v.toLowerCase());

/** A UUID referring to another record, documented with an example. */
export const refInput = (description: string, example = '0195c5c4-6f6e-7b1e-9f7a-2b8e1c0d4a11') =>
  uuidInput.openapi({ description, example });

export const edtfInput = z
  .string()
  .max(100, 'must be at most 100 characters')
  .superRefine((value, ctx) => {
    try {
      parseEdtf(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof EdtfError ? error.message : 'is not a valid EDTF date' });
    }
  })
  .openapi({ description: 'A date in EDTF: `2019`, `2019-01~`, `2018-12-19/..`, `[..2019-01]`.', example: '2019-01~' });

export const httpUrlInput = z
  .string()
  .max(2_000, 'must be at most 2000 characters')
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(v);
    } catch {
      return false;
    }
  }, 'must be an http or https URL')
  .openapi({ description: 'An http or https URL; the server never fetches it.', example: 'https://www.almanar.com.lb/' });
