import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the API reference', () => {
  it('serves the OpenAPI 3.1 document, equal to the committed openapi/openapi.json', async () => {
    const res = await h.http.get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/health', '/ready', '/v1/events', '/v1/events/{id}', '/v1/timeline']));
    expect(res.body).toEqual(JSON.parse(readFileSync('openapi/openapi.json', 'utf8')));
  });

  it('documents every operation with an id, a summary, a tag and a problem+json error', async () => {
    const { paths } = (await h.http.get('/openapi.json')).body as {
      paths: Record<string, Record<string, { operationId?: string; summary?: string; tags?: string[]; responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(operations)) {
        expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
        expect(op.summary, `${method} ${path}`).toBeTruthy();
        expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
        const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
        expect(errors.length, `${method} ${path}`).toBeGreaterThan(0);
        for (const [, response] of errors) expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
      }
    }
  });

  it('describes every parameter with a description and an example, and every operation with a description', async () => {
    const { paths } = (await h.http.get('/openapi.json')).body as {
      paths: Record<string, Record<string, { description?: string; parameters?: { name: string; in: string; description?: string; example?: unknown; schema?: { example?: unknown } }[] }>>;
    };
    const ids = new Set<string>();
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(operations)) {
        expect(op.description, `${method} ${path}`).toBeTruthy();
        for (const p of op.parameters ?? []) {
          expect(p.description, `${method} ${path} ${p.in} ${p.name}`).toBeTruthy();
          expect(p.example ?? p.schema?.example, `${method} ${path} ${p.in} ${p.name} example`).toBeDefined();
        }
        const id = (op as { operationId: string }).operationId;
        expect(ids.has(id), `duplicate operationId ${id}`).toBe(false);
        ids.add(id);
      }
    }
  });

  it('keeps null out of shared components: a property that may be null says so itself', async () => {
    const { components } = (await h.http.get('/openapi.json')).body as { components: { schemas: Record<string, { type?: unknown }> } };
    const nullable = Object.entries(components.schemas)
      .filter(([, schema]) => Array.isArray(schema.type) && schema.type.includes('null'))
      .map(([name]) => name);
    expect(nullable).toEqual([]);
    const place = (components.schemas.Place as { properties: Record<string, unknown> }).properties.parent;
    expect(place).toMatchObject({ anyOf: [{ $ref: '#/components/schemas/PlaceRef' }, { type: 'null' }] });
  });

  it('serves Swagger UI with its assets from the app itself, no CDN', async () => {
    const page = await h.http.get('/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/docs\//);
      const res = await h.http.get(asset);
      expect(res.status, asset).toBe(200);
      expect(Number(res.headers['content-length'])).toBeGreaterThan(1000);
    }
    expect(page.text).toContain("url: '/openapi.json'");
    expect((await h.http.get('/docs/swagger-ui-dist/package.json')).status).toBe(404);
  });
});
