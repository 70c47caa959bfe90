/**
 * Values from JSON Schemas, for the subset of JSON Schema 2020-12 the document uses: fast-check
 * arbitraries for property-based requests, and single deterministic values for creates.
 *
 * A field whose name refers to another resource (`eventId`, `topicIds`, `speakerId`...) takes ids
 * of existing records, given by `references`, most of the time.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { deref, type Schema } from './spec.js';

export interface ValueContext {
  document: unknown;
  /** Ids of existing records a field of this name can refer to; empty when it refers to none. */
  references: (field: string) => readonly string[];
}

/** Keys tried for maps (`additionalProperties` without `properties`): the document's maps are by language. */
const MAP_KEYS = ['en', 'ar', 'fr', 'ru', 'fa'];
/** Long strings add nothing to most checks but slow everything down. */
const MAX_GENERATED_LENGTH = 24;
const MAX_GENERATED_ITEMS = 3;
const MAX_DEPTH = 6;

const typesOf = (schema: Schema): string[] | undefined =>
  typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : undefined;

/** `allOf` folded into one schema (properties and `required` merged; other keywords, last wins). */
export function flatten(document: unknown, schema: Schema): Schema {
  const resolved = deref(document, schema);
  if (!Array.isArray(resolved.allOf)) return resolved;
  const { allOf, ...rest } = resolved;
  let merged: Schema = { ...rest };
  for (const part of allOf as Schema[]) {
    const p = flatten(document, part);
    merged = {
      ...merged,
      ...p,
      ...(merged.properties || p.properties ? { properties: { ...(merged.properties as object), ...(p.properties as object) } } : {}),
      ...(merged.required || p.required
        ? { required: [...new Set([...((merged.required as string[]) ?? []), ...((p.required as string[]) ?? [])])] }
        : {}),
    };
  }
  return merged;
}

const withoutType = (schema: Schema, type: string): Schema => ({ ...schema, type });

/** A fast-check arbitrary of values valid against `schema` (up to `format`s and `pattern` lengths). */
export function arbitraryFor(schema: Schema, context: ValueContext, field?: string, depth = 0): fc.Arbitrary<unknown> {
  const s = flatten(context.document, schema);
  const generated = arbitraryOfKeywords(s, context, field, depth);
  if (!('example' in s) || s.example === undefined) return generated;
  // Mix in the documented example: realistic values reach deeper than random ones. A free-form
  // string (an EDTF date, a cursor) is rarely meaningful when random: the example more often.
  const freeForm = s.type === 'string' && !s.pattern && !s.format && !s.enum;
  return fc.oneof({ arbitrary: fc.constant(structuredClone(s.example)), weight: freeForm ? 3 : 1 }, { arbitrary: generated, weight: 2 });
}

function arbitraryOfKeywords(s: Schema, context: ValueContext, field: string | undefined, depth: number): fc.Arbitrary<unknown> {
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const alternatives = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((a) => arbitraryFor(a, context, field, depth + 1)));
  const types = typesOf(s);
  if (types && types.length > 1) return fc.oneof(...types.map((t) => arbitraryOfKeywords(withoutType(s, t), context, field, depth)));
  switch (types?.[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({
        min: typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : -1000,
        max: typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - 1 : 1000,
      });
    case 'number':
      return fc.double({
        min: typeof s.minimum === 'number' ? s.minimum : -1e6,
        max: typeof s.maximum === 'number' ? s.maximum : 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'string':
      return stringArbitrary(s, context, field);
    case 'array':
      return arrayArbitrary(s, context, field, depth);
    case 'object':
      return objectArbitrary(s, context, depth);
    default:
      // No type: any JSON value.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringArbitrary(s: Schema, context: ValueContext, field: string | undefined): fc.Arbitrary<string> {
  const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
  const maxLength = typeof s.maxLength === 'number' ? s.maxLength : Number.MAX_SAFE_INTEGER;
  const fits = (v: string) => [...v].length >= minLength && [...v].length <= maxLength;
  const references = field ? context.references(field) : [];
  if (s.format === 'uuid') {
    const random = fc.uuid();
    return references.length > 0
      ? fc.oneof({ arbitrary: fc.constantFrom(...references), weight: 3 }, { arbitrary: random, weight: 1 })
      : random;
  }
  if (s.format === 'date-time') {
    return fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (s.format === 'uri' || s.format === 'url') return fc.webUrl().filter(fits);
  if (typeof s.pattern === 'string') return fc.stringMatching(new RegExp(s.pattern)).filter(fits);
  const max = Math.min(maxLength, Math.max(minLength, MAX_GENERATED_LENGTH));
  return fc.oneof(
    { arbitrary: fc.string({ minLength, maxLength: max, unit: 'grapheme-ascii' }), weight: 3 },
    // Any code point, Arabic and emoji included.
    { arbitrary: fc.string({ minLength, maxLength: max, unit: 'grapheme' }), weight: 1 },
    // Any UTF-16 code unit, NUL and lone surrogates included: valid JSON strings no field can store.
    { arbitrary: fc.string({ minLength, maxLength: max, unit: 'binary' }), weight: 1 },
  );
}

function arrayArbitrary(s: Schema, context: ValueContext, field: string | undefined, depth: number): fc.Arbitrary<unknown[]> {
  const items = (s.items as Schema | undefined) ?? {};
  const minLength = typeof s.minItems === 'number' ? s.minItems : 0;
  const maxLength = Math.min(typeof s.maxItems === 'number' ? s.maxItems : MAX_GENERATED_ITEMS, Math.max(minLength, MAX_GENERATED_ITEMS));
  const item = arbitraryFor(items, context, singular(field), depth + 1);
  return s.uniqueItems
    ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
    : fc.array(item, { minLength, maxLength });
}

function objectArbitrary(s: Schema, context: ValueContext, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
  const required = (s.required as string[] | undefined) ?? [];
  if (Object.keys(properties).length === 0 && s.additionalProperties && typeof s.additionalProperties === 'object') {
    const value = arbitraryFor(s.additionalProperties as Schema, context, undefined, depth + 1);
    const minKeys = typeof s.minProperties === 'number' ? s.minProperties : 0;
    return fc.dictionary(fc.constantFrom(...MAP_KEYS), value, { minKeys, maxKeys: Math.max(minKeys, 3) });
  }
  // Deep down, only what is required: keeps recursive schemas finite.
  const names = depth >= MAX_DEPTH ? required : Object.keys(properties);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of names) model[name] = arbitraryFor(properties[name] ?? {}, context, name, depth + 1);
  return fc.record(model, { requiredKeys: required.filter((name) => name in model) }) as fc.Arbitrary<Record<string, unknown>>;
}

/** `topicIds` → `topicId`: the field name an array's items refer by. */
export function singular(field: string | undefined): string | undefined {
  return field?.endsWith('Ids') ? field.slice(0, -1) : field;
}

export interface BuildOptions {
  /** Which optional properties of the top-level object to include, beside the required ones. */
  optional: 'none' | 'all' | readonly string[];
  /** Make strings with a `pattern` (slugs...) unique, so a create does not collide with a record. */
  fresh: boolean;
  /** Seed for the few values that must be generated. */
  seed: number;
  /** Which existing id a reference takes (default: the first); lets two references in a body differ. */
  pick?: (ids: readonly string[]) => string;
}

/**
 * One realistic value for a schema: references to existing records, documented examples, first
 * enum values; generated only where the document offers nothing. Nested objects hold their
 * required properties (or their example).
 */
export function buildValue(schema: Schema, context: ValueContext, options: BuildOptions, field?: string, depth = 0): unknown {
  const s = flatten(context.document, schema);
  const references = field ? context.references(field) : [];
  const types = typesOf(s);
  const type = types?.find((t) => t !== 'null');
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum.includes(s.example) ? s.example : s.enum[0];
  const pick = options.pick ?? ((ids: readonly string[]) => ids[0]!);
  if (type === 'string' && s.format === 'uuid' && references.length > 0) return pick(references);
  if (type === 'string' && options.fresh && typeof s.pattern === 'string') return freshString(s, options.seed);
  if (type === 'array') {
    const itemField = singular(field);
    if (itemField && context.references(itemField).length > 0) return [pick(context.references(itemField))];
    if (s.example !== undefined) return structuredClone(s.example);
    const count = typeof s.minItems === 'number' ? s.minItems : 0;
    return Array.from({ length: count }, () => buildValue((s.items as Schema) ?? {}, context, options, itemField, depth + 1));
  }
  if (type === 'object' && (s.properties || depth > 0)) {
    if (depth > 0 && s.example !== undefined) return structuredClone(s.example);
    const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
    const required = new Set((s.required as string[] | undefined) ?? []);
    const wanted =
      depth > 0 || options.optional === 'none'
        ? [...required]
        : options.optional === 'all'
          ? Object.keys(properties)
          : [...required, ...options.optional];
    const out: Record<string, unknown> = {};
    for (const name of new Set(wanted)) {
      const property = properties[name];
      if (property) out[name] = buildValue(property, context, options, name, depth + 1);
    }
    return out;
  }
  if (s.example !== undefined) return structuredClone(s.example);
  if (Array.isArray(s.examples) && s.examples.length > 0) return structuredClone(s.examples[0]);
  if (s.default !== undefined) return structuredClone(s.default);
  if (types?.includes('null') && !type) return null;
  return fc.sample(arbitraryFor(s, context, field, depth), { numRuns: 1, seed: options.seed })[0];
}

/** A string matching the schema's pattern that no record holds yet: the example with a random suffix, or a generated one. */
function freshString(s: Schema, seed: number): string {
  const pattern = new RegExp(s.pattern as string);
  const maxLength = typeof s.maxLength === 'number' ? s.maxLength : Number.MAX_SAFE_INTEGER;
  const suffix = randomBytes(4).toString('hex');
  if (typeof s.example === 'string') {
    const candidate = `${s.example}-${suffix}`;
    if (pattern.test(candidate) && candidate.length <= maxLength) return candidate;
  }
  const fits = (v: string) => pattern.test(v) && v.length <= maxLength && v.length >= ((s.minLength as number) ?? 0);
  const [generated] = fc.sample(fc.stringMatching(pattern).filter(fits), { numRuns: 1, seed: seed ^ parseInt(suffix, 16) });
  return generated ?? String(s.example ?? '');
}
