/**
 * The benchmark harness's pure parts: percentiles, ratios and targets, the replay plan of a
 * write, search-route detection, and the command line. (The harness itself runs with
 * `npm run bench -- --quick`.)
 */
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../scripts/bench/options.js';
import { evaluateTargets, fromRounds, markdown, withRatios, type BenchResult } from '../scripts/bench/report.js';
import { replayPlan, searchRoute } from '../scripts/bench/scenarios.js';
import { Samples, summarize, type RunStats } from '../scripts/bench/stats.js';

const run = (rps: number, errors = 0): RunStats => ({ rps, requests: rps * 10, errors, p50Ms: 1, p99Ms: 2, durationS: 10 });

describe('bench: statistics', () => {
  it('takes nearest-rank percentiles over every sample', () => {
    const s = new Samples();
    for (let i = 100; i >= 1; i--) s.add(i);
    for (let i = 0; i < 20_000; i++) s.add(1000);
    expect(s.size).toBe(20_100);
    expect(s.percentile(0.4)).toBe(81);
    expect(s.percentile(50)).toBe(1000);
    expect(summarize(s, 500, 0, 2).rps).toBe(250);
    expect(Number.isNaN(new Samples().percentile(50))).toBe(true);
  });
});

describe('bench: ratios and targets', () => {
  it('compares a read with the lower of its baselines', () => {
    const r = withRatios({ id: 'x', name: 'x', kind: 'read', api: run(300), db: run(400), http: run(5000) });
    expect(r).toMatchObject({ ratioDb: 0.75, ratioHttp: 0.06, ratioLower: 0.75, limitedBy: 'database', targetMet: true });
    const slow = withRatios({ id: 'y', name: 'y', kind: 'read', api: run(100), db: run(400), http: run(300) });
    expect(slow).toMatchObject({ ratioLower: 0.33, limitedBy: 'http', targetMet: false });
    const write = withRatios({ id: 'w', name: 'w', kind: 'write', api: run(10), db: run(400), http: run(300) });
    expect(write.targetMet).toBeUndefined();
  });

  it('combines rounds: the median run of each server, the median of the rounds\' ratios, errors from every round', () => {
    const base = { id: 'r', name: 'r', kind: 'read' as const };
    const r = fromRounds(base, [
      { api: run(300), db: run(400), http: run(5000) },
      { api: run(200, 1), db: run(500), http: run(5000) },
      { api: run(330), db: run(600), http: run(5000) },
    ]);
    // Per round: 75 %, 40 %, 55 %: the median is the middle round's, not 300 / 500.
    expect(r).toMatchObject({ ratioLower: 0.55, ratioLowerRounds: [0.75, 0.4, 0.55], ratioDb: 0.55, limitedBy: 'database', targetMet: false });
    expect(r.api).toMatchObject({ rps: 300, errors: 1, rpsRounds: [300, 200, 330] });
    expect(r.db?.rps).toBe(500);
    // An even number of rounds: ratios average the two middle ones, the run shown is the lower middle.
    const even = fromRounds(base, [
      { api: run(300), db: run(400), http: run(5000) },
      { api: run(330), db: run(600), http: run(5000) },
    ]);
    expect(even).toMatchObject({ ratioLower: 0.65, targetMet: true });
    expect(even.api?.rps).toBe(300);
    // One round is one measurement, as withRatios gives it.
    const one = { api: run(300), db: run(400), http: run(5000) };
    expect(fromRounds(base, [one])).toEqual(withRatios({ ...base, ...one }));
    const md = markdown({ scenarios: [r], targets: [], options: { connections: 10, durationS: 1, warmupS: 0, rounds: 3, logLevel: 'info' }, machine: {}, dataset: {}, load: null, git: null, finishedAt: '2026-01-01T00:00:00Z', mode: 'full' } as unknown as BenchResult);
    expect(md).toContain('| 55% (75%, 40%, 55%) | **missed** |');
    expect(md).toContain('3 rounds');
  });

  it('reports each target, and counts errors from every run', () => {
    const scenarios = [
      withRatios({ id: 'a', name: 'a', kind: 'read', api: run(300), db: run(400), http: run(5000) }),
      withRatios({ id: 'b', name: 'b', kind: 'read', api: run(100, 2), db: run(400), http: run(5000) }),
      { id: 's', name: 's', kind: 'read' as const, skipped: 'not there yet' },
    ];
    const targets = evaluateTargets(scenarios, { rpsRatio: 1.2, p50Ratio: 1.1 }, 180);
    expect(targets.map((t) => [t.name.split(' ')[0], t.met])).toEqual([
      ['reads', false],
      ['deep', true],
      ['API', true],
      ['zero', false],
    ]);
    expect(targets[0]?.detail).toContain('b (25%)');
    const result = { scenarios, targets, options: { connections: 10, durationS: 1, warmupS: 0, logLevel: 'info' }, machine: {}, dataset: {}, load: null, git: null, finishedAt: '2026-01-01T00:00:00Z', mode: 'quick' } as unknown as BenchResult;
    const md = markdown(result);
    expect(md).toContain('| s | skipped: not there yet |');
    expect(md).toContain('**missed**');
  });
});

describe('bench: what is replayed', () => {
  it('replays a write as its key lookup, then one transaction, without the once-a-minute key update', () => {
    const s = (text: string) => ({ text, params: [] });
    const plan = replayPlan('POST', [
      s('select "id" from "api_keys" where …'),
      s('insert into "events" …'),
      s('insert into "revisions" …'),
      s('update "api_keys" set "last_used_at" = now() …'),
    ]);
    expect(plan.map((p) => [p.statement.text.slice(0, 18), p.inTransaction])).toEqual([
      ['select "id" from "', false],
      ['insert into "event', true],
      ['insert into "revis', true],
    ]);
    expect(replayPlan('GET', [s('select 1'), s('select 2')]).every((p) => !p.inTransaction)).toBe(true);
  });

  it('finds the search route and its type parameter in the OpenAPI document', () => {
    expect(searchRoute({ paths: {} })).toEqual({ present: false, extra: '' });
    const doc = (parameters: unknown[]) => ({ paths: { '/v1/search': { get: { parameters } } } }) as Parameters<typeof searchRoute>[0];
    expect(searchRoute(doc([{ in: 'query', name: 'type', schema: { enum: ['actors', 'events'] } }]))).toEqual({ present: true, extra: '&type=events' });
    expect(searchRoute(doc([{ in: 'query', name: 'type', schema: { items: { enum: ['event', 'actor'] } } }]))).toEqual({ present: true, extra: '&type=event' });
    expect(searchRoute(doc([{ in: 'query', name: 'type', required: true, schema: { enum: ['all'] } }]))).toEqual({ present: true, extra: '&type=all' });
    expect(searchRoute(doc([]))).toEqual({ present: true, extra: '' });
  });
});

describe('bench: command line', () => {
  it('has full and quick defaults, and a database of its own', () => {
    const full = parseOptions([], {}, '/repo');
    expect(full).toMatchObject({ quick: false, events: 1_000_000, actors: 100_000, durationS: 10, rounds: 5, connections: 10, outDir: '/repo/bench/results' });
    expect(full?.databaseUrl).toMatch(/\/eta_bench$/);
    const quick = parseOptions(['--quick'], { DATABASE_URL: 'postgres://u@h:5432/eta_bench_quick' }, '/repo');
    expect(quick).toMatchObject({ quick: true, events: 50_000, durationS: 1, rounds: 1, outDir: '/repo/bench/results/quick', databaseUrl: 'postgres://u@h:5432/eta_bench_quick' });
    expect(parseOptions(['--events', '200_000'], {}, '/repo')?.outDir).toBe('/repo/bench/results/custom');
    expect(() => parseOptions(['--connections', '0'], {}, '/repo')).toThrow(/--connections/);
    expect(() => parseOptions(['--rounds', '0'], {}, '/repo')).toThrow(/--rounds/);
    expect(parseOptions(['--quick', '--rounds', '5'], {}, '/repo')?.rounds).toBe(5);
    expect(parseOptions(['--help'], {}, '/repo')).toBeNull();
  });
});
