import { registerEnumType } from '@nestjs/graphql';

/** Where a year's arrangement came from. */
export enum CalendarSource {
  /** From the `chinese-days` 1.5.7 snapshot in the seed migration (2004–2026). */
  SEEDED = 'SEEDED',
  /** Loaded by a platform administrator from the State Council's notice. */
  ADMIN = 'ADMIN',
}

export enum CalendarDayKind {
  /** A weekday off. */
  HOLIDAY = 'HOLIDAY',
  /** A Saturday or Sunday worked (调休). */
  WORKDAY = 'WORKDAY',
}

registerEnumType(CalendarSource, {
  name: 'CalendarSource',
  description: '日历来源 — where a year of the working-day calendar came from',
  valuesMap: {
    SEEDED: { description: 'Seeded (内置数据). From the chinese-days 1.5.7 snapshot, 2004–2026' },
    ADMIN: { description: 'Loaded by the administrator (管理员导入). From the official notice' },
  },
});

registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: '日历例外 — a day that breaks the Monday–Friday rule',
  valuesMap: {
    HOLIDAY: { description: 'Holiday (法定节假日). A weekday off' },
    WORKDAY: { description: 'Working weekend day (调休上班). A Saturday or Sunday worked' },
  },
});
