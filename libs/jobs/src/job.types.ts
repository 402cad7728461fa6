/**
 * Every queue. A job's queue is the part of its name before the dot, so a job
 * name cannot drift away from its queue.
 */
export enum QueueName {
  SYSTEM = 'system',
  WHITELIST = 'whitelist',
  NOTIFICATIONS = 'notifications',
  SEARCH = 'search',
  DEADLINES = 'deadlines',
  AUCTIONS = 'auctions',
  MONITORING = 'monitoring',
  MATCHING = 'matching',
}

/** Every job the platform runs. Adding one here makes the worker demand a handler. */
export enum JobName {
  /** Proves the worker is alive; /health reports when it last ran. */
  SYSTEM_HEARTBEAT = 'system.heartbeat',
}

/** The payload type of each job: `enqueue` and `@OnJob` handlers are checked against it. */
export interface JobPayloads {
  [JobName.SYSTEM_HEARTBEAT]: { scheduledAt?: string };
}

// Compile-time guard: every job has a payload type and every name starts with a queue.
type AssertAllHavePayloads = { [K in JobName]: JobPayloads[K] };
type AssertQueuePrefix = { [K in JobName]: K extends `${QueueName}.${string}` ? true : never };
export type JobTypeChecks = [AssertAllHavePayloads, AssertQueuePrefix];

export function queueOf(name: JobName): QueueName {
  return name.slice(0, name.indexOf('.')) as QueueName;
}

export interface JobItem<N extends JobName = JobName> {
  name: N;
  data: JobPayloads[N];
}

export const HEARTBEAT_KEY = 'worker:heartbeat';
