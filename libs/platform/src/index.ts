export * from './entities';
export * from './migrations';
export * from './database.module';
export * from './data-source';
export * from './platform.module';
