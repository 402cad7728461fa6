import { IdentityModule } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, firstError, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { CalendarErrorCode } from './calendar.errors';
import { CalendarModule } from './calendar.module';
import { WorkingDayCalendar } from './working-day-calendar.service';

const CALENDAR = `query($year: Int!) { workingDayCalendar(year: $year) {
  year loaded source note workingDayCount holidays { date kind name } workingWeekendDays { date name } } }`;
const LOAD = `mutation($input: LoadWorkingDayCalendarInput!) { loadWorkingDayCalendar(input: $input) {
  year loaded source note workingDayCount holidays { date name } workingWeekendDays { date } } }`;

interface CalendarView {
  year: number;
  loaded: boolean;
  source: string | null;
  note: string | null;
  workingDayCount: number | null;
  holidays: { date: string; name: string | null }[];
  workingWeekendDays: { date: string }[];
}

// The State Council's arrangement for 2027 is not out when this is written: an illustrative
// year (New Year's Day and a National Day week with a worked Saturday), not the official one.
const Y2027 = {
  year: 2027,
  note: '测试用安排（非官方）',
  holidays: [{ date: '2027-01-01', name: '元旦' }, ...['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'].map((date) => ({ date, name: '国庆节' }))],
  workingWeekendDays: ['2027-10-09'],
};

jest.setTimeout(60_000);

describe('working-day calendar', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let calendar: WorkingDayCalendar;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, CalendarModule]);
    f = await createIdentityFixture(t);
    calendar = t.module.get(WorkingDayCalendar);
  });
  afterAll(() => t?.close());

  it('holds 2004–2026 from the seed migration (chinese-days 1.5.7)', async () => {
    const [{ years, first, last }] = (await t.dataSource.query(
      `SELECT count(*)::int AS years, min(year) AS first, max(year) AS last FROM calendar_year WHERE source = 'SEEDED'`,
    )) as { years: number; first: number; last: number }[];
    expect({ years, first, last }).toEqual({ years: 23, first: 2004, last: 2026 });
    const res = await t.gql<{ workingDayCalendar: CalendarView }>(CALENDAR, { year: 2026 }, await f.token('firm'));
    const y = res.data!.workingDayCalendar;
    expect(y).toMatchObject({ year: 2026, loaded: true, source: 'SEEDED' });
    expect(y.holidays.filter((h) => h.name === '国庆节').map((h) => h.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(y.workingWeekendDays.map((d) => d.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    // 261 weekdays − 19 weekdays off + 6 weekend days worked.
    expect(y.holidays).toHaveLength(19);
    expect(y.workingDayCount).toBe(261 - 19 + 6);
  });

  it('puts a due time across the National Day holiday and a swapped working Saturday', async () => {
    // Submitted Wed 2026-09-30 10:00 in Shanghai; 10-01..10-07 off; Sat 10-10 worked.
    const submitted = new Date('2026-09-30T10:00:00+08:00');
    expect((await calendar.addWorkingDays(submitted, 1)).toISOString()).toBe('2026-10-08T15:59:59.999Z'); // end of Thu 10-08
    expect((await calendar.addWorkingDays(submitted, 3)).toISOString()).toBe('2026-10-10T15:59:59.999Z'); // 10-08, 10-09, Sat 10-10
    expect((await calendar.addWorkingDays(submitted, 7)).toISOString()).toBe('2026-10-15T15:59:59.999Z');
    // Late at night UTC is already the next day in Shanghai: 2026-10-09 17:00Z is Sat 10-10 01:00.
    expect((await calendar.addWorkingDays(new Date('2026-10-09T17:00:00Z'), 1)).toISOString()).toBe('2026-10-12T15:59:59.999Z');
    expect(await calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(await calendar.isWorkingDay('2026-10-05')).toBe(false);
    expect(await calendar.workingDaysBetween('2026-09-30', '2026-10-15')).toBe(7);
  });

  it('refuses 2027 until an administrator loads it, then counts with it', async () => {
    const lateDecember = new Date('2026-12-31T09:00:00+08:00');
    await expect(calendar.addWorkingDays(lateDecember, 1)).rejects.toMatchObject({ reason: CalendarErrorCode.CALENDAR_YEAR_MISSING, details: { year: 2027 } });
    const before = await t.gql<{ workingDayCalendar: CalendarView }>(CALENDAR, { year: 2027 }, await f.token('bank'));
    expect(before.data!.workingDayCalendar).toMatchObject({ loaded: false, source: null, workingDayCount: null, holidays: [] });

    const refused = await t.gql(LOAD, { input: Y2027 }, await f.token('office'));
    expect(firstError(refused).extensions?.code).toBe('FORBIDDEN');

    const loaded = await t.gql<{ loadWorkingDayCalendar: CalendarView }>(LOAD, { input: Y2027 }, await f.token('admin'));
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data!.loadWorkingDayCalendar).toMatchObject({
      year: 2027,
      loaded: true,
      source: 'ADMIN',
      note: '测试用安排（非官方）',
      workingWeekendDays: [{ date: '2027-10-09' }],
    });
    // 2027 has 261 weekdays; 6 off, 1 Saturday worked.
    expect(loaded.data!.loadWorkingDayCalendar.workingDayCount).toBe(261 - 6 + 1);
    // Thu 2026-12-31 + 1: Fri 2027-01-01 is 元旦, so Mon 2027-01-04.
    expect((await calendar.addWorkingDays(lateDecember, 1)).toISOString()).toBe('2027-01-04T15:59:59.999Z');
    expect(await calendar.isWorkingDay('2027-10-09')).toBe(true);

    const [audit] = (await t.dataSource.query(`SELECT action, entity_id FROM audit_log WHERE entity_type = 'CalendarYear'`)) as { action: string; entity_id: string }[];
    expect(audit).toEqual({ action: 'loadWorkingDayCalendar', entity_id: '2027' });
  });

  it('replaces a year on a second load', async () => {
    const res = await t.gql<{ loadWorkingDayCalendar: CalendarView }>(
      LOAD,
      { input: { ...Y2027, holidays: [{ date: '2027-01-01', name: '元旦' }], workingWeekendDays: [] } },
      await f.token('admin'),
    );
    expect(res.data!.loadWorkingDayCalendar.holidays).toEqual([{ date: '2027-01-01', name: '元旦' }]);
    expect(await calendar.isWorkingDay('2027-10-01')).toBe(true);
  });

  it('names the bad input', async () => {
    const weekend = await t.gql(LOAD, { input: { ...Y2027, holidays: [{ date: '2027-01-01' }, { date: '2027-10-02' }] } }, await f.token('admin'));
    expect(firstError(weekend).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.holidays.1.date' });
    const otherYear = await t.gql(LOAD, { input: { ...Y2027, workingWeekendDays: ['2026-10-10'] } }, await f.token('admin'));
    expect(firstError(otherYear).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workingWeekendDays.0' });
    expect(firstError(otherYear).message).toMatch(/not in 2027/);
  });
});
