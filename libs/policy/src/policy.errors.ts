import { defineDomainError } from '@zhirong/core';

export enum PolicyErrorCode {
  /** The rules do not have the PolicyRules shape (`extensions.field` names the path). */
  INVALID_RULES = 'INVALID_RULES',
  /** Only a draft is published or edited. */
  POLICY_STATUS = 'POLICY_STATUS',
  /** A new version starts after the version it replaces started. */
  VALIDITY_OVERLAP = 'VALIDITY_OVERLAP',
  /** No published version covers the day, for the region nor any region above it (not even the national default). */
  NO_POLICY = 'NO_POLICY',
}

export const PolicyError = defineDomainError<PolicyErrorCode>('PolicyError', {
  [PolicyErrorCode.INVALID_RULES]: 'BAD_USER_INPUT',
  [PolicyErrorCode.POLICY_STATUS]: 'CONFLICT',
  [PolicyErrorCode.VALIDITY_OVERLAP]: 'BAD_USER_INPUT',
  [PolicyErrorCode.NO_POLICY]: 'NOT_FOUND',
});
