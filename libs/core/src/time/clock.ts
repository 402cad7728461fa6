/**
 * The platform's "now". Production reads the system clock; a test may move it forward
 * (never back) to see what happens when a deadline or a reminder comes due, without
 * waiting a day. The offset is process-wide on purpose: the API, the worker and the job
 * outbox relay of one test process see the same time. The relay hands the offset to
 * Postgres so that rows written with a delay come due on the same clock.
 */
let offsetMs = 0;

export const clock = {
  now(): Date {
    return new Date(Date.now() + offsetMs);
  },
  /** Milliseconds the clock runs ahead of the system's (0 outside tests). */
  offsetMs(): number {
    return offsetMs;
  },
  /** Moves the clock forward by `ms`. Refused outside NODE_ENV=test: production time is the system's. */
  advance(ms: number): void {
    if (process.env.NODE_ENV !== 'test') throw new Error('the clock moves only in tests');
    if (!(ms >= 0)) throw new Error('the clock moves forward only');
    offsetMs += ms;
  },
  /** Back to the system clock, between tests. */
  reset(): void {
    offsetMs = 0;
  },
};
