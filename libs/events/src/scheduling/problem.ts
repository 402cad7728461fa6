// The scheduling problem, its result, and the checked, indexed form the solvers work on.

export interface SchedulingProblem {
  firmCount: number;
  bankCount: number;
  /** Per bank, >= 1: the meetings it can hold in parallel in one slot. */
  representatives: number[];
  slotCount: number;
  tableCount: number;
  /** Candidate pairs with their match quality (0–100). Only these may meet. */
  pairs: { firm: number; bank: number; score: number }[];
  /** Meetings the organiser fixed; each must be a candidate pair. */
  pinned: { firm: number; bank: number; slot: number; table: number }[];
  forbidden: { firm: number; bank: number }[];
}

export interface ScheduledMeeting {
  firm: number;
  bank: number;
  slot: number;
  table: number;
  pinned: boolean;
}

/**
 * The scheduler's order is lexicographic: first as many firms met as possible, then as much quality.
 * `objective` is the quality (sum of the scores of the meetings) of a schedule meeting `firmsMet` firms;
 * `upperBound` bounds the quality of the best schedule in that order, so `gap` says how much quality
 * could at most still be gained without meeting fewer firms.
 */
export interface SchedulingResult {
  meetings: ScheduledMeeting[];
  objective: number;
  quality: number;
  firmsMet: number;
  /** On `objective`. */
  upperBound: number;
  /** (upperBound - objective) / upperBound, 0 when optimal. */
  gap: number;
  solver: 'heuristic' | 'exact';
}

/** A problem the scheduler refuses, with the path of the offending field (e.g. `pinned[2].slot`). */
export class SchedulingInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'SchedulingInputError';
  }
}

/** The problem checked and indexed: candidate pairs by index, pins resolved to pair indices. */
export interface Prepared {
  readonly problem: SchedulingProblem;
  readonly F: number;
  readonly B: number;
  readonly S: number;
  readonly T: number;
  readonly reps: readonly number[];
  /** Usable candidate pairs (forbidden ones removed): firm, bank, score by pair index. */
  readonly pairFirm: Int32Array;
  readonly pairBank: Int32Array;
  readonly pairScore: Float64Array;
  /** Pair index by firm * B + bank, -1 when not a usable candidate. */
  readonly pairOf: Int32Array;
  /** Slot and table of a pinned pair, -1 for free pairs. */
  readonly pinSlot: Int32Array;
  readonly pinTable: Int32Array;
  readonly pinnedPairs: readonly number[];
  /** Per firm * S + slot: 1 when the firm has a pinned meeting then. */
  readonly firmPinnedAt: Uint8Array;
  /** Per bank * S + slot: pinned meetings of the bank then. */
  readonly bankPinnedAt: Int32Array;
  /** Per slot: pinned meetings, and per slot * T + table: 1 when a pin holds the table. */
  readonly slotPins: Int32Array;
  readonly tablePinned: Uint8Array;
  readonly firmPins: Int32Array;
  readonly bankPins: Int32Array;
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function requireIndex(value: number, size: number, field: string, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value >= size) throw new SchedulingInputError(field, `must be a ${what} index from 0 to ${size - 1}`);
}

/** Checks the problem (throws SchedulingInputError) and indexes it. */
export function prepare(problem: SchedulingProblem): Prepared {
  const { firmCount: F, bankCount: B, slotCount: S, tableCount: T } = problem;
  for (const [field, n] of [['firmCount', F], ['bankCount', B], ['slotCount', S], ['tableCount', T]] as const) {
    if (!isCount(n)) throw new SchedulingInputError(field, 'must be a whole number, 0 or more');
  }
  if (problem.representatives.length !== B) throw new SchedulingInputError('representatives', `must give one number per bank (${B})`);
  problem.representatives.forEach((r, b) => {
    if (!Number.isInteger(r) || r < 1) throw new SchedulingInputError(`representatives[${b}]`, 'must be a whole number, 1 or more');
  });

  const forbidden = new Uint8Array(F * B);
  problem.forbidden.forEach((x, i) => {
    requireIndex(x.firm, F, `forbidden[${i}].firm`, 'firm');
    requireIndex(x.bank, B, `forbidden[${i}].bank`, 'bank');
    forbidden[x.firm * B + x.bank] = 1;
  });

  const pairOf = new Int32Array(F * B).fill(-1);
  const seen = new Uint8Array(F * B);
  const firms: number[] = [];
  const banks: number[] = [];
  const scores: number[] = [];
  problem.pairs.forEach((p, i) => {
    requireIndex(p.firm, F, `pairs[${i}].firm`, 'firm');
    requireIndex(p.bank, B, `pairs[${i}].bank`, 'bank');
    if (!Number.isFinite(p.score) || p.score < 0 || p.score > 100) throw new SchedulingInputError(`pairs[${i}].score`, 'must be a number from 0 to 100');
    const key = p.firm * B + p.bank;
    if (seen[key]) throw new SchedulingInputError(`pairs[${i}]`, 'this firm and bank are already a candidate pair');
    seen[key] = 1;
    if (forbidden[key]) return;
    pairOf[key] = firms.length;
    firms.push(p.firm);
    banks.push(p.bank);
    scores.push(p.score);
  });
  const P = firms.length;

  const pinSlot = new Int32Array(P).fill(-1);
  const pinTable = new Int32Array(P).fill(-1);
  const pinnedPairs: number[] = [];
  const firmPinnedAt = new Uint8Array(F * S);
  const bankPinnedAt = new Int32Array(B * S);
  const slotPins = new Int32Array(S);
  const tablePinned = new Uint8Array(S * T);
  const firmPins = new Int32Array(F);
  const bankPins = new Int32Array(B);
  problem.pinned.forEach((pin, i) => {
    const at = `pinned[${i}]`;
    requireIndex(pin.firm, F, `${at}.firm`, 'firm');
    requireIndex(pin.bank, B, `${at}.bank`, 'bank');
    requireIndex(pin.slot, S, `${at}.slot`, 'slot');
    requireIndex(pin.table, T, `${at}.table`, 'table');
    const key = pin.firm * B + pin.bank;
    if (forbidden[key]) throw new SchedulingInputError(at, 'this firm and bank are a forbidden pair');
    const p = pairOf[key];
    if (p < 0) throw new SchedulingInputError(at, 'this firm and bank are not a candidate pair');
    if (pinSlot[p] >= 0) throw new SchedulingInputError(at, 'this firm and bank are pinned twice; a firm meets a bank at most once');
    if (firmPinnedAt[pin.firm * S + pin.slot]) throw new SchedulingInputError(`${at}.slot`, 'the firm already has a pinned meeting in this slot');
    if (tablePinned[pin.slot * T + pin.table]) throw new SchedulingInputError(`${at}.table`, 'the table is already used by a pinned meeting in this slot');
    if (bankPinnedAt[pin.bank * S + pin.slot] >= problem.representatives[pin.bank]) {
      throw new SchedulingInputError(`${at}.slot`, `the bank has only ${problem.representatives[pin.bank]} representative(s) for its meetings in this slot`);
    }
    pinSlot[p] = pin.slot;
    pinTable[p] = pin.table;
    pinnedPairs.push(p);
    firmPinnedAt[pin.firm * S + pin.slot] = 1;
    bankPinnedAt[pin.bank * S + pin.slot]++;
    slotPins[pin.slot]++;
    tablePinned[pin.slot * T + pin.table] = 1;
    firmPins[pin.firm]++;
    bankPins[pin.bank]++;
  });

  return {
    problem,
    F,
    B,
    S,
    T,
    reps: problem.representatives,
    pairFirm: Int32Array.from(firms),
    pairBank: Int32Array.from(banks),
    pairScore: Float64Array.from(scores),
    pairOf,
    pinSlot,
    pinTable,
    pinnedPairs,
    firmPinnedAt,
    bankPinnedAt,
    slotPins,
    tablePinned,
    firmPins,
    bankPins,
  };
}

/**
 * Meetings from the slot of each pair (-1: not scheduled): pins keep their tables, the other
 * meetings of a slot take the free tables in order. Throws if a slot holds more than T meetings.
 */
export function toMeetings(prep: Prepared, pairSlot: Int32Array): ScheduledMeeting[] {
  const { S, T } = prep;
  const nextTable = new Int32Array(S);
  const meetings: ScheduledMeeting[] = [];
  for (const p of prep.pinnedPairs) {
    meetings.push({ firm: prep.pairFirm[p], bank: prep.pairBank[p], slot: prep.pinSlot[p], table: prep.pinTable[p], pinned: true });
  }
  for (let p = 0; p < pairSlot.length; p++) {
    const s = pairSlot[p];
    if (s < 0 || prep.pinSlot[p] >= 0) continue;
    let t = nextTable[s];
    while (t < T && prep.tablePinned[s * T + t]) t++;
    if (t >= T) throw new Error(`slot ${s} holds more meetings than tables`);
    nextTable[s] = t + 1;
    meetings.push({ firm: prep.pairFirm[p], bank: prep.pairBank[p], slot: s, table: t, pinned: false });
  }
  return meetings.sort((a, b) => a.slot - b.slot || a.table - b.table);
}

/** Quality and firms met of the pairs with a slot. */
export function measure(prep: Prepared, pairSlot: Int32Array): { quality: number; firmsMet: number } {
  const met = new Uint8Array(prep.F);
  let quality = 0;
  for (let p = 0; p < pairSlot.length; p++) {
    if (pairSlot[p] < 0) continue;
    quality += prep.pairScore[p];
    met[prep.pairFirm[p]] = 1;
  }
  return { quality, firmsMet: met.reduce((a, b) => a + b, 0) };
}

/** (upperBound - objective) / upperBound, with float noise below 1e-9 read as 0. */
export function gapOf(objective: number, upperBound: number): number {
  if (upperBound <= 1e-9) return 0;
  const gap = (upperBound - objective) / upperBound;
  return gap < 1e-9 ? 0 : gap;
}
