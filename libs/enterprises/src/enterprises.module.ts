import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Region } from '@zhirong/identity';
import { EnterpriseResolver } from './enterprise.resolver';
import { EnterpriseService } from './enterprise.service';
import { EnterpriseAnnualRevenue } from './entities/enterprise-annual-revenue.entity';
import { EnterpriseBankAccess } from './entities/enterprise-bank-access.entity';
import { Enterprise } from './entities/enterprise.entity';
import { EnterpriseFactDeclaration } from './entities/enterprise-fact-declaration.entity';
import { EnterpriseDeclaredFactsResolver, FactDeclarationResolver } from './fact-declaration.resolver';
import { FactDeclarationService } from './fact-declaration.service';

export const ENTERPRISE_ENTITIES = [Enterprise, EnterpriseBankAccess, EnterpriseAnnualRevenue, EnterpriseFactDeclaration];

@Module({
  // Region is read here (placement checks, filters, the region field); identity owns the table.
  imports: [TypeOrmModule.forFeature([...ENTERPRISE_ENTITIES, Region])],
  providers: [EnterpriseService, EnterpriseResolver, FactDeclarationService, FactDeclarationResolver, EnterpriseDeclaredFactsResolver],
  exports: [EnterpriseService, FactDeclarationService],
})
export class EnterprisesModule {}
