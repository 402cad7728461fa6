import { testConfig, testRunId } from '@zhirong/core/testing';
import { waitForTask } from './meilisearch-calls';
import { SearchService } from './search.service';

/** The most abort listeners any one AbortSignal held at a time while `fn` ran. */
async function peakAbortListeners(fn: () => Promise<unknown>): Promise<number> {
  const live = new Map<EventTarget, number>();
  let peak = 0;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (type === 'abort' && this instanceof AbortSignal) {
      live.set(this, (live.get(this) ?? 0) + 1);
      peak = Math.max(peak, live.get(this)!);
    }
    return (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof add;
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (type === 'abort' && live.has(this)) live.set(this, live.get(this)! - 1);
    return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof remove;
  try {
    await fn();
  } finally {
    EventTarget.prototype.addEventListener = add;
    EventTarget.prototype.removeEventListener = remove;
  }
  return peak;
}

describe('waiting for Meilisearch tasks', () => {
  const search = new SearchService(testConfig(testRunId()));
  const index = () => search.client.index(search.indexName('waits'));
  const docs = Array.from({ length: 1000 }, (_, i) => ({ id: String(i), title: `一种锂电池正极材料的制备方法 第${i}号`, body: '储能 '.repeat(20) }));

  afterAll(async () => {
    const { results } = await search.client.getIndexes({ limit: 100 });
    for (const i of results) if (i.uid.startsWith(search.indexName(''))) await waitForTask(search.client, (await search.client.deleteIndex(i.uid)).taskUid, { timeoutMs: 60_000 });
  });

  it('leaves no listener behind however many times it polls (the client’s own waitForTask does)', async () => {
    let polls = 0;
    const getTask = search.client.tasks.getTask.bind(search.client.tasks);
    search.client.tasks.getTask = ((...args: Parameters<typeof getTask>) => {
      polls++;
      return getTask(...args);
    }) as typeof getTask;
    try {
      const ours = await peakAbortListeners(async () => {
        const { taskUid } = await index().addDocuments(docs, { primaryKey: 'id' });
        expect((await waitForTask(search.client, taskUid, { timeoutMs: 60_000, intervalMs: 1, maxIntervalMs: 1 })).status).toBe('succeeded');
      });
      expect(polls).toBeGreaterThan(10);
      expect(ours).toBeLessThanOrEqual(2);

      // Why the helper exists: meilisearch 0.62 hands one signal to every poll of a wait, and each poll
      // leaves listeners on it. (Cut short at 300 ms, before Node's warning, which the bench printed.)
      polls = 0;
      let taskUid = 0;
      const theirs = await peakAbortListeners(async () => {
        taskUid = (await index().updateDocuments(docs.map((d) => ({ ...d, title: `${d.title} 更新` })))).taskUid;
        await search.client.tasks.waitForTask(taskUid, { timeout: 300, interval: 1 }).catch(() => undefined);
      });
      expect(polls).toBeGreaterThan(10);
      expect(theirs).toBeGreaterThanOrEqual(polls);
      await waitForTask(search.client, taskUid, { timeoutMs: 60_000 });
    } finally {
      search.client.tasks.getTask = getTask;
    }
  }, 120_000);

  it('gives up at its deadline, with the task uid in the error', async () => {
    const { taskUid } = await index().addDocuments(docs.map((d) => ({ ...d, id: `b${d.id}` })), { primaryKey: 'id' });
    await expect(waitForTask(search.client, taskUid, { timeoutMs: 1 })).rejects.toThrow(String(taskUid));
    await waitForTask(search.client, taskUid, { timeoutMs: 60_000 });
  });
});
