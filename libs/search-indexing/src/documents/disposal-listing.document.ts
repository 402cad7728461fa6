import { IpType } from '@zhirong/ip-assets';
import { SearchIndex } from '@zhirong/search';
import { DocumentSource } from './document-source';

/** 处置方式 — how a defaulted pledge is offered. */
export enum DisposalMode {
  AUCTION = 'AUCTION',
  TRANSFER = 'TRANSFER',
  LICENSE = 'LICENSE',
  EQUITY_CONVERSION = 'EQUITY_CONVERSION',
}

/** 挂牌状态 — only PUBLISHED listings are public. */
export enum DisposalStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ENDED = 'ENDED',
  SOLD = 'SOLD',
  WITHDRAWN = 'WITHDRAWN',
}

/** One disposal listing as the `disposal_listings` index holds it. */
export interface DisposalListingDocument {
  id: string;
  title: string;
  description: string;
  assetTitles: string[];
  assetNumbers: string[];
  assetTypes: IpType[];
  assetTypeLabels: string[];
  mode: DisposalMode;
  status: DisposalStatus;
  /** Start or asking price, integer fen. */
  priceFen: number;
  /** Epoch milliseconds; null for listings without an end (transfer, licence). */
  endsAt: number | null;
  regionPath: string;
  regionName: string;
  regionPaths: string[];
  createdAt: number;
}

/**
 * The disposal domain has no table yet: this source builds nothing, so an outbox
 * UPSERT for a listing removes it until the disposal issue supplies the real SQL
 * here. Tests index fixture documents directly.
 */
export const disposalListingDocuments: DocumentSource<DisposalListingDocument> = {
  index: SearchIndex.DISPOSAL_LISTINGS,
  async byIds() {
    return [];
  },
  async page() {
    return [];
  },
  async count() {
    return 0;
  },
};
