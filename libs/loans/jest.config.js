module.exports = {
  displayName: 'loans',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
