module.exports = {
  displayName: 'pledges',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
