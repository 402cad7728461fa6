export * from './search.service';
export * from './search-reader';
export * from './search.module';
export * from './outbox/search-outbox.entity';
export * from './outbox/search-outbox.service';
export * from './filters/filter-builder';
export * from './search.config';
export * from './meilisearch-calls';
