// `npm run bench -- events [--quick]`: the 1:1 meeting scheduler against HiGHS — (1) small events
// HiGHS solves to optimality: the heuristic must reach 98% of the optimum on every one; (2) a
// 300-firm × 60-bank × 16-slot event: the heuristic under 2 s, against HiGHS's bound after 60 s
// (10 s with --quick). Objective = quality (sum of scores) at the most firms met; see SchedulingResult.
import {
  randomSchedulingProblem,
  scheduleMeetings,
  scheduleViolations,
  solveExactly,
  type RandomProblemShape,
  type SchedulingProblem,
  type SchedulingResult,
} from '@zhirong/events/scheduling';
import { fmt, printTable, timed } from './support';

export const description = 'meeting scheduler vs HiGHS: ratio to the optimum on 12 small events (≥ 98%), 300×60×16 event time (< 2 s) and gap to the 60 s bound';

const MIN_RATIO = 0.98;
const LARGE_LIMIT_MS = 2000;

/** Small events: a spread of sizes, table- or bank-bound, with and without pins and forbidden pairs. */
const SMALL: (RandomProblemShape & { name: string })[] = [
  { name: 'plain-a', firms: 8, banks: 3, slots: 3, tables: 4, reps: [1, 2], candidates: [1, 3], scores: [40, 100], seed: 101 },
  { name: 'plain-b', firms: 15, banks: 5, slots: 4, tables: 8, reps: [1, 2], candidates: [2, 4], scores: [40, 100], seed: 102 },
  { name: 'plain-c', firms: 25, banks: 8, slots: 6, tables: 25, reps: [1, 3], candidates: [3, 6], scores: [40, 100], seed: 103 },
  { name: 'tables-tight', firms: 20, banks: 6, slots: 4, tables: 5, reps: [1, 3], candidates: [2, 5], scores: [0, 100], seed: 104 },
  { name: 'banks-tight', firms: 22, banks: 4, slots: 5, tables: 22, reps: [1, 1], candidates: [1, 4], scores: [0, 100], seed: 105 },
  { name: 'forbidden', firms: 18, banks: 6, slots: 4, tables: 10, reps: [1, 2], candidates: [2, 5], scores: [40, 100], forbidden: 12, seed: 106 },
  { name: 'pins-few', firms: 16, banks: 5, slots: 4, tables: 16, reps: [1, 2], candidates: [2, 4], scores: [40, 100], pins: 6, seed: 107 },
  { name: 'pins-many', firms: 12, banks: 7, slots: 5, tables: 12, reps: [1, 1], candidates: [3, 6], scores: [0, 100], pins: 20, seed: 108 },
  { name: 'pins-tight', firms: 13, banks: 8, slots: 6, tables: 13, reps: [1, 1], candidates: [3, 6], scores: [0, 100], pins: 26, forbidden: 4, seed: 109 },
  { name: 'pins+forbidden', firms: 20, banks: 6, slots: 5, tables: 12, reps: [1, 2], candidates: [2, 5], scores: [40, 100], pins: 15, forbidden: 8, seed: 110 },
  { name: 'pins-wide', firms: 25, banks: 8, slots: 4, tables: 20, reps: [1, 2], candidates: [2, 5], scores: [0, 100], pins: 14, forbidden: 5, seed: 111 },
  { name: 'mixed', firms: 24, banks: 7, slots: 6, tables: 14, reps: [1, 3], candidates: [2, 6], scores: [0, 100], pins: 18, forbidden: 6, seed: 112 },
];

const LARGE: RandomProblemShape = { firms: 300, banks: 60, slots: 16, tables: 100, reps: [1, 3], candidates: [10, 25], scores: [40, 100], seed: 2026 };

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const num = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');

function checkValid(name: string, problem: SchedulingProblem, result: SchedulingResult, failures: string[]): void {
  const violations = scheduleViolations(problem, result.meetings);
  if (violations.length) failures.push(`${name} (${result.solver}): ${violations.slice(0, 3).join('; ')}`);
}

function timeHeuristic(problem: SchedulingProblem): { ms: number; value: SchedulingResult } {
  const start = process.hrtime.bigint();
  const value = scheduleMeetings(problem);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const failures: string[] = [];

  const rows: Record<string, string | number>[] = [];
  let minRatio = Infinity;
  for (const shape of SMALL) {
    const problem = randomSchedulingProblem(shape);
    const heuristic = timeHeuristic(problem);
    const exact = await timed(() => solveExactly(problem, { timeLimitSeconds: 120 }));
    checkValid(shape.name, problem, heuristic.value, failures);
    checkValid(shape.name, problem, exact.value, failures);
    const h = heuristic.value;
    const e = exact.value;
    const ratio = e.objective > 0 ? h.objective / e.objective : 1;
    minRatio = Math.min(minRatio, ratio);
    if (!e.optimal) failures.push(`${shape.name}: HiGHS did not prove optimality (${e.status})`);
    if (h.firmsMet < e.firmsMet) failures.push(`${shape.name}: the heuristic meets ${h.firmsMet} firms, the optimum ${e.firmsMet}`);
    if (ratio < MIN_RATIO) failures.push(`${shape.name}: ratio ${pct(ratio)} < ${pct(MIN_RATIO)}`);
    rows.push({
      instance: shape.name,
      'firms×banks×slots': `${shape.firms}×${shape.banks}×${shape.slots}`,
      tables: shape.tables,
      'pins/forbidden': `${problem.pinned.length}/${problem.forbidden.length}`,
      binaries: e.binaries,
      'firms met h/opt': `${h.firmsMet}/${e.firmsMet}`,
      'heuristic objective': num(h.objective),
      'HiGHS optimum': num(e.objective),
      'ratio %': pct(ratio),
      'heuristic bound': num(h.upperBound),
      'heuristic ms': fmt(heuristic.ms),
      'HiGHS ms': fmt(exact.ms),
      'of which solve': fmt(e.runTime * 1000),
    });
  }
  printTable('(1) small events: heuristic vs the HiGHS optimum (objective = quality at the most firms met)', rows);
  console.log(`minimum ratio: ${pct(minRatio)} (required ≥ ${pct(MIN_RATIO)} on every instance)`);

  const problem = randomSchedulingProblem(LARGE);
  scheduleMeetings(problem); // warm-up: JIT, so the figure is the scheduler's, not the compiler's
  const runs = [0, 1, 2].map(() => timeHeuristic(problem));
  const heuristicMs = Math.max(...runs.map((r) => r.ms));
  const h = runs[0].value;
  checkValid('large', problem, h, failures);
  if (heuristicMs >= LARGE_LIMIT_MS) failures.push(`large: heuristic took ${fmt(heuristicMs)} ≥ ${LARGE_LIMIT_MS} ms`);
  const limit = quick ? 10 : 60;
  console.log(`\nlarge event: ${problem.pairs.length} candidate pairs; HiGHS with a ${limit} s limit …`);
  // Its bound is on quality + bonus × firms met; the heuristic's coverage (all firms here) turns it into one on quality.
  const exact = await timed(() => solveExactly(problem, { timeLimitSeconds: limit, atLeastFirmsMet: h.firmsMet }));
  const e = exact.value;
  if (e.meetings.length) checkValid('large', problem, e, failures);
  if (e.optimal && h.objective < MIN_RATIO * e.objective) failures.push(`large: ratio ${pct(h.objective / e.objective)} to the optimum`);
  printTable(`(2) ${LARGE.firms} firms × ${LARGE.banks} banks × ${LARGE.slots} slots, ${LARGE.tables} tables, representatives 1–3`, [
    { solver: 'heuristic (slowest of 3 runs)', time: fmt(heuristicMs), meetings: h.meetings.length, 'firms met': h.firmsMet, objective: num(h.objective), 'upper bound': num(h.upperBound), gap: pct(h.gap), status: '-' },
    {
      solver: `HiGHS, ${limit} s limit (${e.binaries} binaries)`,
      time: `${fmt(exact.ms)} (solve ${fmt(e.runTime * 1000)})`,
      meetings: e.meetings.length,
      'firms met': e.firmsMet,
      objective: e.meetings.length ? num(e.objective) : 'none found',
      'upper bound': `${num(e.bestBound)} (MIP ${num(e.mipBound)})`,
      gap: pct(e.gap),
      status: e.status,
    },
  ]);
  console.log(`heuristic objective / HiGHS best bound: ${pct(h.objective / e.bestBound)}; / HiGHS incumbent: ${e.meetings.length ? pct(h.objective / e.objective) : '-'}`);

  if (failures.length) throw new Error(`events bench failed:\n  ${failures.join('\n  ')}`);
  console.log('\nall checks passed');
}
