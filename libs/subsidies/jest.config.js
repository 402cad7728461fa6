module.exports = {
  displayName: 'subsidies',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
