import { serviceUnavailable } from '@zhirong/core';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError, Task } from 'meilisearch';

export interface WaitForTaskOptions {
  timeoutMs: number;
  /** First pause between polls; each later one is 1.5 times longer, up to maxIntervalMs. */
  intervalMs?: number;
  maxIntervalMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls a task until it is no longer enqueued or processing. Use this, not the client's
 * `tasks.waitForTask` / `.waitTask()`: those (meilisearch 0.62) give every poll of one wait the
 * same AbortSignal, and each poll leaves abort listeners on it (the client's timeout wiring never
 * removes its own, and fetch adds one), so a long wait — the relay polls every 25 ms for up to
 * ten minutes — piles up thousands of listeners (MaxListenersExceededWarning), and with a signal
 * the client's per-request timeout is not applied at all. Here each poll is a plain request,
 * bounded by the client's `timeout`, with nothing shared between polls.
 */
export async function waitForTask(client: Meilisearch, taskUid: number, options: WaitForTaskOptions): Promise<Task> {
  const deadline = Date.now() + options.timeoutMs;
  let interval = options.intervalMs ?? 25;
  for (;;) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status !== 'enqueued' && task.status !== 'processing') return task;
    if (Date.now() + interval > deadline) throw new MeilisearchTaskTimeOutError(taskUid, options.timeoutMs);
    await sleep(interval);
    interval = Math.min(Math.ceil(interval * 1.5), options.maxIntervalMs ?? 500);
  }
}

/** Waits for a task and throws unless it succeeded; `what` names the work in the error. */
export async function expectTaskSucceeded(client: Meilisearch, taskUid: number, what: string, timeoutMs: number): Promise<Task> {
  const task = await waitForTask(client, taskUid, { timeoutMs });
  if (task.status !== 'succeeded') throw new Error(`${what}: ${task.error?.message ?? task.status}`);
  return task;
}

/**
 * True when Meilisearch did not answer (refused, reset, timed out) or answered that it cannot
 * serve now (5xx): the request may succeed later unchanged. False for a rejection (4xx, a failed
 * task), which repeating will not fix.
 */
export function isMeilisearchUnavailable(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError || error instanceof MeilisearchTaskTimeOutError) return true;
  return error instanceof MeilisearchApiError && error.response.status >= 500;
}

/** The API's answer when a read needs Meilisearch and it is away: no address, no driver text. */
export function searchUnavailable() {
  return serviceUnavailable('Search is unavailable right now; please try again shortly');
}
