import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SEARCH_ENTITIES } from './outbox/search-outbox.entity';
import { SearchOutboxService } from './outbox/search-outbox.service';
import { SearchService } from './search.service';

/** The Meilisearch client and the outbox every domain writes its search changes to. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(SEARCH_ENTITIES)],
  providers: [SearchService, SearchOutboxService],
  exports: [SearchService, SearchOutboxService],
})
export class SearchModule {}
