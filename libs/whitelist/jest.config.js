module.exports = {
  displayName: 'whitelist',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
