import { defineDomainError } from '@zhirong/core';

export enum LoansErrorCode {
  /** Someone changed the application or loan after you read it: read it again. */
  STALE_VERSION = 'STALE_VERSION',
  /** The application's or loan's status does not allow this transition. */
  STATUS = 'STATUS',
  /** Firms apply; banks decide and service loans. */
  NOT_A_PARTY = 'NOT_A_PARTY',
  /** The product is not active today. */
  PRODUCT_NOT_ACTIVE = 'PRODUCT_NOT_ACTIVE',
  /** The amount exceeds the pledge ceiling: Σ latest valid valuations × the product's pledge rates (DOMAIN.md rule 1). */
  PLEDGE_RATE_EXCEEDED = 'PLEDGE_RATE_EXCEEDED',
  /** A disbursement guard (pledge registration) refused. */
  DISBURSEMENT_BLOCKED = 'DISBURSEMENT_BLOCKED',
}

export const LoansError = defineDomainError<LoansErrorCode>('LoansError', {
  [LoansErrorCode.STALE_VERSION]: 'CONFLICT',
  [LoansErrorCode.STATUS]: 'CONFLICT',
  [LoansErrorCode.NOT_A_PARTY]: 'FORBIDDEN',
  [LoansErrorCode.PRODUCT_NOT_ACTIVE]: 'BAD_USER_INPUT',
  [LoansErrorCode.PLEDGE_RATE_EXCEEDED]: 'BAD_USER_INPUT',
  [LoansErrorCode.DISBURSEMENT_BLOCKED]: 'CONFLICT',
});
