export * from './entities/enterprise.enums';
export * from './entities/enterprise.entity';
export * from './entities/enterprise-bank-access.entity';
export * from './enterprises.module';
export * from './enterprise-visibility';
