/**
 * `npm run measure:scale` — against a large database (DATABASE_URL, e.g. loaded with
 * `npm run synthetic -- --events 1000000`), runs the read API's list queries in process and
 * reports, for each: the median time of the request, the plan of every SQL statement it sent
 * (EXPLAIN ANALYZE), and whether any of them scans `events` sequentially. Also: the 1,000th
 * page of the timeline, reached by following cursors, against the first page; and searches for
 * common and rare words in both languages (`--only=search` for those alone).
 *
 * Figures are for this machine and this run; they are reported, never asserted.
 */
import { createApp } from '../src/app.js';
import { openPostgres } from '../src/db/client.js';
import { loadConfig } from '../src/env.js';
import { createLogger } from '../src/http/logger.js';
import postgres from 'postgres';

const config = loadConfig();
if (config.database.kind !== 'postgres') {
  console.error('Set DATABASE_URL to a Postgres database loaded with `npm run synthetic`.');
  process.exit(1);
}
const url = config.database.url;
const captured: { query: string; params: unknown[] }[] = [];
const database = openPostgres({ url, poolMax: 4, onQuery: (query, params) => captured.push({ query, params }) });
const app = createApp({ database, logger: createLogger('warn') });
const admin = postgres(url, { max: 1, onnotice: () => {} });
// Date and time values go through as the strings drizzle sends (`-infinity` included), as in the app.
const serializers = admin.options.serializers as unknown as Record<string, (value: unknown) => unknown>;
for (const type of ['1184', '1082', '1083', '1114', '1182', '1185', '1115', '1231', '114', '3802']) {
  serializers[type] = (value) => value;
}

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 15);
/** `--only=search`: only the search scenarios (no walk to page 1000). */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

async function get(path: string): Promise<{ status: number; body: Record<string, unknown>; ms: number }> {
  const started = performance.now();
  const res = await app.request(path);
  const body = (await res.json()) as Record<string, unknown>;
  return { status: res.status, body, ms: performance.now() - started };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function walkPlan(node: PlanNode, visit: (n: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walkPlan(child, visit);
}

/** Times a request (median of RUNS) and explains every statement it sends. */
async function measure(name: string, path: string) {
  const first = await get(path);
  if (first.status !== 200) throw new Error(`${name}: ${path} answered ${first.status}: ${JSON.stringify(first.body)}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await get(path)).ms);
  captured.length = 0;
  await get(path);
  const statements = [...captured];
  const seqScans = new Set<string>();
  const indexes = new Set<string>();
  let dbMs = 0;
  for (const { query, params } of statements) {
    const [row] = await admin.unsafe(`explain (analyze, format json) ${query}`, params as never[]);
    const plan = (row as unknown as { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] })['QUERY PLAN'][0];
    dbMs += plan['Execution Time'];
    walkPlan(plan.Plan, (n) => {
      if (n['Node Type'] === 'Seq Scan' && n['Relation Name']) seqScans.add(n['Relation Name']);
      if (n['Index Name']) indexes.add(n['Index Name']);
    });
  }
  const items = Array.isArray(first.body.data) ? first.body.data.length : '-';
  return {
    name,
    path,
    items,
    medianMs: median(times),
    queries: statements.length,
    dbMs,
    seqScanOfEvents: seqScans.has('events'),
    seqScans: [...seqScans].join(' ') || '-',
    indexes: [...indexes].join(' '),
  };
}

async function pick<T>(query: string): Promise<T> {
  const [row] = await admin.unsafe(query);
  if (!row) throw new Error(`no row for ${query}`);
  return row as T;
}

const frequent = await pick<{ slug: string }>(
  `select a.slug from participations p join actors a on a.id = p.actor_id group by a.slug order by count(*) desc limit 1`,
);
const rare = await pick<{ slug: string }>(
  `select a.slug from participations p join actors a on a.id = p.actor_id group by a.slug having count(*) between 2 and 20 limit 1`,
);
const coalition = await pick<{ slug: string }>(`select slug from actors where kind = 'coalition' limit 1`);
const topic = await pick<{ slug: string }>(
  `select t.slug from event_topics et join topics t on t.id = et.topic_id group by t.slug order by count(*) desc limit 1`,
);
const place = await pick<{ slug: string }>(`select slug from places where parent_id is null and kind = 'country' limit 1`);
const counts = await pick<{ events: string }>(`select count(*) as events from events`);

const PAGE = 25;
// Search terms: a word in many titles in each language (about 58,000 of 1M synthetic events),
// a rare one (a few hundred), and a person's name, exact and misspelt.
const person = await pick<{ en: string }>(`select a.name->>'en' as en from actors a where a.kind = 'person' order by a.id limit 1 offset 500`);
const misspelt = (name: string) => name.replace(/([a-z])([a-z])([a-z]+)$/, '$1$3');
const q = (text: string) => encodeURIComponent(text);
const searchScenarios: [string, string][] = [
  ['search, English, common (conference)', `/v1/search?q=conference&limit=${PAGE}`],
  ['search, Arabic, common (مؤتمر)', `/v1/search?q=${q('مؤتمر')}&limit=${PAGE}`],
  ['search, English, rare (Hmeimim)', `/v1/search?q=Hmeimim&limit=${PAGE}`],
  ['search, Arabic, rare (حميميم)', `/v1/search?q=${q('حميميم')}&limit=${PAGE}`],
  [`search, a name (${person.en})`, `/v1/search?q=${q(person.en)}&type=actor&limit=${PAGE}`],
  [`search, a misspelt name (${misspelt(person.en)})`, `/v1/search?q=${q(misspelt(person.en))}&type=actor&limit=${PAGE}`],
  ['search, phrase ("diplomatic track")', `/v1/search?q=${q('"diplomatic track"')}&limit=${PAGE}`],
  ['search, prefix (confer*), events', `/v1/search?q=${q('confer*')}&type=event&limit=${PAGE}`],
  ['timeline, q common (conference)', `/v1/timeline?q=conference&limit=${PAGE}`],
  ['timeline, q rare (Hmeimim)', `/v1/timeline?q=Hmeimim&limit=${PAGE}`],
  ['events, q Arabic common, newest first', `/v1/events?q=${q('مؤتمر')}&limit=${PAGE}`],
  ['events, q Arabic rare, newest first', `/v1/events?q=${q('حميميم')}&limit=${PAGE}`],
  [`actors, q misspelt (${misspelt(person.en)})`, `/v1/actors?q=${q(misspelt(person.en))}&limit=${PAGE}`],
  ['statements, q (اللجنة الدستورية)', `/v1/statements?q=${q('اللجنة الدستورية')}&limit=${PAGE}`],
];

const PAGE_WALK = ONLY !== 'search';
// The 1,000th page, reached the way a client reaches it: by following cursors.
let cursor: string | null = null;
const walkStarted = performance.now();
for (let page = 1; PAGE_WALK && page < 1000; page++) {
  const res = await get(`/v1/timeline?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`);
  cursor = res.body.nextCursor as string | null;
  if (!cursor) throw new Error(`the timeline ended at page ${page}`);
}
const walkMs = performance.now() - walkStarted;

const scenarios: [string, string][] = [
  ['timeline, page 1', `/v1/timeline?limit=${PAGE}`],
  ['timeline, page 1000 (cursor)', `/v1/timeline?limit=${PAGE}&cursor=${cursor}`],
  ['timeline, newest first', `/v1/timeline?limit=${PAGE}&order=desc`],
  ['events list, page 1', `/v1/events?limit=${PAGE}`],
  ['events list, all expansions', `/v1/events?limit=${PAGE}&expand=participants,place,topics,citations,sources,statements`],
  ['window: one month', `/v1/timeline?limit=${PAGE}&from=2015-06&to=2015-06`],
  ['window: one month, strict', `/v1/timeline?limit=${PAGE}&from=2015-06&to=2015-06&certainty=strict`],
  ['window: from 2000 on', `/v1/timeline?limit=${PAGE}&from=2000`],
  [`actor, frequent (${frequent.slug})`, `/v1/timeline?limit=${PAGE}&actor=${frequent.slug}`],
  [`actor, rare (${rare.slug})`, `/v1/timeline?limit=${PAGE}&actor=${rare.slug}`],
  ['actor and role', `/v1/timeline?limit=${PAGE}&actor=${frequent.slug}&role=host`],
  [`coalition (${coalition.slug})`, `/v1/timeline?limit=${PAGE}&coalition=${coalition.slug}`],
  [`topic (${topic.slug})`, `/v1/timeline?limit=${PAGE}&topic=${topic.slug}`],
  [`place and within (${place.slug})`, `/v1/timeline?limit=${PAGE}&place=${place.slug}`],
  ['kind', `/v1/timeline?limit=${PAGE}&kind=negotiation`],
  ['status', `/v1/timeline?limit=${PAGE}&status=ongoing`],
  ['actor + window', `/v1/timeline?limit=${PAGE}&actor=${frequent.slug}&from=2010&to=2012`],
  ['histogram by year, one actor', `/v1/timeline/histogram?interval=year&actor=${rare.slug}`],
  ['histogram by month, one year', `/v1/timeline/histogram?interval=month&from=2015&to=2015`],
];

const results = [];
for (const [name, path] of ONLY === 'search' ? searchScenarios : [...scenarios, ...searchScenarios]) results.push(await measure(name, path));

console.log(`\nEvents in the database: ${Number(counts.events).toLocaleString('en')}; ${RUNS} runs per scenario (median).`);
if (PAGE_WALK) {
  const first = results[0]!;
  const deep = results[1]!;
  console.log(`Walking to page 1000 by cursor: ${(walkMs / 999).toFixed(2)} ms per page on average.`);
  console.log(`Page 1000 / page 1: ${(deep.medianMs / first.medianMs).toFixed(2)}x (request), ${(deep.dbMs / first.dbMs).toFixed(2)}x (database time).\n`);
}
console.log('| scenario | items | median ms | queries | db ms (EXPLAIN ANALYZE) | seq scan of events | indexes used |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${r.items} | ${r.medianMs.toFixed(1)} | ${r.queries} | ${r.dbMs.toFixed(1)} | ${r.seqScanOfEvents ? 'YES' : 'no'} | ${r.indexes} |`,
  );
}
await admin.end();
await database.close();
const failures = results.filter((r) => r.seqScanOfEvents);
if (failures.length) {
  console.log(`\nSequential scans of events in: ${failures.map((f) => f.name).join(', ')}`);
}
