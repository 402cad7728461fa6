// Repairs and improves a slot assignment in place: inserts an unused pair into a slot, making room by
// moving a blocking meeting to another slot or removing it, whenever that meets more firms, or as
// many firms with more quality. Needed where pins break the flow's exact decomposition.
import type { Prepared } from './problem';

interface Blocker {
  meeting: number;
  /** The slot the meeting moves to, or -1 when it is removed. */
  to: number;
}

interface Move {
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
  /** Bumped on every applied move: invalidates memos of the slots' cheapest blockers. */
  version = 0;
  readonly memo = new Map<number, { version: number; value: { cost: number; blocker: Blocker } | null }>();

  constructor(
    readonly prep: Prepared,
    readonly pairSlot: Int32Array,
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
      if (pairSlot[p] >= 0) this.add(p, pairSlot[p]);
    }
  }

  add(p: number, s: number): void {
    const { S } = this.prep;
    const f = this.prep.pairFirm[p];
    this.pairSlot[p] = s;
    this.firmAt[f * S + s] = p;
    this.bankLoad[this.prep.pairBank[p] * S + s]++;
    this.slotLoad[s]++;
    this.firmMeetings[f]++;
  }

  remove(p: number): void {
    const { S } = this.prep;
    const s = this.pairSlot[p];
    const f = this.prep.pairFirm[p];
    this.pairSlot[p] = -1;
    this.firmAt[f * S + s] = -1;
    this.bankLoad[this.prep.pairBank[p] * S + s]--;
    this.slotLoad[s]--;
    this.firmMeetings[f]--;
  }

  /** Whether pair p fits slot s as things stand. */
  fits(p: number, s: number): boolean {
    const { S, T } = this.prep;
    const b = this.prep.pairBank[p];
    return this.firmAt[this.prep.pairFirm[p] * S + s] < 0 && this.bankLoad[b * S + s] < this.prep.reps[b] && this.slotLoad[s] < T;
  }
}

/**
 * Improves the schedule until no move gains or the deadline passes. `bonus` must exceed any
 * quality, so a move that meets one more firm beats any loss of quality.
 */
export function improve(schedule: SlotSchedule, bonus: number, deadline: number): void {
  const { prep } = schedule;
  const P = prep.pairScore.length;
  const order = Array.from({ length: P }, (_, p) => p).filter((p) => prep.pinSlot[p] < 0);
  order.sort((x, y) => prep.pairScore[y] - prep.pairScore[x]);
  for (let pass = 0; pass < 100; pass++) {
    let improved = false;
    // Firms without a meeting first, then the best pairs.
    const queue = [...order.filter((p) => schedule.firmMeetings[prep.pairFirm[p]] === 0), ...order];
    for (const p of queue) {
      if (schedule.pairSlot[p] >= 0) continue;
      const move = bestMove(schedule, p, bonus);
      if (move && move.gain > 1e-9 && apply(schedule, move, bonus)) {
        improved = true;
        schedule.version++;
      }
      if (Date.now() > deadline) return;
    }
    if (!improved) return;
  }
}

/** Applies a move if its blockers still leave and it still gains; otherwise leaves the schedule as it was. */
function apply(schedule: SlotSchedule, move: Move, bonus: number): boolean {
  const { prep } = schedule;
  const firms = new Set([prep.pairFirm[move.pair], ...move.blockers.map((b) => prep.pairFirm[b.meeting])]);
  const metBefore = [...firms].filter((f) => schedule.firmMeetings[f] > 0).length;
  const from = move.blockers.map((b) => schedule.pairSlot[b.meeting]);
  for (const b of move.blockers) schedule.remove(b.meeting);
  const placed: number[] = [];
  let ok = true;
  for (const b of move.blockers) {
    if (b.to < 0) continue;
    if (!schedule.fits(b.meeting, b.to)) {
      ok = false;
      break;
    }
    schedule.add(b.meeting, b.to);
    placed.push(b.meeting);
  }
  ok &&= schedule.fits(move.pair, move.slot);
  if (ok) {
    schedule.add(move.pair, move.slot);
    const metAfter = [...firms].filter((f) => schedule.firmMeetings[f] > 0).length;
    let gain = prep.pairScore[move.pair] + bonus * (metAfter - metBefore);
    for (const b of move.blockers) if (b.to < 0) gain -= prep.pairScore[b.meeting];
    if (gain > 1e-9) return true;
    schedule.remove(move.pair);
  }
  for (const q of placed) schedule.remove(q);
  move.blockers.forEach((b, i) => schedule.add(b.meeting, from[i]));
  return false;
}

/** The best way to put unused pair p into some slot, making room with at most three blockers. */
function bestMove(schedule: SlotSchedule, p: number, bonus: number): Move | null {
  const { prep } = schedule;
  const { S, T } = prep;
  const f = prep.pairFirm[p];
  const b = prep.pairBank[p];
  const gainIn = prep.pairScore[p] + (schedule.firmMeetings[f] === 0 ? bonus : 0);
  let best: Move | null = null;
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
    if (best && gain <= best.gain) continue;
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
    if (best && gain <= best.gain) continue;
    if (!freedTable && schedule.slotLoad[s] >= T) {
      const cheapest = cheapestInSlot(schedule, s, f, bonus, slotsWithRoom);
      if (!cheapest) continue;
      gain -= cheapest.cost;
      blockers.push(cheapest.blocker);
    }
    if (!best || gain > best.gain) best = { pair: p, slot: s, gain, blockers };
  }
  return best;
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
    for (let s2 = 0; s2 < prep.S; s2++) if (s2 !== s && schedule.fits(q, s2)) return { cost: 0, blocker: { meeting: q, to: s2 } };
  }
  const f2 = prep.pairFirm[q];
  const uncovers = f2 !== incoming && schedule.firmMeetings[f2] === 1;
  return { cost: prep.pairScore[q] + (uncovers ? bonus : 0), blocker: { meeting: q, to: -1 } };
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
