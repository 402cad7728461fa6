import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const CHECKED_IN = join(__dirname, 'gql');

/** The operations' types and the enum labels are generated from schema/schema.graphql: stale ones mean a page and the API disagree. */
describe('the web app’s GraphQL types', () => {
  it('are what `npm run web:codegen` writes from the printed schema and the pages’ operations', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'zhirong-codegen-'));
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'apps/web/codegen.ts', '--silent'], {
        cwd: ROOT,
        env: { ...process.env, WEB_CODEGEN_OUT: `${scratch}/` },
        encoding: 'utf8',
      });
      expect(run.stderr + run.stdout).not.toMatch(/error/i);
      expect(run.status).toBe(0);
      const files = readdirSync(scratch).sort();
      expect(files).toContain('enum-labels.ts');
      expect(files).toEqual(readdirSync(CHECKED_IN).sort());
      for (const file of files) expect([file, readFileSync(join(CHECKED_IN, file), 'utf8')]).toEqual([file, readFileSync(join(scratch, file), 'utf8')]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
