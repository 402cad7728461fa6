import { SearchIndex } from '@zhirong/search';
import type { Settings } from 'meilisearch';
import { synonymSettings } from './synonyms';

/** An index as code: its logical name, primary key and every setting we rely on. */
export interface SearchIndexDefinition {
  name: SearchIndex;
  primaryKey: 'id';
  settings: Settings;
}

/**
 * Ranking rules, the same for every index, in this order:
 * 1. words — documents matching more of the query's words first: a Chinese query
 *    is segmented into words, and a document holding all of them is what the user meant;
 * 2. typo — fewer typos first (only Latin text gets typos; Chinese words match or not);
 * 3. proximity — the query's words close together (`锂电池 正极` in one phrase);
 * 4. attribute — a match in an earlier searchable attribute first: the title
 *    beats the owner's name, which beats the long abstract;
 * 5. sort — an explicit sort (valuation, date) only orders results equally relevant
 *    so far, so a sorted search still shows matching titles before passing mentions;
 *    with an empty query every document ties and the sort decides alone;
 * 6. exactness — exact words over prefix/typo matches, the final tie-breaker.
 */
const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

// Meilisearch detects the language of each field; short Chinese strings are sometimes
// taken for Japanese and segmented badly. Declaring Chinese and English stops that.
const LOCALES: Settings['localizedAttributes'] = [{ attributePatterns: ['*'], locales: ['cmn', 'eng'] }];

// offset may go up to 10,000 (API contract), so the engine must be allowed to rank that far.
const PAGINATION = { maxTotalHits: 10_100 };

export const IP_ASSETS_INDEX: SearchIndexDefinition = {
  name: SearchIndex.IP_ASSETS,
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['title', 'number', 'ownerName', 'typeLabel', 'ipcClasses', 'niceClassNames', 'abstract', 'regionName'],
    // Access attributes (bankIds, valuerIds, ownerOrganizationId) are filterable but never displayed.
    displayedAttributes: [
      'id', 'type', 'typeLabel', 'number', 'title', 'abstract', 'enterpriseId', 'ownerName', 'regionPath', 'regionName',
      'ipcClasses', 'niceClasses', 'legalStatus', 'pledgeStatus', 'implemented', 'valuationFen', 'filedOn', 'createdAt',
    ],
    filterableAttributes: [
      'id',
      'type', 'legalStatus', 'pledgeStatus', 'regionPaths', 'ipcSection', 'ipcClass', 'ipcSubclass', 'niceClasses',
      'valuationFen', 'implemented', 'enterpriseId', 'bankIds', 'valuerIds', 'ownerOrganizationId',
    ],
    sortableAttributes: ['valuationFen', 'filedOn', 'createdAt'],
    rankingRules: RANKING_RULES,
    synonyms: synonymSettings(),
    // Registration numbers are identifiers: a typo there is a different asset.
    typoTolerance: { enabled: true, disableOnAttributes: ['number'], disableOnNumbers: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: PAGINATION,
    localizedAttributes: LOCALES,
  },
};

export const FIRMS_INDEX: SearchIndexDefinition = {
  name: SearchIndex.FIRMS,
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['name', 'tagLabels', 'industryName', 'ipTitles', 'openNeeds', 'regionName', 'creditCode'],
    displayedAttributes: [
      'id', 'name', 'creditCode', 'tags', 'tagLabels', 'industryCode', 'industryName', 'regionPath', 'regionName',
      'ipCount', 'patentCount', 'trademarkCount', 'copyrightCount', 'ipTitles', 'openNeeds', 'openNeedCount', 'openNeedAmountFen', 'createdAt',
    ],
    filterableAttributes: ['id', 'bankIds', 'whitelisted', 'regionPaths', 'tags', 'industryCode', 'industrySection', 'ipCount', 'openNeedCount'],
    sortableAttributes: ['ipCount', 'openNeedAmountFen', 'createdAt', 'name'],
    rankingRules: RANKING_RULES,
    synonyms: synonymSettings(),
    typoTolerance: { enabled: true, disableOnAttributes: ['creditCode'], disableOnNumbers: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: PAGINATION,
    localizedAttributes: LOCALES,
  },
};

export const DISPOSAL_LISTINGS_INDEX: SearchIndexDefinition = {
  name: SearchIndex.DISPOSAL_LISTINGS,
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['title', 'assetTitles', 'assetNumbers', 'assetTypeLabels', 'description', 'regionName'],
    displayedAttributes: [
      'id', 'title', 'description', 'assetTitles', 'assetNumbers', 'assetTypes', 'assetTypeLabels', 'mode', 'status',
      'priceFen', 'endsAt', 'regionPath', 'regionName', 'createdAt',
    ],
    filterableAttributes: ['id', 'mode', 'status', 'assetTypes', 'priceFen', 'endsAt', 'regionPaths'],
    sortableAttributes: ['priceFen', 'endsAt', 'createdAt'],
    rankingRules: RANKING_RULES,
    synonyms: synonymSettings(),
    typoTolerance: { enabled: true, disableOnAttributes: ['assetNumbers'], disableOnNumbers: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: PAGINATION,
    localizedAttributes: LOCALES,
  },
};

export const SEARCH_INDEX_DEFINITIONS: readonly SearchIndexDefinition[] = [IP_ASSETS_INDEX, FIRMS_INDEX, DISPOSAL_LISTINGS_INDEX];

export function definitionOf(name: SearchIndex | string): SearchIndexDefinition {
  const found = SEARCH_INDEX_DEFINITIONS.find((d) => d.name === name);
  if (!found) throw new Error(`unknown search index ${name}`);
  return found;
}
