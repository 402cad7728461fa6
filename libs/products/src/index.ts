export * from './entities/loan-product.entity';
export * from './products.module';
