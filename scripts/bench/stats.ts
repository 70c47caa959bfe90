/**
 * Latency samples and their summary: every response time is kept (a 10 s run at a few thousand
 * requests per second is a few hundred thousand numbers), so percentiles are exact.
 */
export class Samples {
  private values = new Float64Array(1 << 14);
  private count = 0;

  add(ms: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = ms;
  }

  get size(): number {
    return this.count;
  }

  /** The p-th percentile (0–100), nearest rank; NaN when empty. */
  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    const sorted = this.values.slice(0, this.count).sort();
    const rank = Math.min(this.count, Math.max(1, Math.ceil((p / 100) * this.count)));
    return sorted[rank - 1] as number;
  }
}

/** What one load run measured: throughput, latency, and failures. */
export interface RunStats {
  /** Completed requests (or statement sequences) per second over the measured window. */
  rps: number;
  requests: number;
  /** Errors: failed requests or statements, timeouts, and responses with an unexpected status. */
  errors: number;
  p50Ms: number;
  p99Ms: number;
  durationS: number;
  /** Response status counts (HTTP runs only). */
  statuses?: Record<string, number>;
  /** Each round's throughput, when the figures are those of the median of several rounds. */
  rpsRounds?: number[];
  /** CPU milliseconds per request: of the server (or replaying client) process, and of the Postgres backends. */
  cpu?: { serverMs?: number; databaseMs?: number };
}

export function summarize(samples: Samples, requests: number, errors: number, durationS: number, statuses?: Record<string, number>): RunStats {
  const round = (n: number, digits: number) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);
  return {
    rps: round(durationS > 0 ? requests / durationS : 0, 1),
    requests,
    errors,
    p50Ms: round(samples.percentile(50), 2),
    p99Ms: round(samples.percentile(99), 2),
    durationS: round(durationS, 2),
    ...(statuses ? { statuses } : {}),
  };
}
