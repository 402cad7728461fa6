import { AppConfig } from '@zhirong/core';
import { createIdentityFixture, createTestApp, firstError, TestApp } from '@zhirong/platform/testing';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';

/** Two API processes on one Redis: the limits are shared, as they are behind a load balancer. */
describe('request throttling', () => {
  let a: TestApp;
  let b: TestApp;
  let prefix: string;
  const limits = (config: AppConfig): AppConfig => ({ ...config, redis: { ...config.redis, prefix: prefix ?? config.redis.prefix }, throttle: { windowSeconds: 60, anonymousLimit: 6, accountLimit: 12 } });

  beforeAll(async () => {
    a = await createTestApp((config) => AppModule.forRoot(limits(config)));
    prefix = a.config.redis.prefix;
    b = await createTestApp((config) => AppModule.forRoot(limits(config)));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('counts signed-out operations per address across processes, then answers TOO_MANY_REQUESTS with retryAfterSeconds', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await (i % 2 ? b : a).gql('{ regions { id } }');
      codes.push(res.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 6)).toEqual(Array(6).fill(undefined));
    // Alone, each process would still have allowed these two.
    expect(codes.slice(6)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    const refused = await a.gql('{ regions { id } }');
    expect(firstError(refused).extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(firstError(refused).extensions!.retryAfterSeconds as number).toBeGreaterThan(0);
    expect(firstError(refused).extensions!.retryAfterSeconds as number).toBeLessThanOrEqual(60);
    // Health checks are not counted.
    expect((await request(a.app.getHttpServer()).get('/health')).status).toBe(200);
  });

  it('gives a signed-in account its own budget, not the address’s', async () => {
    // A fresh process prefix: the address budget of the test above is spent.
    const c = await createTestApp((config) => AppModule.forRoot({ ...config, throttle: { windowSeconds: 60, anonymousLimit: 1000, accountLimit: 5 } }));
    try {
      const fx = await createIdentityFixture(c);
      const token = await fx.token('bank');
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 7; i++) codes.push((await c.gql('{ me { id } }', {}, token)).errors?.[0]?.extensions?.code);
      expect(codes.slice(0, 5)).toEqual(Array(5).fill(undefined));
      expect(codes.slice(5)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
      // Another account, from the same address, is still served.
      expect((await c.gql('{ me { id } }', {}, await fx.token('office'))).errors).toBeUndefined();
    } finally {
      await c.close();
    }
  });
});
