/**
 * The router factory: every router validates through the same hook, which turns a failed
 * validation into a 400 problem with one JSON Pointer per invalid field.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.js';
import { fieldErrors, validationProblem } from './validation.js';

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
