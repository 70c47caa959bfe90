/**
 * Baseline (b), the HTTP stack's limit: a bare Hono app on the API's own server
 * (`startServer`, @hono/node-server), compiled like the API, answering each benchmark request
 * with the body the API gave for it, byte for byte, with its status and content type. No
 * middleware, no database.
 *
 *   PORT=… node dist/scripts/bench/bare-server.js <responses.json>
 *
 * responses.json: { "<scenario id>": [{ "status": 200, "contentType": "…", "body": "<base64>" }, …] }
 * Routes: GET and POST /bare/<scenario id>/<sample index>, and GET /ready.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { startServer } from '../../src/server.js';

interface Canned {
  status: number;
  contentType: string;
  body: string;
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: bare-server <responses.json>\n');
  process.exit(2);
}
const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Canned[]>;
const responses = new Map<string, { status: number; contentType: string; body: Uint8Array }[]>();
for (const [id, list] of Object.entries(raw)) {
  responses.set(
    id,
    list.map((r) => ({ status: r.status, contentType: r.contentType, body: new Uint8Array(Buffer.from(r.body, 'base64')) })),
  );
}

const app = new Hono();
const answer = (scenario: string, index: string) => {
  const canned = responses.get(scenario)?.[Number(index)];
  if (!canned) return new Response('not found', { status: 404 });
  return new Response(canned.body, { status: canned.status, headers: { 'Content-Type': canned.contentType } });
};
app.get('/ready', (c) => c.text('ok'));
app.get('/bare/:scenario/:index', (c) => answer(c.req.param('scenario'), c.req.param('index')));
app.post('/bare/:scenario/:index', async (c) => {
  await c.req.arrayBuffer();
  return answer(c.req.param('scenario'), c.req.param('index'));
});

const running = await startServer(app.fetch, { host: '127.0.0.1', port: Number(process.env.PORT ?? 3100), shutdownTimeoutMs: 2000 });
process.stdout.write(`listening ${running.port}\n`);
const stop = () => void running.shutdown().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
