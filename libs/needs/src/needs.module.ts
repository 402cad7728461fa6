import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENTERPRISE_ENTITIES } from '@zhirong/enterprises';
import { IDENTITY_ENTITIES } from '@zhirong/identity';
import { IP_ASSET_ENTITIES } from '@zhirong/ip-assets';
import { MatchingModule } from '@zhirong/matching';
import { PRODUCT_ENTITIES } from '@zhirong/products';
import { FinancingNeed } from './entities/financing-need.entity';
import { NeedInterest } from './entities/need-interest.entity';
import { FinancingNeedResolver } from './financing-need.resolver';
import { FinancingNeedService } from './financing-need.service';
import { NeedInterestService } from './need-interest.service';
import { NeedLibraryResolver } from './need-library.resolver';
import { NeedLibraryService } from './need-library.service';

export const NEED_ENTITIES = [FinancingNeed, NeedInterest];

@Module({
  // A need points at its firm, its pledge bundle (and so the bundle's assets) and the poster's organisation, an interest at a product:
  // TypeORM needs every entity on those paths to build the metadata, whichever modules the app loads.
  // The need library reads the bank's stored matches and evaluates them live (MatchService).
  imports: [TypeOrmModule.forFeature([...NEED_ENTITIES, ...ENTERPRISE_ENTITIES, ...IP_ASSET_ENTITIES, ...IDENTITY_ENTITIES, ...PRODUCT_ENTITIES]), MatchingModule],
  providers: [FinancingNeedService, FinancingNeedResolver, NeedInterestService, NeedLibraryService, NeedLibraryResolver],
  exports: [FinancingNeedService, NeedInterestService],
})
export class NeedsModule {}
