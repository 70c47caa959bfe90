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
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, fieldErrors(result.target, result.error));
    },
  });
  const generate = router.getOpenAPI31Document;
  router.getOpenAPI31Document = (...args) => nullableRefsAsAnyOf(generate(...args));
  return router;
}

const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly']);

/**
 * zod-to-openapi renders `.nullable()` of a registered schema, in OpenAPI 3.1, as
 * `allOf: [{ $ref }, { type: [..., 'null'] }]`, which still refuses null: the `$ref` branch must
 * hold too (asteasolutions/zod-to-openapi#387). This rewrites each one as
 * `anyOf: [{ $ref }, { type: 'null' }]`, keeping its annotations.
 */
export function nullableRefsAsAnyOf<T>(node: T): T {
  if (Array.isArray(node)) return node.map(nullableRefsAsAnyOf) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, nullableRefsAsAnyOf(value)]));
  const [ref, nullable, ...more] = Array.isArray(out.allOf) ? (out.allOf as Record<string, unknown>[]) : [];
  if (!ref || !nullable || more.length > 0 || typeof ref.$ref !== 'string' || Object.keys(ref).length !== 1) return out as T;
  const { type, ...annotations } = nullable;
  if (!Array.isArray(type) || !type.includes('null') || !Object.keys(annotations).every((key) => ANNOTATIONS.has(key))) return out as T;
  const { allOf: _replaced, ...rest } = out;
  return { ...rest, ...annotations, anyOf: [ref, { type: 'null' }] } as T;
}

export type AppRouter = ReturnType<typeof createRouter>;
