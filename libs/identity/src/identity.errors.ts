import { defineDomainError } from '@zhirong/core';

export enum IdentityErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  USER_DISABLED = 'USER_DISABLED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  REGION_CODE_TAKEN = 'REGION_CODE_TAKEN',
  REGION_LEVEL_INVALID = 'REGION_LEVEL_INVALID',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  SELF_LOCKOUT = 'SELF_LOCKOUT',
}

export const IdentityError = defineDomainError<IdentityErrorCode>('IdentityError', {
  [IdentityErrorCode.INVALID_CREDENTIALS]: 'UNAUTHENTICATED',
  [IdentityErrorCode.USER_DISABLED]: 'UNAUTHENTICATED',
  [IdentityErrorCode.EMAIL_TAKEN]: 'CONFLICT',
  [IdentityErrorCode.REGION_CODE_TAKEN]: 'CONFLICT',
  [IdentityErrorCode.REGION_LEVEL_INVALID]: 'BAD_USER_INPUT',
  [IdentityErrorCode.ROLE_NOT_ALLOWED]: 'BAD_USER_INPUT',
  [IdentityErrorCode.SELF_LOCKOUT]: 'BAD_USER_INPUT',
});
