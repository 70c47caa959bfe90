/**
 * The API reference in a real browser: Swagger UI at /docs, served by the app alone (every
 * request to another origin is blocked and must never be attempted), "Try it out" on the
 * timeline answering 200 with the seeded events, and a write through "Authorize" with a bearer
 * key and the operation's example body answering 201. Needs Chromium (`apt-get install
 * chromium`); without it the file is skipped, except under CI or REQUIRE_BROWSER=1, where it fails.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSeed } from '../src/seeds/article.js';
import { createHarness, type Harness } from './helpers/harness.js';
import { createKey } from './helpers/keys.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts';
const haveBrowser = existsSync(CHROMIUM);
const browserRequired = Boolean(process.env.CI) || process.env.REQUIRE_BROWSER === '1';
const missing = `no Chromium at ${CHROMIUM} (install it with \`apt-get install chromium\`, or set CHROMIUM_PATH)`;

if (!haveBrowser && !browserRequired) console.warn(`Skipping the docs browser test: ${missing}.`);

describe.runIf(!haveBrowser && browserRequired)('the docs browser test under CI', () => {
  it('has a browser to run in', () => {
    throw new Error(`The docs browser test must run here, but there is ${missing}.`);
  });
});

describe.runIf(haveBrowser)('Swagger UI at /docs in a browser, offline', () => {
  let h: Harness;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const blocked: string[] = [];
  // The app under a host name other than localhost, as a deployment serves it (Swagger UI
  // treats localhost specially, e.g. it never calls its online validator there).
  const HOST = 'timeline-api.test';
  let origin: string;

  beforeAll(async () => {
    h = await createHarness();
    profile = await mkdtemp(path.join(tmpdir(), 'eta-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      ],
    });
    origin = `http://${HOST}:${new URL(h.baseUrl).port}`;
    // Offline: anything not served by the app itself is refused, and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Generous: Swagger UI renders the whole document, and CI runs this beside the other test files.
    page.setDefaultTimeout(90_000);
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await h?.close();
  });

  /** Opens an operation, which "Try it out" (on by default) shows with its inputs ready. */
  async function openOperation(id: string): Promise<Locator> {
    const operation = page.locator(`#operations-${id}`);
    await operation.locator('.opblock-summary').first().click();
    // tryItOutEnabled: the form is already open, so the toggle offers "Cancel".
    await expect.poll(() => operation.locator('.try-out__btn').innerText()).toBe('Cancel');
    return operation;
  }

  async function execute(operation: Locator): Promise<{ status: number; body: unknown; url: string }> {
    await operation.getByRole('button', { name: 'Execute' }).click();
    const response = operation.locator('.live-responses-table .response').first();
    await response.waitFor();
    const status = Number((await response.locator('.response-col_status').innerText()).trim());
    const body = JSON.parse(await response.locator('.response-col_description pre').first().innerText()) as unknown;
    const url = (await operation.locator('.request-url pre').innerText()).trim();
    return { status, body, url };
  }

  it('runs the timeline through "Try it out" and shows the seeded events', async () => {
    await page.goto(`${origin}/docs`);
    const operation = await openOperation('Timeline-getTimeline');
    const { status, body, url } = await execute(operation);

    await operation.screenshot({ path: path.join(ARTIFACTS, 'docs-timeline.png') });

    expect(url.startsWith(`${origin}/v1/timeline`), url).toBe(true);
    expect(status).toBe(200);
    const events = (body as { data: { slug: string; title: Record<string, string> }[] }).data;
    expect(events.map((e) => e.slug).sort()).toEqual(articleSeed.events.map((e) => e.slug).sort());
    const moscow = articleSeed.events.find((e) => e.slug === 'moscow-consultations-2019')!;
    await expect.poll(() => operation.locator('.live-responses-table').innerText()).toContain(moscow.title.en);
    expect(blocked).toEqual([]);
  }, 180_000);

  it('authorizes with a bearer key and creates a topic from the example body', async () => {
    const { authorization } = await createKey(h.database.db, 'write', 'docs browser test');
    const sent: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().startsWith(`${origin}/v1/topics`)) sent.push(request.headers()['authorization']);
    });

    await page.goto(`${origin}/docs`);
    await page.locator('.auth-wrapper .authorize').click();
    const dialog = page.locator('.dialog-ux .modal-ux');
    await dialog.getByLabel('auth-bearer-value').fill(authorization.replace(/^Bearer /, ''));
    await dialog.getByRole('button', { name: 'Apply credentials' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Remove authorization' }).count()).toBe(1);
    await dialog.locator('.btn-done').click();

    const operation = await openOperation('Topics-createTopic');
    const { status, body } = await execute(operation);
    await operation.screenshot({ path: path.join(ARTIFACTS, 'docs-create-topic.png') });

    expect(status, JSON.stringify(body)).toBe(201);
    expect(sent).toEqual([authorization]);
    const slug = (body as { slug: string }).slug;
    expect((await h.http.get(`/v1/topics/${slug}`)).status).toBe(200);
    // persistAuthorization: the key survives a reload.
    expect(await page.evaluate<string | null>("localStorage.getItem('authorized')")).toContain('bearerAuth');
    await page.reload();
    await expect.poll(() => page.locator('.auth-wrapper .authorize').getAttribute('class')).toMatch(/\blocked\b/);
    expect(blocked).toEqual([]);
  }, 180_000);
});

/** What "Try it out" sends without edits: path parameters and request bodies from their examples. */
describe('the examples in the document', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('of path parameters name seeded records: each read answers 200 with the examples alone', async () => {
    const doc = (await h.http.get('/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean; schema?: { example?: unknown } }[] }>>;
    };
    const tried: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      const params = operations['get']?.parameters ?? [];
      // Revisions exist only for records written through the API, which the seed is not.
      if (!params.some((p) => p.in === 'path') || path === '/v1/{resource}/{id}/revisions') continue;
      let url = path;
      for (const p of params.filter((p) => p.in === 'path')) url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.schema?.example)));
      const res = await h.http.get(url);
      expect(res.status, `GET ${url}: ${JSON.stringify(res.body)}`).toBe(200);
      tried.push(path);
    }
    expect(tried).toEqual(expect.arrayContaining(['/v1/participations/{id}', '/v1/memberships/{id}', '/v1/relations/{id}', '/v1/citations/{id}']));
  });

  it('of create bodies are valid against the seeded data: each answers 201', async () => {
    const { authorization } = await createKey(h.database.db, 'write');
    const doc = (await h.http.get('/openapi.json')).body as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>;
      components: { schemas: Record<string, { example?: unknown }> };
    };
    const tried: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      const ref = operations['post']?.requestBody?.content['application/json']?.schema.$ref;
      const example = ref ? doc.components.schemas[ref.replace('#/components/schemas/', '')]?.example : undefined;
      if (example === undefined) continue;
      const res = await h.http.post(path).set('Authorization', authorization).send(example as object);
      expect(res.status, `POST ${path}: ${JSON.stringify(res.body)}`).toBe(201);
      tried.push(path);
    }
    expect(tried).toEqual(expect.arrayContaining(['/v1/topics', '/v1/places', '/v1/participations', '/v1/memberships', '/v1/relations', '/v1/citations']));
  });
});
