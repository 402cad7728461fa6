export * from './entities/financing-need.entity';
export * from './needs.module';
