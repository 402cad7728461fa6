export * from './permission';
export * from './access.policy';
export * from './access.service';
export * from './access.module';
