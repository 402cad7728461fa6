import type { LoadCalendarYearInput } from '../working-day-calendar.service';

/**
 * 2027 for tests only. The migration seeds 2004–2026 from `chinese-days`, which knows no later
 * year, and the State Council's 2027 notice (国务院办公厅关于2027年部分节假日安排的通知) was not
 * in the repository when this was written. These dates are PLAUSIBLE, NOT OFFICIAL: the 2027
 * festival dates (春节 6 Feb, 清明 5 Apr, 端午 9 Jun, 中秋 15 Sep) laid out the way the 2025 rules
 * arrange holidays (春节 and 国庆 with swapped weekends). Tests that count working days past
 * late December need some 2027 data, and any sound arrangement serves them; a platform database
 * gets the official one through `loadWorkingDayCalendar`.
 */
export const PLAUSIBLE_CALENDAR_2027: LoadCalendarYearInput = {
  year: 2027,
  note: '测试用的推定安排，非官方 — plausible test data, not the official 2027 arrangement',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-02-05', name: '春节' },
    { date: '2027-02-08', name: '春节' },
    { date: '2027-02-09', name: '春节' },
    { date: '2027-02-10', name: '春节' },
    { date: '2027-02-11', name: '春节' },
    { date: '2027-02-12', name: '春节' },
    { date: '2027-04-05', name: '清明节' },
    { date: '2027-05-03', name: '劳动节' },
    { date: '2027-05-04', name: '劳动节' },
    { date: '2027-05-05', name: '劳动节' },
    { date: '2027-06-09', name: '端午节' },
    { date: '2027-09-15', name: '中秋节' },
    { date: '2027-10-01', name: '国庆节' },
    { date: '2027-10-04', name: '国庆节' },
    { date: '2027-10-05', name: '国庆节' },
    { date: '2027-10-06', name: '国庆节' },
    { date: '2027-10-07', name: '国庆节' },
  ],
  workingWeekendDays: ['2027-01-31', '2027-02-20', '2027-04-25', '2027-09-26', '2027-10-09'],
};

/** The GraphQL mutation that loads a year (the platform administrator's). */
export const LOAD_CALENDAR_YEAR = `mutation($input: LoadWorkingDayCalendarInput!) { loadWorkingDayCalendar(input: $input) { year loaded } }`;
export const CALENDAR_YEAR_LOADED = `query($year: Int!) { workingDayCalendar(year: $year) { loaded } }`;
