export * from './permission';
export * from './access.policy';
export * from './access.service';
export * from './access.module';
export * from './bank-access.service';
export * from './entities/bank-access-revocation.entity';
