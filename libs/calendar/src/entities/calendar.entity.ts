import { User } from '@zhirong/identity';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CalendarDayKind, CalendarSource } from './calendar.enums';

/**
 * 工作日历年度: a year the platform holds the official working-day arrangement of. A date in
 * a year without a row is refused (CALENDAR_YEAR_MISSING), never guessed.
 */
@Entity()
@Check('CHK_calendar_year_range', 'year BETWEEN 2000 AND 2100')
export class CalendarYear {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'enum', enum: CalendarSource, enumName: 'calendar_source' })
  source!: CalendarSource;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  // The administrator who loaded the year; null for the seed. Kept when the account goes.
  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  loadedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  loadedAt!: Date;
}

/**
 * 工作日历例外: a day that breaks the Monday–Friday rule — a weekday off (HOLIDAY) or a
 * weekend day worked (WORKDAY, 调休). Plain weekends and plain weekdays have no row.
 */
@Entity()
@Index(['year'])
@Check('CHK_calendar_day_year', 'EXTRACT(YEAR FROM date) = year')
@Check('CHK_calendar_day_kind_weekday', "(kind = 'HOLIDAY' AND EXTRACT(ISODOW FROM date) < 6) OR (kind = 'WORKDAY' AND EXTRACT(ISODOW FROM date) >= 6)")
export class CalendarDay {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  // Loading a year replaces its days.
  @ForeignKey(() => CalendarYear, { onDelete: 'CASCADE' })
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'enum', enum: CalendarDayKind, enumName: 'calendar_day_kind' })
  kind!: CalendarDayKind;

  /** The holiday the day belongs to (国庆节; for a WORKDAY the holiday it makes up for). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  name!: string | null;
}
