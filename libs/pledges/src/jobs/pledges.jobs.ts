import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, OnJob } from '@zhirong/jobs';
import { PledgeRegistrationService } from '../pledge-registration.service';

/** The due-time jobs of a registration, held in the job outbox until their time (runAt). */
@Injectable()
export class PledgesJobs {
  constructor(private readonly registrations: PledgeRegistrationService) {}

  @OnJob({ name: JobName.DEADLINES_PLEDGE_REGISTRATION_WARNING })
  warn(data: JobPayloads[JobName.DEADLINES_PLEDGE_REGISTRATION_WARNING]): Promise<{ warned: boolean }> {
    return this.registrations.warn(data.registrationId, data.dueAt);
  }

  @OnJob({ name: JobName.DEADLINES_PLEDGE_REGISTRATION_BREACH })
  breach(data: JobPayloads[JobName.DEADLINES_PLEDGE_REGISTRATION_BREACH]): Promise<{ breached: boolean }> {
    return this.registrations.recordBreach(data.registrationId, data.dueAt);
  }
}
