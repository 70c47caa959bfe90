/**
 * Requests for an operation, from its parameters and request body in the document: schema-valid
 * ones (fast-check arbitraries), and deliberately invalid ones (one thing broken at a time).
 */
import fc from 'fast-check';
import { arbitraryFor, flatten, type ValueContext } from './arbitraries.js';
import type { RequestSpec } from './requests.js';
import type { Operation, Parameter, Schema, SchemaValidator } from './spec.js';

export interface GeneratorContext extends ValueContext {
  validator: SchemaValidator;
  /** Ids of the records of a collection (`/v1/events`); empty when none are known. */
  idsOf: (collection: string) => readonly string[];
  /** The `Authorization` header value of an admin key. */
  authorization: string;
}

/** Header values must be visible ASCII (fetch refuses others); no leading or trailing space. */
const SENDABLE_HEADER = /^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/;

/** Whether a string can be percent-encoded into a path (a lone surrogate cannot). */
function encodable(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/** The collection a path parameter names a record of: `/v1/events/{id}` → `/v1/events`. */
function collectionOf(template: string, name: string, values: Record<string, string>): string | undefined {
  const index = template.indexOf(`{${name}}`);
  if (index <= 1) return undefined;
  return template.slice(0, index - 1).replace(/\{([^}]+)\}/g, (_, n: string) => values[n] ?? `{${n}}`);
}

/** Values for a parameter: existing ids for a record's id, the example, or generated. */
function parameterArbitrary(operation: Operation, parameter: Parameter, context: GeneratorContext, pathValues: Record<string, string>): fc.Arbitrary<unknown> {
  let arbitrary = arbitraryFor(parameter.schema, context, parameter.name);
  if (parameter.example !== undefined) arbitrary = fc.oneof(fc.constant(parameter.example), arbitrary);
  if (parameter.in === 'path') {
    const collection = collectionOf(operation.path, parameter.name, pathValues);
    const ids = collection ? context.idsOf(collection) : [];
    if (ids.length > 0) arbitrary = fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 3 }, { arbitrary, weight: 1 });
    return arbitrary.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).filter((v) => v !== '' && v !== '.' && v !== '..' && encodable(v));
  }
  if (parameter.in === 'header') return arbitrary.filter((v) => typeof v === 'string' && SENDABLE_HEADER.test(v));
  // A query value cannot be null; an item of a comma-separated list cannot hold a comma.
  const commaSeparated = parameter.explode === false;
  return arbitrary.filter((v) => v !== null && !(commaSeparated && Array.isArray(v) && v.some((item) => String(item).includes(',') || item === '')));
}

/** Path parameter values, one after the other: an `{id}` may depend on the `{resource}` before it. */
function pathArbitrary(operation: Operation, context: GeneratorContext): fc.Arbitrary<Record<string, string>> {
  const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  let arbitrary: fc.Arbitrary<Record<string, string>> = fc.constant({});
  for (const name of names) {
    const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name) ?? { name, in: 'path' as const, required: true, schema: { type: 'string' } };
    arbitrary = arbitrary.chain((values) =>
      parameterArbitrary(operation, parameter, context, values).map((value) => ({ ...values, [name]: value as string })),
    );
  }
  return arbitrary;
}

function optionalRecord(operation: Operation, where: 'query' | 'header', context: GeneratorContext): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const parameter of operation.parameters.filter((p) => p.in === where)) {
    const value = parameterArbitrary(operation, parameter, context, {});
    if (parameter.required) {
      model[parameter.name] = value;
      required.push(parameter.name);
    } else {
      // Each optional parameter in a third of the requests: with all of them, one is nearly always refused.
      model[parameter.name] = fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: value, weight: 1 });
    }
  }
  return fc
    .record(model)
    .map((values) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)));
}

function bodyArbitrary(operation: Operation, context: GeneratorContext): fc.Arbitrary<RequestSpec['body']> {
  const requestBody = operation.operation.requestBody;
  if (!requestBody) return fc.constant(undefined);
  const choices = Object.entries(requestBody.content).map(([contentType, media]) =>
    arbitraryFor(media.schema ?? {}, context).map((value) => ({ contentType, value })),
  );
  return fc.oneof(...choices);
}

/** Schema-valid requests for an operation, with credentials when it needs them. */
export function validRequests(operation: Operation, context: GeneratorContext): fc.Arbitrary<RequestSpec> {
  return fc
    .record({
      path: pathArbitrary(operation, context),
      query: optionalRecord(operation, 'query', context),
      headers: optionalRecord(operation, 'header', context),
      body: bodyArbitrary(operation, context),
    })
    .map(({ path, query, headers, body }) => ({
      method: operation.method.toUpperCase(),
      path,
      query,
      headers: {
        ...(headers as Record<string, string>),
        ...(operation.secured ? { authorization: context.authorization } : {}),
      },
      ...(body ? { body } : {}),
    }));
}

/** A broken request: what was broken, and how. */
export interface Breakage {
  what: string;
  apply: (request: RequestSpec) => RequestSpec;
}

/** Values that break a parameter's schema; each checked invalid with Ajv (typed, before serializing). */
export function invalidValues(schema: Schema, context: GeneratorContext): { what: string; value: unknown }[] {
  const s = flatten(context.document, schema);
  const candidates: { what: string; value: unknown }[] = [];
  const types = typeof s.type === 'string' ? [s.type] : ((s.type as string[] | undefined) ?? []);
  if (types.includes('integer') || types.includes('number')) {
    candidates.push({ what: 'not a number', value: 'abc' });
    if (typeof s.maximum === 'number') candidates.push({ what: 'above the maximum', value: s.maximum + 1 });
    if (typeof s.minimum === 'number') candidates.push({ what: 'below the minimum', value: s.minimum - 1 });
    if (types.includes('integer')) candidates.push({ what: 'not a whole number', value: 1.5 });
  }
  if (Array.isArray(s.enum)) candidates.push({ what: 'not one of the enum values', value: 'not-an-allowed-value' });
  if (types.includes('string')) {
    if (typeof s.maxLength === 'number') candidates.push({ what: 'longer than maxLength', value: 'x'.repeat(s.maxLength + 1) });
    if (typeof s.minLength === 'number' && s.minLength > 0) candidates.push({ what: 'shorter than minLength', value: '' });
    if (s.format === 'uuid') candidates.push({ what: 'not a uuid', value: 'not-a-uuid' });
    if (typeof s.pattern === 'string') candidates.push({ what: 'not matching the pattern', value: 'Not A Match!' });
  }
  if (types.includes('array')) {
    const items = (s.items as Schema | undefined) ?? {};
    // Distinct items: a list may legitimately be read as a set, repeats dropped.
    const itemSchema = flatten(context.document, items);
    const enough = !Array.isArray(itemSchema.enum) || itemSchema.enum.length > (s.maxItems as number);
    if (typeof s.maxItems === 'number' && enough) {
      const n = s.maxItems + 1;
      const item = arbitraryFor(items, context).filter((v) => typeof v !== 'string' || (v !== '' && !v.includes(',')));
      const [value] = fc.sample(fc.uniqueArray(item, { minLength: n, maxLength: n, selector: (v) => JSON.stringify(v) }), { numRuns: 1, seed: 1 });
      candidates.push({ what: 'more items than maxItems', value });
    }
    for (const item of invalidValues(items, context)) candidates.push({ what: `an item ${item.what}`, value: [item.value] });
  }
  const validate = context.validator.inline(schema);
  return candidates.filter((c) => !validate(c.value));
}

/** Ways to break a request to an operation: each parameter and the body, one at a time. */
export function breakages(operation: Operation, context: GeneratorContext): Breakage[] {
  const out: Breakage[] = [];
  for (const parameter of operation.parameters) {
    for (const { what, value } of invalidValues(parameter.schema, context)) {
      const description = `${parameter.in} parameter ${parameter.name} ${what}`;
      if (parameter.in === 'path') {
        const text = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : JSON.stringify(value);
        if (text === '' || text === '.' || text === '..') continue; // would address another path
        out.push({ what: description, apply: (r) => ({ ...r, path: { ...r.path, [parameter.name]: text } }) });
      } else if (parameter.in === 'query') {
        out.push({ what: description, apply: (r) => ({ ...r, query: { ...r.query, [parameter.name]: value } }) });
      } else if (parameter.in === 'header' && typeof value === 'string' && SENDABLE_HEADER.test(value) && value !== '') {
        out.push({ what: description, apply: (r) => ({ ...r, headers: { ...r.headers, [parameter.name]: value } }) });
      }
    }
  }
  const requestBody = operation.operation.requestBody;
  if (requestBody) {
    const [contentType, media] = Object.entries(requestBody.content)[0]!;
    const schema = flatten(context.document, media.schema ?? {});
    const onBody = (what: string, change: (body: Record<string, unknown>) => unknown) =>
      out.push({
        what: `body ${what}`,
        apply: (r) => {
          const base = r.body?.value && typeof r.body.value === 'object' ? (r.body.value as Record<string, unknown>) : {};
          return { ...r, body: { contentType: r.body?.contentType ?? contentType, value: change(structuredClone(base)) } };
        },
      });
    out.push({ what: 'body is malformed JSON', apply: (r) => ({ ...r, body: { contentType, raw: '{"unterminated": ' } }) });
    out.push({ what: 'body is empty', apply: (r) => ({ ...r, body: { contentType, raw: '' } }) });
    out.push({ what: 'body is a JSON array', apply: (r) => ({ ...r, body: { contentType, raw: '[]' } }) });
    out.push({ what: 'body is sent as text/plain', apply: (r) => ({ ...r, body: { contentType: 'text/plain', raw: JSON.stringify(r.body?.value ?? {}) } }) });
    if (schema.additionalProperties === false) onBody('has an unknown field', (b) => ({ ...b, conformanceUnknownField: 1 }));
    for (const name of (schema.required as string[] | undefined) ?? []) {
      onBody(`misses the required field ${name}`, (b) => {
        delete b[name];
        return b;
      });
    }
    for (const [name, property] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
      const p = flatten(context.document, property);
      const types = typeof p.type === 'string' ? [p.type] : ((p.type as string[] | undefined) ?? []);
      const wrong = types.includes('string') ? 42 : types.includes('object') || types.includes('array') ? 'not-an-object' : 'not-a-number';
      onBody(`field ${name} has the wrong type`, (b) => ({ ...b, [name]: wrong }));
      for (const { what, value } of invalidValues(property, context).slice(0, 2)) onBody(`field ${name} ${what}`, (b) => ({ ...b, [name]: value }));
    }
  }
  return out;
}
