/**
 * Baseline (a), the database's limit: the statements each request of a scenario sent, replayed
 * straight through postgres.js at the same concurrency, for the same time. A request that sent
 * several statements is replayed as the same sequence, one after another on a pooled
 * connection; a write's statements run in one transaction, as in the API. The client is set up
 * as the API's drizzle sets up postgres.js: dates passed through as strings, rows as arrays (or
 * as bytes, for the statements the API reads so), and each statement prepared on the server
 * exactly when the API prepares it.
 */
import postgres from 'postgres';
import type { Sample, Scenario, Statement } from './scenarios.js';
import { Samples, summarize, type RunStats } from './stats.js';

export const REPLAY_APPLICATION = 'event-timeline-bench-replay';

const DATE_TYPES = ['1184', '1082', '1083', '1114', '1182', '1185', '1115', '1231'];

export function replayClient(url: string, connections: number): postgres.Sql {
  const sql = postgres(url, {
    max: connections,
    onnotice: () => {},
    connect_timeout: 5,
    connection: { application_name: REPLAY_APPLICATION, TimeZone: 'UTC', statement_timeout: 15_000 },
  });
  const options = sql.options as unknown as { parsers: Record<string, (v: unknown) => unknown>; serializers: Record<string, (v: unknown) => unknown> };
  const same = (value: unknown) => value;
  for (const type of DATE_TYPES) {
    options.parsers[type] = same;
    options.serializers[type] = same;
  }
  options.serializers['114'] = same;
  options.serializers['3802'] = same;
  return sql;
}

type Params = (statement: Statement, n: number) => unknown[];

/** One statement, sent and read as the API sends and reads it. */
function send(sql: postgres.Sql | postgres.TransactionSql, statement: Statement, params: postgres.ParameterOrJSON<never>[]) {
  const query = sql.unsafe(statement.text, params, { prepare: statement.prepared === true });
  return statement.bytes ? query.raw() : query.values();
}

async function replayOne(sql: postgres.Sql, sample: Sample, n: number, paramsFor: Params | undefined): Promise<void> {
  const params = (s: Statement) => (paramsFor ? paramsFor(s, n) : s.params) as postgres.ParameterOrJSON<never>[];
  const steps = sample.replay;
  let i = 0;
  while (i < steps.length) {
    const step = steps[i] as Sample['replay'][number];
    if (!step.inTransaction) {
      await send(sql, step.statement, params(step.statement));
      i++;
      continue;
    }
    let end = i;
    while (end < steps.length && (steps[end] as Sample['replay'][number]).inTransaction) end++;
    const block = steps.slice(i, end);
    await sql.begin(async (tx) => {
      for (const s of block) await send(tx, s.statement, params(s.statement));
    });
    i = end;
  }
}

/** A counter shared by every run of a scenario, so that replayed writes never reuse a key. */
const replayCounters = new Map<string, number>();

/**
 * Replays a scenario's samples in turn with `connections` loops for `warmupS + durationS`
 * seconds; only sequences started after the warm-up count.
 */
export async function replayScenario(
  sql: postgres.Sql,
  scenario: Scenario,
  options: { connections: number; durationS: number; warmupS: number },
): Promise<RunStats> {
  const samples = scenario.samples;
  if (samples.length === 0) throw new Error(`${scenario.id}: nothing to replay`);
  let n = replayCounters.get(scenario.id) ?? 0;
  const latencies = new Samples();
  let completed = 0;
  let errors = 0;
  let firstError: unknown;
  const started = performance.now();
  const measureFrom = started + options.warmupS * 1000;
  const stopAt = measureFrom + options.durationS * 1000;
  const loop = async () => {
    while (performance.now() < stopAt) {
      const i = n++;
      const sample = samples[i % samples.length] as Sample;
      const t0 = performance.now();
      try {
        await replayOne(sql, sample, i, scenario.paramsFor);
        if (t0 >= measureFrom && performance.now() <= stopAt) {
          latencies.add(performance.now() - t0);
          completed++;
        }
      } catch (error) {
        if (t0 >= measureFrom) errors++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  replayCounters.set(scenario.id, n);
  if (errors > 0) console.error(`  database baseline of ${scenario.id}: ${errors} errors, the first: ${String((firstError as Error)?.message ?? firstError)}`);
  return summarize(latencies, completed, errors, options.durationS);
}
