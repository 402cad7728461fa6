import { dataSourceOptions, loadConfig } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '@zhirong/platform';

/** A DataSource outside Nest, for the migration CLI, seeds and benchmarks. */
export function createDataSource(url = loadConfig().database.url, poolSize = 10): DataSource {
  return new DataSource(dataSourceOptions(url, { entities: ENTITIES, migrations: MIGRATIONS }, poolSize));
}
