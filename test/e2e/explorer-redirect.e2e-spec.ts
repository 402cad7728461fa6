import { createTestApp, TestApp } from '@zhirong/platform/testing';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';

/**
 * No environment serves Apollo's landing page (it loads from CDNs); in development a browser
 * opening /graphql is sent to the web app's explorer, and programs still reach the API.
 */
describe('GET /graphql in a browser', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  it('leads to the explorer in development, while JSON requests reach the API', async () => {
    const t = await createTestApp((config) => AppModule.forRoot({ ...config, isDevelopment: true }));
    apps.push(t);
    const page = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(page.status).toBe(302);
    expect(page.headers['location']).toBe('/admin/explorer');
    const api = await request(t.app.getHttpServer()).get('/graphql?query=%7B__typename%7D').set('accept', 'application/json').set('apollo-require-preflight', '1');
    expect(api.status).toBe(200);
    expect(api.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves no landing page outside development', async () => {
    const t = await createTestApp((config) => AppModule.forRoot(config));
    apps.push(t);
    const page = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.status).not.toBe(302);
    expect(page.headers['content-type']).not.toMatch(/html/);
    expect(page.text).not.toMatch(/<html|sandbox|googleapis/i);
  });
});
