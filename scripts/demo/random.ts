/** Seeded PRNG (sfc32, seeded through splitmix32) so the demo data is the same on every machine. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    let s = this.seed;
    const split = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** An independent stream, so that changing one part of the generator leaves the others alone. */
  fork(label: string): Rng {
    let h = 0x811c9dc5 ^ this.seed;
    for (let i = 0; i < label.length; i++) {
      h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    }
    return new Rng(h >>> 0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += Math.max(0, weight(item));
    if (total <= 0) throw new Error('weighted pick without positive weights');
    let r = this.next() * total;
    for (const item of items) {
      r -= Math.max(0, weight(item));
      if (r < 0) return item;
    }
    return this.pick(items.filter((item) => weight(item) > 0));
  }

  /** Picks a key of a weight table. */
  choose<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const keys = Object.keys(weights) as K[];
    return this.weighted(keys, (k) => weights[k] ?? 0);
  }

  /** Picks an integer key of a weight table. */
  chooseInt(weights: Readonly<Record<number, number>>): number {
    const keys = Object.keys(weights).map(Number);
    return this.weighted(keys, (k) => weights[k] ?? 0);
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = out[i];
      const b = out[j];
      if (a === undefined || b === undefined) throw new Error('shuffle index out of range');
      out[i] = b;
      out[j] = a;
    }
    return out;
  }

  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, k));
  }

  /** Weighted sample without replacement. */
  sampleWeighted<T>(items: readonly T[], k: number, weight: (item: T) => number): T[] {
    const pool = items.filter((item) => weight(item) > 0);
    const out: T[] = [];
    while (out.length < k && pool.length > 0) {
      const item = this.weighted(pool, weight);
      out.push(item);
      pool.splice(pool.indexOf(item), 1);
    }
    return out;
  }

  /** Approximately standard normal (Irwin-Hall), pure arithmetic so every engine agrees. */
  normal(): number {
    let s = 0;
    for (let i = 0; i < 12; i++) s += this.next();
    return s - 6;
  }

  /** Log-normal with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

/**
 * Splits n into counts proportional to shares (largest remainder), so that small survey waves
 * still show the intended distribution.
 */
export function apportion(n: number, shares: readonly number[]): number[] {
  const total = shares.reduce((s, x) => s + x, 0);
  const exact = shares.map((s) => (total > 0 ? (s / total) * n : 0));
  const counts = exact.map((x) => Math.floor(x));
  let rest = n - counts.reduce((s, x) => s + x, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((p, q) => q.frac - p.frac || p.i - q.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    rest--;
  }
  return counts;
}
