import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from './entities/organization.entity';
import { Region } from './entities/region.entity';
import { User } from './entities/user.entity';
import { AuditLogService } from './audit-log.service';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { RegionService } from './region.service';

export const IDENTITY_ENTITIES = [Region, Organization, User];

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [IdentityService, RegionService, AuditLogService, IdentityResolver],
  exports: [IdentityService, RegionService],
})
export class IdentityModule {}
