module.exports = {
  displayName: 'needs',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
