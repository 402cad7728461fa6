module.exports = {
  displayName: 'seeds',
  preset: '../jest.preset.js',
  rootDir: __dirname,
};
