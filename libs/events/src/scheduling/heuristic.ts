// The scheduler: pairs by a lexicographic min-cost flow, slots by bipartite edge colouring, then a
// local search that repairs what pins broke. Without pins the first two steps are optimal.
import { assignSlots } from './edge-colouring';
import { improve, perturb, SlotSchedule } from './local-search';
import { coverageBonus, qualityUpperBound, selectPairs } from './pair-selection';
import { seededRandom } from './random-problem';
import { gapOf, measure, prepare, toMeetings, type SchedulingProblem, type SchedulingResult } from './problem';

/** Time from the start after which the local search stops (the flows take ~0.1 s for 300 × 60 × 16). */
const SEARCH_BUDGET_MS = 900;

/**
 * Schedules 1:1 meetings: most firms met first, then most quality (see SchedulingResult).
 * Throws SchedulingInputError for a problem it refuses (e.g. conflicting pins).
 */
export function scheduleMeetings(problem: SchedulingProblem, options: { onProgress?: (fraction: number) => void } = {}): SchedulingResult {
  const start = Date.now();
  const progress = options.onProgress ?? (() => undefined);
  const prep = prepare(problem);
  const bonus = coverageBonus(prep);
  progress(0);
  const selection = selectPairs(prep, bonus);
  progress(0.4);
  const pairSlot = assignSlots(prep, selection.chosen);
  progress(0.7);
  const deadline = start + SEARCH_BUDGET_MS;
  const schedule = new SlotSchedule(prep, pairSlot, bonus);
  // The flow's lexicographic value bounds the schedule's: once it is reached there is nothing to improve.
  const bound = selection.quality + bonus * selection.firmsMet;
  if (schedule.value < bound - 1e-6) {
    improve(schedule, deadline);
    schedule.commit();
    perturb(schedule, bound, deadline, seededRandom(1));
  }
  progress(0.95);
  const { quality, firmsMet } = measure(prep, pairSlot);
  const upperBound = Math.max(quality, qualityUpperBound(prep, selection, firmsMet));
  const result: SchedulingResult = {
    meetings: toMeetings(prep, pairSlot),
    objective: quality,
    quality,
    firmsMet,
    upperBound,
    gap: gapOf(quality, upperBound),
    solver: 'heuristic',
  };
  progress(1);
  return result;
}
