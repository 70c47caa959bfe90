/**
 * postgres.js keeps its pool's connections (idle, busy…) and each connection's pipelined queries
 * in a queue (`postgres/src/queue.js`) whose `shift` leaves an empty slot behind and is only
 * reset when the queue empties. A pool with idle connections left over — any pool serving fewer
 * queries at once than it holds — never empties its idle queue, so that queue grew by one slot per
 * query, and every `remove` scanned all the slots: the API's CPU per query grew for as long as it
 * ran. `patches/postgres+3.4.9.patch`, applied on install, compacts the queue and searches only its
 * live part. The first test fails without it; the second checks that the patched queue keeps its
 * order while it compacts.
 */
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a module of postgres.js that its package does not export; no types.
import QueueModule from '../node_modules/postgres/src/queue.js';

interface Queue<T> {
  readonly length: number;
  push(x: T): T;
  shift(): T | undefined;
  remove(x: T): T | null;
}
const Queue = QueueModule as <T>(initial?: T[]) => Queue<T>;

/** A queue of `members` connections that took and gave back one of them `cycles` times. */
function cycled(members: number, cycles: number): { queue: Queue<object>; missing: object } {
  const queue = Queue<object>();
  for (let i = 0; i < members; i++) queue.push({ i });
  for (let i = 0; i < cycles; i++) queue.push(queue.shift()!);
  return { queue, missing: {} };
}

function timeRemoves(queue: Queue<object>, missing: object, times: number): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) queue.remove(missing);
  return performance.now() - start;
}

describe('postgres.js queue (patched)', () => {
  it('costs the same to search after a million queries as when new', () => {
    const fresh = cycled(3, 0);
    const used = cycled(3, 1_000_000);
    expect(used.queue.length).toBe(3);
    // Warm both up, then time the same work; unpatched, the used queue scans a million slots each time.
    timeRemoves(fresh.queue, fresh.missing, 2_000);
    timeRemoves(used.queue, used.missing, 2_000);
    const freshMs = timeRemoves(fresh.queue, fresh.missing, 2_000);
    const usedMs = timeRemoves(used.queue, used.missing, 2_000);
    expect(usedMs / Math.max(freshMs, 0.05)).toBeLessThan(50);
  });

  it('keeps first-in first-out order through pushes, shifts and removes', () => {
    // A seeded sequence of operations, checked against a plain array. Slightly more pushes than
    // shifts and removes, so that the queue seldom empties and has to compact.
    let seed = 42;
    const random = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    const queue = Queue<number>([1, 2]);
    const model = [1, 2];
    let next = 3;
    for (let step = 0; step < 20_000; step++) {
      const r = random();
      if (r < 0.5) {
        queue.push(next);
        model.push(next++);
      } else if (r < 0.9) {
        expect(queue.shift()).toBe(model.shift());
      } else {
        const target = model.length && random() < 0.8 ? model[Math.floor(random() * model.length)]! : -1;
        const at = model.indexOf(target);
        if (at !== -1) model.splice(at, 1);
        expect(queue.remove(target)).toBe(at === -1 ? null : target);
      }
      expect(queue.length).toBe(model.length);
    }
    while (model.length) expect(queue.shift()).toBe(model.shift());
    expect(queue.length).toBe(0);
  });
});
