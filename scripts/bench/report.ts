/**
 * Results: ratios to the two baselines, the targets, and the files (JSON and a markdown table).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunStats } from './stats.js';

/** Every read scenario must reach this share of the lower of its two baselines. */
export const READ_TARGET = 0.6;
/** The deep page may be at most this many times slower than the first. */
export const DEEP_PAGE_TARGET = 1.5;
export const RSS_TARGET_MB = 300;

export interface ScenarioResult {
  id: string;
  name: string;
  kind: 'read' | 'write';
  note?: string;
  skipped?: string;
  /** Distinct requests sent in turn. */
  samples?: number;
  /** Statements per request (mean over the samples). */
  statements?: number;
  /** Response body bytes (mean over the samples). */
  responseBytes?: number;
  api?: RunStats;
  /** Baseline (a): the same SQL through postgres.js. */
  db?: RunStats;
  /** Baseline (b): a bare Hono route with the same response. */
  http?: RunStats;
  ratioDb?: number;
  ratioHttp?: number;
  /** API throughput over the lower of the two baselines (with several rounds: the median of the rounds' ratios). */
  ratioLower?: number;
  /** Each round's API/lower ratio, in the order measured (several rounds only). */
  ratioLowerRounds?: number[];
  limitedBy?: 'database' | 'http';
  rssMaxMb?: number;
  /** Reads only: ratioLower >= READ_TARGET. */
  targetMet?: boolean;
}

export interface Target {
  name: string;
  met: boolean;
  detail: string;
}

export interface BenchResult {
  mode: 'quick' | 'full' | 'custom';
  startedAt: string;
  finishedAt: string;
  git: { commit: string; dirty: boolean } | null;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; note: string };
  options: { events: number; actors: number; seed: number; connections: number; durationS: number; warmupS: number; rounds: number; deepPage: number; logLevel: string; reuse: boolean };
  dataset: Record<string, number | string>;
  load: { rows: number; seconds: number; rowsPerSecond: number; analyzeSeconds: number; tables: { table: string; rows: number; rowsPerSecond: number }[] } | null;
  scenarios: ScenarioResult[];
  deepVsFirst: { rpsRatio: number; p50Ratio: number } | null;
  rss: { maxMb: number; samples: number; byPhase: Record<string, number> };
  targets: Target[];
  errors: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

interface Ratios {
  ratioDb?: number;
  ratioHttp: number;
  ratioLower: number;
  limitedBy: 'database' | 'http';
}

function ratiosOf(api: RunStats, db: RunStats | undefined, http: RunStats): Ratios {
  const lower = db ? Math.min(db.rps, http.rps) : http.rps;
  return {
    ...(db ? { ratioDb: api.rps / db.rps } : {}),
    ratioHttp: api.rps / http.rps,
    ratioLower: api.rps / lower,
    limitedBy: db && db.rps <= http.rps ? 'database' : 'http',
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Adds the ratios of one measurement of each server (the API and its two baselines). */
export function withRatios(result: ScenarioResult): ScenarioResult {
  const { api, db, http } = result;
  if (!api || !http) return result;
  const r = ratiosOf(api, db, http);
  const out: ScenarioResult = { ...result, ratioHttp: round(r.ratioHttp), ratioLower: round(r.ratioLower), limitedBy: r.limitedBy };
  if (r.ratioDb !== undefined) out.ratioDb = round(r.ratioDb);
  if (result.kind === 'read') out.targetMet = (out.ratioLower ?? 0) >= READ_TARGET;
  return out;
}

/** One round: the API and its baselines, each measured once, back to back. */
export interface Round {
  api: RunStats;
  db?: RunStats;
  http: RunStats;
}

/** The run of median throughput (the lower middle one of an even number), with the errors and statuses of every run. */
function medianRun(runs: RunStats[]): RunStats {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  const mid = sorted[(sorted.length - 1) >> 1] as RunStats;
  if (runs.length < 2) return mid;
  const statuses: Record<string, number> = {};
  for (const run of runs) for (const [status, n] of Object.entries(run.statuses ?? {})) statuses[status] = (statuses[status] ?? 0) + n;
  return {
    ...mid,
    errors: runs.reduce((n, run) => n + run.errors, 0),
    ...(mid.statuses ? { statuses } : {}),
    rpsRounds: runs.map((run) => run.rps),
  };
}

/**
 * Combines the rounds of a scenario. Each server's figures are those of its median run; each
 * ratio is the median of the rounds' own ratios, since a round's three measurements ran
 * together and share whatever else the machine was doing then. Errors count every round.
 */
export function fromRounds(base: ScenarioResult, rounds: Round[]): ScenarioResult {
  const first = rounds[0];
  if (!first) return base;
  const dbRuns = rounds.flatMap((r) => (r.db ? [r.db] : []));
  const combined = withRatios({
    ...base,
    api: medianRun(rounds.map((r) => r.api)),
    ...(dbRuns.length === rounds.length ? { db: medianRun(dbRuns) } : {}),
    http: medianRun(rounds.map((r) => r.http)),
  });
  if (rounds.length < 2) return combined;
  const each = rounds.map((r) => ratiosOf(r.api, combined.db ? r.db : undefined, r.http));
  const out: ScenarioResult = {
    ...combined,
    ratioHttp: round(median(each.map((r) => r.ratioHttp))),
    ratioLower: round(median(each.map((r) => r.ratioLower))),
    ratioLowerRounds: each.map((r) => round(r.ratioLower)),
  };
  if (combined.db) out.ratioDb = round(median(each.map((r) => r.ratioDb as number)));
  if (base.kind === 'read') out.targetMet = (out.ratioLower ?? 0) >= READ_TARGET;
  return out;
}

export function evaluateTargets(scenarios: ScenarioResult[], deepVsFirst: BenchResult['deepVsFirst'], rssMaxMb: number): Target[] {
  const targets: Target[] = [];
  const measuredReads = scenarios.filter((s) => s.kind === 'read' && !s.skipped && s.ratioLower !== undefined);
  const missed = measuredReads.filter((s) => !s.targetMet);
  targets.push({
    name: `reads at >= ${READ_TARGET * 100}% of the lower baseline`,
    met: missed.length === 0 && measuredReads.length > 0,
    detail: missed.length
      ? `missed by ${missed.map((s) => `${s.id} (${Math.round((s.ratioLower ?? 0) * 100)}%)`).join(', ')}`
      : `${measuredReads.length} read scenarios measured`,
  });
  if (deepVsFirst) {
    targets.push({
      name: `deep page within ${DEEP_PAGE_TARGET}x the first page`,
      met: deepVsFirst.rpsRatio <= DEEP_PAGE_TARGET,
      detail: `first/deep throughput ${deepVsFirst.rpsRatio}x, deep/first p50 ${deepVsFirst.p50Ratio}x`,
    });
  }
  targets.push({ name: `API RSS under ${RSS_TARGET_MB} MB`, met: rssMaxMb > 0 && rssMaxMb < RSS_TARGET_MB, detail: `max ${Math.round(rssMaxMb)} MB` });
  const errors = scenarios.reduce((n, s) => n + (s.api?.errors ?? 0) + (s.db?.errors ?? 0) + (s.http?.errors ?? 0), 0);
  targets.push({ name: 'zero errors', met: errors === 0, detail: `${errors} errors` });
  return targets;
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const pct = (n: number | undefined) => (n === undefined ? '–' : `${Math.round(n * 100)}%`);

export function markdown(result: BenchResult): string {
  const lines: string[] = [];
  const o = result.options;
  lines.push(`# Benchmark results (${result.mode})`);
  lines.push('');
  lines.push(
    `${result.finishedAt.slice(0, 16).replace('T', ' ')} UTC, commit ${result.git ? `${result.git.commit.slice(0, 12)}${result.git.dirty ? ' (with uncommitted changes)' : ''}` : 'unknown'}. ` +
      `${result.machine.cpus} CPUs (${result.machine.cpuModel}), ${result.machine.memoryGb} GB, Node ${result.machine.node}, Postgres ${result.machine.postgres}. ${result.machine.note}`,
  );
  lines.push('');
  const d = result.dataset;
  lines.push(
    `Data: ${fmt(Number(d.events))} events, ${fmt(Number(d.actors))} actors, ${d.participationsPerEvent} participations and ${d.citationsPerEvent} citations per event, ` +
      `${d.exactDatesPercent}% exact dates (the rest vague: approximate, month, season, year, intervals, open ends), titles in Arabic and English (${d.bilingualTitlesPercent}%).`,
  );
  if (result.load) {
    lines.push(
      `Loaded with COPY: ${fmt(result.load.rows)} rows in ${fmt(result.load.seconds, 1)} s, **${fmt(result.load.rowsPerSecond)} rows/s** (the final VACUUM ANALYZE included, ${fmt(result.load.analyzeSeconds, 1)} s).`,
    );
  } else {
    lines.push('Data reused from an earlier load (--reuse).');
  }
  lines.push('');
  lines.push(
    `${o.connections} connections, ${o.durationS} s per measurement after ${o.warmupS} s of warm-up, the API with LOG_LEVEL=${o.logLevel}. ` +
      (o.rounds > 1
        ? `Each scenario measured in ${o.rounds} rounds (API and both baselines back to back, in a rotated order); each figure is the median run, each ratio the median of the rounds' ratios, the rounds' own API/lower ratios in brackets; scenarios whose requests take seconds are measured in at most 3 rounds, each for longer. `
        : '') +
      'Baseline (a): the same SQL through postgres.js at the same concurrency; (b): a bare Hono route on the same server stack returning the same bytes. ' +
      `Target: each read at >= ${READ_TARGET * 100}% of the lower baseline.`,
  );
  lines.push('');
  lines.push('| scenario | API req/s | p50 ms | p99 ms | errors | (a) SQL req/s | (b) bare req/s | API/(a) | API/(b) | API/lower | target |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|');
  for (const s of result.scenarios) {
    if (s.skipped) {
      lines.push(`| ${s.name} | skipped: ${s.skipped} | | | | | | | | | |`);
      continue;
    }
    const mark = s.kind === 'write' ? 'n/a (write)' : s.targetMet ? 'met' : '**missed**';
    lines.push(
      `| ${s.name} | ${fmt(s.api?.rps)} | ${fmt(s.api?.p50Ms, 1)} | ${fmt(s.api?.p99Ms, 1)} | ${fmt(s.api?.errors)} | ${fmt(s.db?.rps)} | ${fmt(s.http?.rps)} | ${pct(s.ratioDb)} | ${pct(s.ratioHttp)} | ${pct(s.ratioLower)}${s.ratioLowerRounds ? ` (${s.ratioLowerRounds.map(pct).join(', ')})` : ''} | ${mark} |`,
    );
  }
  lines.push('');
  lines.push('Baseline latencies (p50 / p99 ms) and what each request is:');
  lines.push('');
  lines.push(
    '| scenario | statements | response bytes | (a) p50 / p99 | (b) p50 / p99 | CPU ms/req: API node + its Postgres | (a) client + Postgres | (b) bare node | API max RSS MB | note |',
  );
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|---|');
  for (const s of result.scenarios) {
    if (s.skipped) continue;
    lines.push(
      `| ${s.name} | ${fmt(s.statements, 1)} | ${fmt(s.responseBytes)} | ${fmt(s.db?.p50Ms, 1)} / ${fmt(s.db?.p99Ms, 1)} | ${fmt(s.http?.p50Ms, 1)} / ${fmt(s.http?.p99Ms, 1)} | ` +
        `${fmt(s.api?.cpu?.serverMs, 2)} + ${fmt(s.api?.cpu?.databaseMs, 2)} | ${fmt(s.db?.cpu?.serverMs, 2)} + ${fmt(s.db?.cpu?.databaseMs, 2)} | ${fmt(s.http?.cpu?.serverMs, 2)} | ${fmt(s.rssMaxMb)} | ${s.note ?? ''} |`,
    );
  }
  lines.push('');
  lines.push('Targets:');
  lines.push('');
  for (const t of result.targets) lines.push(`- ${t.met ? 'met' : '**missed**'}: ${t.name} — ${t.detail}`);
  lines.push('');
  return lines.join('\n');
}

export function writeResults(outDir: string, result: BenchResult): { json: string; md: string } {
  mkdirSync(outDir, { recursive: true });
  const json = path.join(outDir, 'latest.json');
  const md = path.join(outDir, 'latest.md');
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(md, markdown(result));
  return { json, md };
}
