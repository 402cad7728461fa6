import { ConfigError, isDevelopmentOrTest, loadConfig } from './config';

const REAL = { JWT_SECRET: 'x'.repeat(40), MEILI_MASTER_KEY: 'a-real-master-key-0123456789' };

function problems(source: NodeJS.ProcessEnv): string {
  try {
    loadConfig(source);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  return '';
}

describe('loadConfig', () => {
  it('gives working defaults for local development when NODE_ENV says so', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.port).toBe(3000);
    expect(config.env).toBe('development');
    expect(config.isDevelopment).toBe(true);
    expect(config.database.url).toMatch(/^postgres:\/\//);
  });

  it('accepts the development secrets under NODE_ENV=test', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).env).toBe('test');
  });

  it('refuses to start with every bad variable named', () => {
    const message = problems({ NODE_ENV: 'development', PORT: 'eighty', DATABASE_URL: 'not a url' });
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
  });

  it('treats a missing NODE_ENV as production and refuses both development secrets in one message', () => {
    const message = problems({});
    expect(message).toMatch(/JWT_SECRET/);
    expect(message).toMatch(/MEILI_MASTER_KEY/);
    expect(problems({ NODE_ENV: '' })).toMatch(/JWT_SECRET/);
  });

  it('refuses the development JWT secret and Meilisearch key in production, each on its own', () => {
    expect(problems({ NODE_ENV: 'production', MEILI_MASTER_KEY: REAL.MEILI_MASTER_KEY })).toMatch(/JWT_SECRET/);
    expect(problems({ NODE_ENV: 'production', MEILI_MASTER_KEY: REAL.MEILI_MASTER_KEY })).not.toMatch(/MEILI_MASTER_KEY/);
    expect(problems({ NODE_ENV: 'production', JWT_SECRET: REAL.JWT_SECRET })).toMatch(/MEILI_MASTER_KEY/);
    expect(problems({ NODE_ENV: 'production', JWT_SECRET: REAL.JWT_SECRET })).not.toMatch(/JWT_SECRET/);
    expect(problems({ NODE_ENV: 'production', JWT_SECRET: 'zhirong-development-secret-change-me-in-production', MEILI_MASTER_KEY: 'zhirong-local-master-key-not-secret' })).toMatch(
      /JWT_SECRET[\s\S]*MEILI_MASTER_KEY/,
    );
  });

  it('starts in production with real secrets, and without development behaviour', () => {
    const config = loadConfig(REAL);
    expect(config.env).toBe('production');
    expect(config.isDevelopment).toBe(false);
    expect(loadConfig({ ...REAL, NODE_ENV: 'production' }).meili.masterKey).toBe(REAL.MEILI_MASTER_KEY);
  });

  it('refuses an unknown NODE_ENV rather than guessing', () => {
    expect(problems({ ...REAL, NODE_ENV: 'staging' })).toMatch(/NODE_ENV/);
  });

  it('knows development and test only by their exact names', () => {
    expect(['development', 'test'].map(isDevelopmentOrTest)).toEqual([true, true]);
    expect(['production', undefined, '', 'Development', 'dev'].map(isDevelopmentOrTest)).toEqual([false, false, false, false, false]);
  });
});
