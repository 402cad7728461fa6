import fc from 'fast-check';
import { selectPairs, coverageBonus } from './pair-selection';
import { prepare, type SchedulingProblem } from './problem';
import { randomSchedulingProblem } from './random-problem';
import { scheduleMeetings, scheduleViolations, SchedulingInputError } from './index';

const shapes = fc.record({
  firms: fc.integer({ min: 1, max: 14 }),
  banks: fc.integer({ min: 1, max: 6 }),
  slots: fc.integer({ min: 1, max: 5 }),
  tables: fc.integer({ min: 0, max: 10 }),
  reps: fc.constantFrom<[number, number]>([1, 1], [1, 2], [1, 3]),
  candidates: fc.constantFrom<[number, number]>([0, 2], [1, 3], [2, 6]),
  scores: fc.constant<[number, number]>([0, 100]),
  pins: fc.integer({ min: 0, max: 10 }),
  forbidden: fc.integer({ min: 0, max: 6 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

describe('scheduleMeetings', () => {
  it('always returns a valid schedule: pins where they were, no forbidden pair, quality within the bound', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const problem = randomSchedulingProblem(shape);
        const result = scheduleMeetings(problem);
        expect(scheduleViolations(problem, result.meetings)).toEqual([]);
        for (const pin of problem.pinned) expect(result.meetings).toContainEqual({ ...pin, pinned: true });
        const forbidden = new Set(problem.forbidden.map((x) => `${x.firm}:${x.bank}`));
        expect(result.meetings.filter((m) => forbidden.has(`${m.firm}:${m.bank}`))).toEqual([]);
        const score = new Map(problem.pairs.map((p) => [`${p.firm}:${p.bank}`, p.score]));
        const quality = result.meetings.reduce((s, m) => s + (score.get(`${m.firm}:${m.bank}`) ?? NaN), 0);
        expect(result.quality).toBeCloseTo(quality, 6);
        expect(result.objective).toBe(result.quality);
        expect(result.firmsMet).toBe(new Set(result.meetings.map((m) => m.firm)).size);
        expect(result.objective).toBeLessThanOrEqual(result.upperBound + 1e-6);
        expect(result.gap).toBeGreaterThanOrEqual(0);
        expect(result.gap).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('meets every firm that any schedule can meet, and without pins is optimal (the flow bound is reached)', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const problem = randomSchedulingProblem({ ...shape, pins: 0 });
        const prep = prepare(problem);
        // Without pins the flow's coverage is the most firms any schedule can meet.
        const flow = selectPairs(prep, coverageBonus(prep));
        const result = scheduleMeetings(problem);
        expect(result.firmsMet).toBe(flow.firmsMet);
        expect(result.quality).toBeCloseTo(flow.quality, 6);
        expect(result.gap).toBe(0);
        if (flow.firmsMet === problem.firmCount) expect(new Set(result.meetings.map((m) => m.firm)).size).toBe(problem.firmCount);
      }),
      { numRuns: 200 },
    );
  });

  it('meets every firm when tables and banks leave room, even around pins', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        // Each firm a candidate of every bank, tables for everyone in every slot: everybody fits.
        const problem = randomSchedulingProblem({ ...shape, slots: Math.max(2, shape.slots), tables: shape.firms, candidates: [shape.banks, shape.banks], reps: [shape.firms, shape.firms], forbidden: 0 });
        expect(scheduleMeetings(problem).firmsMet).toBe(problem.firmCount);
      }),
      { numRuns: 100 },
    );
  });

  it('reports its progress from 0 to 1', () => {
    const seen: number[] = [];
    scheduleMeetings(randomSchedulingProblem({ firms: 10, banks: 4, slots: 3, tables: 5, reps: [1, 2], candidates: [1, 3], scores: [40, 100], seed: 3 }), { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('input errors', () => {
  const base: SchedulingProblem = {
    firmCount: 3,
    bankCount: 2,
    representatives: [1, 2],
    slotCount: 2,
    tableCount: 2,
    pairs: [
      { firm: 0, bank: 0, score: 80 },
      { firm: 0, bank: 1, score: 70 },
      { firm: 1, bank: 0, score: 60 },
      { firm: 1, bank: 1, score: 50 },
      { firm: 2, bank: 1, score: 90 },
    ],
    pinned: [],
    forbidden: [],
  };
  const refuse = (change: Partial<SchedulingProblem>, field: string) => {
    let error: unknown;
    try {
      scheduleMeetings({ ...base, ...change });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchedulingInputError);
    expect((error as SchedulingInputError).field).toBe(field);
  };

  it('refuses two pinned meetings of one firm in one slot', () => {
    refuse({ pinned: [{ firm: 0, bank: 0, slot: 1, table: 0 }, { firm: 0, bank: 1, slot: 1, table: 1 }] }, 'pinned[1].slot');
  });
  it('refuses a table pinned twice in one slot', () => {
    refuse({ pinned: [{ firm: 0, bank: 0, slot: 0, table: 1 }, { firm: 1, bank: 1, slot: 0, table: 1 }] }, 'pinned[1].table');
  });
  it('refuses a bank pinned to more meetings than it has representatives', () => {
    refuse({ pinned: [{ firm: 0, bank: 0, slot: 0, table: 0 }, { firm: 1, bank: 0, slot: 0, table: 1 }] }, 'pinned[1].slot');
  });
  it('refuses pins out of range', () => {
    refuse({ pinned: [{ firm: 0, bank: 0, slot: 2, table: 0 }] }, 'pinned[0].slot');
    refuse({ pinned: [{ firm: 0, bank: 0, slot: 0, table: -1 }] }, 'pinned[0].table');
    refuse({ pinned: [{ firm: 3, bank: 0, slot: 0, table: 0 }] }, 'pinned[0].firm');
  });
  it('refuses a pinned pair that is forbidden, not a candidate, or pinned twice', () => {
    refuse({ pinned: [{ firm: 0, bank: 0, slot: 0, table: 0 }], forbidden: [{ firm: 0, bank: 0 }] }, 'pinned[0]');
    refuse({ pinned: [{ firm: 2, bank: 0, slot: 0, table: 0 }] }, 'pinned[0]');
    refuse({ pinned: [{ firm: 0, bank: 0, slot: 0, table: 0 }, { firm: 0, bank: 0, slot: 1, table: 0 }] }, 'pinned[1]');
  });
  it('refuses a malformed problem', () => {
    refuse({ representatives: [1] }, 'representatives');
    refuse({ representatives: [1, 0] }, 'representatives[1]');
    refuse({ pairs: [{ firm: 0, bank: 0, score: 101 }] }, 'pairs[0].score');
    refuse({ pairs: [...base.pairs, { firm: 0, bank: 0, score: 1 }] }, 'pairs[5]');
  });
});

describe('scheduleViolations', () => {
  const problem = randomSchedulingProblem({ firms: 6, banks: 3, slots: 3, tables: 3, reps: [1, 1], candidates: [2, 3], scores: [40, 100], pins: 2, seed: 11 });
  const valid = scheduleMeetings(problem).meetings;

  it('accepts the scheduler’s result and names each broken rule', () => {
    expect(scheduleViolations(problem, valid)).toEqual([]);
    const free = valid.find((m) => !m.pinned)!;
    expect(scheduleViolations(problem, [...valid, { ...free }]).join()).toMatch(/more than once/);
    expect(scheduleViolations(problem, [...valid, { ...free, slot: free.slot, table: (free.table + 1) % 3, bank: (free.bank + 1) % 3 }]).join()).toMatch(/two meetings in slot|not a candidate/);
    expect(scheduleViolations(problem, valid.filter((m) => !m.pinned)).join()).toMatch(/pinned\[0\]/);
    expect(scheduleViolations(problem, [{ ...free, table: 3 }])).toContainEqual(expect.stringMatching(/out of range/));
  });
});
