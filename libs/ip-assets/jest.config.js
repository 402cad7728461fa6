module.exports = {
  displayName: 'ip-assets',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
