import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Access, Actor, AuditService, badInput, ConnectionShape, forbidden, INDUSTRY_SECTIONS, isPlatformAdmin, money, notFound, paginate, Role, SortDirection } from '@zhirong/core';
import { Region, RegionLevel } from '@zhirong/identity';
import { IpType } from '@zhirong/ip-assets';
import { MatchService } from '@zhirong/matching';
import { DataSource, EntityManager } from 'typeorm';
import { NeedLibraryArgs } from './dto/need-library.inputs';
import { PublishedNeedObject } from './dto/need-library.objects';
import { FinancingNeed } from './entities/financing-need.entity';
import { LIVE_NEED_STATUSES, NeedInterestService, notLive } from './need-interest.service';

interface LibraryFacts {
  id: string;
  section: string;
  city_id: string;
  city_name: string;
  ip_types: IpType[];
  asset_count: number;
  product_id: string | null;
  product_name: string | null;
}

/**
 * What a bank may learn of a published need before the firm consents: terms, collateral
 * types, industry section and city — never the firm's name, code, purpose text, region
 * below the city, or the figures the match engine compared (they point at one firm).
 * Best product per need: the bank's active one with the highest stored score.
 */
const LIBRARY_FACTS_SQL = `
  select n.id, left(e.industry_code, 1) as section,
         coalesce(city.id, province.id) as city_id, coalesce(city.name, province.name) as city_name,
         coalesce((select array_agg(distinct a.type::text order by a.type::text) from pledge_bundle_asset pba join ip_asset a on a.id = pba.ip_asset_id
                   where pba.bundle_id = n.bundle_id), '{}') as ip_types,
         (select count(*)::int from pledge_bundle_asset pba where pba.bundle_id = n.bundle_id) as asset_count,
         best.product_id, best.product_name
    from financing_need n
    join enterprise e on e.id = n.enterprise_id
    left join lateral (select r.id, r.name from region r where r.level = 'CITY' and (n.region_path = r.path or n.region_path like r.path || '/%') limit 1) city on true
    left join lateral (select r.id, r.name from region r where r.level = 'PROVINCE' and (n.region_path = r.path or n.region_path like r.path || '/%') limit 1) province on true
    left join lateral (select m.product_id, p.name as product_name from match m join loan_product p on p.id = m.product_id
                        where m.need_id = n.id and m.eligible and p.status = 'ACTIVE'
                          and ($2::uuid is null or p.bank_organization_id = $2) and ($3::uuid is null or m.product_id = $3)
                        order by m.score desc, m.product_id desc limit 1) best on true
   where n.id = any($1::uuid[])`;

/**
 * The need library for banks (融资项目需求库, as 信易贷 lets banks take up published
 * needs): a firm publishes a need; banks whose active products it matches see it
 * anonymised and may take interest (need-interest.service.ts).
 */
@Injectable()
export class NeedLibraryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly interests: NeedInterestService,
    private readonly matches: MatchService,
  ) {}

  /** The firm publishes its need to banks; publishing twice changes nothing. */
  async publish(actor: Actor, id: string): Promise<FinancingNeed> {
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForConsent(manager, actor, id);
      if (!LIVE_NEED_STATUSES.includes(need.status)) throw notLive(need);
      if (need.publishedToBanksAt) return need;
      const before = { ...need };
      need.publishedToBanksAt = new Date();
      const saved = await manager.save(need);
      await this.audit.record(manager, { action: 'publishFinancingNeed', entityType: 'FinancingNeed', entityId: id, before, after: saved });
      return saved;
    });
  }

  /** Banks stop finding it; pending interests end, consents already given stay until withdrawn. */
  async unpublish(actor: Actor, id: string): Promise<FinancingNeed> {
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForConsent(manager, actor, id);
      if (!need.publishedToBanksAt) return need;
      const before = { ...need };
      need.publishedToBanksAt = null;
      const saved = await manager.save(need);
      await this.audit.record(manager, { action: 'unpublishFinancingNeed', entityType: 'FinancingNeed', entityId: id, before, after: saved });
      await this.interests.closeForNeed(manager, id, 'UNPUBLISHED');
      return saved;
    });
  }

  /** A bank's library: published live needs matching its active products, newest first. */
  async library(actor: Actor, args: NeedLibraryArgs): Promise<ConnectionShape<PublishedNeedObject>> {
    if (!isPlatformAdmin(actor)) Access.requireRole(actor, Role.BANK_OFFICER);
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(FinancingNeed).createQueryBuilder('n');
    this.access.scope(qb, actor, Permission.PUBLISHED_NEED_READ, 'n.id');
    qb.andWhere('n.published_to_banks_at IS NOT NULL AND n.status IN (:...live)', { live: LIVE_NEED_STATUSES });
    if (filter.productId) {
      const [own] = (await this.dataSource.query('select bank_organization_id from loan_product where id = $1', [filter.productId])) as { bank_organization_id: string }[];
      if (!own || (!isPlatformAdmin(actor) && own.bank_organization_id !== actor.organizationId)) throw badInput('filter.productId', 'Name one of your bank’s products');
      qb.andWhere('EXISTS (SELECT 1 FROM match fm WHERE fm.need_id = n.id AND fm.product_id = :fProduct AND fm.eligible)', { fProduct: filter.productId });
    }
    if (filter.ipType) {
      qb.andWhere('EXISTS (SELECT 1 FROM pledge_bundle_asset fpba JOIN ip_asset fa ON fa.id = fpba.ip_asset_id WHERE fpba.bundle_id = n.bundle_id AND fa.type = :fIpType)', {
        fIpType: filter.ipType,
      });
    }
    if (filter.minAmount) qb.andWhere('n.amount_fen >= :fMinAmount', { fMinAmount: filter.minAmount.amountFen });
    if (filter.maxAmount) qb.andWhere('n.amount_fen <= :fMaxAmount', { fMaxAmount: filter.maxAmount.amountFen });
    if (filter.minTermMonths !== undefined) qb.andWhere('n.term_months >= :fMinTerm', { fMinTerm: filter.minTermMonths });
    if (filter.maxTermMonths !== undefined) qb.andWhere('n.term_months <= :fMaxTerm', { fMaxTerm: filter.maxTermMonths });
    if (filter.industrySection) {
      qb.andWhere('EXISTS (SELECT 1 FROM enterprise fe WHERE fe.id = n.enterprise_id AND left(fe.industry_code, 1) = :fSection)', { fSection: filter.industrySection });
    }
    if (filter.regionId) {
      const region = await this.dataSource.getRepository(Region).findOneBy({ id: filter.regionId });
      if (!region) throw badInput('filter.regionId', `Region ${filter.regionId} does not exist`);
      if (region.level !== RegionLevel.CITY && region.level !== RegionLevel.PROVINCE) {
        throw badInput('filter.regionId', 'The need library shows needs by city: filter by a city or province, not a district or park');
      }
      qb.andWhere('(n.region_path = :fRegion OR n.region_path LIKE :fRegionPrefix)', { fRegion: region.path, fRegionPrefix: `${region.path}/%` });
    }
    const page = await paginate(qb, args, { column: 'n.published_to_banks_at', direction: SortDirection.DESC, key: (n) => n.publishedToBanksAt });
    const views = await this.views(actor, page.edges.map((e) => e.node), filter.productId ?? null);
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: views[i] })) };
  }

  /** One entry of the actor's library: FORBIDDEN when it is not (unpublished, closed, or matching none of its products). */
  async get(actor: Actor, id: string): Promise<PublishedNeedObject> {
    if (!isPlatformAdmin(actor)) Access.requireRole(actor, Role.BANK_OFFICER);
    const need = await this.dataSource.getRepository(FinancingNeed).findOneBy({ id });
    if (!need) throw notFound('FinancingNeed', id);
    await this.access.require(actor, Permission.PUBLISHED_NEED_READ, id);
    if (!need.publishedToBanksAt) throw forbidden('This need is not published to banks');
    return (await this.views(actor, [need], null))[0];
  }

  private async views(actor: Actor, needs: readonly FinancingNeed[], productId: string | null): Promise<PublishedNeedObject[]> {
    if (!needs.length) return [];
    const ids = needs.map((n) => n.id);
    const bank = actor.roles.includes(Role.BANK_OFFICER) ? actor.organizationId : null;
    const facts = (await this.dataSource.query(LIBRARY_FACTS_SQL, [ids, bank, productId])) as LibraryFacts[];
    const factsOf = new Map(facts.map((f) => [f.id, f]));
    const pairs = needs.map((n) => ({ needId: n.id, productId: factsOf.get(n.id)?.product_id ?? null }));
    const evaluated = await this.matches.evaluatePairs(pairs.filter((p): p is { needId: string; productId: string } => p.productId !== null));
    const evaluationOf = new Map(pairs.filter((p) => p.productId !== null).map((p, i) => [p.needId, evaluated[i]]));
    const interests = bank ? await this.interests.latestOfBank(bank, ids) : new Map();
    return needs.map((n) => {
      const f = factsOf.get(n.id)!;
      const result = evaluationOf.get(n.id) ?? null;
      return {
        id: n.id,
        amount: money(n.amountFen),
        termMonths: n.termMonths,
        maxRateBp: n.maxRateBp,
        ipTypes: f.ip_types,
        assetCount: f.asset_count,
        guaranteeAcceptable: n.guaranteeAcceptable,
        insuranceAcceptable: n.insuranceAcceptable,
        industrySection: f.section,
        industrySectionName: INDUSTRY_SECTIONS[f.section]?.name ?? null,
        cityRegionId: f.city_id,
        cityName: f.city_name,
        publishedAt: n.publishedToBanksAt!,
        match:
          result && f.product_id
            ? {
                productId: f.product_id,
                productName: f.product_name ?? '',
                eligible: result.eligible,
                score: result.score,
                checks: result.checks.map((c) => ({ criterion: c.criterion, passed: c.passed })),
              }
            : null,
        myInterest: interests.get(n.id) ?? null,
      };
    });
  }

  /** The need under a row lock, and only for the firm itself: offices post for firms, never consent for them. */
  private async lockForConsent(manager: EntityManager, actor: Actor, id: string): Promise<FinancingNeed> {
    const need = await manager.findOne(FinancingNeed, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!need) throw notFound('FinancingNeed', id);
    await this.access.require(actor, Permission.NEED_CONSENT, id, manager);
    return need;
  }
}
