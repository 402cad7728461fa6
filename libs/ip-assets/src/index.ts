export * from './entities/ip-asset.enums';
export * from './entities/ip-asset.entity';
export * from './entities/valuation.entity';
export * from './entities/valuation-review.entity';
export * from './entities/pledge-bundle.entity';
export * from './ip-assets.module';
