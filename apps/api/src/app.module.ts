import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { CalendarModule } from '@zhirong/calendar';
import { AppConfig, loadConfig, loggerParams } from '@zhirong/core';
import { EnterprisesModule } from '@zhirong/enterprises';
import { EventsModule } from '@zhirong/events';
import { PolicyModule } from '@zhirong/policy';
import { LoansModule } from '@zhirong/loans';
import { IdentityModule } from '@zhirong/identity';
import { IpAssetsModule } from '@zhirong/ip-assets';
import { MatchingModule } from '@zhirong/matching';
import { NeedsModule } from '@zhirong/needs';
import { NotificationsModule } from '@zhirong/notifications';
import { PledgesModule } from '@zhirong/pledges';
import { ProductsModule } from '@zhirong/products';
import { SearchIndexingModule } from '@zhirong/search-indexing';
import { PlatformCoreModule, platformGraphQLModule } from '@zhirong/platform';
import { StatsModule } from '@zhirong/stats';
import { SubsidiesModule } from '@zhirong/subsidies';
import { WhitelistModule } from '@zhirong/whitelist';
import { LoggerModule } from 'nestjs-pino';
import { HealthModule } from './health/health.module';
import { ExplorerRedirectMiddleware } from './web/explorer-redirect.middleware';
import { WebAppMiddleware } from './web/web-app.middleware';

/** The domain modules the API serves; the schema test and e2e tests use the same list. */
export const API_DOMAIN_MODULES = [
  IdentityModule,
  EnterprisesModule,
  IpAssetsModule,
  ProductsModule,
  NeedsModule,
  MatchingModule,
  SearchIndexingModule,
  WhitelistModule,
  NotificationsModule,
  EventsModule,
  LoansModule,
  CalendarModule,
  PolicyModule,
  PledgesModule,
  StatsModule,
  SubsidiesModule,
];

@Module({})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Every path but the API's is the single-page app (apps/web).
    consumer.apply(WebAppMiddleware).forRoutes('*');
    consumer.apply(ExplorerRedirectMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.GET });
  }

  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: AppModule,
      imports: [LoggerModule.forRoot(loggerParams(config)), PlatformCoreModule.forRoot(config), platformGraphQLModule(config), HealthModule, ...API_DOMAIN_MODULES],
    };
  }
}
