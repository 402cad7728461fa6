export * from './job.types';
export * from './on-job.decorator';
export * from './job-queue.service';
export * from './job-worker.service';
export * from './jobs.module';
export * from './system.jobs';
export * from './redis';
