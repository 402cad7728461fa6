import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Actor, money } from '@zhirong/core';
import { Filter, FilterExpression, isMeilisearchUnavailable, SearchIndex, SearchReader, searchUnavailable, SearchService } from '@zhirong/search';
import { MeilisearchApiError, SearchParams } from 'meilisearch';
import { DisposalListingDocument } from './documents/disposal-listing.document';
import { FirmDocument } from './documents/firm.document';
import { IpAssetDocument } from './documents/ip-asset.document';
import {
  DEFAULT_SEARCH_PAGE,
  DisposalSearchFilter,
  DisposalSearchSort,
  FirmSearchFilter,
  FirmSearchSort,
  IpAssetSearchFilter,
  IpAssetSearchSort,
  MAX_SEARCH_OFFSET,
  MAX_SEARCH_PAGE,
  SearchArgs,
} from './dto/search.inputs';
import {
  DisposalListingSearchHit,
  DisposalSearchResult,
  FirmSearchHit,
  FirmSearchResult,
  IpAssetSearchHit,
  IpAssetSearchResult,
  SearchFacet,
  SearchHighlight,
} from './dto/search.objects';
import { disposalScope, firmScope, ipAssetScope } from './search-scope';
import { SearchError, SearchErrorCode } from './search.errors';

// Control characters never occur in indexed text: the engine marks matches with
// them, the rest of the text is HTML-escaped, then the marks become <em> tags.
const PRE = '\u0001';
const POST = '\u0002';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function highlightsOf(formatted: Record<string, unknown> | undefined, fields: readonly string[]): SearchHighlight[] {
  if (!formatted) return [];
  const out: SearchHighlight[] = [];
  for (const field of fields) {
    const value = formatted[field];
    const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.includes(PRE));
    if (!texts.length) continue;
    out.push({ field, snippet: escapeHtml(texts.join(' / ')).split(PRE).join('<em>').split(POST).join('</em>') });
  }
  return out;
}

function facetsOf(distribution: Record<string, Record<string, number>> | undefined): SearchFacet[] {
  return Object.entries(distribution ?? {}).map(([field, values]) => ({
    field,
    values: Object.entries(values)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }));
}

function fenBound(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new SearchError(SearchErrorCode.INVALID_FILTER, 'amount too large', { field });
  return n;
}

function dateOfEpochDays(days: number | null): string | null {
  return days === null ? null : new Date(days * 86_400_000).toISOString().slice(0, 10);
}

interface Page {
  limit: number;
  offset: number;
}

const IP_HIGHLIGHT = ['title', 'abstract', 'ownerName', 'number', 'ipcClasses', 'niceClassNames'] as const;
const FIRM_HIGHLIGHT = ['name', 'tagLabels', 'industryName', 'ipTitles', 'openNeeds'] as const;
const DISPOSAL_HIGHLIGHT = ['title', 'description', 'assetTitles'] as const;

/** Runs searches: the actor's scope AND the typed filter, then maps hits, highlights and facets. */
@Injectable()
export class SearchQueryService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchQueryService.name);

  constructor(
    private readonly search: SearchService,
    private readonly reader: SearchReader,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The search-only key is created (or found) at boot; if Meilisearch is down, the first search retries.
    try {
      await this.reader.client();
    } catch (error) {
      this.logger.warn(`could not get the search-only Meilisearch key: ${(error as Error).message}`);
    }
  }

  private page(args: Pick<SearchArgs, 'first' | 'offset'>): Page {
    const limit = args.first ?? DEFAULT_SEARCH_PAGE;
    const offset = args.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_PAGE) {
      throw new SearchError(SearchErrorCode.PAGE_TOO_LARGE, `first must be 1–${MAX_SEARCH_PAGE}`, { field: 'first' });
    }
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_SEARCH_OFFSET) {
      throw new SearchError(SearchErrorCode.OFFSET_OUT_OF_RANGE, `offset must be 0–${MAX_SEARCH_OFFSET}`, { field: 'offset' });
    }
    return { limit, offset };
  }

  private async run<D extends Record<string, unknown>>(index: SearchIndex, query: string, params: SearchParams) {
    try {
      const client = await this.reader.client();
      return await client.index<D>(this.search.indexName(index)).search<D>(query, {
        ...params,
        highlightPreTag: PRE,
        highlightPostTag: POST,
        cropMarker: '…',
      });
    } catch (error) {
      // Before the first reindex there is no index: that is an empty result, not an error.
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') {
        return { hits: [], estimatedTotalHits: 0, facetDistribution: {}, processingTimeMs: 0 };
      }
      // Down, refusing or too slow (the reader's requests time out): say so, without its address.
      if (isMeilisearchUnavailable(error)) {
        this.logger.warn(`search unavailable: ${(error as Error).message}`);
        throw searchUnavailable();
      }
      throw error;
    }
  }

  /** The filter for IP assets, exposed for tests and the benchmark's direct queries. */
  ipAssetFilter(actor: Actor, filter: IpAssetSearchFilter = {}): FilterExpression | null {
    const classes = filter.ipcClasses ?? [];
    return Filter.and(
      ipAssetScope(actor),
      filter.types?.length ? Filter.in('type', filter.types) : null,
      filter.legalStatuses?.length ? Filter.in('legalStatus', filter.legalStatuses) : null,
      filter.pledgeStatuses?.length ? Filter.in('pledgeStatus', filter.pledgeStatuses) : null,
      filter.regionPath ? Filter.eq('regionPaths', filter.regionPath) : null,
      filter.ipcSections?.length ? Filter.in('ipcSection', filter.ipcSections) : null,
      classes.length
        ? Filter.or(
            classes.some((c) => c.length === 3) ? Filter.in('ipcClass', classes.filter((c) => c.length === 3)) : null,
            classes.some((c) => c.length === 4) ? Filter.in('ipcSubclass', classes.filter((c) => c.length === 4)) : null,
          )
        : null,
      filter.niceClasses?.length ? Filter.in('niceClasses', filter.niceClasses) : null,
      filter.minValuationFen !== undefined ? Filter.gte('valuationFen', fenBound(filter.minValuationFen, 'filter.minValuationFen')!) : null,
      filter.maxValuationFen !== undefined ? Filter.lte('valuationFen', fenBound(filter.maxValuationFen, 'filter.maxValuationFen')!) : null,
      filter.implemented !== undefined && filter.implemented !== null ? Filter.eq('implemented', filter.implemented) : null,
      filter.enterpriseId ? Filter.eq('enterpriseId', filter.enterpriseId) : null,
    );
  }

  /** The exact Meilisearch request searchIpAssets makes (the benchmark replays it directly). */
  ipAssetRequest(actor: Actor, args: SearchArgs, filter: IpAssetSearchFilter = {}): { query: string; params: SearchParams } {
    const page = this.page(args);
    const sort: Record<IpAssetSearchSort, string[] | undefined> = {
      RELEVANCE: undefined,
      VALUATION_DESC: ['valuationFen:desc'],
      VALUATION_ASC: ['valuationFen:asc'],
      FILED_DESC: ['filedOn:desc'],
      FILED_ASC: ['filedOn:asc'],
      NEWEST: ['createdAt:desc'],
    };
    return {
      query: args.query,
      params: {
        ...page,
        filter: this.ipAssetFilter(actor, filter) ?? undefined,
        sort: sort[filter.sort ?? IpAssetSearchSort.RELEVANCE],
        facets: ['type', 'legalStatus', 'pledgeStatus', 'ipcSection', 'niceClasses', 'implemented'],
        attributesToHighlight: [...IP_HIGHLIGHT],
        attributesToCrop: ['abstract'],
        cropLength: 60,
        highlightPreTag: PRE,
        highlightPostTag: POST,
        cropMarker: '…',
      },
    };
  }

  async ipAssets(actor: Actor, args: SearchArgs, filter: IpAssetSearchFilter = {}): Promise<IpAssetSearchResult> {
    const request = this.ipAssetRequest(actor, args, filter);
    const res = await this.run<IpAssetDocument & Record<string, unknown>>(SearchIndex.IP_ASSETS, request.query, request.params);
    return {
      hits: res.hits.map((h): IpAssetSearchHit => ({
        id: h.id,
        type: h.type,
        number: h.number,
        title: h.title,
        abstract: h.abstract,
        enterpriseId: h.enterpriseId,
        ownerName: h.ownerName,
        regionPath: h.regionPath,
        ipcClasses: h.ipcClasses,
        niceClasses: h.niceClasses,
        legalStatus: h.legalStatus,
        pledgeStatus: h.pledgeStatus,
        implemented: h.implemented,
        valuation: h.valuationFen === null || h.valuationFen === undefined ? null : money(h.valuationFen),
        filedOn: dateOfEpochDays(h.filedOn ?? null),
        highlights: highlightsOf(h._formatted as Record<string, unknown> | undefined, IP_HIGHLIGHT),
      })),
      totalHits: res.estimatedTotalHits ?? res.hits.length,
      facets: facetsOf(res.facetDistribution),
      processingTimeMs: res.processingTimeMs,
    };
  }

  firmFilter(actor: Actor, filter: FirmSearchFilter = {}): FilterExpression | null {
    const sections = (filter.industryCodes ?? []).filter((c) => c.length === 1);
    const divisions = (filter.industryCodes ?? []).filter((c) => c.length === 3);
    return Filter.and(
      firmScope(actor),
      filter.regionPath ? Filter.eq('regionPaths', filter.regionPath) : null,
      ...(filter.tags ?? []).map((t) => Filter.eq('tags', t)),
      sections.length || divisions.length
        ? Filter.or(sections.length ? Filter.in('industrySection', sections) : null, divisions.length ? Filter.in('industryCode', divisions) : null)
        : null,
      filter.minIpCount !== undefined && filter.minIpCount !== null ? Filter.gte('ipCount', filter.minIpCount) : null,
      filter.hasOpenNeeds === true ? Filter.gte('openNeedCount', 1) : filter.hasOpenNeeds === false ? Filter.eq('openNeedCount', 0) : null,
    );
  }

  async firms(actor: Actor, args: SearchArgs, filter: FirmSearchFilter = {}): Promise<FirmSearchResult> {
    const page = this.page(args);
    const sort: Record<FirmSearchSort, string[] | undefined> = {
      RELEVANCE: undefined,
      IP_COUNT_DESC: ['ipCount:desc'],
      NEED_AMOUNT_DESC: ['openNeedAmountFen:desc'],
      NEWEST: ['createdAt:desc'],
    };
    const res = await this.run<FirmDocument & Record<string, unknown>>(SearchIndex.FIRMS, args.query, {
      ...page,
      filter: this.firmFilter(actor, filter) ?? undefined,
      sort: sort[filter.sort ?? FirmSearchSort.RELEVANCE],
      facets: ['tags', 'industrySection'],
      attributesToHighlight: [...FIRM_HIGHLIGHT],
    });
    return {
      hits: res.hits.map((h): FirmSearchHit => ({
        id: h.id,
        name: h.name,
        creditCode: h.creditCode,
        tags: h.tags,
        industryCode: h.industryCode,
        industryName: h.industryName,
        regionPath: h.regionPath,
        regionName: h.regionName,
        ipCount: h.ipCount,
        patentCount: h.patentCount,
        trademarkCount: h.trademarkCount,
        copyrightCount: h.copyrightCount,
        ipTitles: h.ipTitles,
        openNeedCount: h.openNeedCount,
        openNeedAmount: money(h.openNeedAmountFen),
        highlights: highlightsOf(h._formatted as Record<string, unknown> | undefined, FIRM_HIGHLIGHT),
      })),
      totalHits: res.estimatedTotalHits ?? res.hits.length,
      facets: facetsOf(res.facetDistribution),
      processingTimeMs: res.processingTimeMs,
    };
  }

  disposalFilter(actor: Actor | undefined, filter: DisposalSearchFilter = {}): FilterExpression | null {
    return Filter.and(
      disposalScope(actor, filter.statuses),
      filter.modes?.length ? Filter.in('mode', filter.modes) : null,
      filter.assetTypes?.length ? Filter.in('assetTypes', filter.assetTypes) : null,
      filter.minPriceFen !== undefined ? Filter.gte('priceFen', fenBound(filter.minPriceFen, 'filter.minPriceFen')!) : null,
      filter.maxPriceFen !== undefined ? Filter.lte('priceFen', fenBound(filter.maxPriceFen, 'filter.maxPriceFen')!) : null,
      filter.endsAfter ? Filter.gte('endsAt', filter.endsAfter.getTime()) : null,
      filter.regionPath ? Filter.eq('regionPaths', filter.regionPath) : null,
    );
  }

  async disposalListings(actor: Actor | undefined, args: SearchArgs, filter: DisposalSearchFilter = {}): Promise<DisposalSearchResult> {
    const page = this.page(args);
    const sort: Record<DisposalSearchSort, string[] | undefined> = {
      RELEVANCE: undefined,
      PRICE_ASC: ['priceFen:asc'],
      PRICE_DESC: ['priceFen:desc'],
      ENDING_SOON: ['endsAt:asc'],
      NEWEST: ['createdAt:desc'],
    };
    const res = await this.run<DisposalListingDocument & Record<string, unknown>>(SearchIndex.DISPOSAL_LISTINGS, args.query, {
      ...page,
      filter: this.disposalFilter(actor, filter) ?? undefined,
      sort: sort[filter.sort ?? DisposalSearchSort.RELEVANCE],
      facets: ['mode', 'assetTypes'],
      attributesToHighlight: [...DISPOSAL_HIGHLIGHT],
    });
    return {
      hits: res.hits.map((h): DisposalListingSearchHit => ({
        id: h.id,
        title: h.title,
        description: h.description,
        assetTitles: h.assetTitles,
        assetTypes: h.assetTypes,
        mode: h.mode,
        status: h.status,
        price: money(h.priceFen),
        endsAt: h.endsAt === null || h.endsAt === undefined ? null : new Date(h.endsAt),
        regionPath: h.regionPath,
        highlights: highlightsOf(h._formatted as Record<string, unknown> | undefined, DISPOSAL_HIGHLIGHT),
      })),
      totalHits: res.estimatedTotalHits ?? res.hits.length,
      facets: facetsOf(res.facetDistribution),
      processingTimeMs: res.processingTimeMs,
    };
  }
}
