import { defineDomainError } from '@zhirong/core';

export enum ProductErrorCode {
  /** A range whose minimum lies above its maximum (amount, term, rate, active window). */
  RANGE_REVERSED = 'RANGE_REVERSED',
  /** Pledge rates that do not match the accepted IP types one to one. */
  PLEDGE_RATES_MISMATCH = 'PLEDGE_RATES_MISMATCH',
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  /** The organisation named as the product's bank is not a bank. */
  NOT_A_BANK = 'NOT_A_BANK',
  /** Archived products are kept for history and no longer change. */
  PRODUCT_ARCHIVED = 'PRODUCT_ARCHIVED',
}

export const ProductError = defineDomainError<ProductErrorCode>('ProductError', {
  [ProductErrorCode.RANGE_REVERSED]: 'BAD_USER_INPUT',
  [ProductErrorCode.PLEDGE_RATES_MISMATCH]: 'BAD_USER_INPUT',
  [ProductErrorCode.UNKNOWN_REGION]: 'BAD_USER_INPUT',
  [ProductErrorCode.NOT_A_BANK]: 'BAD_USER_INPUT',
  [ProductErrorCode.PRODUCT_ARCHIVED]: 'CONFLICT',
});
