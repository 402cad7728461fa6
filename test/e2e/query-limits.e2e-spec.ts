import { TestApp } from '@zhirong/platform/testing';
import { startApi, tokenFor } from '../support/api';

/** Depth and cost limits, set low here so the small identity schema can exceed them. */
describe('query depth and complexity limits', () => {
  let t: TestApp;
  const saved = { depth: process.env.GRAPHQL_MAX_DEPTH, complexity: process.env.GRAPHQL_MAX_COMPLEXITY };

  beforeAll(async () => {
    process.env.GRAPHQL_MAX_DEPTH = '2';
    process.env.GRAPHQL_MAX_COMPLEXITY = '12';
    t = await startApi();
  });
  afterAll(async () => {
    await t.close();
    for (const [key, value] of [['GRAPHQL_MAX_DEPTH', saved.depth], ['GRAPHQL_MAX_COMPLEXITY', saved.complexity]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('runs a query within both limits', async () => {
    const res = await t.gql('{ me { id organization { id } } }', {}, await tokenFor(t, 'admin@zhirong.test'));
    expect(res.errors).toBeUndefined();
  });

  it('refuses a query nested deeper than the limit before running it', async () => {
    const res = await t.gql('{ me { organization { region { id } } } }', {}, await tokenFor(t, 'admin@zhirong.test'));
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/depth/);
  });

  it('refuses a query costlier than the limit, saying what it cost', async () => {
    const fields = Array.from({ length: 14 }, (_, i) => `r${i}: regions { id }`).join(' ');
    const res = await t.gql(`{ ${fields} }`);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX', limit: 12 });
    expect(res.data).toBeUndefined();
  });
});
