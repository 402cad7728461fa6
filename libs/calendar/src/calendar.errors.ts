import { defineDomainError } from '@zhirong/core';

export enum CalendarErrorCode {
  /** A date falls in a year whose official arrangement the platform has not loaded. */
  CALENDAR_YEAR_MISSING = 'CALENDAR_YEAR_MISSING',
}

export const CalendarError = defineDomainError<CalendarErrorCode>('CalendarError', {
  // The request is sound; the platform lacks the data. CONFLICT tells the client to retry after an administrator loads the year.
  [CalendarErrorCode.CALENDAR_YEAR_MISSING]: 'CONFLICT',
});
