import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterpriseIpAssetsResolver } from './enterprise-ip-assets.resolver';
import { IpAsset } from './entities/ip-asset.entity';
import { PledgeBundle } from './entities/pledge-bundle.entity';
import { ValuationReview } from './entities/valuation-review.entity';
import { ValuationEngagement } from './entities/valuation-engagement.entity';
import { Valuation } from './entities/valuation.entity';
import { IpAssetResolver } from './ip-asset.resolver';
import { IpAssetService } from './ip-asset.service';
import { IpAssetLoaders } from './ip-assets.loaders';
import { PledgeBundleResolver } from './pledge-bundle.resolver';
import { PledgeBundleService } from './pledge-bundle.service';
import { ValuationResolver, ValuationReviewResolver } from './valuation.resolver';
import { ValuationEngagementResolver } from './valuation-engagement.resolver';
import { ValuationEngagementService } from './valuation-engagement.service';
import { ValuationService } from './valuation.service';

export const IP_ASSET_ENTITIES = [IpAsset, Valuation, ValuationReview, PledgeBundle, ValuationEngagement];

@Module({
  imports: [TypeOrmModule.forFeature(IP_ASSET_ENTITIES)],
  providers: [
    IpAssetService,
    ValuationService,
    ValuationEngagementService,
    PledgeBundleService,
    IpAssetLoaders,
    IpAssetResolver,
    ValuationResolver,
    ValuationReviewResolver,
    PledgeBundleResolver,
    ValuationEngagementResolver,
    EnterpriseIpAssetsResolver,
  ],
  exports: [IpAssetService, ValuationService, ValuationEngagementService, PledgeBundleService, IpAssetLoaders],
})
export class IpAssetsModule {}
