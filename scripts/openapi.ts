/**
 * `npm run openapi:export` writes openapi/openapi.json from the code;
 * `npm run openapi:check` fails when the committed file differs from it.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/client.js';
import { createLogger } from '../src/http/logger.js';
import { openApiDocument } from '../src/openapi.js';

const FILE = path.resolve(process.cwd(), 'openapi/openapi.json');

const noDatabase: Database = {
  kind: 'pglite',
  get db(): never {
    throw new Error('the OpenAPI export does not use the database');
  },
  ping: async () => {},
  close: async () => {},
};

const app = createApp({ database: noDatabase, logger: createLogger('silent') });
const generated = JSON.stringify(openApiDocument(app), null, 2) + '\n';

if (process.argv.includes('--check')) {
  const committed = await readFile(FILE, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error('openapi/openapi.json is out of date with the code. Run `npm run openapi:export` and commit the result.');
    process.exit(1);
  }
  console.log('openapi/openapi.json matches the code.');
} else {
  await mkdir(path.dirname(FILE), { recursive: true });
  await writeFile(FILE, generated);
  console.log(`Wrote ${path.relative(process.cwd(), FILE)}.`);
}
