import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SEARCH_ENTITIES } from './outbox/search-outbox.entity';
import { SearchOutboxService } from './outbox/search-outbox.service';
import { SearchReader } from './search-reader';
import { SearchService } from './search.service';

/** The Meilisearch clients (admin with the master key, search-only reader) and the outbox every domain writes its search changes to. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(SEARCH_ENTITIES)],
  providers: [SearchService, SearchReader, SearchOutboxService],
  exports: [SearchService, SearchReader, SearchOutboxService],
})
export class SearchModule {}
