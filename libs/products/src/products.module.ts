import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IDENTITY_ENTITIES } from '@zhirong/identity';
import { LoanProduct } from './entities/loan-product.entity';
import { LoanProductResolver } from './loan-product.resolver';
import { LoanProductService } from './loan-product.service';

export const PRODUCT_ENTITIES = [LoanProduct];

@Module({
  // A product points at its bank's organisation, which points at a region: TypeORM needs them all to build the metadata.
  imports: [TypeOrmModule.forFeature([...PRODUCT_ENTITIES, ...IDENTITY_ENTITIES])],
  providers: [LoanProductService, LoanProductResolver],
  exports: [LoanProductService],
})
export class ProductsModule {}
