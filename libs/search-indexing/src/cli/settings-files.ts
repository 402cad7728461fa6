import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_INDEX_DEFINITIONS, SearchIndexDefinition } from '../indexes/index-definitions';

export const SETTINGS_DIR = join(__dirname, '..', '..', '..', '..', 'schema', 'search');

export function settingsFileOf(def: SearchIndexDefinition): string {
  return join(SETTINGS_DIR, `${def.name}.json`);
}

export function settingsJson(def: SearchIndexDefinition): string {
  return `${JSON.stringify({ uid: def.name, primaryKey: def.primaryKey, settings: def.settings }, null, 2)}\n`;
}

/** Indexes whose checked-in copy differs from the code. */
export function staleSettingsFiles(): string[] {
  return SEARCH_INDEX_DEFINITIONS.filter((def) => {
    try {
      return readFileSync(settingsFileOf(def), 'utf8') !== settingsJson(def);
    } catch {
      return true;
    }
  }).map((d) => d.name);
}

/** `npm run search:settings`: rewrites schema/search/<index>.json from the code. */
if (require.main === module) {
  for (const def of SEARCH_INDEX_DEFINITIONS) writeFileSync(settingsFileOf(def), settingsJson(def));
  console.log(`wrote ${SEARCH_INDEX_DEFINITIONS.length} files to schema/search/`);
}
