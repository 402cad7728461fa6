module.exports = {
  displayName: 'enterprises',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
