/**
 * `npm run bench [-- --quick]`: load a synthetic data set, start the compiled API, and measure
 * each scenario against its two baselines (see bench/README.md). Exits 1 when any request
 * failed, 2 on a usage error; targets missed are reported, not asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { prepareDatabase } from './database.js';
import { backendPids, CpuMeter } from './cpu.js';
import { databaseName } from './database.js';
import { runOnce, type HttpTarget } from './http-load.js';
import { parseOptions, UsageError, USAGE, type BenchOptions } from './options.js';
import { checkBuilt, RssSampler, startApi, startBare, type Child } from './processes.js';
import { REPLAY_APPLICATION, replayClient, replayScenario } from './replay.js';
import { evaluateTargets, fromRounds, markdown, writeResults, type BenchResult, type Round, type ScenarioResult } from './report.js';
import { buildScenarios, type Scenario } from './scenarios.js';
import { APPLICATION_NAME, LOOKUP_APPLICATION_NAME } from '../../src/db/client.js';

const log = (line: string) => console.log(line);

function git(): BenchResult['git'] {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

async function datasetStats(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`
      select (select count(*) from events)::int as events,
             (select count(*) from actors)::int as actors,
             (select count(*) from participations)::int as participations,
             (select count(*) from citations)::int as citations,
             (select count(*) from events where precision = 'day' and date !~ '[~?%/\\[]')::int as exact,
             (select count(*) from events where title ? 'ar' and title ? 'en')::int as bilingual`;
    const [version] = await sql`show server_version`;
    const r = row as Record<string, number>;
    const per = (n: number) => Math.round((n / Math.max(1, r.events ?? 1)) * 100) / 100;
    return {
      dataset: {
        events: r.events ?? 0,
        actors: r.actors ?? 0,
        participations: r.participations ?? 0,
        citations: r.citations ?? 0,
        participationsPerEvent: per(r.participations ?? 0),
        citationsPerEvent: per(r.citations ?? 0),
        exactDatesPercent: Math.round(per(r.exact ?? 0) * 100),
        bilingualTitlesPercent: Math.round(per(r.bilingual ?? 0) * 100),
      },
      postgres: String(version?.server_version ?? 'unknown'),
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** EXPLAIN ANALYZE of each statement of a scenario's first sample (reads only). */
async function explain(url: string, scenario: Scenario): Promise<void> {
  const sample = scenario.samples[0];
  if (!sample || scenario.kind !== 'read') return;
  const sql = replayClient(url, 1);
  try {
    log(`\n-- ${scenario.name}: ${sample.path}`);
    for (const s of sample.statements) {
      const rows = await sql.unsafe(`explain (analyze, buffers) ${s.text}`, s.params as never[]);
      log(`${s.text.slice(0, 160)}${s.text.length > 160 ? '…' : ''}`);
      for (const r of rows) log(`    ${String(r['QUERY PLAN'])}`);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function bareResponses(scenarios: Scenario[]) {
  const out: Record<string, { status: number; contentType: string; body: string }[]> = {};
  for (const s of scenarios) {
    out[s.id] = s.samples.map((x) => ({ status: s.expectedStatus, contentType: x.contentType, body: x.response.toString('base64') }));
  }
  return out;
}

/** Rounds at most for a slow scenario: each of its measurements lasts up to four times as long. */
const SLOW_ROUNDS = 3;

/**
 * How long to measure a scenario. Requests still running when autocannon stops are abandoned
 * (and not counted) while the server finishes them, so a scenario whose requests take seconds
 * is measured long enough for each connection to complete several, without a warm-up, and the
 * next run waits for the abandoned ones to finish.
 */
function measurementPlan(options: BenchOptions, scenario: Scenario) {
  const times = scenario.samples.map((s) => s.ms).sort((a, b) => a - b);
  const aloneMs = times[Math.floor(times.length / 2)] ?? 0;
  const slow = aloneMs > 100;
  // Under load a request takes about `connections / 2` times as long as alone (two cores); aim for 5 per connection.
  const wanted = (5 * aloneMs * Math.max(1, options.connections / 2)) / 1000;
  const durationS = slow ? Math.round(Math.min(options.durationS * 4, Math.max(options.durationS, wanted))) : options.durationS;
  const rounds = slow ? Math.min(SLOW_ROUNDS, options.rounds) : options.rounds;
  return { connections: options.connections, durationS, warmupS: slow ? 0 : options.warmupS, rounds, slow, aloneMs };
}

/** Waits for requests abandoned at the end of a run (about its p99) to finish on the server. */
async function settle(stats: { p99Ms: number }): Promise<void> {
  const ms = Number.isFinite(stats.p99Ms) ? Math.min(15_000, stats.p99Ms) : 15_000;
  if (ms > 200) await new Promise((r) => setTimeout(r, ms));
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

async function measure(options: BenchOptions, writeKey: string, scenario: Scenario, api: Child, bare: Child, rss: RssSampler, sql: postgres.Sql): Promise<ScenarioResult> {
  const base: ScenarioResult = {
    id: scenario.id,
    name: scenario.name,
    kind: scenario.kind,
    ...(scenario.note ? { note: scenario.note } : {}),
  };
  const load = measurementPlan(options, scenario);
  if (load.slow) base.note = `${base.note ? `${base.note}; ` : ''}${Math.round(load.aloneMs)} ms alone: measured ${load.durationS} s, no warm-up${load.rounds < options.rounds ? `, ${load.rounds === 1 ? 'once' : `${load.rounds} rounds`}` : ''}`;
  if (scenario.skipped) return { ...base, skipped: scenario.skipped };
  const failed = scenario.samples.find((s) => s.status !== scenario.expectedStatus);
  if (failed) {
    log(`  ${scenario.id}: ${failed.method} ${failed.path} answered ${failed.status} (expected ${scenario.expectedStatus}): ${failed.response.toString('utf8').slice(0, 300)}`);
  }
  const first = scenario.samples[0];
  const headers: Record<string, string> = {};
  if (scenario.kind === 'write') {
    headers['Content-Type'] = 'application/json';
    headers.Authorization = `Bearer ${writeKey}`;
  }
  const apiTarget: HttpTarget = {
    origin: api.origin,
    method: first?.method ?? 'GET',
    paths: scenario.samples.map((s) => s.path),
    headers,
    ...(scenario.bodyFor ? { bodyFor: scenario.bodyFor } : {}),
    expectedStatus: scenario.expectedStatus,
  };
  const bareTarget: HttpTarget = {
    ...apiTarget,
    origin: bare.origin,
    paths: scenario.samples.map((s, i) => `/bare/${scenario.id}/${i}${s.path.includes('?') ? s.path.slice(s.path.indexOf('?')) : ''}`),
  };
  const dbName = databaseName(options.databaseUrl);
  if (load.slow) log(`  ${scenario.id}: ${Math.round(load.aloneMs)} ms alone, so measured for ${load.durationS} s without warm-up`);

  // The API: warm up, then measure, with the CPU time of the API and of its Postgres backends.
  const measureApi = async () => {
    rss.setPhase(scenario.id);
    if (load.warmupS > 0) await runOnce(apiTarget, load.connections, load.warmupS);
    const meter = new CpuMeter([api.pid], await backendPids(sql, dbName, [APPLICATION_NAME, LOOKUP_APPLICATION_NAME])).start();
    const stats = await runOnce(apiTarget, load.connections, load.durationS);
    stats.cpu = meter.stop(stats.requests);
    await settle(stats);
    rss.setPhase('idle');
    return stats;
  };
  // (b) the bare route.
  const measureBare = async () => {
    if (load.warmupS > 0) await runOnce(bareTarget, load.connections, load.warmupS);
    const meter = new CpuMeter([bare.pid], []).start();
    const stats = await runOnce(bareTarget, load.connections, load.durationS);
    stats.cpu = meter.stop(stats.requests);
    return stats;
  };
  // (a) the same SQL through postgres.js, from this process.
  const measureSql = async () => {
    if (load.warmupS > 0) await replayScenario(sql, scenario, { ...load, durationS: load.warmupS, warmupS: 0 });
    const meter = new CpuMeter(null, await backendPids(sql, dbName, [REPLAY_APPLICATION])).start();
    const stats = await replayScenario(sql, scenario, { ...load, warmupS: 0 });
    stats.cpu = meter.stop(stats.requests);
    return stats;
  };

  // Each round measures all three, each round starting one step further along the order, so
  // that none of them is always the first after a change of scenario.
  const rounds: Round[] = [];
  for (let i = 0; i < load.rounds; i++) {
    const round: Partial<Round> = {};
    const steps = [async () => (round.api = await measureApi()), async () => (round.http = await measureBare()), async () => (round.db = await measureSql())];
    for (let k = 0; k < steps.length; k++) await (steps[(i + k) % steps.length] as () => Promise<unknown>)();
    rounds.push(round as Round);
    if (load.rounds > 1) log(`  round ${i + 1}: API ${round.api?.rps.toFixed(0)} | SQL ${round.db?.rps.toFixed(0)} | bare ${round.http?.rps.toFixed(0)} req/s`);
  }

  return fromRounds(
    {
      ...base,
      samples: scenario.samples.length,
      statements: Math.round(mean(scenario.samples.map((s) => s.statements.length)) * 10) / 10,
      responseBytes: Math.round(mean(scenario.samples.map((s) => s.response.length))),
      rssMaxMb: Math.round(rss.byPhase.get(scenario.id) ?? 0),
    },
    rounds,
  );
}

async function main(): Promise<number> {
  let options: BenchOptions | null;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\nRun with --help for the options.`);
    return 2;
  }
  if (!options) {
    log(USAGE);
    return 0;
  }
  checkBuilt();
  const startedAt = new Date().toISOString();
  const mode: BenchResult['mode'] = options.quick ? 'quick' : options.outDir.endsWith(path.join('bench', 'results')) ? 'full' : 'custom';
  log(`Benchmark (${mode}) against ${options.databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}`);

  const prepared = await prepareDatabase(options, log);
  log(`Capturing each scenario's SQL and response through the app in process…`);
  const { scenarios } = await buildScenarios({ url: options.databaseUrl, writeKey: prepared.writeKey, deepPage: options.deepPage, only: options.only, log });
  if (options.explain) for (const s of scenarios) await explain(options.databaseUrl, s);

  mkdirSync(options.outDir, { recursive: true });
  const responsesFile = path.join(os.tmpdir(), `eta-bench-responses-${process.pid}.json`);
  writeFileSync(responsesFile, JSON.stringify(bareResponses(scenarios)));
  const nodeArgs = options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.outDir, 'profiles')}`] : [];
  const api = await startApi({ databaseUrl: options.databaseUrl, logLevel: options.logLevel, logFile: options.apiLog, nodeArgs });
  const rss = new RssSampler(api.pid).start();
  const bare = await startBare(responsesFile, path.join(os.tmpdir(), `eta-bench-bare-${process.pid}.log`));
  const sql = replayClient(options.databaseUrl, options.connections);
  log(`API (pid ${api.pid}) at ${api.origin}, bare server at ${bare.origin}; log in ${options.apiLog}`);
  log(`${options.connections} connections, ${options.warmupS} s warm-up + ${options.durationS} s per measurement, ${options.rounds} round${options.rounds > 1 ? 's' : ''}.\n`);

  const results: ScenarioResult[] = [];
  try {
    // Warm the API up once over every read scenario (JIT, pools), so the first one measured is not penalized.
    const reads = scenarios.filter((s) => s.kind === 'read' && !s.skipped && !measurementPlan(options, s).slow);
    const warmPaths = reads.flatMap((s) => s.samples.map((x) => x.path));
    if (warmPaths.length && options.warmupS > 0) {
      rss.setPhase('warm-up');
      await settle(await runOnce({ origin: api.origin, method: 'GET', paths: warmPaths, expectedStatus: 200 }, options.connections, Math.min(10, options.warmupS * 3)));
    }
    for (const scenario of scenarios) {
      if (api.process.exitCode !== null) throw new Error(`the API exited (${api.process.exitCode}); see ${options.apiLog}`);
      const r = await measure(options, prepared.writeKey, scenario, api, bare, rss, sql);
      results.push(r);
      if (r.skipped) log(`${r.name.padEnd(34)} skipped: ${r.skipped}`);
      else {
        log(
          `${r.name.padEnd(34)} API ${r.api?.rps.toFixed(0).padStart(6)} req/s p50 ${r.api?.p50Ms.toFixed(1).padStart(6)} ms p99 ${r.api?.p99Ms.toFixed(1).padStart(6)} ms ` +
            `err ${r.api?.errors} | SQL ${r.db?.rps.toFixed(0).padStart(6)} | bare ${r.http?.rps.toFixed(0).padStart(6)} | ` +
            `${Math.round((r.ratioLower ?? 0) * 100)}% of lower (${r.limitedBy})`,
        );
      }
    }
  } finally {
    rss.stop();
    await sql.end({ timeout: 5 });
    await api.stop();
    await bare.stop();
    rmSync(responsesFile, { force: true });
  }

  const first = results.find((r) => r.id === 'timeline-first')?.api;
  const deep = results.find((r) => r.id === 'timeline-deep')?.api;
  const deepVsFirst = first && deep ? { rpsRatio: Math.round((first.rps / deep.rps) * 100) / 100, p50Ratio: Math.round((deep.p50Ms / first.p50Ms) * 100) / 100 } : null;
  const stats = await datasetStats(options.databaseUrl);
  const load = prepared.loaded;
  const cpus = os.cpus();
  const result: BenchResult = {
    mode,
    startedAt,
    finishedAt: new Date().toISOString(),
    git: git(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.versions.node,
      postgres: stats.postgres,
      note: 'autocannon, the API and Postgres share these CPUs; compare ratios, not absolute figures.',
    },
    options: {
      events: options.events,
      actors: options.actors,
      seed: options.seed,
      connections: options.connections,
      durationS: options.durationS,
      warmupS: options.warmupS,
      rounds: options.rounds,
      deepPage: options.deepPage,
      logLevel: options.logLevel,
      reuse: options.reuse,
    },
    dataset: stats.dataset,
    load: load
      ? {
          rows: load.rows,
          seconds: Math.round(load.ms / 100) / 10,
          rowsPerSecond: Math.round((load.rows * 1000) / load.ms),
          analyzeSeconds: Math.round(load.analyzeMs / 100) / 10,
          tables: load.tables.map((t) => ({ table: t.table, rows: t.rows, rowsPerSecond: t.rowsPerSecond })),
        }
      : null,
    scenarios: results,
    deepVsFirst,
    rss: { maxMb: Math.round(rss.max), samples: rss.samples, byPhase: Object.fromEntries([...rss.byPhase].map(([k, v]) => [k, Math.round(v)])) },
    targets: [],
    errors: 0,
  };
  result.targets = evaluateTargets(results, deepVsFirst, rss.max);
  result.errors = results.reduce((n, s) => n + (s.api?.errors ?? 0) + (s.db?.errors ?? 0) + (s.http?.errors ?? 0), 0);
  const files = writeResults(options.outDir, result);
  log(`\n${markdown(result)}`);
  log(`Written ${path.relative(process.cwd(), files.json)} and ${path.relative(process.cwd(), files.md)}.`);
  if (result.errors > 0) {
    console.error(`${result.errors} requests failed.`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
