export * from './entities/calendar.enums';
export * from './entities/calendar.entity';
export * from './calendar.errors';
export * from './calendar.rules';
export * from './calendar.module';
export * from './working-day-calendar.service';
