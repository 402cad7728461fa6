import { Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service';
import { SearchIndexAdmin } from './search-index-admin.service';
import { SearchQueryService } from './search-query.service';
import { SearchResolver } from './search.resolver';
import { SearchJobs, SearchRelayScheduler } from './search.jobs';

/** The API side: search queries, and index settings applied at start. */
@Module({
  providers: [SearchIndexAdmin, SearchQueryService, SearchResolver, OutboxRelay],
  exports: [SearchIndexAdmin, SearchQueryService, OutboxRelay],
})
export class SearchIndexingModule {}

/** The worker side: the outbox relay job, scheduled every second, and index settings applied at start. */
@Module({
  providers: [SearchIndexAdmin, OutboxRelay, SearchJobs, SearchRelayScheduler],
  exports: [OutboxRelay, SearchIndexAdmin],
})
export class SearchIndexingWorkerModule {}
