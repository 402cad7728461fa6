import { loadConfig } from '../config/config';
import { graphqlOptions } from './graphql-options';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), MEILI_MASTER_KEY: 'a-real-master-key-0123456789' };

describe('graphqlOptions', () => {
  it('hides introspection in production', () => {
    const options = graphqlOptions(loadConfig(PRODUCTION));
    expect(options.introspection).toBe(false);
    expect(options.includeStacktraceInErrorResponses).toBe(false);
    expect((options.plugins ?? []).map((p) => (p as { __internal_plugin_id__?: string }).__internal_plugin_id__)).toContain('LandingPageDisabled');
  });

  it('keeps introspection for development but never serves Apollo’s landing page, which loads from CDNs', () => {
    const options = graphqlOptions(loadConfig({ NODE_ENV: 'development' }));
    expect(options.introspection).toBe(true);
    expect((options.plugins ?? []).map((p) => (p as { __internal_plugin_id__?: string }).__internal_plugin_id__)).toContain('LandingPageDisabled');
  });

  it('caps aliases, root fields and tokens from the configuration', () => {
    const options = graphqlOptions(loadConfig({ ...PRODUCTION, GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_TOKENS: '800' }));
    expect(options.validationRules).toHaveLength(3);
    expect(options.parseOptions).toEqual({ maxTokens: 800 });
  });
});
