/**
 * The command line of `npm run bench`. Full runs by default (1M events, 10 s per measurement);
 * `--quick` is the CI smoke run (about 50k events, 1 s per measurement).
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Use the data already in the database instead of loading it again. */
  reuse: boolean;
  events: number;
  actors: number;
  seed: number;
  participationsPerEvent: number;
  citationsPerEvent: number;
  /** Concurrent connections (HTTP) or concurrent statement sequences (database baseline). */
  connections: number;
  /** Seconds measured per run: the API and both baselines alike. */
  durationS: number;
  /** Seconds of unmeasured load before each run. */
  warmupS: number;
  /**
   * How many times each scenario's three measurements are repeated, in a rotated order each
   * time; the median is reported. Scenarios whose requests take seconds are measured in at most 3.
   */
  rounds: number;
  /** The timeline page reached by following cursors for the deep-page scenario. */
  deepPage: number;
  databaseUrl: string;
  outDir: string;
  /** Scenario ids to run (all when empty). */
  only: string[];
  /** The API's LOG_LEVEL: `info` logs one line per request, as in production. */
  logLevel: string;
  /** Print EXPLAIN ANALYZE of every statement each scenario sends. */
  explain: boolean;
  /** Start the API with --cpu-prof (profiles in bench/results/profiles). */
  cpuProf: boolean;
  /** Where the API's log goes: a file, as a production log collector would read it. */
  apiLog: string;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run bench -- [options]

Builds the API (npm run build:bench), loads a synthetic data set into the Postgres of
DATABASE_URL, starts the compiled API (node dist/src/main.js) and drives it with autocannon,
next to two baselines: the same SQL through postgres.js, and a bare Hono route with a canned
response.

Options:
  --quick                   CI smoke run: 50k events, 5k actors, 1 s per measurement
  --reuse                   keep the data already loaded (skip loading when the database holds events)
  --events <n>              events to load (default 1000000; quick 50000)
  --actors <n>              actors to load (default 100000; quick 5000)
  --seed <n>                synthetic data seed (default 1)
  --connections <n>         concurrent connections (default 10)
  --duration <s>            seconds per measurement (default 10; quick 1)
  --warmup <s>              unmeasured seconds before each measurement (default 2; quick 0.25)
  --rounds <n>              measure each scenario's API and baselines n times, in a rotated
                            order, and report the medians (default 5; quick 1)
  --deep-page <n>           timeline page reached by cursor for the deep page (default 1000; quick 200)
  --only <ids>              comma-separated scenario ids (e.g. timeline-first,histogram)
  --out <dir>               where results go (default bench/results, quick bench/results/quick,
                            other sizes bench/results/custom)
  --log-level <level>       the API's LOG_LEVEL (default info, as in production)
  --explain                 print EXPLAIN ANALYZE of every statement of every scenario
  --cpu-prof                run the API with --cpu-prof; profiles go to bench/results/profiles
  -h, --help                show this help

DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/eta_bench (quick: eta_bench_quick).
A database whose name starts with "eta_bench" belongs to the benchmark: it is created when
missing and dropped and re-created before each load. Any other database is only used with
--reuse, or when it holds no events.`;

function number(flag: string, value: string | undefined, fallback: number, { integer = true, min = 0 } = {}): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/g, ''));
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min) {
    throw new UsageError(`--${flag} expects ${integer ? 'a whole number' : 'a number'} of at least ${min} (got "${value}")`);
  }
  return n;
}

/** Parses the command line; null when help was asked for. */
export function parseOptions(argv: string[], env: Record<string, string | undefined> = process.env, cwd = process.cwd()): BenchOptions | null {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        quick: { type: 'boolean', default: false },
        reuse: { type: 'boolean', default: false },
        events: { type: 'string' },
        actors: { type: 'string' },
        seed: { type: 'string' },
        connections: { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        rounds: { type: 'string' },
        'deep-page': { type: 'string' },
        only: { type: 'string' },
        out: { type: 'string' },
        'log-level': { type: 'string' },
        explain: { type: 'boolean', default: false },
        'cpu-prof': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;
  const quick = values.quick === true;
  const events = number('events', values.events, quick ? 50_000 : 1_000_000);
  const actors = number('actors', values.actors, quick ? 5_000 : 100_000, { min: 10 });
  const defaultSizes = values.events === undefined && values.actors === undefined;
  const outDir = values.out ?? (quick ? 'bench/results/quick' : defaultSizes ? 'bench/results' : 'bench/results/custom');
  const databaseUrl = env.DATABASE_URL?.trim() || `postgres://postgres@127.0.0.1:5432/${quick ? 'eta_bench_quick' : 'eta_bench'}`;
  const logLevel = values['log-level'] ?? 'info';
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) throw new UsageError(`--log-level must be debug, info, warn, error or silent`);
  const resolvedOut = path.resolve(cwd, outDir);
  return {
    quick,
    reuse: values.reuse === true,
    events,
    actors,
    seed: number('seed', values.seed, 1),
    participationsPerEvent: 3,
    citationsPerEvent: 2,
    connections: number('connections', values.connections, 10, { min: 1 }),
    durationS: number('duration', values.duration, quick ? 1 : 10, { integer: false, min: 0.5 }),
    warmupS: number('warmup', values.warmup, quick ? 0.25 : 2, { integer: false }),
    rounds: number('rounds', values.rounds, quick ? 1 : 5, { min: 1 }),
    deepPage: number('deep-page', values['deep-page'], quick ? 200 : 1000, { min: 2 }),
    databaseUrl,
    outDir: resolvedOut,
    only: values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [],
    logLevel,
    explain: values.explain === true,
    cpuProf: values['cpu-prof'] === true,
    apiLog: path.join(os.tmpdir(), `eta-bench-api-${process.pid}.log`),
  };
}
