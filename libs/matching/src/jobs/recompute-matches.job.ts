import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, OnJob } from '@zhirong/jobs';
import { MatchService } from '../match.service';

/**
 * Keeps stored matches fresh. Producers write job outbox rows keyed `need-<id>`,
 * `product-<id>`, `enterprise-<id>` or `enterprises-<hash>` (JobOutbox.matchingChanged,
 * enterprisesChanged) with a ~1 s delay, so a burst of changes is one job and a change
 * during a running job is the next one; each job recomputes from the current rows
 * (idempotent), and concurrent ones queue on the match table's advisory locks.
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
