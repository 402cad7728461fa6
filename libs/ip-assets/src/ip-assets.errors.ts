import { CommonError, CommonErrorCode, defineDomainError, DomainError } from '@zhirong/core';

export enum IpAssetErrorCode {
  /** The registration/application number is not well formed for its type. */
  INVALID_NUMBER = 'INVALID_NUMBER',
  /** Another asset of the same type already has this number. */
  NUMBER_TAKEN = 'NUMBER_TAKEN',
  /** A pledged asset, or one in disposal, keeps what the pledge rests on. */
  ASSET_PLEDGED = 'ASSET_PLEDGED',
  /** An asset offered in a bundle is not the firm's, not valid, or not free. */
  ASSET_NOT_PLEDGEABLE = 'ASSET_NOT_PLEDGEABLE',
  /** Only a VALID or PENDING asset is worth appraising. */
  ASSET_NOT_APPRAISABLE = 'ASSET_NOT_APPRAISABLE',
  /** A valuer records an appraisal only under an open engagement (评估委托) for the asset. */
  NOT_ENGAGED = 'NOT_ENGAGED',
  /** The valuer already has an open engagement for the asset. */
  ENGAGEMENT_EXISTS = 'ENGAGEMENT_EXISTS',
  /** The engagement is completed or cancelled. */
  ENGAGEMENT_CLOSED = 'ENGAGEMENT_CLOSED',
}

export const IpAssetError = defineDomainError<IpAssetErrorCode>('IpAssetError', {
  [IpAssetErrorCode.INVALID_NUMBER]: 'BAD_USER_INPUT',
  [IpAssetErrorCode.NUMBER_TAKEN]: 'CONFLICT',
  [IpAssetErrorCode.ASSET_PLEDGED]: 'CONFLICT',
  [IpAssetErrorCode.ASSET_NOT_PLEDGEABLE]: 'BAD_USER_INPUT',
  [IpAssetErrorCode.ASSET_NOT_APPRAISABLE]: 'BAD_USER_INPUT',
  [IpAssetErrorCode.NOT_ENGAGED]: 'FORBIDDEN',
  [IpAssetErrorCode.ENGAGEMENT_EXISTS]: 'CONFLICT',
  [IpAssetErrorCode.ENGAGEMENT_CLOSED]: 'CONFLICT',
});

/** NOT_FOUND for an id given in an input, naming the field it came in. */
export function notFoundAt(field: string, entity: string, id: string): DomainError<CommonErrorCode> {
  return new CommonError(CommonErrorCode.NOT_FOUND, `${entity} ${id} not found`, { field, details: { entity, id } });
}
