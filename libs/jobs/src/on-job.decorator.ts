import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayloads } from './job.types';

export const ON_JOB_KEY = 'zhirong:on-job';

export interface OnJobOptions<N extends JobName> {
  name: N;
}

type Handler<N extends JobName> = (data: JobPayloads[N], job: { id?: string; attemptsMade: number }) => Promise<unknown>;

/**
 * Marks a provider method as the handler of one job. The method's first
 * parameter must accept that job's payload type.
 */
export function OnJob<N extends JobName>(options: OnJobOptions<N>) {
  return <T extends Handler<N>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>) => {
    SetMetadata(ON_JOB_KEY, options)(target, key, descriptor);
    return descriptor;
  };
}
