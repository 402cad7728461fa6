import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@zhirong/core';
import { JobQueue, scheduleRecurringJobs } from '@zhirong/jobs';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await scheduleRecurringJobs(app.get(JobQueue));
  app.get(Logger).log('worker started');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
