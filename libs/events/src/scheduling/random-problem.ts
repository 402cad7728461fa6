// Deterministic random scheduling problems (seeded), for the tests, the benchmark and demos.
import type { SchedulingProblem } from './problem';

export interface RandomProblemShape {
  firms: number;
  banks: number;
  slots: number;
  tables: number;
  /** Inclusive range of representatives per bank. */
  reps: [number, number];
  /** Inclusive range of candidate banks per firm. */
  candidates: [number, number];
  /** Inclusive range of scores. */
  scores: [number, number];
  pins?: number;
  forbidden?: number;
  seed: number;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomSchedulingProblem(shape: RandomProblemShape): SchedulingProblem {
  const rnd = seededRandom(shape.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const { firms: F, banks: B, slots: S, tables: T } = shape;
  const representatives = Array.from({ length: B }, () => int(shape.reps[0], shape.reps[1]));
  const pairs: SchedulingProblem['pairs'] = [];
  for (let f = 0; f < F; f++) {
    const banks = Array.from({ length: B }, (_, b) => b);
    for (let i = banks.length - 1; i > 0; i--) {
      const j = int(0, i);
      [banks[i], banks[j]] = [banks[j], banks[i]];
    }
    const n = Math.min(B, int(shape.candidates[0], shape.candidates[1]));
    for (const bank of banks.slice(0, n)) {
      pairs.push({ firm: f, bank, score: Math.round((shape.scores[0] + rnd() * (shape.scores[1] - shape.scores[0])) * 10) / 10 });
    }
  }
  const forbidden: SchedulingProblem['forbidden'] = [];
  const forbiddenKeys = new Set<number>();
  for (let i = 0; i < (shape.forbidden ?? 0) && pairs.length; i++) {
    const p = pairs[int(0, pairs.length - 1)];
    if (forbiddenKeys.has(p.firm * B + p.bank)) continue;
    forbiddenKeys.add(p.firm * B + p.bank);
    forbidden.push({ firm: p.firm, bank: p.bank });
  }
  const pinned: SchedulingProblem['pinned'] = [];
  const used = new Set<string>();
  const bankLoad = new Map<string, number>();
  for (let tries = 0; pinned.length < (shape.pins ?? 0) && tries < 50 * (shape.pins ?? 0) && pairs.length && T > 0; tries++) {
    const p = pairs[int(0, pairs.length - 1)];
    const slot = int(0, S - 1);
    const table = int(0, T - 1);
    const bs = `b${p.bank}@${slot}`;
    if (forbiddenKeys.has(p.firm * B + p.bank) || used.has(`p${p.firm}:${p.bank}`) || used.has(`f${p.firm}@${slot}`) || used.has(`t${table}@${slot}`)) continue;
    if ((bankLoad.get(bs) ?? 0) >= representatives[p.bank]) continue;
    used.add(`p${p.firm}:${p.bank}`).add(`f${p.firm}@${slot}`).add(`t${table}@${slot}`);
    bankLoad.set(bs, (bankLoad.get(bs) ?? 0) + 1);
    pinned.push({ firm: p.firm, bank: p.bank, slot, table });
  }
  return { firmCount: F, bankCount: B, representatives, slotCount: S, tableCount: T, pairs, pinned, forbidden };
}
