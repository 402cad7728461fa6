import { createHash } from 'node:crypto';
import { dataSourceOptions, loadConfig } from '@zhirong/core';
import { testRunId } from '@zhirong/core/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Named after the migrations it holds, so a new migration makes a new template. */
function templateName(): string {
  const names = MIGRATIONS.map((m) => m.name).join(',');
  return `zhirong_tpl_${createHash('sha1').update(names).digest('hex').slice(0, 12)}`;
}

/**
 * Builds (once, under an advisory lock so parallel test files wait for each
 * other) a template database with every migration applied.
 */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const template = templateName();
  await admin(serverUrl, async (client) => {
    await client.query("select pg_advisory_lock(hashtext('zhirong-test-template'))");
    try {
      // The comment is the template's last use, so `npm test` can drop templates no run has used for an hour.
      const touch = () => client.query(`comment on database ${template} is '${Date.now()}'`);
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [template]);
      if (rowCount) {
        await touch();
        return;
      }
      const building = `${template}_building`;
      await client.query(`drop database if exists ${building} with (force)`);
      await client.query(`create database ${building}`);
      // Migrations are plain SQL: no entity metadata is needed to apply them.
      const dataSource = new DataSource(dataSourceOptions(withDatabase(serverUrl, building), { entities: [], migrations: MIGRATIONS }, 2));
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await dataSource.destroy();
      }
      // Renamed only when complete: a crash mid-way never leaves a half-built template.
      await client.query(`alter database ${building} rename to ${template}`);
      await touch();
    } finally {
      await client.query("select pg_advisory_unlock(hashtext('zhirong-test-template'))");
    }
  });
  return template;
}

/** A fresh database for one test file, migrated exactly as production is. */
export async function createTestDatabase(runId = testRunId()): Promise<TestDatabase> {
  const serverUrl = loadConfig().database.url;
  const template = await ensureTemplate(serverUrl);
  const name = `zt_${runId}`;
  await admin(serverUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database ${name} template ${template}`);
        return;
      } catch (e) {
        // 55006: another file is copying the same template right now.
        if ((e as { code?: string }).code !== '55006' || attempt > 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  return {
    url: withDatabase(serverUrl, name),
    name,
    drop: () => admin(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
