import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, dataSourceOptions } from '@zhirong/core';
import { MIGRATIONS } from './migrations';

/**
 * The platform's Postgres connection. Each domain module registers its own entities
 * (TypeOrmModule.forFeature), so this plumbing depends on no domain; the schema
 * comes only from migrations.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.database.url, { entities: [], migrations: MIGRATIONS }, config.database.poolSize),
        autoLoadEntities: true,
      }),
    }),
  ],
})
export class DatabaseModule {}
