import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Region } from '@zhirong/identity';
import { EnterpriseResolver } from './enterprise.resolver';
import { EnterpriseService } from './enterprise.service';
import { EnterpriseAnnualRevenue } from './entities/enterprise-annual-revenue.entity';
import { EnterpriseBankAccess } from './entities/enterprise-bank-access.entity';
import { Enterprise } from './entities/enterprise.entity';

export const ENTERPRISE_ENTITIES = [Enterprise, EnterpriseBankAccess, EnterpriseAnnualRevenue];

@Module({
  // Region is read here (placement checks, filters, the region field); identity owns the table.
  imports: [TypeOrmModule.forFeature([...ENTERPRISE_ENTITIES, Region])],
  providers: [EnterpriseService, EnterpriseResolver],
  exports: [EnterpriseService],
})
export class EnterprisesModule {}
