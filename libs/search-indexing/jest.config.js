module.exports = {
  displayName: 'search-indexing',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  // The relevance set lives in test/search/ beside its fixture corpus.
  roots: ['<rootDir>/src', '<rootDir>/../../test/search'],
};
