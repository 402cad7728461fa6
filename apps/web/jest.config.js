// The web app's pure logic (formatting, money entry, navigation rules) in Node; pages are tested in Chromium (test/e2e/web).
module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
