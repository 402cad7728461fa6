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
  EVENTS = 'events',
  STATS = 'stats',
}

/** Every job the platform runs. Adding one here makes the worker demand a handler. */
export enum JobName {
  /** Proves the worker is alive; /health reports when it last ran. */
  SYSTEM_HEARTBEAT = 'system.heartbeat',
  /** One chunk of a pushed whitelist batch for one bank (named by its first delivery): inbox and access rows, then a webhook per firm. */
  WHITELIST_DELIVER = 'whitelist.deliver',
  /** Sends pending search_outbox rows to Meilisearch (repeats every second; also enqueued on demand). */
  SEARCH_RELAY_OUTBOX = 'search.relay-outbox',
  /** Hourly: deletes relayed search_outbox rows older than SEARCH_OUTBOX_RETENTION_HOURS. */
  SEARCH_PRUNE_OUTBOX = 'search.prune-outbox',
  /** Daily: assets whose valuation lapsed get their search documents rebuilt (the latest valid value changed). */
  SEARCH_VALUATIONS_EXPIRED = 'search.valuations-expired',
  /** A need changed (or was created/closed): recompute its matches. jobId `need-<id>`. */
  MATCHING_NEED_CHANGED = 'matching.need-changed',
  /** A loan product changed: recompute its matches with every open need. jobId `product-<id>`. */
  MATCHING_PRODUCT_CHANGED = 'matching.product-changed',
  /**
   * Firms, their IP assets, valuations or whitelist pushes changed: recompute their open needs.
   * jobId `enterprise-<id>` for one firm, `enterprises-<hash of the sorted ids>` for a group, so the
   * same group reported again (one whitelist chunk per bank) collapses into one job.
   */
  MATCHING_ENTERPRISES_CHANGED = 'matching.enterprises-changed',
  /** One notification's e-mail to one address (a notification_delivery row). jobId `email-<deliveryId>`: sent once. */
  NOTIFICATIONS_EMAIL = 'notifications.email',
  /** Runs one meeting schedule (meeting_schedule row) of a matchmaking event, with progress. */
  EVENTS_SCHEDULE_MEETINGS = 'events.schedule-meetings',
  /** A meeting's reminder (24 h or 1 h before), held in the job outbox until due; stale ones (moved, cancelled) do nothing. */
  NOTIFICATIONS_MEETING_REMINDER = 'notifications.meeting-reminder',
  /** An event's registration deadline came: close registration if the deadline is still the one armed. */
  DEADLINES_EVENT_REGISTRATION = 'deadlines.event-registration',
  /** A pledge registration's warning time before its due time: tells the bank if it still waits for the registry. */
  DEADLINES_PLEDGE_REGISTRATION_WARNING = 'deadlines.pledge-registration-warning',
  /** A pledge registration's due time passed: records the breach (and tells the bank and the office) if it is not registered. */
  DEADLINES_PLEDGE_REGISTRATION_BREACH = 'deadlines.pledge-registration-breach',
  /** Daily after midnight (Asia/Shanghai): marks overdue instalments and moves loans to OVERDUE / DEFAULTED / back to ACTIVE. */
  MONITORING_LOANS_OVERDUE = 'monitoring.loans-overdue',
  /** A loan alert's signed webhook to the pledgee bank (a loan_alert_delivery row); retried with backoff. jobId `loan-alert-<deliveryId>`. */
  MONITORING_LOAN_ALERT_WEBHOOK = 'monitoring.loan-alert-webhook',
  /** Refreshes the statistics view (loan_month_fact): debounced after loan changes (dedupe key `stats-refresh`), and nightly. */
  STATS_REFRESH = 'stats.refresh',
}

/** The payload type of each job: `enqueue` and `@OnJob` handlers are checked against it. */
export interface JobPayloads {
  [JobName.SYSTEM_HEARTBEAT]: { scheduledAt?: string };
  [JobName.WHITELIST_DELIVER]: { deliveryId: string };
  [JobName.SEARCH_RELAY_OUTBOX]: { reason?: string };
  [JobName.SEARCH_PRUNE_OUTBOX]: Record<string, never>;
  /** How many past days of lapsed valuations to refresh (a missed run is caught up). */
  [JobName.SEARCH_VALUATIONS_EXPIRED]: { days?: number };
  [JobName.MATCHING_NEED_CHANGED]: { needId: string };
  [JobName.MATCHING_PRODUCT_CHANGED]: { productId: string };
  [JobName.MATCHING_ENTERPRISES_CHANGED]: { enterpriseIds: string[] };
  [JobName.NOTIFICATIONS_EMAIL]: { deliveryId: string };
  [JobName.EVENTS_SCHEDULE_MEETINGS]: { scheduleId: string };
  /** `startsAt` and `sequence` are the meeting's when the reminder was armed: a changed meeting makes it stale. */
  [JobName.NOTIFICATIONS_MEETING_REMINDER]: { meetingId: string; lead: '24h' | '1h'; startsAt: string; sequence: number };
  [JobName.DEADLINES_EVENT_REGISTRATION]: { eventId: string; deadline: string };
  /** `dueAt` is the registration's when the job was armed. */
  [JobName.DEADLINES_PLEDGE_REGISTRATION_WARNING]: { registrationId: string; dueAt: string };
  [JobName.DEADLINES_PLEDGE_REGISTRATION_BREACH]: { registrationId: string; dueAt: string };
  /** `today` (YYYY-MM-DD) overrides the Asia/Shanghai date, for catching up a missed day. */
  [JobName.MONITORING_LOANS_OVERDUE]: { today?: string };
  [JobName.MONITORING_LOAN_ALERT_WEBHOOK]: { deliveryId: string };
  /** What asked for it (the last change of a debounced burst, or "nightly"); the refresh reads current state. */
  [JobName.STATS_REFRESH]: { reason?: string };
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
