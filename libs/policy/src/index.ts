export * from './entities/regional-policy.entity';
export * from './policy-rules';
export * from './policy.errors';
export * from './policy.data';
export * from './policy.service';
export * from './policy.seed';
export * from './policy.module';
export * from './formulas';
