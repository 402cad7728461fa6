import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { JobQueue } from './job-queue.service';
import { HEARTBEAT_KEY, JobName, JobPayloads } from './job.types';
import { OnJob } from './on-job.decorator';

@Injectable()
export class SystemJobs {
  constructor(
    private readonly jobs: JobQueue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @OnJob({ name: JobName.SYSTEM_HEARTBEAT })
  async heartbeat(_data: JobPayloads[JobName.SYSTEM_HEARTBEAT]): Promise<void> {
    await this.jobs.redis.set(`${this.config.redis.prefix}:${HEARTBEAT_KEY}`, new Date().toISOString(), 'EX', 3600);
  }
}

/** When the worker last ran a heartbeat, or null if it never has (or not within the hour). */
export async function lastHeartbeat(jobs: JobQueue, prefix: string): Promise<Date | null> {
  const value = await jobs.redis.get(`${prefix}:${HEARTBEAT_KEY}`);
  return value ? new Date(value) : null;
}
