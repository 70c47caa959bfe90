/**
 * OpenAPI conformance: walks the document the app serves at /openapi.json — no list of routes —
 * and for every operation sends schema-valid requests (property-based) and deliberately invalid
 * ones, checking each response against the operation's contract. Also: secured operations refuse
 * requests without credentials, created resources can be fetched and are gone after DELETE, and
 * undeclared methods are 405 with `Allow`.
 *
 * Budget: CONFORMANCE_RUNS (default 5) valid and CONFORMANCE_INVALID_RUNS (default 6) invalid
 * requests per operation. Runs are reproducible from CONFORMANCE_SEED (fixed by default, or
 * `random`; every failure message names the seed in use). CONFORMANCE_STATS=1 prints the
 * statuses each operation answered, to see how deep the generated requests reach.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildValue, flatten, singular, type BuildOptions } from './arbitraries.js';
import { breakages, validRequests, type GeneratorContext } from './generators.js';
import { contractViolations, describeExchange, fillPath, send, urlOf, type RequestSpec, type SentResponse } from './requests.js';
import { startConformanceServer } from './server.js';
import { declaredMethods, operationsOf, SchemaValidator, templatePattern, type OpenApiDocument, type Operation } from './spec.js';
import { createKey } from '../helpers/keys.js';

const knob = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const RUNS = knob('CONFORMANCE_RUNS', 5);
const INVALID_RUNS = knob('CONFORMANCE_INVALID_RUNS', 6);
/** Fixed by default, so CI is repeatable; `CONFORMANCE_SEED=random` explores (the seed is printed). */
const SEED = process.env.CONFORMANCE_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : knob('CONFORMANCE_SEED', 20_240_917);
if (process.env.CONFORMANCE_SEED === 'random') console.info(`conformance suite: CONFORMANCE_SEED=${SEED}`);

/** Field names that refer to records of a collection under another name. */
const REFERENCE_ALIASES: Record<string, string> = {
  speaker: 'actor',
  member: 'actor',
  organization: 'actor',
  coalition: 'actor',
  subject: 'event',
  object: 'event',
  parent: 'place',
};

const server = await startConformanceServer();
const document = (await (await fetch(`${server.baseUrl}/openapi.json`)).json()) as OpenApiDocument;
const validator = new SchemaValidator(document);
const operations = operationsOf(document);
/** Ids of records by collection path (`/v1/events`), from list operations and from creates. */
const pools = new Map<string, string[]>();
let authorization = '';

const poolFor = (collection: string) => pools.get(collection) ?? [];
const addToPool = (collection: string, id: string) => pools.set(collection, [...new Set([...poolFor(collection), id])]);

/** `eventId`, `topicIds`, `speakerId`, `event` → the ids of the collection they refer to. */
function references(field: string): readonly string[] {
  const base = singular(field)!.replace(/Id$/, '');
  if (!base || base === 'id') return [];
  const noun = REFERENCE_ALIASES[base] ?? base;
  const plural = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  const collection = [...pools.keys()].find((path) => path.split('/').at(-1) === plural);
  return collection ? poolFor(collection) : [];
}

const context: GeneratorContext = {
  document,
  references,
  validator,
  idsOf: poolFor,
  get authorization() {
    return authorization;
  },
};

/** Each operation gets its own seed, derived from the suite's, so one can be replayed alone. */
const seedOf = (operation: Operation) => (SEED + [...operation.id].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 0)) | 0;

const fail = (operation: Operation, url: string, request: Pick<RequestSpec, 'method' | 'headers' | 'body'>, response: SentResponse, problems: string[]) =>
  new Error(`${operation.id} (${operation.method.toUpperCase()} ${operation.path}), CONFORMANCE_SEED=${SEED}:\n- ${problems.join('\n- ')}\n${describeExchange(url, request, response)}`);

/** Sends a request to an operation and checks the response against its contract; returns it. */
async function exchange(operation: Operation, request: RequestSpec, extra: (response: SentResponse) => string[] = () => []): Promise<SentResponse> {
  const url = urlOf(operation, request);
  const response = await send(server.baseUrl, url, request);
  const seen = (statuses[operation.id] ??= {});
  seen[response.status] = (seen[response.status] ?? 0) + 1;
  if (response.status === 400) (rejections[operation.id] ??= new Set()).add(String((response.json as { detail?: string } | undefined)?.detail));
  const problems = [...contractViolations(operation, response, validator), ...extra(response)];
  if (problems.length > 0) throw fail(operation, url, request, response, problems);
  return response;
}

const byMethod = (method: string) => operations.filter((o) => o.method === method);
const isCollection = (path: string) => !path.includes('{');

/** Statuses seen per operation; CONFORMANCE_STATS=1 prints them, to see what the requests reach. */
const statuses: Record<string, Record<number, number>> = {};
const rejections: Record<string, Set<string>> = {};
afterAll(async () => {
  if (process.env.CONFORMANCE_STATS) console.info(Object.entries(statuses).map(([id, s]) => `${id}: ${JSON.stringify(s)}\n    400: ${[...(rejections[id] ?? [])].join('\n    400: ')}`).join('\n'));
  await server.close();
});

beforeAll(async () => {
  authorization = (await createKey(server.database.db, 'admin', 'conformance suite')).authorization;
  // Existing records, from every list operation the document has.
  for (const list of byMethod('get').filter((o) => isCollection(o.path))) {
    const response = await send(server.baseUrl, list.path, { method: 'GET', headers: {} });
    const data = (response.json as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(data)) continue;
    for (const item of data) if (typeof item?.id === 'string') addToPool(list.path, item.id);
  }
  // One record of each creatable collection, for operations on records no list shows
  // (participations, memberships...). Creates that need another's record are retried after it.
  let pending = creatableCollections();
  for (let round = 0; round < 3 && pending.length > 0; round++) {
    const failed: typeof pending = [];
    for (const entry of pending) {
      const created = await createOne(entry.create).catch((error: unknown) => {
        if (error instanceof NothingCreated) return undefined;
        throw error;
      });
      if (created) addToPool(entry.create.path, created.id);
      else failed.push(entry);
    }
    pending = failed;
  }
});

class NothingCreated extends Error {}

/** POST operations on a collection whose records have a GET and a DELETE at `{collection}/{id}`. */
function creatableCollections() {
  return byMethod('post')
    .filter((o) => isCollection(o.path) && o.operation.requestBody)
    .flatMap((create) => {
      const itemPath = Object.keys(document.paths).find((p) => new RegExp(`^${create.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}/\\{[^/}]+\\}$`).test(p));
      const fetchOne = operations.find((o) => o.path === itemPath && o.method === 'get');
      const remove = operations.find((o) => o.path === itemPath && o.method === 'delete');
      return fetchOne && remove ? [{ create, fetchOne, remove }] : [];
    });
}

/**
 * Creates a record through `create` with a body built from its request schema: the required
 * fields first, then with all fields, then with each pair of optional fields (a schema without
 * required fields may need one of several). Fresh values for patterned strings (slugs) when the
 * examples are taken. Every response is checked; returns the first 201's Location.
 */
async function createOne(create: Operation): Promise<{ location: string; id: string; body: unknown }> {
  const [contentType, media] = Object.entries(create.operation.requestBody!.content)[0]!;
  const schema = media.schema ?? {};
  const properties = Object.keys((flatten(document, schema).properties as object | undefined) ?? {});
  const required = new Set((flatten(document, schema).required as string[] | undefined) ?? []);
  const optional = properties.filter((p) => !required.has(p));
  // Pairs of references first: a schema without required fields may need, say, a source and a claim.
  const isReference = (field: string) => references(field).length > 0;
  const pairs = optional
    .flatMap((a, i) => optional.slice(i + 1).map((b) => [a, b]))
    .sort((x, y) => Number(y.every(isReference)) - Number(x.every(isReference)));
  const shapes: BuildOptions['optional'][] = ['none', 'all', ...pairs.filter((p) => p.every(isReference)), ...optional.map((p) => [p]), ...pairs];
  const tried: string[] = [];
  // Bounded: each shape with the examples, then with fresh strings and other existing records.
  for (const optionalFields of shapes.slice(0, 30)) {
    for (let variant = 0; variant < 3; variant++) {
      let ordinal = 0;
      const pick = (ids: readonly string[]) => ids[(variant + ordinal++) % ids.length]!;
      const value = buildValue(schema, context, { optional: optionalFields, fresh: variant > 0, seed: SEED + variant, pick });
      if (!validator.inline(schema)(value)) continue;
      const request: RequestSpec = { method: 'POST', path: {}, query: {}, headers: { authorization }, body: { contentType, value } };
      const response = await exchange(create, request);
      if (response.status === 201) {
        const location = response.headers.get('location');
        if (!location) throw fail(create, create.path, request, response, ['a 201 without a Location header']);
        return { location, id: (response.json as { id: string }).id, body: value };
      }
      tried.push(`${response.status} for ${JSON.stringify(value).slice(0, 300)}: ${response.text.slice(0, 300)}`);
      // Other records or fresh values help with a conflict or a reference; a 400 needs another shape.
      if (response.status !== 409 && response.status !== 422) break;
    }
  }
  throw new NothingCreated(`${create.id}: no body built from the schema was created:\n${tried.join('\n')}`);
}

describe('the served OpenAPI document', () => {
  it('is OpenAPI 3.1 with operations', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(operations.length).toBeGreaterThan(0);
  });

  it('has schemas Ajv compiles (JSON Schema 2020-12), for every request and response', () => {
    for (const operation of operations) {
      for (const [status, response] of Object.entries(operation.operation.responses)) {
        for (const [mediaType, media] of Object.entries(response.content ?? {})) {
          if (media.schema) expect(() => validator.at(`${operation.pointer}/responses/${status}/content/${mediaType.replace(/\//g, '~1')}/schema`), `${operation.id} ${status} ${mediaType}`).not.toThrow();
        }
      }
      for (const media of Object.values(operation.operation.requestBody?.content ?? {})) {
        if (media.schema) expect(() => validator.inline(media.schema!), operation.id).not.toThrow();
      }
    }
  });
});

describe('secured operations without credentials', () => {
  const secured = operations.filter((o) => o.secured);
  it.each(secured.map((o) => [o.id, o] as const))('%s: 401 with WWW-Authenticate', async (_, operation) => {
    const [request] = fc.sample(validRequests(operation, context), { numRuns: 1, seed: seedOf(operation) });
    for (const credentials of [undefined, 'Bearer eta_not-a-real-key']) {
      const { authorization: _dropped, ...headers } = request!.headers;
      const sent = { ...request!, headers: credentials ? { ...headers, authorization: credentials } : headers };
      await exchange(operation, sent, (response) => [
        ...(response.status === 401 ? [] : [`expected 401 ${credentials ? 'with an invalid key' : 'without credentials'}`]),
        ...(response.headers.get('www-authenticate')?.startsWith('Bearer') ? [] : ['no WWW-Authenticate: Bearer challenge']),
      ]);
    }
  });
});

describe('undeclared methods', () => {
  const candidates = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  it.each(Object.keys(document.paths).map((p) => [p] as const))('%s: 405 with Allow', async (path) => {
    const values = Object.fromEntries(
      operations.filter((o) => o.path === path).flatMap((o) => o.parameters.filter((p) => p.in === 'path').map((p) => [p.name, String(p.example ?? p.schema.example ?? 'x')])),
    );
    const concrete = fillPath(path, values);
    // Every template the concrete path matches contributes its methods.
    const allowed = new Set(Object.keys(document.paths).filter((t) => templatePattern(t).test(concrete)).flatMap((t) => declaredMethods(document, t)));
    const problems: string[] = [];
    for (const method of candidates.filter((m) => !allowed.has(m))) {
      const response = await send(server.baseUrl, concrete, {
        method,
        headers: { authorization },
        ...(method === 'GET' || method === 'DELETE' ? {} : { body: { contentType: 'application/json', value: {} } }),
      });
      const allow = new Set((response.headers.get('allow') ?? '').split(',').map((m) => m.trim().toUpperCase()).filter(Boolean));
      // `Allow` lists the declared methods, plus HEAD with GET and OPTIONS, which the app answers on every path.
      const expected = new Set([...allowed, ...(allowed.has('GET') ? ['HEAD'] : []), 'OPTIONS']);
      if (response.status !== 405) problems.push(`${method} ${concrete}: ${response.status}, expected 405`);
      if ([...expected].sort().join() !== [...allow].sort().join()) {
        problems.push(`${method} ${concrete}: Allow is "${response.headers.get('allow')}", expected ${[...expected].sort().join(', ')}`);
      }
      if (response.mediaType !== 'application/problem+json') problems.push(`${method} ${concrete}: ${response.mediaType}, expected application/problem+json`);
      else {
        const validate = validator.at('#/components/schemas/Problem');
        if (!validate(response.json)) problems.push(`${method} ${concrete}: the problem does not match Problem: ${validator.errorsText(validate)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('create, fetch, delete, fetch again', () => {
  it.each(creatableCollections().map((e) => [e.create.id, e] as const))('%s: fetchable after 201, 404 after DELETE', async (_, { create, fetchOne, remove }) => {
    const created = await createOne(create);
    const url = new URL(created.location, server.baseUrl);
    const itemPath = url.pathname;
    expect(itemPath, 'Location names the created record').toMatch(templatePattern(fetchOne.path));
    const id = decodeURIComponent(itemPath.split('/').at(-1)!);
    expect(id).toBe(created.id);
    const pathName = /\{([^}]+)\}$/.exec(fetchOne.path)![1]!;
    const get: RequestSpec = { method: 'GET', path: { [pathName]: id }, query: {}, headers: {} };
    const fetched = await exchange(fetchOne, get, (r) => (r.status === 200 ? [] : ['expected 200 right after the create']));
    expect((fetched.json as { id?: string }).id).toBe(id);
    await exchange(remove, { method: 'DELETE', path: { [pathName]: id }, query: {}, headers: { authorization } }, (r) =>
      r.status >= 200 && r.status < 300 ? [] : ['expected the DELETE of a record just created to succeed'],
    );
    await exchange(fetchOne, get, (r) => (r.status === 404 ? [] : ['expected 404 after DELETE']));
  });
});

// Reads first, then creates and changes, deletes last: writes change what the reads see.
const ORDER = ['get', 'head', 'options', 'post', 'put', 'patch', 'delete', 'trace'];
const ordered = [...operations].sort((a, b) => ORDER.indexOf(a.method) - ORDER.indexOf(b.method));

describe.each(ordered.map((o) => [`${o.id} (${o.method.toUpperCase()} ${o.path})`, o] as const))('%s', (_, operation) => {
  it('answers schema-valid requests with a declared status, content type and body, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(validRequests(operation, context), async (request) => {
        await exchange(operation, request);
      }),
      { numRuns: RUNS, seed: seedOf(operation), endOnFailure: true },
    );
  });

  const broken = breakages(operation, context);
  // Operations without parameters or body (the probes) have nothing to send wrong.
  if (broken.length > 0) it('answers invalid requests with a declared 4xx problem', async () => {
    const bodySchema = Object.values(operation.operation.requestBody?.content ?? {})[0]?.schema;
    await fc.assert(
      fc.asyncProperty(validRequests(operation, context), fc.constantFrom(...broken), async (valid, breakage) => {
        const request = breakage.apply(valid);
        // A generated body may already lack what the breakage removes: only send what is invalid.
        if (bodySchema && request.body?.value !== undefined && breakage.what.startsWith('body ')) {
          fc.pre(!validator.inline(bodySchema)(request.body.value));
        }
        await exchange(operation, request, (response) => [
          ...(response.status >= 400 && response.status < 500 ? [] : [`expected a 4xx for a request whose ${breakage.what}`]),
          ...(response.mediaType === 'application/problem+json' ? [] : [`expected application/problem+json for a request whose ${breakage.what}`]),
        ]);
      }),
      { numRuns: Math.min(INVALID_RUNS, broken.length * 2), seed: seedOf(operation), endOnFailure: true },
    );
  });
});

describe('the app', () => {
  it('logged no unhandled error', () => {
    expect(server.errors).toEqual([]);
  });
});
