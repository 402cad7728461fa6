// The exact solver: the MIP of exact-model.ts solved by HiGHS in a worker thread, so a long solve
// never blocks the event loop. For checking the heuristic and for small events.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildModel } from './exact-model';
import { coverageBonus, selectPairs } from './pair-selection';
import { gapOf, measure, prepare, toMeetings, type SchedulingProblem, type SchedulingResult } from './problem';

export interface ExactResult extends SchedulingResult {
  /** HiGHS's model status, e.g. 'optimal', 'timeLimit', 'infeasible'. */
  status: string;
  /** HiGHS's proven bound turned into a bound on quality (as upperBound; see solveExactly). */
  bestBound: number;
  /** HiGHS's own bound, on its objective: quality of the free meetings + coverageBonus × firms met without a pin. */
  mipBound: number;
  coverageBonus: number;
  optimal: boolean;
  /** Binary variables of the model. */
  binaries: number;
  /** HiGHS's own run time, seconds. */
  runTime: number;
}

interface WorkerAnswer {
  status: string;
  objective: number;
  dualBound: number;
  runTime: number;
  names: string[];
  values: number[] | null;
  error?: string;
}

/**
 * Solves with HiGHS (time-limited: then the best schedule found and the bound proven so far).
 * The bound is on quality at the most firms met: exact once HiGHS proves how many firms can meet;
 * before that, `atLeastFirmsMet` (firms a known schedule meets, e.g. the heuristic's) makes it one,
 * and without either it is the flow's bound on quality alone.
 */
export async function solveExactly(problem: SchedulingProblem, options: { timeLimitSeconds: number; atLeastFirmsMet?: number }): Promise<ExactResult> {
  const prep = prepare(problem);
  const bonus = coverageBonus(prep);
  const model = buildModel(prep, bonus);
  const pairSlot = new Int32Array(prep.pairScore.length).fill(-1);
  for (const p of prep.pinnedPairs) pairSlot[p] = prep.pinSlot[p];
  let mipBound = NaN;
  const finish = (status: string, qualityBound: number, optimal: boolean, runTime: number): ExactResult => {
    const { quality, firmsMet } = measure(prep, pairSlot);
    const upperBound = Math.max(quality, qualityBound);
    const gap = optimal ? 0 : gapOf(quality, upperBound);
    return { meetings: toMeetings(prep, pairSlot), objective: quality, quality, firmsMet, upperBound, gap, solver: 'exact', status, bestBound: upperBound, mipBound, coverageBonus: bonus, optimal, binaries: model.binaries, runTime };
  };
  if (model.columns.size === 0) return finish('optimal', 0, true, 0);

  const answer = await runWorker(model.lp, {
    time_limit: options.timeLimitSeconds,
    // The objective carries bonus × firms: the default relative gap would stop short on quality.
    mip_rel_gap: 1e-9,
    mip_abs_gap: 1e-6,
    random_seed: 1,
  });
  if (answer.values) {
    answer.names.forEach((name, i) => {
      const column = model.columns.get(name);
      if (column && column[0] >= 0 && answer.values![i] > 0.5) pairSlot[column[0]] = column[1];
    });
  }
  const { quality } = measure(prep, pairSlot);
  const optimal = answer.status === 'optimal';
  // The bound is on quality + bonus·(free firms met); with the incumbent's coverage proven
  // (bound below one more firm) it bounds the quality at that coverage, else fall back to the flow's
  // bound on quality alone.
  const pinnedQuality = prep.pinnedPairs.reduce((s, p) => s + prep.pairScore[p], 0);
  const freeMet = countFreeFirmsMet(prep, pairSlot);
  mipBound = answer.dualBound;
  const rest = answer.dualBound - bonus * freeMet;
  const coverageProven = answer.values !== null && Number.isFinite(answer.dualBound) && rest < bonus;
  const pinnedFirms = prep.firmPins.reduce((n, pins) => n + (pins > 0 ? 1 : 0), 0);
  const knownFree = options.atLeastFirmsMet === undefined ? -1 : options.atLeastFirmsMet - pinnedFirms;
  let qualityBound: number;
  if (optimal) qualityBound = quality;
  else if (coverageProven) qualityBound = rest + pinnedQuality;
  else if (knownFree >= 0 && Number.isFinite(answer.dualBound)) qualityBound = answer.dualBound - bonus * Math.max(knownFree, freeMet) + pinnedQuality;
  else qualityBound = selectPairs(prep, 0).quality;
  return finish(answer.status, qualityBound, optimal, answer.runTime);
}

function countFreeFirmsMet(prep: ReturnType<typeof prepare>, pairSlot: Int32Array): number {
  const met = new Uint8Array(prep.F);
  for (let p = 0; p < pairSlot.length; p++) if (pairSlot[p] >= 0 && prep.firmPins[prep.pairFirm[p]] === 0) met[prep.pairFirm[p]] = 1;
  return met.reduce((a, b) => a + b, 0);
}

function runWorker(lp: string, options: Record<string, number | string | boolean>): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'highs-worker.js'));
    worker.once('message', (answer: WorkerAnswer) => {
      void worker.terminate();
      if (answer.error) reject(new Error(`HiGHS: ${answer.error}`));
      else resolve(answer);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`HiGHS worker exited (code ${code}) without an answer`)));
    worker.postMessage({ lp, options });
  });
}
