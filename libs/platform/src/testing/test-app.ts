import { DynamicModule, ForwardReference, INestApplication, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { AppConfig } from '@zhirong/core';
import { testConfig, testRunId } from '@zhirong/core/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureHttpApp, PlatformCoreModule, platformGraphQLModule } from '../platform.module';
import { createTestDatabase, TestDatabase } from './test-database';

type Import = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; reason?: string; [k: string]: unknown } }[];
}

export interface TestApp {
  app: INestApplication;
  module: TestingModule;
  config: AppConfig;
  db: TestDatabase;
  dataSource: DataSource;
  /** POST /graphql, optionally as a signed-in user. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/**
 * The API as it runs in production — same modules, pipes and error format — on a
 * database, Redis prefix and index prefix of this test file's own.
 */
export async function createTestApp(imports: Import[] | ((config: AppConfig) => Import)): Promise<TestApp> {
  const runId = testRunId();
  const db = await createTestDatabase(runId);
  const config = testConfig(runId, db.url);
  const module = await Test.createTestingModule({
    // A function builds the whole root module itself (the e2e tests pass the API's AppModule).
    imports: typeof imports === 'function' ? [imports(config)] : [PlatformCoreModule.forRoot(config), platformGraphQLModule(config), ...imports],
  }).compile();
  const app = configureHttpApp(module.createNestApplication({ logger: false }));
  await app.init();
  const server = app.getHttpServer();

  return {
    app,
    module,
    config,
    db,
    dataSource: module.get(DataSource),
    async gql(query, variables, token) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return { status: res.status, ...(res.body as object) } as GraphQLResult<never>;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The first GraphQL error of a response that must have failed. */
export function firstError<T>(res: GraphQLResult<T>): NonNullable<GraphQLResult<T>['errors']>[number] {
  const error = res.errors?.[0];
  if (!error) throw new Error(`expected the request to fail, it answered ${JSON.stringify(res.data)}`);
  return error;
}
