/**
 * The router factory: every router validates through the same hook, which turns a failed
 * validation into a 400 problem with one JSON Pointer per invalid field.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodError } from 'zod';
import type { AppEnv } from './context.js';
import { pointer, problem, type FieldError } from './problem.js';

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

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, fieldErrors(result.target, result.error));
    },
  });
}

export type AppRouter = ReturnType<typeof createRouter>;
