import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IpAsset } from './entities/ip-asset.entity';
import { PledgeBundle } from './entities/pledge-bundle.entity';
import { ValuationReview } from './entities/valuation-review.entity';
import { Valuation } from './entities/valuation.entity';

export const IP_ASSET_ENTITIES = [IpAsset, Valuation, ValuationReview, PledgeBundle];

@Module({
  imports: [TypeOrmModule.forFeature(IP_ASSET_ENTITIES)],
})
export class IpAssetsModule {}
