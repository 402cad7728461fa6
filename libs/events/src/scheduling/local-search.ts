// Repairs and improves a slot assignment in place: inserts an unused pair into a slot, making room by
// moving a blocking meeting to another slot or removing it, whenever that meets more firms, or as
// many firms with more quality. Needed where pins break the flow's exact decomposition.
import type { Prepared } from './problem';

interface Blocker {
  meeting: number;
  /** The slot the meeting moves to, or -1 when it is removed. */
  to: number;
  /** When removed: another pair of its firm that takes the freed slot (an ejection chain), or -1. */
  refill: number;
}

export interface Move {
  pair: number;
  slot: number;
  gain: number;
  blockers: Blocker[];
}

export class SlotSchedule {
  readonly firmAt: Int32Array;
  readonly bankLoad: Int32Array;
  readonly slotLoad: Int32Array;
  readonly firmMeetings: Int32Array;
  readonly pairsOfFirm: number[][];
  readonly pairsOfBank: number[][];
  /** quality + bonus × firms met, kept up to date. */
  value = 0;
  /** Bumped on every change: invalidates memos of the slots' cheapest blockers. */
  version = 0;
  readonly memo = new Map<number, { version: number; value: { cost: number; blocker: Blocker } | null }>();
  /** Changes since the last mark, to roll a tentative move back: pair and the slot it was in (-1: was unused). */
  private readonly journal: [number, number][] = [];

  constructor(
    readonly prep: Prepared,
    readonly pairSlot: Int32Array,
    readonly bonus: number,
  ) {
    const { F, B, S } = prep;
    this.firmAt = new Int32Array(F * S).fill(-1);
    this.bankLoad = new Int32Array(B * S);
    this.slotLoad = new Int32Array(S);
    this.firmMeetings = new Int32Array(F);
    this.pairsOfFirm = Array.from({ length: F }, () => []);
    this.pairsOfBank = Array.from({ length: B }, () => []);
    for (let p = 0; p < pairSlot.length; p++) {
      this.pairsOfFirm[prep.pairFirm[p]].push(p);
      this.pairsOfBank[prep.pairBank[p]].push(p);
      const s = pairSlot[p];
      if (s >= 0) {
        pairSlot[p] = -1;
        this.add(p, s);
      }
    }
    this.journal.length = 0;
  }

  add(p: number, s: number): void {
    const { S } = this.prep;
    const f = this.prep.pairFirm[p];
    this.journal.push([p, -1]);
    this.pairSlot[p] = s;
    this.firmAt[f * S + s] = p;
    this.bankLoad[this.prep.pairBank[p] * S + s]++;
    this.slotLoad[s]++;
    if (this.firmMeetings[f]++ === 0) this.value += this.bonus;
    this.value += this.prep.pairScore[p];
    this.version++;
  }

  remove(p: number): void {
    const { S } = this.prep;
    const s = this.pairSlot[p];
    const f = this.prep.pairFirm[p];
    this.journal.push([p, s]);
    this.pairSlot[p] = -1;
    this.firmAt[f * S + s] = -1;
    this.bankLoad[this.prep.pairBank[p] * S + s]--;
    this.slotLoad[s]--;
    if (--this.firmMeetings[f] === 0) this.value -= this.bonus;
    this.value -= this.prep.pairScore[p];
    this.version++;
  }

  mark(): number {
    return this.journal.length;
  }

  /** Undoes every change since `mark`. */
  rollback(mark: number): void {
    while (this.journal.length > mark) {
      const [p, s] = this.journal.pop()!;
      if (s < 0) this.remove(p);
      else this.add(p, s);
      this.journal.pop();
    }
  }

  /** Forgets the journal (the changes are kept); marks taken before are void. */
  commit(): void {
    this.journal.length = 0;
  }

  /** Whether pair p fits slot s as things stand. */
  fits(p: number, s: number): boolean {
    const { S, T } = this.prep;
    const b = this.prep.pairBank[p];
    return this.firmAt[this.prep.pairFirm[p] * S + s] < 0 && this.bankLoad[b * S + s] < this.prep.reps[b] && this.slotLoad[s] < T;
  }
}

const EPS = 1e-9;

/**
 * Improves the schedule until no move gains or the deadline passes: first single insertions
 * (making room by moving or removing blockers), then, where one loses, a chain — a removed
 * meeting's firm makes its own best move — kept when both together gain.
 */
export function improve(schedule: SlotSchedule, deadline: number, rnd?: () => number): void {
  const { prep } = schedule;
  const P = prep.pairScore.length;
  const order = Array.from({ length: P }, (_, p) => p).filter((p) => prep.pinSlot[p] < 0);
  // Best pairs first; with rnd, roughly so, which lets a perturbation try other orders.
  const key = Float64Array.from(prep.pairScore, (score) => (rnd ? score * (0.6 + 0.8 * rnd()) : score));
  order.sort((x, y) => key[y] - key[x]);
  for (let pass = 0; pass < 100; pass++) {
    let improved = false;
    // Firms without a meeting first, then the best pairs.
    const queue = [...order.filter((p) => schedule.firmMeetings[prep.pairFirm[p]] === 0), ...order];
    for (const p of queue) {
      if (schedule.pairSlot[p] >= 0) continue;
      if (tryPair(schedule, p)) improved = true;
      if (Date.now() > deadline) return;
    }
    if (!improved) return;
  }
}

function tryPair(schedule: SlotSchedule, p: number): boolean {
  const moves = movesFor(schedule, p).sort((x, y) => y.gain - x.gain);
  if (!moves.length) return false;
  const before = schedule.value;
  if (moves[0].gain > EPS) {
    const mark = schedule.mark();
    if (apply(schedule, moves[0]) && schedule.value > before + EPS) return true;
    schedule.rollback(mark);
  }
  for (const move of moves.slice(0, 2)) {
    if (!move.blockers.some((b) => b.to < 0)) continue;
    const mark = schedule.mark();
    if (apply(schedule, move)) {
      for (const b of move.blockers) {
        if (b.to >= 0 || schedule.pairSlot[b.meeting] >= 0) continue;
        const follow = bestMoveOfFirm(schedule, schedule.prep.pairFirm[b.meeting], b.meeting);
        if (follow && apply(schedule, follow) && schedule.value > before + EPS) return true;
      }
    }
    schedule.rollback(mark);
  }
  return false;
}

/** The best move of firm f's unused pairs (other than `except`), as things stand. */
function bestMoveOfFirm(schedule: SlotSchedule, f: number, except: number): Move | null {
  let best: Move | null = null;
  for (const r of schedule.pairsOfFirm[f]) {
    if (r === except || schedule.pairSlot[r] >= 0 || schedule.prep.pinSlot[r] >= 0) continue;
    for (const m of movesFor(schedule, r)) if (!best || m.gain > best.gain) best = m;
  }
  return best;
}

/** Carries out a move; false when a blocker's new slot or the pair's slot does not take it (roll back then). */
function apply(schedule: SlotSchedule, move: Move): boolean {
  for (const b of move.blockers) schedule.remove(b.meeting);
  for (const b of move.blockers) {
    if (b.to < 0) continue;
    if (!schedule.fits(b.meeting, b.to)) return false;
    schedule.add(b.meeting, b.to);
  }
  if (!schedule.fits(move.pair, move.slot)) return false;
  schedule.add(move.pair, move.slot);
  for (const b of move.blockers) if (b.refill >= 0 && schedule.fits(b.refill, move.slot)) schedule.add(b.refill, move.slot);
  return true;
}

/** The ways to put unused pair p into a slot, one per slot, making room with at most three blockers. */
function movesFor(schedule: SlotSchedule, p: number): Move[] {
  const bonus = schedule.bonus;
  const { prep } = schedule;
  const { S, T } = prep;
  const f = prep.pairFirm[p];
  const b = prep.pairBank[p];
  const gainIn = prep.pairScore[p] + (schedule.firmMeetings[f] === 0 ? bonus : 0);
  const moves: Move[] = [];
  const slotsWithRoom = countSlotsWithRoom(schedule);
  for (let s = 0; s < S; s++) {
    if (prep.firmPinnedAt[f * S + s]) continue;
    if (prep.bankPinnedAt[b * S + s] >= prep.reps[b]) continue;
    if (prep.slotPins[s] >= T) continue;
    let gain = gainIn;
    const blockers: Blocker[] = [];
    let freedTable = false;
    const firmMeeting = schedule.firmAt[f * S + s];
    if (firmMeeting >= 0) {
      const option = clearOut(schedule, firmMeeting, s, f, bonus, slotsWithRoom);
      gain -= option.cost;
      blockers.push(option.blocker);
      freedTable = true;
    }
    if (schedule.bankLoad[b * S + s] >= prep.reps[b]) {
      let cheapest: { cost: number; blocker: Blocker } | null = null;
      for (const q of schedule.pairsOfBank[b]) {
        if (schedule.pairSlot[q] !== s || prep.pinSlot[q] >= 0) continue;
        const option = clearOut(schedule, q, s, f, bonus, slotsWithRoom);
        if (!cheapest || option.cost < cheapest.cost) cheapest = option;
      }
      if (!cheapest) continue;
      gain -= cheapest.cost;
      blockers.push(cheapest.blocker);
      freedTable = true;
    }
    if (!freedTable && schedule.slotLoad[s] >= T) {
      const cheapest = cheapestInSlot(schedule, s, f, bonus, slotsWithRoom);
      if (!cheapest) continue;
      gain -= cheapest.cost;
      blockers.push(cheapest.blocker);
    }
    moves.push({ pair: p, slot: s, gain, blockers });
  }
  return moves;
}

function countSlotsWithRoom(schedule: SlotSchedule): number {
  let n = 0;
  for (let s = 0; s < schedule.prep.S; s++) if (schedule.slotLoad[s] < schedule.prep.T) n++;
  return n;
}

/** Meeting q leaves slot s: to another slot if one takes it (free), else removed (its score, and the bonus if its firm then meets nobody). */
function clearOut(schedule: SlotSchedule, q: number, s: number, incoming: number, bonus: number, slotsWithRoom: number): { cost: number; blocker: Blocker } {
  const { prep } = schedule;
  if (slotsWithRoom > 0) {
    for (let s2 = 0; s2 < prep.S; s2++) if (s2 !== s && schedule.fits(q, s2)) return { cost: 0, blocker: { meeting: q, to: s2, refill: -1 } };
  }
  const f2 = prep.pairFirm[q];
  if (f2 === incoming) return { cost: prep.pairScore[q], blocker: { meeting: q, to: -1, refill: -1 } };
  // The firm is free in slot s once q leaves: its best other unused pair whose bank has room then.
  let refill = -1;
  if (schedule.slotLoad[s] < prep.T) {
    for (const r of schedule.pairsOfFirm[f2]) {
      if (r === q || schedule.pairSlot[r] >= 0 || prep.pinSlot[r] >= 0 || (refill >= 0 && prep.pairScore[r] <= prep.pairScore[refill])) continue;
      const b3 = prep.pairBank[r];
      if (b3 !== prep.pairBank[q] && schedule.bankLoad[b3 * prep.S + s] < prep.reps[b3]) refill = r;
    }
  }
  const uncovers = refill < 0 && schedule.firmMeetings[f2] === 1;
  const cost = prep.pairScore[q] - (refill >= 0 ? prep.pairScore[refill] : 0) + (uncovers ? bonus : 0);
  return { cost, blocker: { meeting: q, to: -1, refill } };
}

/** The cheapest meeting to clear out of slot s (the incoming firm has none there), memoised until the schedule changes. */
function cheapestInSlot(schedule: SlotSchedule, s: number, incoming: number, bonus: number, slotsWithRoom: number): { cost: number; blocker: Blocker } | null {
  const memo = schedule.memo.get(s);
  if (memo && memo.version === schedule.version) return memo.value;
  const value = findCheapestInSlot(schedule, s, incoming, bonus, slotsWithRoom);
  schedule.memo.set(s, { version: schedule.version, value });
  return value;
}

function findCheapestInSlot(schedule: SlotSchedule, s: number, incoming: number, bonus: number, slotsWithRoom: number): { cost: number; blocker: Blocker } | null {
  const { prep } = schedule;
  let cheapest: { cost: number; blocker: Blocker } | null = null;
  for (let f2 = 0; f2 < prep.F; f2++) {
    const q = schedule.firmAt[f2 * prep.S + s];
    if (q < 0 || prep.pinSlot[q] >= 0) continue;
    const option = clearOut(schedule, q, s, incoming, bonus, slotsWithRoom);
    if (!cheapest || option.cost < cheapest.cost) cheapest = option;
    if (cheapest.cost === 0) break;
  }
  return cheapest;
}

/**
 * Ruin and recreate: removes a few meetings around one slot, bank or firm, lets `improve` refill in a
 * shuffled order, keeps the result when it is no worse. Stops at the bound, after `patience` tries
 * without gain, or at the deadline.
 */
export function perturb(schedule: SlotSchedule, bound: number, deadline: number, rnd: () => number, patience = 300): void {
  const { prep } = schedule;
  const free: number[] = [];
  let best = schedule.value;
  let idle = 0;
  while (best < bound - 1e-6 && idle < patience && Date.now() < deadline) {
    idle++;
    free.length = 0;
    for (let p = 0; p < schedule.pairSlot.length; p++) if (schedule.pairSlot[p] >= 0 && prep.pinSlot[p] < 0) free.push(p);
    if (!free.length) return;
    const anchor = free[Math.floor(rnd() * free.length)];
    const bySlot = rnd() < 0.5;
    const near = free.filter((p) => (bySlot ? schedule.pairSlot[p] === schedule.pairSlot[anchor] : prep.pairBank[p] === prep.pairBank[anchor] || prep.pairFirm[p] === prep.pairFirm[anchor]));
    const mark = schedule.mark();
    const k = 2 + Math.floor(rnd() * 6);
    for (let i = 0; i < k && near.length; i++) {
      const j = Math.floor(rnd() * near.length);
      schedule.remove(near[j]);
      near[j] = near[near.length - 1];
      near.pop();
    }
    improve(schedule, deadline, rnd);
    if (schedule.value < best - EPS) {
      schedule.rollback(mark);
    } else {
      if (schedule.value > best + EPS) idle = 0;
      best = schedule.value;
    }
    schedule.commit();
  }
}
