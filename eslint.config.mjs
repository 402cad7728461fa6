// Lint holds the architecture (STYLE.md): apps and the composition (all entities, for
// CLIs) depend on domains; domains on each other's index and on plumbing; plumbing
// (core, jobs, search, platform wiring) on plumbing only.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', 'tmp/**', 'coverage/**', '**/*.js', '**/*.mjs', 'apps/web/src/gql/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@nx': nx, '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:composition', 'type:domain', 'type:plumbing'] },
            { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:domain', 'type:plumbing'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:plumbing'] },
            { sourceTag: 'type:plumbing', onlyDependOnLibsWithTags: ['type:plumbing'] },
            { sourceTag: 'type:seed', onlyDependOnLibsWithTags: ['type:composition', 'type:domain', 'type:plumbing'] },
          ],
        },
      ],
    },
  },
  {
    // End-to-end tests drive the API app itself and load the demo seed.
    files: ['test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
