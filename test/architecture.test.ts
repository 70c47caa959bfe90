/**
 * The house rules of the code and the contract, checked on the files themselves: where a
 * resource's request bodies live, which files a route may import, no import circles inside a
 * resource, a test file per resource folder, and every error of the document declaring the
 * request id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCE_NAMES, RESOURCES } from '../src/resources/registry.js';

const RESOURCES_DIR = 'src/resources';
const folders = readdirSync(RESOURCES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'common')
  .map((entry) => entry.name);

interface Import {
  from: string;
  typeOnly: boolean;
}

/** The static imports of a file, and whether each is `import type`. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)].map((m) => ({ from: m[2] as string, typeOnly: Boolean(m[1]) }));
}

const filesOf = (folder: string) =>
  readdirSync(path.join(RESOURCES_DIR, folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(RESOURCES_DIR, folder, name));

describe('the code layout', () => {
  it('has a folder for every registered resource, with its schemas, routes, handlers, writes, queries and router', () => {
    for (const name of RESOURCE_NAMES) {
      for (const file of ['schemas.ts', 'routes.ts', 'handlers.ts', 'writes.ts', 'queries.ts', 'index.ts']) {
        expect(existsSync(path.join(RESOURCES_DIR, name, file)), `${name}/${file}`).toBe(true);
      }
    }
  });

  it('keeps each route file to its own schemas and the shared http modules', () => {
    for (const folder of folders) {
      const file = path.join(RESOURCES_DIR, folder, 'routes.ts');
      if (!existsSync(file)) continue;
      for (const { from } of importsOf(file)) {
        expect(from === './schemas.js' || from.startsWith('../../http/') || from === '@hono/zod-openapi', `${file} imports ${from}`).toBe(true);
      }
    }
  });

  it('has handlers import their routes only as types, and no request body declared outside schemas.ts', () => {
    for (const folder of folders) {
      for (const file of filesOf(folder)) {
        const name = path.basename(file);
        if (name === 'index.ts' || name === 'routes.ts') continue;
        for (const imported of importsOf(file)) {
          if (imported.from === './routes.js') expect(imported.typeOnly, `${file} imports ./routes.js as a value`).toBe(true);
        }
        if (name !== 'schemas.ts') {
          expect(readFileSync(file, 'utf8'), `${file} declares a request body`).not.toMatch(/\.openapi\('\w+(Create|Patch)'/);
        }
      }
    }
  });

  it('has no import circle between the files of a resource', () => {
    for (const folder of folders) {
      const graph = new Map<string, string[]>();
      for (const file of filesOf(folder)) {
        const local = importsOf(file)
          // Type-only imports count too: a circle through types still ties the files together.
          .filter((i) => i.from.startsWith('./'))
          .map((i) => path.join(RESOURCES_DIR, folder, i.from.replace(/\.js$/, '.ts')));
        graph.set(file, local);
      }
      const visiting = new Set<string>();
      const done = new Set<string>();
      const visit = (file: string, trail: string[]) => {
        if (done.has(file)) return;
        expect(visiting.has(file), `import circle: ${[...trail, file].join(' → ')}`).toBe(false);
        visiting.add(file);
        for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
        visiting.delete(file);
        done.add(file);
      };
      for (const file of graph.keys()) visit(file, []);
    }
  });

  it('has a test file named after every resource folder', () => {
    for (const folder of folders) expect(existsSync(path.join('test', `${folder}.test.ts`)), `test/${folder}.test.ts`).toBe(true);
  });
});

describe('the committed OpenAPI document', () => {
  const document = JSON.parse(readFileSync('openapi/openapi.json', 'utf8')) as {
    tags: { name: string }[];
    paths: Record<string, Record<string, { tags?: string[]; responses: Record<string, { headers?: Record<string, unknown> }> }>>;
  };

  it('tags every operation with a tag the document declares, each resource with its own', () => {
    const declared = new Set(document.tags.map((t) => t.name));
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const tag of operation.tags ?? []) expect(declared.has(tag), `${method.toUpperCase()} ${route}: ${tag}`).toBe(true);
      }
    }
    for (const name of RESOURCE_NAMES) {
      const own = document.paths[`/v1/${name}`] ?? {};
      for (const operation of Object.values(own)) expect(operation.tags).toEqual([RESOURCES[name].tag.name]);
    }
  });

  it('declares X-Request-Id on every error response, reads and writes alike', () => {
    const missing: string[] = [];
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (/^[45]/.test(status) && !response.headers?.['X-Request-Id']) missing.push(`${method.toUpperCase()} ${route} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('declares the quota headers on every 429', () => {
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) {
        const tooMany = operation.responses['429'];
        if (tooMany) expect(Object.keys(tooMany.headers ?? {})).toEqual(expect.arrayContaining(['Retry-After', 'RateLimit', 'RateLimit-Policy']));
      }
    }
  });
});
