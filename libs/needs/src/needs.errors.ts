import { defineDomainError } from '@zhirong/core';

export enum NeedErrorCode {
  /** Only an open need may change; once matched or funded it is what banks answered. */
  NEED_NOT_OPEN = 'NEED_NOT_OPEN',
  /** Funded, expired or already withdrawn needs cannot be withdrawn. */
  NEED_NOT_WITHDRAWABLE = 'NEED_NOT_WITHDRAWABLE',
  /** The pledge bundle offered does not exist or belongs to another firm. */
  BUNDLE_NOT_OWNED = 'BUNDLE_NOT_OWNED',
  /** A firm user posts for its own enterprise, which has no profile yet. */
  NO_ENTERPRISE_PROFILE = 'NO_ENTERPRISE_PROFILE',
  /** Only an open or matched need is published to banks or taken up by them. */
  NEED_NOT_LIVE = 'NEED_NOT_LIVE',
  /** The bank already has a pending or accepted interest in this need. */
  INTEREST_EXISTS = 'INTEREST_EXISTS',
  /** The product named is not one of the bank's active products that the need matches. */
  PRODUCT_NOT_MATCHED = 'PRODUCT_NOT_MATCHED',
  /** The interest is no longer in the state the change needs (answered, withdrawn, closed). */
  INTEREST_NOT_OPEN = 'INTEREST_NOT_OPEN',
}

export const NeedError = defineDomainError<NeedErrorCode>('NeedError', {
  [NeedErrorCode.NEED_NOT_OPEN]: 'CONFLICT',
  [NeedErrorCode.NEED_NOT_WITHDRAWABLE]: 'CONFLICT',
  [NeedErrorCode.BUNDLE_NOT_OWNED]: 'BAD_USER_INPUT',
  [NeedErrorCode.NO_ENTERPRISE_PROFILE]: 'BAD_USER_INPUT',
  [NeedErrorCode.NEED_NOT_LIVE]: 'CONFLICT',
  [NeedErrorCode.INTEREST_EXISTS]: 'CONFLICT',
  [NeedErrorCode.PRODUCT_NOT_MATCHED]: 'BAD_USER_INPUT',
  [NeedErrorCode.INTEREST_NOT_OPEN]: 'CONFLICT',
});
