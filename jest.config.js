// `npx jest` at the root runs every project; `npm test` runs them through Nx.
const { getJestProjectsAsync } = require('@nx/jest');

module.exports = async () => ({ projects: await getJestProjectsAsync() });
