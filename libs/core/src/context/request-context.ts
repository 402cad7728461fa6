import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../auth/actor';

export interface RequestContextData {
  requestId: string;
  actor?: Actor;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/**
 * Who is asking and under which request id, available to services and the audit
 * log without threading them through every call.
 */
export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  setActor(actor: Actor): void {
    const store = storage.getStore();
    if (store) store.actor = actor;
  },
};
