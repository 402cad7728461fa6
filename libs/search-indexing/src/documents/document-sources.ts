import { SearchIndex } from '@zhirong/search';
import { disposalListingDocuments } from './disposal-listing.document';
import { DocumentSource } from './document-source';
import { firmDocuments } from './firm.document';
import { ipAssetDocuments } from './ip-asset.document';

export const DOCUMENT_SOURCES: Record<SearchIndex, DocumentSource> = {
  [SearchIndex.IP_ASSETS]: ipAssetDocuments,
  [SearchIndex.FIRMS]: firmDocuments,
  [SearchIndex.DISPOSAL_LISTINGS]: disposalListingDocuments,
};
