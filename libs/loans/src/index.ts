export * from './entities';
export * from './loan.ports';
export * from './loans.module';
export * from './schedule.rules';
export * from './overdue.rules';
