/**
 * Validation failures as problems: one JSON Pointer per invalid field, for a request the router
 * validated and for a document checked after a merge patch.
 */
import type { Context } from 'hono';
import type { z, ZodError } from 'zod';
import { ApiError, pointer, problem, type FieldError } from './problem.js';

const LOCATIONS = { query: 'query', param: 'path', json: 'body', form: 'body', header: 'headers', cookie: 'headers' } as const;

export function fieldErrors(target: string, error: ZodError): FieldError[] {
  const location = LOCATIONS[target as keyof typeof LOCATIONS] ?? 'body';
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ pointer: pointer(location, [...issue.path, key]), detail: `unknown ${location === 'query' ? 'parameter' : 'field'} "${key}"` });
      }
      continue;
    }
    errors.push({ pointer: pointer(location, issue.path), detail: issue.message });
  }
  return errors;
}

export function validationProblem(c: Context, errors: FieldError[]): Response {
  const names = [...new Set(errors.map((e) => e.pointer.split('/').slice(2).join('/') || e.pointer))];
  const detail = `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${names.join(', ')}.`;
  return problem(c, 'validation_error', detail, { errors });
}

/** Validates a whole document (e.g. the result of a merge patch) with a request-body schema; a 400 otherwise. */
export function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const errors = fieldErrors('json', parsed.error);
    throw new ApiError('validation_error', `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`, { errors });
  }
  return parsed.data;
}
