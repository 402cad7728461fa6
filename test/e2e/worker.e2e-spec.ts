import { Test } from '@nestjs/testing';
import { testConfig, testRunId } from '@zhirong/core/testing';
import { JobName, JobWorker } from '@zhirong/jobs';
import { createTestDatabase, TestDatabase } from '@zhirong/platform/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** The worker app as it starts in production: every job has exactly one handler. */
describe('worker app', () => {
  let db: TestDatabase;

  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(() => db.drop());

  it('starts with a handler for every job name', async () => {
    const runId = testRunId();
    const module = await Test.createTestingModule({ imports: [WorkerModule.forRoot(testConfig(runId, db.url))] }).compile();
    const app = module.createNestApplication({ logger: false });
    await app.init();
    try {
      const handlers = app.get(JobWorker).collectHandlers();
      expect([...handlers.keys()].sort()).toEqual(Object.values(JobName).sort());
    } finally {
      await app.close();
    }
  });
});
