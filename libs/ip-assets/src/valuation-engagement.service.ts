import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, AuditService, badInput, ConnectionArgs, ConnectionShape, forbidden, isPlatformAdmin, OrganizationType, paginate, Role, SortDirection } from '@zhirong/core';
import { Enterprise, scopeToVisibleEnterprises } from '@zhirong/enterprises';
import { Organization } from '@zhirong/identity';
import { DataSource, EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import { CancelValuationEngagementInput, EngageValuerInput, ValuationEngagementFilter, ValuationEngagementSort } from './dto/valuation-engagement.inputs';
import { IpAsset } from './entities/ip-asset.entity';
import { LegalStatus, ValuationEngagementStatus } from './entities/ip-asset.enums';
import { ValuationEngagement } from './entities/valuation-engagement.entity';
import { ASSET_REGISTRARS, requireActingFor, scopeToVisibleAssets } from './ip-asset-access';
import { IpAssetError, IpAssetErrorCode, notFoundAt } from './ip-assets.errors';

const APPRAISABLE = new Set<LegalStatus>([LegalStatus.VALID, LegalStatus.PENDING]);

function isOpenEngagementConflict(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string; constraint?: string }).constraint === 'UQ_valuation_engagement_open';
}

/**
 * Valuation engagements (评估委托): who may commission a valuer for which assets, and the
 * valuer's side of it. A valuer appraises only under an open engagement (ValuationService).
 */
@Injectable()
export class ValuationEngagementService {
  constructor(
    @InjectRepository(ValuationEngagement) private readonly engagements: Repository<ValuationEngagement>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * One engagement per asset, all for one firm: by the firm, an office, window or park of its
   * region, the platform, or a bank that sees the firm (a bank commissions the appraisal it lends on).
   */
  async engage(actor: Actor, input: EngageValuerInput): Promise<ValuationEngagement[]> {
    const seen = new Set<string>();
    input.ipAssetIds.forEach((id, i) => {
      if (seen.has(id)) throw badInput(`input.ipAssetIds.${i}`, `IP asset ${id} is listed twice`);
      seen.add(id);
    });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const valuer = await manager.findOneBy(Organization, { id: input.valuerOrganizationId });
        if (!valuer) throw notFoundAt('input.valuerOrganizationId', 'Organization', input.valuerOrganizationId);
        if (valuer.type !== OrganizationType.VALUER) throw badInput('input.valuerOrganizationId', `${valuer.name} is not a valuation firm (评估机构)`);

        const assets = await manager.findBy(IpAsset, { id: In(input.ipAssetIds) });
        const byId = new Map(assets.map((a) => [a.id, a]));
        const ordered = input.ipAssetIds.map((id, i) => {
          const asset = byId.get(id);
          if (!asset) throw notFoundAt(`input.ipAssetIds.${i}`, 'IpAsset', id);
          return asset;
        });
        const enterpriseId = ordered[0].enterpriseId;
        const strayIndex = ordered.findIndex((a) => a.enterpriseId !== enterpriseId);
        if (strayIndex >= 0) throw badInput(`input.ipAssetIds.${strayIndex}`, 'All assets of one engagement request belong to one firm');
        await this.requireMayEngage(manager, actor, enterpriseId, input.ipAssetIds);
        ordered.forEach((a, i) => {
          if (!APPRAISABLE.has(a.legalStatus)) {
            throw new IpAssetError(IpAssetErrorCode.ASSET_NOT_APPRAISABLE, `IP asset ${a.id} is ${a.legalStatus}: only VALID or PENDING assets are appraised`, {
              field: `input.ipAssetIds.${i}`,
            });
          }
        });

        const open = await manager.findBy(ValuationEngagement, { ipAssetId: In(input.ipAssetIds), valuerOrganizationId: valuer.id, status: ValuationEngagementStatus.OPEN });
        if (open.length) {
          const i = input.ipAssetIds.findIndex((id) => open.some((o) => o.ipAssetId === id));
          const existing = open.find((o) => o.ipAssetId === input.ipAssetIds[i])!;
          throw new IpAssetError(IpAssetErrorCode.ENGAGEMENT_EXISTS, `${valuer.name} already has an open engagement for IP asset ${existing.ipAssetId}`, {
            field: `input.ipAssetIds.${i}`,
            details: { engagementId: existing.id },
          });
        }
        const saved = await manager.save(
          ordered.map((a) =>
            manager.create(ValuationEngagement, {
              ipAssetId: a.id,
              enterpriseId,
              valuerOrganizationId: valuer.id,
              requestedByOrganizationId: actor.organizationId,
              note: input.note?.trim() ?? '',
            }),
          ),
        );
        for (const e of saved) await this.audit.record(manager, { action: 'engageValuer', entityType: 'ValuationEngagement', entityId: e.id, after: e });
        return saved;
      });
    } catch (e) {
      // Two requests racing past the check above: the partial unique index decides.
      if (isOpenEngagementConflict(e)) throw new IpAssetError(IpAssetErrorCode.ENGAGEMENT_EXISTS, 'The valuer already has an open engagement for one of these assets', { field: 'input.ipAssetIds' });
      throw e;
    }
  }

  /** Withdrawn by whoever asked, the firm or the platform; declined by the valuer. Only an open one. */
  async cancel(actor: Actor, input: CancelValuationEngagementInput): Promise<ValuationEngagement> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await manager.findOne(ValuationEngagement, { where: { id: input.engagementId }, lock: { mode: 'pessimistic_write' } });
      if (!engagement) throw notFoundAt('input.engagementId', 'ValuationEngagement', input.engagementId);
      const owner = await manager.findOne(Enterprise, { where: { id: engagement.enterpriseId }, select: { id: true, organizationId: true } });
      const parties = [engagement.valuerOrganizationId, engagement.requestedByOrganizationId, owner?.organizationId];
      if (!isPlatformAdmin(actor) && !parties.includes(actor.organizationId)) {
        throw forbidden('Only who asked for the engagement, the firm, the valuer or the platform may cancel it');
      }
      if (engagement.status !== ValuationEngagementStatus.OPEN) {
        throw new IpAssetError(IpAssetErrorCode.ENGAGEMENT_CLOSED, `The engagement is ${engagement.status}`, { field: 'input.engagementId' });
      }
      const before = { ...engagement };
      Object.assign(engagement, { status: ValuationEngagementStatus.CANCELLED, closedAt: new Date(), cancelReason: input.reason.trim() });
      const saved = await manager.save(engagement);
      await this.audit.record(manager, { action: 'cancelValuationEngagement', entityType: 'ValuationEngagement', entityId: saved.id, before, after: saved });
      return saved;
    });
  }

  /**
   * Newest first unless sorted: a valuer its own engagements, a bank those it asked for, the platform all,
   * the firm and the offices, windows and parks of its region those of the firms they see.
   */
  async list(actor: Actor, args: ConnectionArgs, filter: ValuationEngagementFilter = {}, sort?: ValuationEngagementSort): Promise<ConnectionShape<ValuationEngagement>> {
    let qb = this.engagements.createQueryBuilder('ve');
    if (isPlatformAdmin(actor)) {
      // everything
    } else if (actor.roles.includes(Role.VALUER)) {
      qb.andWhere('ve.valuer_organization_id = :scopeOrg', { scopeOrg: actor.organizationId });
    } else if (actor.roles.includes(Role.BANK_OFFICER)) {
      qb.andWhere('ve.requested_by_organization_id = :scopeOrg', { scopeOrg: actor.organizationId });
    } else {
      qb = scopeToVisibleEnterprises(qb, actor, {
        enterpriseId: 've.enterprise_id',
        regionPath: '(SELECT vis_ve.region_path FROM enterprise vis_ve WHERE vis_ve.id = ve.enterprise_id)',
      });
    }
    if (filter.status) qb.andWhere('ve.status = :fStatus', { fStatus: filter.status });
    if (filter.ipAssetId) qb.andWhere('ve.ip_asset_id = :fAsset', { fAsset: filter.ipAssetId });
    // CREATED_AT is the only field so far: a valuer works its queue oldest first.
    return paginate(qb, args, { column: 've.created_at', direction: sort?.direction ?? SortDirection.DESC, key: (e) => e.createdAt });
  }

  /** The valuer's open engagement for the asset, locked until the caller's transaction ends; NOT_ENGAGED otherwise. */
  async requireOpen(manager: EntityManager, ipAssetId: string, valuerOrganizationId: string): Promise<ValuationEngagement> {
    const engagement = await manager.findOne(ValuationEngagement, {
      where: { ipAssetId, valuerOrganizationId, status: ValuationEngagementStatus.OPEN },
      lock: { mode: 'pessimistic_write' },
    });
    if (!engagement) {
      throw new IpAssetError(IpAssetErrorCode.NOT_ENGAGED, 'Your firm has no open engagement (评估委托) for this asset: the firm, its office or a bank must engage you first', {
        field: 'input.ipAssetId',
      });
    }
    return engagement;
  }

  private async requireMayEngage(manager: EntityManager, actor: Actor, enterpriseId: string, assetIds: string[]): Promise<void> {
    if (actor.roles.includes(Role.BANK_OFFICER) && !isPlatformAdmin(actor)) {
      const visible = await scopeToVisibleAssets(manager.createQueryBuilder(IpAsset, 'a'), actor).andWhere('a.id IN (:...ids)', { ids: assetIds }).getCount();
      if (visible !== assetIds.length) throw forbidden('Your bank engages valuers for firms that applied to it or were pushed to it');
      return;
    }
    const enterprise = await manager.findOneByOrFail(Enterprise, { id: enterpriseId });
    requireActingFor(actor, enterprise, ASSET_REGISTRARS, 'engage a valuer');
  }
}
