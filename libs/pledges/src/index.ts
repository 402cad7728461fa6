export * from './entities/pledge.enums';
export * from './entities/pledge-registration.entity';
export * from './pledges.errors';
export * from './pledge.rules';
export * from './pledges.module';
export * from './pledge-registration.service';
export * from './entities/monitoring.entity';
export * from './monitoring/monitoring.service';
