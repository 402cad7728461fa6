// The scheduler: pairs by a lexicographic min-cost flow, slots by bipartite edge colouring, then a
// local search that repairs what pins broke. Without pins the first two steps are optimal.
import { assignSlots } from './edge-colouring';
import { improve, SlotSchedule } from './local-search';
import { coverageBonus, qualityUpperBound, selectPairs } from './pair-selection';
import { gapOf, measure, prepare, toMeetings, type SchedulingProblem, type SchedulingResult } from './problem';

/** How long the local search may run at most; the flow and the colouring come before it. */
const LOCAL_SEARCH_MS = 1000;

/**
 * Schedules 1:1 meetings: most firms met first, then most quality (see SchedulingResult).
 * Throws SchedulingInputError for a problem it refuses (e.g. conflicting pins).
 */
export function scheduleMeetings(problem: SchedulingProblem, options: { onProgress?: (fraction: number) => void } = {}): SchedulingResult {
  const progress = options.onProgress ?? (() => undefined);
  const prep = prepare(problem);
  const bonus = coverageBonus(prep);
  progress(0);
  const selection = selectPairs(prep, bonus);
  progress(0.4);
  const pairSlot = assignSlots(prep, selection.chosen);
  progress(0.7);
  improve(new SlotSchedule(prep, pairSlot), bonus, Date.now() + LOCAL_SEARCH_MS);
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
