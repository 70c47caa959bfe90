/**
 * The API reference: the OpenAPI 3.1 document and Swagger UI, whose assets the app serves itself
 * so the page works with no internet.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { swaggerUI } from '@hono/swagger-ui';
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.js';
import { ApiError } from '../../http/problem.js';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-16x16.png': 'image/png',
  'favicon-32x32.png': 'image/png',
};

/**
 * A Swagger UI plugin (browser code, inlined into the page). Swagger UI fills every parameter
 * with its example when "Try it out" opens; for the optional ones (filters, cursor, If-Match,
 * Idempotency-Key) that makes a request no one means: all filters at once, a cursor from another
 * query, an ETag that is never current. So only path and required parameters start from their
 * example (a seeded record), the optional ones start empty, and Execute answers at once.
 */
const OPTIONAL_PARAMETERS_START_EMPTY = `function OptionalParametersStartEmpty() {
  return { statePlugins: { spec: { wrapSelectors: {
    parameterWithMetaByIdentity: function (original) {
      return function () {
        var param = original.apply(null, Array.prototype.slice.call(arguments, 1));
        if (!param || !param.get || param.get('in') === 'path' || param.get('required')) return param;
        return param.delete('example').delete('examples').deleteIn(['schema', 'example']);
      };
    },
  } } } };
}`;

function assetsFolder(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('swagger-ui-dist/package.json'));
}

export function docsRouter(document: () => unknown) {
  const cache = new Map<string, Buffer>();
  let folder: string | undefined;
  return new Hono<AppEnv>()
    .get('/openapi.json', (c) => c.json(document() as object, 200, { 'Cache-Control': 'no-cache' }))
    .get(
      '/docs',
      swaggerUI({
        url: '/openapi.json',
        baseUrl: '/docs',
        title: 'Event Timeline API — reference',
        persistAuthorization: true,
        displayRequestDuration: true,
        tryItOutEnabled: true,
        plugins: [OPTIONAL_PARAMETERS_START_EMPTY],
      }),
    )
    .get('/docs/swagger-ui-dist/:file', async (c) => {
      const file = c.req.param('file');
      const type = ASSETS[file];
      if (!type) throw new ApiError('not_found', `There is no documentation asset named "${file}".`);
      let body = cache.get(file);
      if (!body) {
        folder ??= assetsFolder();
        body = await readFile(path.join(folder, file));
        cache.set(file, body);
      }
      return c.body(new Uint8Array(body), 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
    });
}
