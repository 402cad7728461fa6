import { defineDomainError } from '@zhirong/core';

export enum StatsErrorCode {
  /** A month is not `YYYY-MM`, or the range ends before it starts. */
  BAD_PERIOD = 'BAD_PERIOD',
  /** More months than one answer may cover. */
  PERIOD_TOO_LONG = 'PERIOD_TOO_LONG',
  /** The filter names a region or park that does not exist. */
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  /** Firms, valuers, guarantors and insurers have no statistics view. */
  NO_STATISTICS_VIEW = 'NO_STATISTICS_VIEW',
}

export const StatsError = defineDomainError<StatsErrorCode>('StatsError', {
  [StatsErrorCode.BAD_PERIOD]: 'BAD_USER_INPUT',
  [StatsErrorCode.PERIOD_TOO_LONG]: 'BAD_USER_INPUT',
  [StatsErrorCode.UNKNOWN_REGION]: 'BAD_USER_INPUT',
  [StatsErrorCode.NO_STATISTICS_VIEW]: 'FORBIDDEN',
});
