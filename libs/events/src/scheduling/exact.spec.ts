import { randomSchedulingProblem, type RandomProblemShape } from './random-problem';
import { scheduleMeetings, scheduleViolations, solveExactly } from './index';

// Small events HiGHS solves to optimality in well under a second each; the heuristic must meet as
// many firms and reach 98% of the optimal quality.
const instances: RandomProblemShape[] = [
  { firms: 10, banks: 4, slots: 3, tables: 5, reps: [1, 2], candidates: [1, 3], scores: [0, 100], seed: 1 },
  { firms: 14, banks: 5, slots: 4, tables: 14, reps: [1, 2], candidates: [2, 4], scores: [40, 100], pins: 8, forbidden: 3, seed: 2 },
  { firms: 12, banks: 7, slots: 5, tables: 12, reps: [1, 2], candidates: [1, 5], scores: [0, 100], pins: 10, forbidden: 2, seed: 5858 },
  { firms: 16, banks: 3, slots: 4, tables: 6, reps: [1, 3], candidates: [1, 3], scores: [0, 100], pins: 6, seed: 4 },
  { firms: 9, banks: 6, slots: 3, tables: 9, reps: [1, 1], candidates: [3, 6], scores: [40, 100], pins: 5, forbidden: 4, seed: 5 },
];

describe('scheduleMeetings against HiGHS', () => {
  it.each(instances.map((shape) => [`${shape.firms}×${shape.banks}×${shape.slots}, ${shape.pins ?? 0} pins`, shape] as const))('%s', async (_, shape) => {
    const problem = randomSchedulingProblem(shape);
    const exact = await solveExactly(problem, { timeLimitSeconds: 60 });
    expect(exact.optimal).toBe(true);
    expect(scheduleViolations(problem, exact.meetings)).toEqual([]);
    const heuristic = scheduleMeetings(problem);
    expect(heuristic.firmsMet).toBe(exact.firmsMet);
    expect(heuristic.quality).toBeGreaterThanOrEqual(0.98 * exact.quality);
    // Both bounds are upper bounds of the optimum.
    expect(heuristic.upperBound).toBeGreaterThanOrEqual(exact.quality - 1e-6);
    expect(exact.upperBound).toBeCloseTo(exact.quality, 6);
  });

  it('keeps pins and returns only pins when nothing else can meet', async () => {
    const problem = { firmCount: 2, bankCount: 1, representatives: [1], slotCount: 1, tableCount: 1, pairs: [{ firm: 0, bank: 0, score: 50 }, { firm: 1, bank: 0, score: 90 }], pinned: [{ firm: 0, bank: 0, slot: 0, table: 0 }], forbidden: [] };
    const exact = await solveExactly(problem, { timeLimitSeconds: 10 });
    expect(exact.meetings).toEqual([{ firm: 0, bank: 0, slot: 0, table: 0, pinned: true }]);
    expect(exact.quality).toBe(50);
    expect(scheduleMeetings(problem).meetings).toEqual(exact.meetings);
  });
});
