module.exports = {
  displayName: 'matching',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
