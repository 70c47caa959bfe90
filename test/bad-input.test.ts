import { createRoute, z } from '@hono/zod-openapi';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkJsonText, MAX_JSON_DEPTH } from '../src/http/json-guard.js';
import { createRouter } from '../src/http/router.js';
import { createHarness, type Harness } from './helpers/harness.js';

/** Routes that take JSON bodies, behind the real middleware, to see what reaches a validator. */
const guarded = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/v1/test-bodies',
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.strictObject({
                text: z.string().optional(),
                n: z.number().optional(),
                tags: z.record(z.string(), z.string()).optional(),
                nested: z.unknown().optional(),
              }),
            },
          },
        },
      },
      responses: { 201: { description: 'the body as validated' } },
    }),
    (c) => c.json({ received: c.req.valid('json') }, 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/v1/test-bodies/any',
      request: { body: { required: true, content: { 'application/json': { schema: z.unknown() } } } },
      responses: { 201: { description: 'the body as validated' } },
    }),
    (c) => c.json({ received: c.req.valid('json') }, 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/v1/test-bodies/raw',
      request: {
        body: { required: true, content: { 'application/json': { schema: z.object({ text: z.string() }) } } },
      },
      responses: { 200: { description: 'what the handler reads again' } },
    }),
    async (c) => {
      const text = await c.req.text();
      const json = (await c.req.json()) as unknown;
      return c.json({ text, json, valid: c.req.valid('json') }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/v1/test-bodies/{id}',
      request: {
        params: z.object({ id: z.string() }),
        body: {
          required: true,
          content: {
            'application/merge-patch+json': { schema: z.strictObject({ text: z.string().nullable().optional() }) },
          },
        },
      },
      responses: { 200: { description: 'the patch as validated' } },
    }),
    (c) => c.json({ received: c.req.valid('json') }, 200),
  );

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ extraRouters: [guarded] });
});
afterAll(async () => {
  await h?.close();
});

type Res = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

function expectProblem(res: Res, status: number, type: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json');
  expect(res.body).toMatchObject({ type, status, title: expect.any(String), detail: expect.any(String) });
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
}

function expectPointer(res: Res, pointer: string, detail: RegExp) {
  expect(res.body.errors).toEqual([{ pointer, detail: expect.stringMatching(detail) }]);
}

/** Sends the body byte for byte: a Buffer is not turned into JSON. */
const post = (body: string | Buffer, type = 'application/json', path = '/v1/test-bodies') =>
  h.http
    .post(path)
    .set('Content-Type', type)
    .serialize((raw: string) => raw)
    .send(body);

const nest = (depth: number, inner = '1') => '['.repeat(depth) + inner + ']'.repeat(depth);

describe('JSON bodies that reach the validator', () => {
  it('passes a valid body through, parsed once and read again by the handler', async () => {
    const ok = await post(JSON.stringify({ text: 'مرحبا 😀', n: 1e308, tags: { en: 'x' } }));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.received).toEqual({ text: 'مرحبا 😀', n: 1e308, tags: { en: 'x' } });

    const raw = '\ufeff{ "text" : "a\\u00e9b" }';
    const again = await post(raw, 'application/json; charset=utf-8', '/v1/test-bodies/raw');
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body).toEqual({ text: '{ "text" : "a\\u00e9b" }', json: { text: 'aéb' }, valid: { text: 'aéb' } });
  });

  it('accepts escaped surrogate pairs and U+FFFD, which are text', async () => {
    const res = await post('{"text":"\\ud83d\\ude00 \ufffd","tags":{"\\ud83d\\ude00":"x"}}');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.received).toEqual({ text: '😀 \ufffd', tags: { '😀': 'x' } });
  });

  it('guards application/merge-patch+json and other +json types too', async () => {
    const patch = (body: string) =>
      h.http.patch('/v1/test-bodies/x').set('Content-Type', 'application/merge-patch+json').send(body);
    const ok = await patch('{"text":null}');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.received).toEqual({ text: null });

    const bad = await patch('{"text":"a\\u0000"}');
    expectProblem(bad, 400, '/problems/bad-request');
    expectPointer(bad, '#/body/text', /NUL/);

    const vendor = await post('{"text":"\\udc00"}', 'application/vnd.example+json');
    expectProblem(vendor, 400, '/problems/bad-request');
  });
});

describe('JSON bodies refused before the route', () => {
  it('refuses a NUL character, raw or escaped, in a value or a key', async () => {
    const cases: [string | Buffer, string, RegExp][] = [
      ['{"text":"a\u0000b"}', '#/body/text', /^contains a NUL/],
      ['{"text":"a\\u0000b"}', '#/body/text', /^contains a NUL/],
      [Buffer.from('{"text":"a\0b"}', 'utf8'), '#/body/text', /^contains a NUL/],
      ['{"tags":{"en":"ok","ar":"x\\u0000"}}', '#/body/tags/ar', /^contains a NUL/],
      ['{"tags":{"e\\u0000n":"x"}}', '#/body/tags', /^has a key containing a NUL/],
      ['{"tags":{"e\u0000n":"x"}}', '#/body/tags', /^has a key containing a NUL/],
      ['{"nested":[1,2,["a","\\u0000"]]}', '#/body/nested/2/1', /^contains a NUL/],
      ['{"text":"x"}\u0000', '#/body', /^contains a NUL/],
    ];
    for (const [body, pointer, detail] of cases) {
      const res = await post(body);
      expectProblem(res, 400, '/problems/bad-request');
      expect(res.body.detail).toMatch(/NUL character/);
      expectPointer(res, pointer, detail);
    }
  });

  it('refuses an unpaired surrogate, escaped or as raw (WTF-8) bytes', async () => {
    const escaped: [string, string, RegExp][] = [
      ['{"text":"a\\ud800"}', '#/body/text', /^contains an unpaired/],
      ['{"text":"\\ud800b"}', '#/body/text', /^contains an unpaired/],
      ['{"text":"\\udc00\\ud800"}', '#/body/text', /^contains an unpaired/],
      ['{"text":"\\ud800\\ud800\\udc00"}', '#/body/text', /^contains an unpaired/],
      ['{"tags":{"\\udfff":"x"}}', '#/body/tags', /^has a key containing an unpaired/],
      ['{"nested":{"a/b~c":["\\ud83d"]}}', '#/body/nested/a~1b~0c/0', /^contains an unpaired/],
    ];
    for (const [body, pointer, detail] of escaped) {
      const res = await post(body);
      expectProblem(res, 400, '/problems/bad-request');
      expect(res.body.detail).toMatch(/unpaired UTF-16 surrogate/);
      expectPointer(res, pointer, detail);
    }
    // U+D800 encoded as if it were a character: ED A0 80, which is not UTF-8.
    const wtf8 = Buffer.concat([Buffer.from('{"text":"a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    const raw = await post(wtf8);
    expectProblem(raw, 400, '/problems/bad-request');
    expect(raw.body.detail).toMatch(/UTF-8/);
    expectPointer(raw, '#/body', /UTF-8/);

    const latin1 = await post(Buffer.from('{"text":"caf\xe9"}', 'latin1'));
    expectProblem(latin1, 400, '/problems/bad-request');
  });

  it(`takes ${MAX_JSON_DEPTH} levels of nesting and refuses ${MAX_JSON_DEPTH + 1}`, async () => {
    const deepest = await post(nest(MAX_JSON_DEPTH), 'application/json', '/v1/test-bodies/any');
    expect(deepest.status, JSON.stringify(deepest.body)).toBe(201);

    const tooDeep = await post(nest(MAX_JSON_DEPTH + 1), 'application/json', '/v1/test-bodies/any');
    expectProblem(tooDeep, 400, '/problems/bad-request');
    expect(tooDeep.body.detail).toBe(`The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
    expectPointer(tooDeep, `#/body${'/0'.repeat(MAX_JSON_DEPTH)}`, /nests deeper/);

    const inObject = await post(`{"text":"[[[[","nested":{"a":[0,${nest(MAX_JSON_DEPTH - 2, '{}')}]}}`);
    expectProblem(inObject, 400, '/problems/bad-request');
    expectPointer(inObject, `#/body/nested/a/1${'/0'.repeat(MAX_JSON_DEPTH - 3)}`, /nests deeper/);

    // Far deeper than any parser should be asked to recurse: refused before parsing.
    const abyss = await post(nest(200_000), 'application/json', '/v1/test-bodies/any');
    expectProblem(abyss, 400, '/problems/bad-request');
  });

  it('refuses malformed JSON, saying where it fails', async () => {
    const bodies = ['{"text": "x"', '{"text": x}', "{'text': 'x'}", '{"text":"x",}', '   ', '{"text":"a\tb"}'];
    bodies.push('{"n":NaN}', '{"n":01}');
    for (const body of bodies) {
      const res = await post(body);
      expectProblem(res, 400, '/problems/malformed-json');
      expect(res.body.errors).toEqual([{ pointer: '#/body', detail: expect.stringMatching(/^is not valid JSON/) }]);
    }
  });

  it('answers a number too large for a double with a validation error, not a 500', async () => {
    for (const n of ['1e400', '-1e400']) {
      const res = await post(`{"n":${n}}`);
      expectProblem(res, 400, '/problems/validation-error');
      expect(res.body.errors).toEqual([{ pointer: '#/body/n', detail: expect.any(String) }]);
    }
  });

  it('answers an empty body and odd keys with a 400, not a 500', async () => {
    expectProblem(await post(''), 400, '/problems/malformed-json');
    const proto = await post('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}');
    expectProblem(proto, 400, '/problems/validation-error');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lets other media types through, for the route to answer 415', async () => {
    const res = await post('{"text":"a\\u0000"}', 'text/plain');
    expectProblem(res, 415, '/problems/unsupported-media-type');
    const form = await post('text=a', 'application/x-www-form-urlencoded');
    expectProblem(form, 415, '/problems/unsupported-media-type');
  });

  it('refuses JSON declared in a charset other than UTF-8', async () => {
    const res = await post(Buffer.from('{"text":"x"}', 'utf16le'), 'application/json; charset=utf-16');
    expectProblem(res, 415, '/problems/unsupported-media-type');
    expect(res.body.errors).toEqual([{ pointer: '#/headers/content-type', detail: expect.any(String) }]);
  });
});

describe('whatever the bytes', () => {
  it('answers 201 or a 400 problem, never a 500', async () => {
    const fragments = ['{', '}', '[', ']', '"', ':', ',', '\\', '\\u0000', '\\ud800', '\\udc00', 'text', '"text"'];
    fragments.push('1e400', 'null', ' ', '\u0000', 'é');
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
      fc.array(fc.constantFrom(...fragments), { maxLength: 24 }).map((parts) => parts.join('')),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify({ nested: value })),
    );
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        const res = await post(sent);
        if (res.status === 201) return;
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toBe('application/problem+json');
      }),
      { numRuns: 150 },
    );
  });
});

describe('checkJsonText', () => {
  it('agrees with JSON.parse on what parses', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        const found = checkJsonText(text);
        if (found) expect(found.code).toBe('bad_request');
        else expect(() => JSON.parse(text)).not.toThrow();
      }),
    );
  });

  it('counts depth outside strings only', () => {
    expect(checkJsonText(JSON.stringify({ text: '['.repeat(100) }))).toBeUndefined();
    expect(checkJsonText(JSON.stringify({ text: '\\"[['.repeat(50) }))).toBeUndefined();
  });
});
