import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, OnJob } from '@zhirong/jobs';
import { MatchService } from '../match.service';

/**
 * Keeps stored matches fresh. Producers enqueue with `jobId` `need-<id>`,
 * `product-<id>`, `enterprise-<id>` or `enterprises-<hash>` (JobQueue.matchingChanged, enterprisesChanged) and a ~1 s delay, so a burst of changes
 * collapses into one job; each job recomputes from the current rows, so running
 * it twice is harmless (idempotent).
 */
@Injectable()
export class RecomputeMatchesJob {
  constructor(private readonly matches: MatchService) {}

  @OnJob({ name: JobName.MATCHING_NEED_CHANGED })
  async needChanged(data: JobPayloads[JobName.MATCHING_NEED_CHANGED]): Promise<void> {
    await this.matches.recomputeNeed(data.needId);
  }

  @OnJob({ name: JobName.MATCHING_PRODUCT_CHANGED })
  async productChanged(data: JobPayloads[JobName.MATCHING_PRODUCT_CHANGED]): Promise<void> {
    await this.matches.recomputeProduct(data.productId);
  }

  @OnJob({ name: JobName.MATCHING_ENTERPRISES_CHANGED })
  async enterprisesChanged(data: JobPayloads[JobName.MATCHING_ENTERPRISES_CHANGED]): Promise<void> {
    await this.matches.recomputeEnterprises(data.enterpriseIds);
  }
}
