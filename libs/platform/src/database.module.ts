import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, dataSourceOptions } from '@zhirong/core';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The platform's Postgres connection; the schema comes only from migrations. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.database.url, { entities: ENTITIES, migrations: MIGRATIONS }, config.database.poolSize),
    }),
  ],
})
export class DatabaseModule {}
