// The web app's logic and components: pure functions in Node, components in jsdom with
// Testing Library (a test file opts in with `@jest-environment jsdom`). Journeys are tested
// end to end in Chromium (test/e2e/web).
const preset = require('../../jest.preset.js');
const swc = preset.transform['^.+\\.(ts|js|mjs)$'][1];

module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['**/?(*.)+(spec).ts?(x)'],
  moduleFileExtensions: ['tsx', 'ts', 'js', 'mjs', 'json'],
  transform: {
    '^.+\\.(tsx?|js|mjs)$': ['@swc/jest', { ...swc, jsc: { ...swc.jsc, parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
  // antd, rc-* and echarts ship ES modules.
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|@ant-design|@rc-component|rc-[a-z-]+|antd|echarts|zrender)/)'],
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.(css|less)$': require.resolve('./jest.style-stub.js') },
  setupFiles: [...preset.setupFiles, require.resolve('./jest.setup.js')],
};
