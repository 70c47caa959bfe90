/**
 * The OpenAPI document as the conformance suite sees it: its operations, `$ref` resolution, and
 * an Ajv (JSON Schema 2020-12) validator for any schema in it, addressed by JSON Pointer.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** A JSON Schema as the document holds it. */
export type Schema = { [keyword: string]: unknown };

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema: Schema;
  example?: unknown;
}

export interface MediaType {
  schema?: Schema;
}

export interface ResponseObject {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
}

export interface OperationObject {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, ResponseObject>;
}

export interface OpenApiDocument {
  openapi: string;
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, Schema> };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Operation {
  /** `operationId`, or `METHOD path` without one. */
  id: string;
  method: HttpMethod;
  path: string;
  /** The JSON Pointer of the operation object in the document. */
  pointer: string;
  operation: OperationObject;
  parameters: Parameter[];
  /** Whether the operation needs credentials (a non-empty `security` requirement). */
  secured: boolean;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
export const pointerOf = (...segments: string[]) => `#/${segments.map(escapePointer).join('/')}`;

/** Follows a local `$ref` (`#/components/...`) to what it points at. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`only local references are supported: ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) throw new Error(`unresolvable reference ${ref}`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follows `$ref`s until a schema without one. */
export function deref(document: unknown, schema: Schema): Schema {
  let current = schema;
  for (let depth = 0; typeof current.$ref === 'string'; depth++) {
    if (depth > 20) throw new Error(`reference cycle at ${String(schema.$ref)}`);
    current = resolvePointer(document, current.$ref as string) as Schema;
  }
  return current;
}

/** Every operation in the document, in document order; parameters merged with the path item's. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item.parameters as Parameter[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      const own = operation.parameters ?? [];
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own].map((p) =>
        '$ref' in p ? (resolvePointer(document, (p as unknown as { $ref: string }).$ref) as Parameter) : p,
      );
      const security = operation.security ?? document.security ?? [];
      operations.push({
        id: operation.operationId ?? `${method.toUpperCase()} ${path}`,
        method,
        path,
        pointer: pointerOf('paths', path, method),
        operation,
        parameters,
        secured: security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0),
      });
    }
  }
  return operations;
}

/** The declared methods of a path, upper-case. */
export function declaredMethods(document: OpenApiDocument, path: string): string[] {
  const item = document.paths[path] ?? {};
  return HTTP_METHODS.filter((m) => item[m]).map((m) => m.toUpperCase());
}

/** A regular expression matching the concrete paths of a path template. */
export function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Validates values against schemas of the document. The whole document is registered once under
 * an `$id`, so its internal `#/components/...` references resolve, and any schema in it can be
 * compiled by pointer.
 */
export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();
  private static readonly ID = 'https://conformance.invalid/openapi.json';

  constructor(private readonly document: OpenApiDocument) {
    // strict: false, for the OpenAPI keywords (`example`) the document carries beside JSON Schema.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...document, $id: SchemaValidator.ID } as object);
  }

  /** A validator for the schema at `pointer` (e.g. `#/components/schemas/Event`). */
  at(pointer: string): ValidateFunction {
    // Most responses only refer to a component (`Problem`...): compile each component once.
    const node = resolvePointer(this.document, pointer) as Schema;
    const target = typeof node.$ref === 'string' && Object.keys(node).length === 1 && node.$ref.startsWith('#') ? node.$ref : pointer;
    let validate = this.compiled.get(target);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${SchemaValidator.ID}${target}` });
      this.compiled.set(target, validate);
    }
    return validate;
  }

  /** A validator for a schema given inline; its references point into the document. */
  inline(schema: Schema): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  errorsText(validate: ValidateFunction): string {
    return this.ajv.errorsText(validate.errors, { separator: '; ', dataVar: 'body' });
  }
}

/** Rewrites local references (`#/...`) to point into the registered document. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `https://conformance.invalid/openapi.json${value}` : rebase(value);
  }
  return out;
}
