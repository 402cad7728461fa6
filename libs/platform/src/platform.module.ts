import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AbuseModule, AppConfig, AuditModule, AuthModule, ConfigModule, DomainErrorFilter, graphqlOptions, InputValidationPipe, loadConfig, requestIdMiddleware } from '@zhirong/core';
import { JobsModule } from '@zhirong/jobs';
import { SearchModule } from '@zhirong/search';
import { AccessModule } from '@zhirong/access';
import { DatabaseModule } from './database.module';

/**
 * The plumbing every process needs: validated config, Postgres, auth, audit,
 * job producers and the search client. `config` defaults to the environment.
 */
@Module({})
export class PlatformCoreModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: PlatformCoreModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuthModule, AuditModule, AbuseModule, JobsModule, SearchModule, AccessModule],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
      exports: [ConfigModule, DatabaseModule, AuthModule, AuditModule, AbuseModule, JobsModule, SearchModule, AccessModule],
    };
  }
}

/** Apollo, code-first, with the platform's error format and query limits. */
export function platformGraphQLModule(config: AppConfig): DynamicModule {
  return GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) });
}

/** What main.ts and the e2e tests both do to an app before it listens. */
export function configureHttpApp(app: INestApplication): INestApplication {
  app.use(requestIdMiddleware);
  app.useGlobalPipes(new InputValidationPipe());
  app.enableShutdownHooks();
  return app;
}
