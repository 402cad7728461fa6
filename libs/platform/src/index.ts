export * from './migrations';
export * from './database.module';
export * from './platform.module';
