// Maps the `@zhirong/*` aliases of tsconfig.base.json to files for Jest.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');

function pathsToModuleNameMapper() {
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
  const mapper = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    mapper[`^${escaped}$`] = join(root, target);
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
