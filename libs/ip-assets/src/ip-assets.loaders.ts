import { Injectable } from '@nestjs/common';
import { groupByKeys, pickByKeys, RequestLoaders, todayInShanghai } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization, Region } from '@zhirong/identity';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { appraiseBundles, Appraisal, latestValidValuationsSql } from './appraisal';
import { IpAsset } from './entities/ip-asset.entity';
import { ValuationReview } from './entities/valuation-review.entity';
import { Valuation } from './entities/valuation.entity';

export type OrganizationWithRegion = Organization & { region: Region };

/**
 * The request-scoped loaders behind the nested fields of IP assets, valuations
 * and bundles: each level of a page costs one query, whatever the page size.
 * Names carry the `ipAssets.` prefix so other domains' loaders never collide.
 */
@Injectable()
export class IpAssetLoaders {
  constructor(private readonly dataSource: DataSource) {}

  asset(loaders: RequestLoaders): DataLoader<string, IpAsset | null> {
    return loaders.get('ipAssets.assetById', async (ids: readonly string[]) =>
      pickByKeys(ids, await this.dataSource.getRepository(IpAsset).findBy({ id: In([...ids]) }), (a) => a.id),
    );
  }

  enterprise(loaders: RequestLoaders): DataLoader<string, Enterprise | null> {
    return loaders.get('ipAssets.enterpriseById', async (ids: readonly string[]) =>
      pickByKeys(ids, await this.dataSource.getRepository(Enterprise).findBy({ id: In([...ids]) }), (e) => e.id),
    );
  }

  organization(loaders: RequestLoaders): DataLoader<string, OrganizationWithRegion | null> {
    return loaders.get('ipAssets.organizationWithRegionById', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Organization).find({ where: { id: In([...ids]) }, relations: { region: true } });
      return pickByKeys(ids, rows as OrganizationWithRegion[], (o) => o.id);
    });
  }

  /** The valuation that counts for each asset today (DOMAIN.md rule 1), or null. */
  latestValuation(loaders: RequestLoaders): DataLoader<string, Valuation | null> {
    return loaders.get('ipAssets.latestValidValuationByAsset', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(Valuation)
        .createQueryBuilder('val')
        .where(`val.id IN (SELECT lv.id FROM (${latestValidValuationsSql('v.ip_asset_id IN (:...ids)', ':asOf')}) lv)`, {
          ids: [...ids],
          asOf: todayInShanghai(),
        })
        .getMany();
      return pickByKeys(ids, rows, (v) => v.ipAssetId);
    });
  }

  /** Every valuation of each asset, newest first. */
  valuations(loaders: RequestLoaders): DataLoader<string, Valuation[]> {
    return loaders.get('ipAssets.valuationsByAsset', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Valuation).find({
        where: { ipAssetId: In([...ids]) },
        order: { valuedOn: 'DESC', createdAt: 'DESC', id: 'DESC' },
      });
      return groupByKeys(ids, rows, (v) => v.ipAssetId);
    });
  }

  reviews(loaders: RequestLoaders): DataLoader<string, ValuationReview[]> {
    return loaders.get('ipAssets.reviewsByValuation', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(ValuationReview).find({
        where: { valuationId: In([...ids]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupByKeys(ids, rows, (r) => r.valuationId);
    });
  }

  /** The asset ids of each bundle, oldest asset first. */
  bundleAssetIds(loaders: RequestLoaders): DataLoader<string, string[]> {
    return loaders.get('ipAssets.assetIdsByBundle', async (ids: readonly string[]) => {
      const rows = await this.dataSource.query<{ bundle_id: string; ip_asset_id: string }[]>(
        `SELECT pba.bundle_id, pba.ip_asset_id FROM pledge_bundle_asset pba JOIN ip_asset a ON a.id = pba.ip_asset_id
          WHERE pba.bundle_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (r) => r.bundle_id).map((group) => group.map((r) => r.ip_asset_id));
    });
  }

  bundleAppraisal(loaders: RequestLoaders): DataLoader<string, Appraisal> {
    return loaders.get('ipAssets.appraisalByBundle', (ids: readonly string[]) => appraiseBundles(this.dataSource, ids));
  }
}
