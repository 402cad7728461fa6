import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '../config/config';

/**
 * A short unique id for one test file's resources (database, Redis prefix,
 * Meilisearch index prefix), so test files can run in parallel.
 */
export function testRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** Configuration for a test file: the real servers from the environment, its own namespaces. */
export function testConfig(runId: string, databaseUrl?: string): AppConfig {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
  return {
    ...config,
    database: { ...config.database, url: databaseUrl ?? config.database.url, poolSize: 5 },
    redis: { ...config.redis, prefix: `zt-${runId}` },
    meili: { ...config.meili, indexPrefix: `t${runId}_` },
    // Test files run in parallel from one address; the throttling test sets its own limits.
    throttle: { ...config.throttle, anonymousLimit: 1_000_000, accountLimit: 1_000_000 },
    // No mail leaves a test unless the test starts its own catcher (@zhirong/notifications/testing).
    mail: { ...config.mail, smtpUrl: null, catcherDir: null },
  };
}
