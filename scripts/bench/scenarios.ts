/**
 * The scenarios, and what each request sends to the database. Samples (event ids, busy actors
 * and topics, the deep cursor) are picked from the loaded data; every sample request is then run
 * once through the app in this process with a query observer, which records the SQL and
 * parameters it sends (replayed by the database baseline) and the response it gives (served
 * as is by the HTTP baseline).
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { createApp } from '../../src/app.js';
import { openPostgres, type Database } from '../../src/db/client.js';
import { preparedStatementTexts } from '../../src/db/prepared.js';
import { createLogger } from '../../src/http/logger.js';

export interface Statement {
  text: string;
  params: unknown[];
  /** Sent as a prepared statement by the API, and so by the database baseline. */
  prepared?: boolean;
  /** Its rows read as bytes by the API (`preparedBytes`), and so by the database baseline. */
  bytes?: boolean;
}

/** One request of a scenario, with what it sent to the database and what it answered. */
export interface Sample {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Every statement the request sent, in order. */
  statements: Statement[];
  /** What the database baseline replays: the statements, each marked if it ran in the write's transaction. */
  replay: { statement: Statement; inTransaction: boolean }[];
  status: number;
  contentType: string;
  response: Buffer;
  /** How long the request took alone, in process, when captured. */
  ms: number;
}

export interface Scenario {
  id: string;
  name: string;
  kind: 'read' | 'write';
  expectedStatus: number;
  samples: Sample[];
  /** Why the scenario is not measured (e.g. its route does not exist yet). */
  skipped?: string;
  /** A body for the n-th request of a load run (writes: each must differ). */
  bodyFor?: (n: number) => string;
  /** Rewrites the parameters of a write for the n-th replay, so that unique keys do not collide. */
  paramsFor?: (statement: Statement, n: number) => unknown[];
  note?: string;
}

export interface ScenarioContext {
  url: string;
  writeKey: string;
  deepPage: number;
  only: string[];
  log: (line: string) => void;
}

const PAGE = 25;
const SAMPLE_EVENTS = 100;
const SAMPLE_FILTERS = 10;
const RUN_TAG = randomUUID().slice(0, 8);

export const SEARCH_TERMS = { ar: 'موسكو', en: 'consultations' } as const;

interface SearchRoute {
  present: boolean;
  /** Extra query parameters the route needs (a `type` restricting results to events). */
  extra: string;
}

interface OpenApiParameter {
  name?: string;
  in?: string;
  required?: boolean;
  schema?: { enum?: unknown[]; items?: { enum?: unknown[] }; default?: unknown };
}

/** Whether the API documents GET /v1/search, and which `type` to ask it for. */
export function searchRoute(document: { paths?: Record<string, { get?: { parameters?: OpenApiParameter[] } }> }): SearchRoute {
  const operation = document.paths?.['/v1/search']?.get;
  if (!operation) return { present: false, extra: '' };
  const type = operation.parameters?.find((p) => p.in === 'query' && p.name === 'type');
  const values = (type?.schema?.enum ?? type?.schema?.items?.enum ?? []).map(String);
  const preferred = values.find((v) => v === 'events') ?? values.find((v) => v === 'event');
  if (preferred) return { present: true, extra: `&type=${preferred}` };
  if (type?.required && values[0]) return { present: true, extra: `&type=${encodeURIComponent(values[0])}` };
  return { present: true, extra: '' };
}

async function pickSamples(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const eventIds = (await sql`select id from events order by id limit ${SAMPLE_EVENTS}`).map((r) => r.id as string);
    const actors = (
      await sql`select a.slug from (select actor_id, count(*) as n from participations group by actor_id order by n desc limit ${SAMPLE_FILTERS}) p
                join actors a on a.id = p.actor_id order by p.n desc`
    ).map((r) => r.slug as string);
    const topics = (
      await sql`select t.slug from (select topic_id, count(*) as n from event_topics group by topic_id order by n desc limit ${SAMPLE_FILTERS}) e
                join topics t on t.id = e.topic_id order by e.n desc`
    ).map((r) => r.slug as string);
    const [place] = await sql`select id from places order by id limit 1`;
    const topicIds = (await sql`select id from topics order by id limit 2`).map((r) => r.id as string);
    const [source] = await sql`select id from sources order by id limit 1`;
    return { eventIds, actors, topics, placeId: place?.id as string | undefined, topicIds, sourceId: source?.id as string | undefined };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The body of the n-th created event: a realistic bilingual event with a place, topics and a citation. */
function eventBody(n: number, refs: { placeId?: string; topicIds: string[]; sourceId?: string }): string {
  return JSON.stringify({
    slug: `bench-${RUN_TAG}-${n}`,
    kind: 'consultation',
    status: 'concluded',
    title: { en: `Consultations in Moscow on Syria, round ${n}`, ar: `مشاورات في موسكو حول سوريا، الجولة ${n}` },
    summary: {
      en: 'The two delegations held consultations on the constitutional committee and the Astana process.',
      ar: 'أجرى الوفدان مشاورات حول اللجنة الدستورية ومسار أستانا.',
    },
    date: n % 2 ? '2019-01~' : '2019-01-17',
    ...(refs.placeId ? { placeId: refs.placeId } : {}),
    topicIds: refs.topicIds,
    ...(refs.sourceId
      ? { citations: [{ sourceId: refs.sourceId, excerpt: 'سنناقش خلال هذه المشاورات التحولات في سوريا', excerptLang: 'ar', locator: 'paragraph 2' }] }
      : {}),
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Parameters of a captured write, made fresh for replay n: the slug and every id the write
 * generated (the new event's, its citations', its revision's) are replaced consistently, so
 * that replays insert new rows instead of colliding on unique keys.
 */
function freshWriteParams(generated: Set<string>, slug: string) {
  return (statement: Statement, n: number): unknown[] => {
    const tag = `r${n}-${RUN_TAG}`;
    return statement.params.map((p) => {
      if (typeof p !== 'string') return p;
      if (p === slug) return `${slug}-${tag}`;
      if (generated.has(p)) return replayId(p, n);
      return p;
    });
  };
}

/** A deterministic fresh uuid for (captured id, replay n). */
function replayId(id: string, n: number): string {
  const hex = (BigInt(`0x${id.replace(/-/g, '')}`) ^ (BigInt(n + 1) << 64n)).toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * How a request's statements are replayed. A read: in order, each on its own. A write: the key
 * lookup of authentication on its own, then the rest in one transaction, as `runWrite` does;
 * the key's `last_used_at` update is left out, since the API sends it at most once a minute
 * per key, outside the transaction.
 */
export function replayPlan(method: string, statements: Statement[]): Sample['replay'] {
  if (method === 'GET') return statements.map((statement) => ({ statement, inTransaction: false }));
  return statements
    .filter((s) => !/^update "api_keys"/i.test(s.text))
    .map((statement) => ({ statement, inTransaction: !/from "api_keys"/i.test(statement.text) }));
}

class Recorder {
  statements: Statement[] = [];
  observe = (text: string, params: unknown[], read?: 'bytes') => {
    this.statements.push({
      text,
      params: [...params],
      ...(preparedStatementTexts.has(text) ? { prepared: true } : {}),
      ...(read === 'bytes' ? { bytes: true } : {}),
    });
  };
}

async function run(app: ReturnType<typeof createApp>, recorder: Recorder, method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: string): Promise<Sample> {
  recorder.statements = [];
  const started = performance.now();
  const res = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
  const response = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - started;
  return {
    method,
    path,
    ...(body === undefined ? {} : { body }),
    statements: recorder.statements,
    replay: replayPlan(method, recorder.statements),
    status: res.status,
    contentType: res.headers.get('content-type') ?? 'application/json',
    response,
    ms,
  };
}

/** Builds every scenario and captures its samples through the app in this process. */
export async function buildScenarios(context: ScenarioContext): Promise<{ scenarios: Scenario[]; deepOffset: number }> {
  const picks = await pickSamples(context.url);
  const recorder = new Recorder();
  const database: Database = openPostgres({ url: context.url, poolMax: 2, onQuery: recorder.observe });
  const app = createApp({ database, logger: createLogger('silent'), rateLimit: { reads: 0, writes: 0 } });
  try {
    const get = (path: string) => run(app, recorder, 'GET', path);
    const document = (await (await app.request('/openapi.json')).json()) as Parameters<typeof searchRoute>[0];
    const search = searchRoute(document);

    // The deep page: follow cursors the way a client does (100 events a page to get there sooner).
    const target = (context.deepPage - 1) * PAGE;
    let cursor: string | null = null;
    let offset = 0;
    while (offset < target) {
      const step: number = Math.min(100, target - offset);
      const res = await app.request(`/v1/timeline?limit=${step}${cursor ? `&cursor=${cursor}` : ''}`);
      const page = (await res.json()) as { data: unknown[]; nextCursor: string | null };
      offset += page.data.length;
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    if (!cursor) throw new Error(`the timeline ended before page ${context.deepPage} (after ${offset} events)`);

    const definitions: { id: string; name: string; kind: 'read' | 'write'; paths: string[]; skipped?: string; note?: string }[] = [
      { id: 'event-by-id', name: 'event by id', kind: 'read', paths: picks.eventIds.map((id) => `/v1/events/${id}`), note: `${picks.eventIds.length} events, in turn` },
      { id: 'timeline-first', name: 'timeline, first page', kind: 'read', paths: [`/v1/timeline?limit=${PAGE}`] },
      {
        id: 'timeline-deep',
        name: `timeline, page ${context.deepPage} (cursor)`,
        kind: 'read',
        paths: [`/v1/timeline?limit=${PAGE}&cursor=${cursor}`],
        note: `after ${offset.toLocaleString('en-US')} events`,
      },
      {
        id: 'timeline-actor',
        name: 'timeline by actor',
        kind: 'read',
        paths: picks.actors.map((slug) => `/v1/timeline?limit=${PAGE}&actor=${encodeURIComponent(slug)}`),
        note: `the ${picks.actors.length} busiest actors, in turn`,
      },
      {
        id: 'timeline-topic',
        name: 'timeline by topic',
        kind: 'read',
        paths: picks.topics.map((slug) => `/v1/timeline?limit=${PAGE}&topic=${encodeURIComponent(slug)}`),
        note: `the ${picks.topics.length} largest topics, in turn`,
      },
      { id: 'histogram', name: 'histogram by year', kind: 'read', paths: ['/v1/timeline/histogram?interval=year'], note: 'whole timeline' },
      ...(['ar', 'en'] as const).map((lang) => ({
        id: `search-${lang}`,
        name: `search, ${lang === 'ar' ? 'Arabic' : 'English'} (${SEARCH_TERMS[lang]})`,
        kind: 'read' as const,
        paths: [`/v1/search?q=${encodeURIComponent(SEARCH_TERMS[lang])}${search.extra}`],
        ...(search.present ? {} : { skipped: 'GET /v1/search is not in the API yet (absent from its OpenAPI document)' }),
      })),
    ];

    const scenarios: Scenario[] = [];
    const wanted = (id: string) => context.only.length === 0 || context.only.includes(id);
    for (const d of definitions) {
      if (!wanted(d.id)) continue;
      const scenario: Scenario = { id: d.id, name: d.name, kind: d.kind, expectedStatus: 200, samples: [], ...(d.note ? { note: d.note } : {}) };
      if (d.skipped) {
        scenario.skipped = d.skipped;
      } else {
        for (const path of d.paths) scenario.samples.push(await get(path));
      }
      scenarios.push(scenario);
    }

    if (wanted('create-event')) {
      const refs = { topicIds: picks.topicIds, ...(picks.placeId ? { placeId: picks.placeId } : {}), ...(picks.sourceId ? { sourceId: picks.sourceId } : {}) };
      const headers = { Authorization: `Bearer ${context.writeKey}`, 'Content-Type': 'application/json' };
      const body = eventBody(0, refs);
      const sample = await run(app, recorder, 'POST', '/v1/events', headers, body);
      const created = JSON.parse(sample.response.toString('utf8')) as { id?: string; slug?: string };
      // Ids the write generated: any uuid parameter not already in the database before it.
      const generated = new Set<string>();
      const known = new Set([...picks.topicIds, picks.placeId, picks.sourceId].filter((v): v is string => !!v));
      for (const s of sample.statements) for (const p of s.params) if (typeof p === 'string' && UUID.test(p) && !known.has(p)) generated.add(p);
      // Keys are looked up by their hash; the api key's own id is not generated by the write.
      const keyRows = sample.statements.filter((s) => /from "api_keys"/i.test(s.text));
      for (const s of keyRows) for (const p of s.params) if (typeof p === 'string') generated.delete(p);
      for (const s of sample.statements.filter((s) => /update "api_keys"/i.test(s.text))) {
        for (const p of s.params) if (typeof p === 'string') generated.delete(p);
      }
      scenarios.push({
        id: 'create-event',
        name: 'create event (POST)',
        kind: 'write',
        expectedStatus: 201,
        samples: [sample],
        bodyFor: (n) => eventBody(n + 1, refs),
        paramsFor: freshWriteParams(generated, created.slug ?? ''),
        note: 'with a place, 2 topics and a citation',
      });
    }
    return { scenarios, deepOffset: offset };
  } finally {
    await database.close();
  }
}
