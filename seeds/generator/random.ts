import { createHash } from 'node:crypto';

/** A small seeded PRNG (mulberry32): the same seed gives the same data everywhere. */
export class Random {
  private state: number;

  constructor(seed: string | number) {
    let h = 1779033703;
    for (const ch of String(seed)) h = Math.imul(h ^ ch.charCodeAt(0), 3432918353) ^ (h >>> 13);
    this.state = h >>> 0;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** Log-uniform between min and max: many small values, few large, like loan sizes. */
  logUniform(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }
}

/** A deterministic UUID (v4 layout) for row `index` of `kind` in namespace `ns`; SHA-1 keeps millions of them distinct. */
export function seededUuid(ns: string, kind: string, index: number): string {
  const hex = createHash('sha1').update(`${ns}:${kind}:${index}`).digest('hex').slice(0, 32).split('');
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Yuan to integer fen, rounded to whole ten-thousands of yuan like real loan figures. */
export function roundedFen(yuan: number, step = 10_000): bigint {
  return BigInt(Math.max(step, Math.round(yuan / step) * step)) * 100n;
}
