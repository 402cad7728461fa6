import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENTERPRISE_ENTITIES } from '@zhirong/enterprises';
import { IDENTITY_ENTITIES } from '@zhirong/identity';
import { IP_ASSET_ENTITIES } from '@zhirong/ip-assets';
import { FinancingNeed } from './entities/financing-need.entity';
import { FinancingNeedResolver } from './financing-need.resolver';
import { FinancingNeedService } from './financing-need.service';

export const NEED_ENTITIES = [FinancingNeed];

@Module({
  // A need points at its firm, its pledge bundle (and so the bundle's assets) and the poster's organisation:
  // TypeORM needs every entity on those paths to build the metadata, whichever modules the app loads.
  imports: [TypeOrmModule.forFeature([...NEED_ENTITIES, ...ENTERPRISE_ENTITIES, ...IP_ASSET_ENTITIES, ...IDENTITY_ENTITIES])],
  providers: [FinancingNeedService, FinancingNeedResolver],
  exports: [FinancingNeedService],
})
export class NeedsModule {}
