import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, AuditService, badInput, ConnectionArgs, ConnectionShape, forbidden, hasAnyRole, notFound, paginate, Role } from '@zhirong/core';
import { Enterprise, scopeToVisibleEnterprises } from '@zhirong/enterprises';
import { DataSource, In, Repository, SelectQueryBuilder } from 'typeorm';
import { CreatePledgeBundleInput } from './dto/pledge-bundle.inputs';
import { IpAsset } from './entities/ip-asset.entity';
import { LegalStatus, PledgeStatus } from './entities/ip-asset.enums';
import { PledgeBundle } from './entities/pledge-bundle.entity';
import { BUNDLE_MAKERS, requireActingFor } from './ip-asset-access';
import { IpAssetError, IpAssetErrorCode, notFoundAt } from './ip-assets.errors';

/** Why an asset cannot go into a bundle of `enterpriseId`, or null when it can. */
export function unpledgeableReason(asset: IpAsset | undefined, enterpriseId: string): string | null {
  // Someone else's asset reads like a missing one, so the answer reveals nothing about other firms.
  if (!asset || asset.enterpriseId !== enterpriseId) return "is not one of this enterprise's IP assets";
  if (asset.legalStatus !== LegalStatus.VALID) return `is ${asset.legalStatus}, not VALID`;
  if (asset.pledgeStatus !== PledgeStatus.FREE) return `is ${asset.pledgeStatus}, not FREE`;
  return null;
}

@Injectable()
export class PledgeBundleService {
  constructor(
    @InjectRepository(PledgeBundle) private readonly bundles: Repository<PledgeBundle>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The firm, or an office or service window of its region, offers valid, free assets of the firm together. */
  async create(actor: Actor, input: CreatePledgeBundleInput): Promise<PledgeBundle> {
    if (!hasAnyRole(actor, [Role.ENTERPRISE_USER, ...BUNDLE_MAKERS])) {
      throw forbidden('Bundles are put together by the firm itself, an IP office or a service window of its region');
    }
    const seen = new Set<string>();
    for (const id of input.assetIds) {
      if (seen.has(id)) throw badInput('input.assetIds', `IP asset ${id} is listed twice`, { assetId: id });
      seen.add(id);
    }
    return this.dataSource.transaction(async (manager) => {
      const enterprise = await manager.findOneBy(Enterprise, { id: input.enterpriseId });
      if (!enterprise) throw notFoundAt('input.enterpriseId', 'Enterprise', input.enterpriseId);
      requireActingFor(actor, enterprise, BUNDLE_MAKERS, 'put IP into a pledge bundle');

      const assets = await manager.findBy(IpAsset, { id: In(input.assetIds) });
      const byId = new Map(assets.map((a) => [a.id, a]));
      const chosen: IpAsset[] = [];
      input.assetIds.forEach((id, index) => {
        const asset = byId.get(id);
        const reason = unpledgeableReason(asset, enterprise.id);
        if (reason || !asset) {
          throw new IpAssetError(IpAssetErrorCode.ASSET_NOT_PLEDGEABLE, `IP asset ${id} ${reason}`, {
            field: 'input.assetIds',
            details: { assetId: id, index },
          });
        }
        chosen.push(asset);
      });

      const bundle = await manager.save(
        manager.create(PledgeBundle, {
          enterpriseId: enterprise.id,
          name: input.name.trim(),
          otherCollateral: [...new Set(input.otherCollateral ?? [])],
          assets: chosen,
        }),
      );
      await this.audit.record(manager, {
        action: 'createPledgeBundle',
        entityType: 'PledgeBundle',
        entityId: bundle.id,
        after: { id: bundle.id, enterpriseId: bundle.enterpriseId, name: bundle.name, otherCollateral: bundle.otherCollateral, assetIds: input.assetIds },
      });
      return bundle;
    });
  }

  async get(actor: Actor, id: string): Promise<PledgeBundle> {
    const bundle = await this.visible(actor).andWhere('pb.id = :id', { id }).getOne();
    if (bundle) return bundle;
    if (await this.bundles.existsBy({ id })) throw forbidden('You may not see this pledge bundle');
    throw notFound('PledgeBundle', id);
  }

  /** A firm's bundles, newest first; the firm must exist and be one the actor sees. */
  async listForEnterprise(actor: Actor, enterpriseId: string, args: ConnectionArgs): Promise<ConnectionShape<PledgeBundle>> {
    const enterprise = await scopeToVisibleEnterprises(this.dataSource.getRepository(Enterprise).createQueryBuilder('e'), actor, {
      enterpriseId: 'e.id',
      regionPath: 'e.region_path',
    })
      .andWhere('e.id = :id', { id: enterpriseId })
      .getExists();
    if (!enterprise) {
      if (await this.dataSource.getRepository(Enterprise).existsBy({ id: enterpriseId })) throw forbidden('You may not see this enterprise');
      throw notFoundAt('enterpriseId', 'Enterprise', enterpriseId);
    }
    const qb = this.bundles.createQueryBuilder('pb').where('pb.enterprise_id = :enterpriseId', { enterpriseId });
    return paginate(qb, args, { column: 'pb.created_at', direction: 'DESC', key: (b) => b.createdAt });
  }

  /** Bundles are seen like their firm; the region comes from the firm, as bundles carry none. */
  private visible(actor: Actor): SelectQueryBuilder<PledgeBundle> {
    return scopeToVisibleEnterprises(this.bundles.createQueryBuilder('pb'), actor, {
      enterpriseId: 'pb.enterprise_id',
      regionPath: '(SELECT vis_pe.region_path FROM enterprise vis_pe WHERE vis_pe.id = pb.enterprise_id)',
    });
  }
}
