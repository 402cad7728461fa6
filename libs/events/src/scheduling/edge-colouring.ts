// When the chosen pairs meet: a proper edge colouring with S colours (slots) of the bipartite graph
// firms × bank representatives (bank b split into r_b copies of at most S meetings each). König: a
// bipartite graph of maximum degree S has one, found edge by edge with Kempe-chain (alternating path)
// swaps; then slots over T meetings hand an alternating path to a slot with room until none is over.
// Pinned meetings are precoloured and never swapped; an edge that cannot be placed is dropped and left
// to the local search.
import type { Prepared } from './problem';

/** The slot of every pair: pinned pairs keep theirs, chosen pairs get one or -1 when dropped. */
export function assignSlots(prep: Prepared, chosen: Uint8Array): Int32Array {
  const { F, B, S, T } = prep;
  const P = prep.pairScore.length;
  const pairSlot = new Int32Array(P).fill(-1);

  const copyBase = new Int32Array(B + 1);
  for (let b = 0; b < B; b++) copyBase[b + 1] = copyBase[b] + prep.reps[b];
  const R = copyBase[B];
  const copyLoad = new Int32Array(R);

  const eL: number[] = [];
  const eR: number[] = [];
  const ePair: number[] = [];
  const col: number[] = [];
  const pinned: boolean[] = [];
  const atL = new Int32Array(F * S).fill(-1);
  const atR = new Int32Array(R * S).fill(-1);
  const load = new Int32Array(S);
  const cap = new Int32Array(S);
  for (let s = 0; s < S; s++) cap[s] = T - prep.slotPins[s];

  const setColour = (e: number, c: number) => {
    col[e] = c;
    atL[eL[e] * S + c] = e;
    atR[eR[e] * S + c] = e;
  };

  // Pins first: the pins of a bank in one slot go to distinct representatives.
  for (const p of prep.pinnedPairs) {
    const b = prep.pairBank[p];
    const s = prep.pinSlot[p];
    let copy = copyBase[b];
    while (atR[copy * S + s] >= 0) copy++;
    const e = eL.length;
    eL.push(prep.pairFirm[p]);
    eR.push(copy);
    ePair.push(p);
    pinned.push(true);
    col.push(-1);
    copyLoad[copy]++;
    setColour(e, s);
    pairSlot[p] = s;
  }

  // Free edges, best first so a drop hits a weak meeting; each to the representative with most room.
  const free = [];
  for (let p = 0; p < P; p++) if (chosen[p]) free.push(p);
  free.sort((x, y) => prep.pairScore[y] - prep.pairScore[x]);
  const freeEdges: number[] = [];
  for (const p of free) {
    const b = prep.pairBank[p];
    let copy = copyBase[b];
    for (let c = copyBase[b] + 1; c < copyBase[b + 1]; c++) if (copyLoad[c] < copyLoad[copy]) copy = c;
    if (copyLoad[copy] >= S) continue;
    copyLoad[copy]++;
    const e = eL.length;
    eL.push(prep.pairFirm[p]);
    eR.push(copy);
    ePair.push(p);
    pinned.push(false);
    col.push(-1);
    freeEdges.push(e);
  }

  /** Swaps colours a and b on the alternating path starting at right vertex v with its a-edge; false if a pin is on it. */
  const swapPathFrom = (v: number, a: number, b: number): boolean => {
    const path: number[] = [];
    let colour = a;
    let e = atR[v * S + a];
    let onRight = true;
    while (e >= 0) {
      if (pinned[e]) return false;
      path.push(e);
      onRight = !onRight;
      colour = colour === a ? b : a;
      e = onRight ? atR[eR[e] * S + colour] : atL[eL[e] * S + colour];
    }
    swapColours(path, a, b);
    return true;
  };

  const swapColours = (path: readonly number[], a: number, b: number) => {
    for (const e of path) {
      atL[eL[e] * S + col[e]] = -1;
      atR[eR[e] * S + col[e]] = -1;
      load[col[e]]--;
    }
    for (const e of path) {
      setColour(e, col[e] === a ? b : a);
      load[col[e]]++;
    }
  };

  const bySlack = (x: number, y: number) => cap[y] - load[y] - (cap[x] - load[x]);
  const colours = Array.from({ length: S }, (_, s) => s);
  for (const e of freeEdges) {
    const u = eL[e];
    const v = eR[e];
    const order = [...colours].sort(bySlack);
    const common = order.find((c) => atL[u * S + c] < 0 && atR[v * S + c] < 0);
    if (common !== undefined) {
      setColour(e, common);
      load[common]++;
      pairSlot[ePair[e]] = common;
      continue;
    }
    let placed = false;
    for (const a of order) {
      if (atL[u * S + a] >= 0) continue;
      for (const b of order) {
        if (atR[v * S + b] >= 0) continue;
        if (!swapPathFrom(v, a, b)) continue;
        setColour(e, a);
        load[a]++;
        placed = true;
        break;
      }
      if (placed) break;
    }
    if (!placed) col[e] = -1;
  }

  /** A component of colours a and b with one more a-edge than b-edges and no pin, swapped: moves one meeting from a to b. */
  const shiftOne = (a: number, b: number): boolean => {
    const visited = new Set<number>();
    for (const e0 of freeEdges) {
      if (col[e0] !== a || visited.has(e0)) continue;
      const component = [e0];
      visited.add(e0);
      // Walk both ways from e0: via its right end and via its left end, alternating colours.
      for (const startOnRight of [true, false]) {
        let e = e0;
        let onRight = startOnRight;
        let colour = a;
        for (;;) {
          colour = colour === a ? b : a;
          const nextEdge = onRight ? atR[eR[e] * S + colour] : atL[eL[e] * S + colour];
          if (nextEdge < 0 || visited.has(nextEdge)) break;
          visited.add(nextEdge);
          component.push(nextEdge);
          e = nextEdge;
          onRight = !onRight;
        }
      }
      let diff = 0;
      let hasPin = false;
      for (const x of component) {
        diff += col[x] === a ? 1 : -1;
        hasPin ||= pinned[x];
      }
      if (diff === 1 && !hasPin) {
        swapColours(component, a, b);
        return true;
      }
    }
    return false;
  };

  for (let a = 0; a < S; a++) {
    while (load[a] > cap[a]) {
      const targets = colours.filter((b) => b !== a && load[b] < cap[b]).sort(bySlack);
      if (targets.some((b) => shiftOne(a, b))) continue;
      // No path moves a meeting out: drop the weakest free meeting of the slot.
      let worst = -1;
      for (const e of freeEdges) if (col[e] === a && (worst < 0 || prep.pairScore[ePair[e]] < prep.pairScore[ePair[worst]])) worst = e;
      atL[eL[worst] * S + a] = -1;
      atR[eR[worst] * S + a] = -1;
      col[worst] = -1;
      load[a]--;
    }
  }

  for (const e of freeEdges) pairSlot[ePair[e]] = col[e];
  return pairSlot;
}
