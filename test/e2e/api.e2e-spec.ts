import { TestApp } from '@zhirong/platform/testing';
import request from 'supertest';
import { DEMO_USERS } from '../../seeds/demo';
import { startApi, tokenFor } from '../support/api';

describe('the API over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApi()));
  afterAll(() => t.close());

  it('answers POST /graphql {__typename}', async () => {
    const res = await t.gql<{ __typename: string }>('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('reports Postgres, Redis and Meilisearch on GET /health', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(Object.keys(res.body.details).sort()).toEqual(['jobOutbox', 'meilisearch', 'postgres', 'redis']);
    expect(res.body.details.jobOutbox).toMatchObject({ status: 'up', pending: expect.any(Number), failed: 0 });
  });

  it('echoes a sane x-request-id and replaces a hostile one', async () => {
    const given = await request(t.app.getHttpServer()).get('/health').set('x-request-id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const hostile = await request(t.app.getHttpServer()).get('/health').set('x-request-id', 'a b (c); drop');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each(DEMO_USERS.map((u) => [u.email]))('signs in the demo account %s', async (email) => {
    const token = await tokenFor(t, email);
    const me = await t.gql<{ me: { email: string; organization: { region: { name: string } } } }>(
      '{ me { id email roles organization { id name type region { id name } } } }',
      {},
      token,
    );
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.email).toBe(email);
  });

  it('answers an anonymous me with UNAUTHENTICATED and no stack trace', async () => {
    const res = await t.gql('{ me { id } }');
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('rejects a forged or malformed token with UNAUTHENTICATED', async () => {
    const forged = await t.gql('{ me { id } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(forged.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('authorization', 'Token abc')
      .send({ query: '{ regions { id } }' });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves the public region tree to anyone', async () => {
    const res = await t.gql<{ regions: { name: string }[] }>('{ regions { name code } }');
    expect(res.data!.regions.map((r) => r.name).sort()).toEqual(['上海市', '北京市', '河南省', '贵州省'].sort());
  });

  it('answers syntax errors, unknown fields and bad enum values with BAD_USER_INPUT', async () => {
    const syntax = await request(t.app.getHttpServer()).post('/graphql').send({ query: '{ me { id ' });
    expect(syntax.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gql('{ nothingHere }');
    expect(unknown.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const token = await tokenFor(t, 'admin@zhirong.test');
    const badEnum = await t.gql(
      'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }',
      { input: { code: '990000', name: '测试', level: 'GALAXY' } },
      token,
    );
    expect(badEnum.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
  });

  it('refuses a request carrying hundreds of operations before running any of them', async () => {
    const search = (i: number) => `s${i}: searchDisposalListings(query: "专利") { totalHits }`;
    const aliased = await t.gql(`{ ${Array.from({ length: 200 }, (_, i) => search(i)).join(' ')} }`);
    expect(aliased.data).toBeUndefined();
    expect(aliased.errors!.map((e) => e.extensions!.code)).toContain('BAD_USER_INPUT');
    expect(aliased.errors!.some((e) => /at most 30 aliases/.test(e.message))).toBe(true);
    const roots = await t.gql(`{ ${Array.from({ length: 21 }, () => '__typename').join(' ')} }`);
    expect(roots.errors![0]).toMatchObject({ message: expect.stringContaining('at most 20 root fields'), extensions: { code: 'BAD_USER_INPUT' } });
    const tokens = await request(t.app.getHttpServer()).post('/graphql').send({ query: `{ ${'__typename '.repeat(6000)}}` });
    expect(tokens.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(tokens.body.errors[0].message).toMatch(/more th\w+ 5000 tokens/);
    const ok = await t.gql(`{ ${Array.from({ length: 5 }, (_, i) => search(i)).join(' ')} }`);
    expect(ok.errors).toBeUndefined();
  });
});
