module.exports = {
  displayName: 'stats',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
