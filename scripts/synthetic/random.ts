/**
 * Deterministic randomness for the synthetic data: a counter-based hash, so that any row can be
 * rebuilt from (seed, table, row number) without keeping earlier rows around, a mulberry32
 * stream per row, Zipf samplers and UUIDv7-shaped ids whose timestamp grows with the row number.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function mixIn(h: number, k: number): number {
  k = Math.imul(k | 0, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A well-mixed 32-bit hash of up to four integers (MurmurHash3's mixing). */
export function hash32(a: number, b = 0, c = 0, d = 0): number {
  let h = 0x2545f491;
  h = mixIn(h, a);
  h = mixIn(h, b);
  h = mixIn(h, c);
  h = mixIn(h, d);
  return finish(h ^ 16);
}

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A random stream with the helpers the generator needs. */
export class Rng {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Picks from `[item, weight]` pairs in proportion to the weights. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of choices) total += w;
    let u = this.next() * total;
    for (const [item, w] of choices) {
      u -= w;
      if (u < 0) return item;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /** A geometric count (0, 1, 2, …) with the given mean: a long tail of large values. */
  geometric(mean: number): number {
    if (mean <= 0) return 0;
    const q = mean / (1 + mean);
    return Math.floor(Math.log(1 - this.next()) / Math.log(q));
  }

  /** A count with the given mean and little spread: floor(mean), plus one with the remainder's probability. */
  around(mean: number): number {
    if (mean <= 0) return 0;
    const whole = Math.floor(mean);
    return whole + (this.next() < mean - whole ? 1 : 0);
  }
}

/** Samples ranks 0…n-1 with probability proportional to 1 / (rank + 1)^s. */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(
    readonly size: number,
    exponent: number,
  ) {
    if (size < 1) throw new RangeError('a Zipf distribution needs at least one rank');
    this.cdf = new Float64Array(size);
    let total = 0;
    for (let r = 0; r < size; r++) {
      total += 1 / Math.pow(r + 1, exponent);
      this.cdf[r] = total;
    }
    for (let r = 0; r < size; r++) this.cdf[r] = (this.cdf[r] as number) / total;
  }

  sample(rng: Rng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const ID_EPOCH_MS = Date.UTC(2025, 0, 1);
const TABLE_SPAN_MS = 2 ** 32;

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/**
 * A UUIDv7-shaped id for row `n` of table `tag`: the 48-bit millisecond timestamp is a fixed
 * epoch plus the row number (so ids are time-ordered like `newId()`'s), the 74 random bits are
 * hashed from the seed, table and row.
 */
export function syntheticId(seed: number, tag: number, n: number): string {
  if (n < 0 || n >= TABLE_SPAN_MS) throw new RangeError(`row number out of range for an id: ${n}`);
  const ms = ID_EPOCH_MS + tag * TABLE_SPAN_MS + n;
  const a = hash32(seed, tag, n, 1);
  const b = hash32(seed, tag, n, 2);
  const c = hash32(seed, tag, n, 3);
  const time = hex(ms, 12);
  return (
    `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(a & 0xfff, 3)}-` +
    `${hex(0x8000 | ((a >>> 12) & 0x3fff), 4)}-${hex(b, 8)}${hex(c & 0xffff, 4)}`
  );
}
