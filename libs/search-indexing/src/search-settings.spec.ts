import { staleSettingsFiles } from './cli/settings-files';
import { SEARCH_INDEX_DEFINITIONS } from './indexes/index-definitions';
import { synonymSettings } from './indexes/synonyms';

describe('search index settings', () => {
  it('match their checked-in copies in schema/search/ (run `npm run search:settings` when this fails)', () => {
    expect(staleSettingsFiles()).toEqual([]);
  });

  it('never display the access attributes', () => {
    for (const def of SEARCH_INDEX_DEFINITIONS) {
      for (const hidden of ['bankIds', 'valuerIds', 'ownerOrganizationId']) expect(def.settings.displayedAttributes).not.toContain(hidden);
    }
  });

  it('make synonyms mutual', () => {
    const s = synonymSettings([['软著', '软件著作权', 'software copyright']]);
    expect(s['软著']).toEqual(['软件著作权', 'software copyright']);
    expect(s['software copyright']).toEqual(['软著', '软件著作权']);
  });
});
