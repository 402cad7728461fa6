import { Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service';
import { SearchIndexAdmin } from './search-index-admin.service';
import { SearchOutboxAdminResolver } from './search-outbox-admin.resolver';
import { SearchOutboxAdmin } from './search-outbox-admin.service';
import { SearchQueryService } from './search-query.service';
import { SearchResolver } from './search.resolver';
import { SearchJobs, SearchRelayScheduler } from './search.jobs';

/** The API side: search queries, the outbox's dead letters for the platform, and index settings applied at start. */
@Module({
  providers: [SearchIndexAdmin, SearchQueryService, SearchResolver, OutboxRelay, SearchOutboxAdmin, SearchOutboxAdminResolver],
  exports: [SearchIndexAdmin, SearchQueryService, OutboxRelay, SearchOutboxAdmin],
})
export class SearchIndexingModule {}

/** The worker side: the outbox relay job (every second), its hourly prune, and index settings applied at start. */
@Module({
  providers: [SearchIndexAdmin, OutboxRelay, SearchOutboxAdmin, SearchJobs, SearchRelayScheduler],
  exports: [OutboxRelay, SearchIndexAdmin, SearchOutboxAdmin],
})
export class SearchIndexingWorkerModule {}
