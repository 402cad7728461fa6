export { solveExactly, type ExactResult } from './exact';
export { scheduleMeetings } from './heuristic';
export { SchedulingInputError, type ScheduledMeeting, type SchedulingProblem, type SchedulingResult } from './problem';
export { scheduleViolations } from './violations';
export { randomSchedulingProblem, seededRandom, type RandomProblemShape } from './random-problem';
