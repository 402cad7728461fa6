/** The codes clients branch on (API-CONTRACT.md). */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE' | 'INTERNAL';

export interface DomainErrorOptions {
  /** The input path at fault, e.g. `input.creditCode`, for BAD_USER_INPUT. */
  field?: string;
  /** Extra facts a client may show, e.g. the conflicting id. */
  details?: Record<string, unknown>;
}

/**
 * The one error type services throw. `reason` is the domain's own code (stable,
 * machine-readable); `apiCode` is the coarse code of the API contract. Only the API
 * layer turns these into GraphQL errors.
 */
export abstract class DomainError<TReason extends string = string> extends Error {
  abstract readonly apiCode: ApiErrorCode;
  readonly field?: string;
  readonly details?: Record<string, unknown>;

  constructor(
    readonly reason: TReason,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.field = options.field;
    this.details = options.details;
  }
}

export type DomainErrorClass<TReason extends string> = new (
  reason: TReason,
  message: string,
  options?: DomainErrorOptions,
) => DomainError<TReason>;

/**
 * Declares a domain's error type from its code table. The `Record` makes the
 * compiler insist that every new domain code gets an API code.
 */
export function defineDomainError<TReason extends string>(
  name: string,
  apiCodes: Record<TReason, ApiErrorCode>,
): DomainErrorClass<TReason> {
  const cls = class extends DomainError<TReason> {
    get apiCode(): ApiErrorCode {
      return apiCodes[this.reason];
    }
  };
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}
