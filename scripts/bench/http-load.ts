/**
 * Drives an HTTP server with autocannon over loopback: the scenario's sample requests in turn,
 * from `connections` keep-alive connections. Every response's time is kept (autocannon's own
 * histogram rounds to whole milliseconds) and every status counted; a response whose status is
 * not the expected one is an error, as are connection errors and timeouts.
 */
import autocannon from 'autocannon';
import { Samples, summarize, type RunStats } from './stats.js';

export interface HttpTarget {
  /** http://127.0.0.1:port */
  origin: string;
  method: 'GET' | 'POST';
  /** Paths requested in turn. */
  paths: string[];
  headers?: Record<string, string>;
  /** The body of the n-th request (writes: each distinct). */
  bodyFor?: (n: number) => string;
  expectedStatus: number;
}

/** Request numbers shared by every run against a target, so that write bodies never repeat. */
const counters = new WeakMap<object, { n: number }>();

export function runOnce(target: HttpTarget, connections: number, durationS: number): Promise<RunStats> {
  const counter = counters.get(target) ?? { n: 0 };
  counters.set(target, counter);
  const latencies = new Samples();
  const statuses: Record<string, number> = {};
  let unexpected = 0;
  let responses = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.origin,
        connections,
        duration: durationS,
        timeout: 30,
        requests: [
          {
            method: target.method,
            ...(target.headers ? { headers: target.headers } : {}),
            setupRequest: (request) => {
              const i = counter.n++;
              request.path = target.paths[i % target.paths.length] as string;
              if (target.bodyFor) request.body = target.bodyFor(i);
              return request;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const errors = result.errors + result.timeouts + unexpected;
        resolve(summarize(latencies, responses, errors, result.duration, statuses));
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      responses++;
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode !== target.expectedStatus) unexpected++;
      latencies.add(responseTime);
    });
  });
}
