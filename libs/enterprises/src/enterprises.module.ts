import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterpriseBankAccess } from './entities/enterprise-bank-access.entity';
import { Enterprise } from './entities/enterprise.entity';

export const ENTERPRISE_ENTITIES = [Enterprise, EnterpriseBankAccess];

@Module({
  imports: [TypeOrmModule.forFeature(ENTERPRISE_ENTITIES)],
})
export class EnterprisesModule {}
