import { defineDomainError } from '@zhirong/core';

export enum SearchErrorCode {
  PAGE_TOO_LARGE = 'PAGE_TOO_LARGE',
  OFFSET_OUT_OF_RANGE = 'OFFSET_OUT_OF_RANGE',
  INVALID_FILTER = 'INVALID_FILTER',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

export const SearchError = defineDomainError<SearchErrorCode>('SearchError', {
  [SearchErrorCode.PAGE_TOO_LARGE]: 'BAD_USER_INPUT',
  [SearchErrorCode.OFFSET_OUT_OF_RANGE]: 'BAD_USER_INPUT',
  [SearchErrorCode.INVALID_FILTER]: 'BAD_USER_INPUT',
  [SearchErrorCode.NOT_ALLOWED]: 'FORBIDDEN',
});
