import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { AppConfig, APP_CONFIG } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { JobQueue } from './job-queue.service';
import { JobName, QueueName } from './job.types';
import { JobWorker, JobWorkerOptions } from './job-worker.service';
import { JobOutbox } from './outbox/job-outbox.service';
import { JobOutboxRelay } from './outbox/job-outbox.relay';
import { SystemJobs } from './system.jobs';

export const HEARTBEAT_EVERY_MS = 30_000;

/** Producers everywhere: inject JobOutbox to ask for jobs inside a transaction (JobQueue is BullMQ itself, for the relay and schedules). */
@Global()
@Module({ providers: [JobQueue, JobOutbox], exports: [JobQueue, JobOutbox] })
export class JobsModule {}

/** The worker side: runs every @OnJob handler of the loaded modules, and the job outbox relay. */
@Module({})
export class JobWorkerModule {
  static forRoot(options: Partial<JobWorkerOptions> = {}): DynamicModule {
    const resolved: JobWorkerOptions = { requireAllHandlers: true, concurrency: 4, outbox: true, ...options };
    return {
      module: JobWorkerModule,
      imports: [DiscoveryModule],
      providers: [
        SystemJobs,
        ...(resolved.outbox ? [JobOutboxRelay] : []),
        {
          provide: JobWorker,
          inject: [DiscoveryService, MetadataScanner, Reflector, APP_CONFIG, ...(resolved.outbox ? [DataSource] : [])],
          useFactory: (d: DiscoveryService, m: MetadataScanner, r: Reflector, c: AppConfig, ds?: DataSource) => new JobWorker(d, m, r, c, resolved, ds ?? null),
        },
      ],
      exports: [JobWorker, ...(resolved.outbox ? [JobOutboxRelay] : [])],
    };
  }
}

/** Registers the repeatable jobs; idempotent, so every worker start may call it. */
export async function scheduleRecurringJobs(jobs: JobQueue): Promise<void> {
  await jobs.queue(QueueName.SYSTEM).upsertJobScheduler('heartbeat', { every: HEARTBEAT_EVERY_MS }, { name: JobName.SYSTEM_HEARTBEAT, data: {} });
}
