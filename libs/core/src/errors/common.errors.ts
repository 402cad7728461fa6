import { defineDomainError } from './domain.error';

export enum CommonErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  OUT_OF_REGION = 'OUT_OF_REGION',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RATE_LIMITED = 'RATE_LIMITED',
  /** A server the answer needs (e.g. Meilisearch) does not answer in time. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** Errors every domain needs: authentication, authorization, validation, lookup. */
export const CommonError = defineDomainError<CommonErrorCode>('CommonError', {
  [CommonErrorCode.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [CommonErrorCode.FORBIDDEN]: 'FORBIDDEN',
  [CommonErrorCode.OUT_OF_REGION]: 'FORBIDDEN',
  [CommonErrorCode.VALIDATION_FAILED]: 'BAD_USER_INPUT',
  [CommonErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [CommonErrorCode.CONFLICT]: 'CONFLICT',
  [CommonErrorCode.QUERY_TOO_COMPLEX]: 'BAD_USER_INPUT',
  [CommonErrorCode.RATE_LIMITED]: 'TOO_MANY_REQUESTS',
  [CommonErrorCode.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
});

export const badInput = (field: string, message: string, details?: Record<string, unknown>) =>
  new CommonError(CommonErrorCode.VALIDATION_FAILED, message, { field, details });

export const notFound = (entity: string, id: string) =>
  new CommonError(CommonErrorCode.NOT_FOUND, `${entity} ${id} not found`, { details: { entity, id } });

export const forbidden = (message = 'You are not allowed to do this') =>
  new CommonError(CommonErrorCode.FORBIDDEN, message);

export const unauthenticated = (message = 'Sign in first') => new CommonError(CommonErrorCode.UNAUTHENTICATED, message);

export const conflict = (message: string, details?: Record<string, unknown>) =>
  new CommonError(CommonErrorCode.CONFLICT, message, { details });

/** TOO_MANY_REQUESTS; `extensions.retryAfterSeconds` tells the client when to try again. */
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new CommonError(CommonErrorCode.RATE_LIMITED, message, { details: { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) } });

/**
 * SERVICE_UNAVAILABLE: a server the answer needs is down or too slow. Name the capability
 * ("search"), never the server's address: the message reaches the client.
 */
export const serviceUnavailable = (message: string, retryAfterSeconds = 5) =>
  new CommonError(CommonErrorCode.SERVICE_UNAVAILABLE, message, { details: { retryAfterSeconds } });
