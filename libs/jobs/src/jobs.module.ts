import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { AppConfig, APP_CONFIG } from '@zhirong/core';
import { JobQueue } from './job-queue.service';
import { JobName, QueueName } from './job.types';
import { JobWorker, JobWorkerOptions } from './job-worker.service';
import { SystemJobs } from './system.jobs';

export const HEARTBEAT_EVERY_MS = 30_000;

/** Producers everywhere: inject JobQueue to enqueue typed jobs. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}

/** The worker side: runs every @OnJob handler of the loaded modules. */
@Module({})
export class JobWorkerModule {
  static forRoot(options: Partial<JobWorkerOptions> = {}): DynamicModule {
    const resolved: JobWorkerOptions = { requireAllHandlers: true, concurrency: 4, ...options };
    return {
      module: JobWorkerModule,
      imports: [DiscoveryModule],
      providers: [
        SystemJobs,
        {
          provide: JobWorker,
          inject: [DiscoveryService, MetadataScanner, Reflector, APP_CONFIG],
          useFactory: (d: DiscoveryService, m: MetadataScanner, r: Reflector, c: AppConfig) => new JobWorker(d, m, r, c, resolved),
        },
      ],
      exports: [JobWorker],
    };
  }
}

/** Registers the repeatable jobs; idempotent, so every worker start may call it. */
export async function scheduleRecurringJobs(jobs: JobQueue): Promise<void> {
  await jobs.queue(QueueName.SYSTEM).upsertJobScheduler('heartbeat', { every: HEARTBEAT_EVERY_MS }, { name: JobName.SYSTEM_HEARTBEAT, data: {} });
}
