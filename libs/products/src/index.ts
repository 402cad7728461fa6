export * from './entities/loan-product.entity';
export * from './products.errors';
export * from './loan-product.rules';
export * from './loan-product.service';
export * from './products.module';
export * from './dto/loan-product.objects';
export * from './dto/loan-product.inputs';
