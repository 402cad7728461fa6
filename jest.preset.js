// Shared Jest settings for every Nx project. SWC transpiles (fast on two
// cores); types are checked once by `npm run typecheck`, not per test file.
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/?(*.)+(spec|int-spec|e2e-spec).ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: {
    '^.+\\.(ts|js|mjs)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  // meilisearch >= 0.57 ships ESM only; Jest's module system needs it transpiled.
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch)/)'],
  moduleNameMapper: pathsToModuleNameMapper(),
  setupFiles: [require.resolve('./tools/jest/setup-env.js')],
  reporters: ['default', require.resolve('./tools/jest/summary-reporter.js')],
  testTimeout: 30000,
  // A leaked socket must not hang CI; leaks still show as a warning in the output.
  forceExit: true,
};
