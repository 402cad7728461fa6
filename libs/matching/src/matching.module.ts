import { Module } from '@nestjs/common';
import { RecomputeMatchesJob } from './jobs/recompute-matches.job';
import { MatchFactsRepository } from './match-facts.repository';
import { MatchResolver } from './match.resolver';
import { MatchService } from './match.service';

/** The API side: queries and the service (facts are read with SQL, so no other domain module is needed). */
@Module({
  providers: [MatchFactsRepository, MatchService, MatchResolver],
  exports: [MatchService],
})
export class MatchingModule {}

/** The worker side: the recompute handlers, for apps/worker. */
@Module({
  providers: [MatchFactsRepository, MatchService, RecomputeMatchesJob],
})
export class MatchingJobsModule {}
