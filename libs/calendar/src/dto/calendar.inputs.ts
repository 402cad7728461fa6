import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType({ description: '节假日 — one weekday off' })
export class CalendarHolidayInput {
  @Field({ description: '日期 — YYYY-MM-DD, a Monday–Friday of the year' })
  @IsString()
  date!: string;

  @Field(() => String, { nullable: true, description: '节日 — e.g. 国庆节' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  name?: string | null;
}

@InputType({ description: '导入年度工作日历 — a year’s official arrangement; replaces what the platform holds for that year' })
export class LoadWorkingDayCalendarInput {
  @Field(() => Int, { description: '年度 — 2000–2100' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => [CalendarHolidayInput], { description: '节假日 — the weekdays off (a weekend day inside a holiday is off anyway: leave it out)' })
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => CalendarHolidayInput)
  holidays!: CalendarHolidayInput[];

  @Field(() => [String], { description: '调休上班日 — the Saturdays and Sundays worked, YYYY-MM-DD' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  workingWeekendDays!: string[];

  @Field(() => String, { nullable: true, description: '说明 — e.g. 国务院办公厅关于2027年部分节假日安排的通知' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
