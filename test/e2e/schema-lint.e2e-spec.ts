import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

interface LintError {
  message: string;
  location: { line: number; column: number };
  rule: string;
}

/**
 * Words, not codes: every type, field, argument and enum value of the printed schema says what it
 * is (pages take enum labels from the value descriptions). graphql-schema-linter's default rules,
 * on the checked-in SDL that schema.e2e-spec.ts proves current.
 */
describe('schema/schema.graphql', () => {
  it('passes graphql-schema-linter’s default rules', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/graphql-schema-linter/lib/cli.js'), '--format', 'json', 'schema/schema.graphql'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    // Status 1 means findings; anything else (2: a bad schema or configuration) is a failure of its own.
    expect([0, 1]).toContain(run.status);
    const { errors } = JSON.parse(run.stdout) as { errors: LintError[] };
    const findings = errors.map((e) => `schema.graphql:${e.location.line}:${e.location.column} ${e.message} (${e.rule})`);
    expect(findings).toEqual([]);
  });
});
