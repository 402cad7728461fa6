import { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseParts {
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
}

/** One definition of how the platform talks to Postgres, for the apps, the CLI and the tests. */
export function dataSourceOptions(url: string, parts: DatabaseParts, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: parts.entities,
    migrations: parts.migrations,
    namingStrategy: new SnakeNamingStrategy(),
    // Never synchronize: the schema is what the migrations say it is.
    // gen_random_uuid() is built into Postgres 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: poolSize, application_name: 'zhirong' },
    logging: false,
  };
}
