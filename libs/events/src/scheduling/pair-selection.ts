// Which pairs meet, ignoring when: a min-cost flow source → firm → bank → sink. Without pins the
// slots decompose exactly (see edge-colouring.ts), so this flow is both the heuristic's choice and
// an upper bound; pins only reduce the capacities here, which keeps it an upper bound.
import { MinCostFlow } from './min-cost-flow';
import type { Prepared } from './problem';

export interface PairSelection {
  /** 1 for each free pair chosen (pinned pairs are never chosen here). */
  chosen: Uint8Array;
  /** Scores of the chosen pairs plus the pinned pairs. */
  quality: number;
  /** Firms with a chosen or a pinned pair. */
  firmsMet: number;
}

/** A bonus for a firm's first meeting larger than any quality a schedule can have: coverage comes first. */
export function coverageBonus(prep: Prepared): number {
  let total = 0;
  for (let p = 0; p < prep.pairScore.length; p++) total += prep.pairScore[p];
  return 1 + Math.ceil(Math.min(total, 100 * prep.S * prep.T));
}

/**
 * The pairs maximising quality + bonus × (firms met), with each firm in at most S − pins meetings,
 * each bank in at most r_b·S − pins, and T·S − pins in all. `bonus` of coverageBonus() makes it
 * lexicographic (firms met, then quality); 0 maximises quality alone.
 */
export function selectPairs(prep: Prepared, bonus: number): PairSelection {
  const { F, B, S, T } = prep;
  const P = prep.pairScore.length;
  const source = 0;
  const gate = 1;
  const firmNode = (f: number) => 2 + f;
  const bankNode = (b: number) => 2 + F + b;
  const sink = 2 + F + B;
  const flow = new MinCostFlow(sink + 1);
  const totalFree = Math.max(0, T * S - prep.pinnedPairs.length);
  flow.addArc(source, gate, totalFree, 0);

  const freePairs = new Int32Array(F);
  for (let p = 0; p < P; p++) if (prep.pinSlot[p] < 0) freePairs[prep.pairFirm[p]]++;
  for (let f = 0; f < F; f++) {
    const room = Math.min(S - prep.firmPins[f], freePairs[f]);
    if (room <= 0) continue;
    if (prep.firmPins[f] === 0 && bonus > 0) {
      flow.addArc(gate, firmNode(f), 1, -bonus);
      if (room > 1) flow.addArc(gate, firmNode(f), room - 1, 0);
    } else {
      flow.addArc(gate, firmNode(f), room, 0);
    }
  }
  const pairArc = new Int32Array(P).fill(-1);
  for (let p = 0; p < P; p++) {
    if (prep.pinSlot[p] >= 0) continue;
    pairArc[p] = flow.addArc(firmNode(prep.pairFirm[p]), bankNode(prep.pairBank[p]), 1, -prep.pairScore[p]);
  }
  for (let b = 0; b < B; b++) {
    const room = prep.reps[b] * S - prep.bankPins[b];
    if (room > 0) flow.addArc(bankNode(b), sink, room, 0);
  }
  flow.run(source, sink, totalFree);

  const chosen = new Uint8Array(P);
  const met = new Uint8Array(F);
  let quality = 0;
  for (let p = 0; p < P; p++) {
    const pinned = prep.pinSlot[p] >= 0;
    if (pinned || (pairArc[p] >= 0 && flow.flowOn(pairArc[p]) > 0.5)) {
      if (!pinned) chosen[p] = 1;
      quality += prep.pairScore[p];
      met[prep.pairFirm[p]] = 1;
    }
  }
  return { chosen, quality, firmsMet: met.reduce((a, b) => a + b, 0) };
}

/**
 * An upper bound on the quality of any schedule meeting at least `firmsMet` firms:
 * for every λ ≥ 0, max(quality + λ·met) − λ·firmsMet bounds it; the lexicographic flow
 * is exact on its own coverage.
 */
export function qualityUpperBound(prep: Prepared, lexicographic: PairSelection, firmsMet: number): number {
  if (firmsMet >= lexicographic.firmsMet) return lexicographic.quality;
  let best = Infinity;
  for (const lambda of [0, 20, 100]) {
    const s = selectPairs(prep, lambda);
    best = Math.min(best, s.quality + lambda * (s.firmsMet - firmsMet));
  }
  return best;
}
