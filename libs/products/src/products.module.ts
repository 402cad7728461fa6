import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoanProduct } from './entities/loan-product.entity';

export const PRODUCT_ENTITIES = [LoanProduct];

@Module({
  imports: [TypeOrmModule.forFeature(PRODUCT_ENTITIES)],
})
export class ProductsModule {}
