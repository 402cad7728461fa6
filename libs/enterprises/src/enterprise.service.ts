import { Injectable } from '@nestjs/common';
import { JobOutbox } from '@zhirong/jobs';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Access,
  Actor,
  AuditService,
  ConnectionArgs,
  ConnectionShape,
  escapeLike,
  forbidden,
  hasAnyRole,
  isPlatformAdmin,
  notFound,
  OrganizationType,
  paginate,
  SortDirection,
  SortSpec,
  subtreePattern,
  todayInShanghai,
} from '@zhirong/core';
import { Organization, Region, RegionLevel } from '@zhirong/identity';
import { DataSource, EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import {
  CreateEnterpriseInput,
  EnterpriseContactInput,
  EnterpriseFilter,
  EnterpriseSort,
  EnterpriseSortField,
  ReportAnnualRevenueInput,
  UpdateEnterpriseInput,
} from './dto/enterprise.inputs';
import { AccessService, Permission, REGIONAL_ROLES } from '@zhirong/access';
import { applyVerifiedValue, placeIn, uniqueTags, writeRevenueYear } from './enterprise-facts';
import { DeclaredValue, EnterpriseFact } from './entities/enterprise-fact-declaration.entity';
import { FactDeclarationService } from './fact-declaration.service';
import { scopeToVisibleEnterprises } from './enterprise-visibility';
import {
  checkCreditCode,
  checkFoundingDate,
  checkIndustryCode,
  checkName,
  checkRevenueYear,
  EnterpriseWriter,
  ratingsAtLeast,
  requireEditable,
  requireMaySetCreditSignals,
  requireRegionFor,
  requireWriter,
} from './enterprise.rules';
import { EnterpriseAnnualRevenue } from './entities/enterprise-annual-revenue.entity';
import { Enterprise, EnterpriseContact } from './entities/enterprise.entity';
import { EnterpriseError, EnterpriseErrorCode } from './enterprises.errors';

/** Keyset columns for each sort (timestamps are stored in milliseconds, so cursors are exact). */
const SORTS: Record<EnterpriseSortField, { column: string; key: (e: Enterprise) => string | Date }> = {
  [EnterpriseSortField.NAME]: { column: 'e.name', key: (e) => e.name },
  [EnterpriseSortField.FOUNDED_ON]: { column: 'e.founded_on', key: (e) => e.foundedOn },
  [EnterpriseSortField.CREATED_AT]: { column: 'e.created_at', key: (e) => e.createdAt },
};

function cleanContacts(contacts: EnterpriseContactInput[]): EnterpriseContact[] {
  return contacts.map((c) => {
    const contact: EnterpriseContact = { name: c.name.trim() };
    if (c.title?.trim()) contact.title = c.title.trim();
    if (c.phone?.trim()) contact.phone = c.phone.trim();
    if (c.email?.trim()) contact.email = c.email.trim().toLowerCase();
    return contact;
  });
}

function isUniqueViolation(error: unknown, column: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; detail?: string };
  return driverError.code === '23505' && (driverError.detail ?? '').includes(`(${column})`);
}

/** Firm profiles: who may write them, what a valid one is, and who may see which. */
@Injectable()
export class EnterpriseService {
  constructor(
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    private readonly access: AccessService,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutboxService,
    private readonly jobs: JobOutbox,
    private readonly declarations: FactDeclarationService,
  ) {}

  /**
   * The platform registers firms anywhere; an office, window or park within its
   * subtree (a window on a firm's behalf); a firm its own profile, once.
   */
  async create(actor: Actor, input: CreateEnterpriseInput): Promise<Enterprise> {
    const kind = requireWriter(actor);
    const creditCode = checkCreditCode(input.creditCode);
    const name = checkName(input.name);
    const industryCode = checkIndustryCode(input.industryCode);
    const foundedOn = checkFoundingDate(input.foundedOn, todayInShanghai());
    requireMaySetCreditSignals(kind, { creditRating: input.creditRating != null, dishonest: input.dishonest === true });

    const result = await this.dataSource.transaction(async (manager) => {
      const parkId = input.parkId ?? null;
      const { regionPath } = await placeIn(manager, input.regionId, parkId);
      requireRegionFor(actor, kind, regionPath);
      const organizationId = await this.profileOrganization(manager, actor, kind, input.organizationId ?? null);

      if (await manager.existsBy(Enterprise, { creditCode })) {
        throw new EnterpriseError(EnterpriseErrorCode.CREDIT_CODE_TAKEN, `A firm with credit code ${creditCode} is already registered`, {
          field: 'input.creditCode',
        });
      }

      const enterprise = manager.create(Enterprise, {
        creditCode,
        name,
        organizationId,
        regionId: input.regionId,
        regionPath,
        parkId,
        industryCode,
        foundedOn,
        employees: null,
        annualRevenueFen: null,
        tags: [],
        creditRating: input.creditRating ?? null,
        dishonest: input.dishonest ?? false,
        contacts: cleanContacts(input.contacts ?? []),
        createdByOrganizationId: actor.organizationId,
      });
      // A firm registering itself states its headcount, revenue and recognitions; they count once verified.
      const stated: DeclaredValue[] = [];
      if (input.employees != null) stated.push({ fact: EnterpriseFact.EMPLOYEES, employees: input.employees });
      if (input.annualRevenue) stated.push({ fact: EnterpriseFact.ANNUAL_REVENUE, revenueFen: input.annualRevenue.amountFen });
      if (input.tags?.length) stated.push({ fact: EnterpriseFact.TAGS, tags: uniqueTags(input.tags) });
      if (kind !== 'FIRM') for (const value of stated) await applyVerifiedValue(manager, enterprise, value, actor.organizationId);
      const saved = await this.saveTranslatingConflicts(manager, enterprise);
      if (kind === 'FIRM') await this.declarations.declare(manager, actor, saved, stated);
      await this.audit.record(manager, { action: 'createEnterprise', entityType: 'Enterprise', entityId: saved.id, before: null, after: saved });
      await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: [saved.id] });
      await this.jobs.matchingChanged(manager, { enterpriseId: saved.id });
      return saved;
    });
    return result;
  }

  /** The same writers as `create`, plus the firm itself on its own profile; the credit code never changes. */
  async update(actor: Actor, id: string, input: UpdateEnterpriseInput): Promise<Enterprise> {
    const kind = requireWriter(actor);
    const result = await this.dataSource.transaction(async (manager) => {
      const enterprise = await manager.findOne(Enterprise, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!enterprise) throw notFound('Enterprise', id);
      requireEditable(actor, kind, enterprise);
      const before = { ...enterprise };

      requireMaySetCreditSignals(kind, {
        creditRating: input.creditRating !== undefined && input.creditRating !== enterprise.creditRating,
        dishonest: input.dishonest !== undefined && input.dishonest !== enterprise.dishonest,
      });

      // Facts that screening and product checks read: a verifier writes them, a firm declares them.
      const stated: DeclaredValue[] = [];
      if (input.regionId !== undefined || input.parkId !== undefined) {
        const regionId = input.regionId ?? enterprise.regionId;
        const parkId = input.parkId === undefined ? enterprise.parkId : input.parkId;
        const { regionPath, placeName } = await placeIn(manager, regionId, parkId);
        requireRegionFor(actor, kind, regionPath);
        stated.push({ fact: EnterpriseFact.REGION, regionId, parkId, regionPath, placeName });
      }
      if (input.industryCode !== undefined) stated.push({ fact: EnterpriseFact.INDUSTRY, industryCode: checkIndustryCode(input.industryCode) });
      if (input.foundedOn !== undefined) stated.push({ fact: EnterpriseFact.FOUNDED_ON, foundedOn: checkFoundingDate(input.foundedOn, todayInShanghai()) });
      if (input.employees !== undefined) stated.push({ fact: EnterpriseFact.EMPLOYEES, employees: input.employees });
      if (input.annualRevenue !== undefined) stated.push({ fact: EnterpriseFact.ANNUAL_REVENUE, revenueFen: input.annualRevenue?.amountFen ?? null });
      if (input.tags !== undefined) stated.push({ fact: EnterpriseFact.TAGS, tags: uniqueTags(input.tags) });

      if (input.name !== undefined) enterprise.name = checkName(input.name);
      if (input.creditRating !== undefined) enterprise.creditRating = input.creditRating;
      if (input.dishonest !== undefined) enterprise.dishonest = input.dishonest;
      if (input.contacts !== undefined) enterprise.contacts = cleanContacts(input.contacts);
      if (kind === 'FIRM') {
        await this.declarations.declare(manager, actor, enterprise, stated);
      } else {
        for (const value of stated) await applyVerifiedValue(manager, enterprise, value, actor.organizationId);
        await this.declarations.supersede(manager, actor, id, stated.map((v) => v.fact));
      }

      const saved = await manager.save(enterprise);
      await this.audit.record(manager, { action: 'updateEnterprise', entityType: 'Enterprise', entityId: id, before, after: saved });
      await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: [id] });
      await this.jobs.matchingChanged(manager, { enterpriseId: id });
      return saved;
    });
    return result;
  }

  /**
   * One fiscal year's revenue, reported or corrected by the writers of `update`. A verifier's
   * figure counts at once (the profile's annual revenue follows the newest year); a firm's
   * own waits for verification, and `verified` says which happened.
   */
  async reportAnnualRevenue(actor: Actor, input: ReportAnnualRevenueInput): Promise<{ row: EnterpriseAnnualRevenue; verified: boolean }> {
    const kind = requireWriter(actor);
    return this.dataSource.transaction(async (manager) => {
      // The firm's row lock serialises reports of one firm, so "newest year" cannot race.
      const enterprise = await manager.findOne(Enterprise, { where: { id: input.enterpriseId }, lock: { mode: 'pessimistic_write' } });
      if (!enterprise) throw notFound('Enterprise', input.enterpriseId);
      requireEditable(actor, kind, enterprise);
      const year = checkRevenueYear(input.year, enterprise.foundedOn, todayInShanghai());
      if (kind === 'FIRM') {
        await this.declarations.declare(manager, actor, enterprise, [{ fact: EnterpriseFact.REVENUE_YEAR, year, revenueFen: input.revenue.amountFen }]);
        const declared = manager.create(EnterpriseAnnualRevenue, { enterpriseId: enterprise.id, year, revenueFen: input.revenue.amountFen, reportedByOrganizationId: actor.organizationId, updatedAt: new Date() });
        return { row: declared, verified: false };
      }
      const { row, before, profileChanged } = await writeRevenueYear(manager, enterprise, year, input.revenue.amountFen, actor.organizationId);
      await this.declarations.supersede(manager, actor, enterprise.id, [EnterpriseFact.REVENUE_YEAR]);
      await this.audit.record(manager, { action: 'reportAnnualRevenue', entityType: 'Enterprise', entityId: enterprise.id, before, after: { year, revenueFen: row.revenueFen } });
      if (profileChanged) await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: [enterprise.id] });
      return { row, verified: true };
    });
  }

  /** The reported years of each firm, newest first, for the request loader of `annualRevenues`. */
  async annualRevenuesOf(enterpriseIds: readonly string[]): Promise<EnterpriseAnnualRevenue[]> {
    if (!enterpriseIds.length) return [];
    return this.dataSource.manager.find(EnterpriseAnnualRevenue, { where: { enterpriseId: In([...enterpriseIds]) }, order: { enterpriseId: 'ASC', year: 'DESC' } });
  }

  /** One firm: NOT_FOUND when there is none, FORBIDDEN when the actor may not see it. */
  async get(actor: Actor, id: string): Promise<Enterprise> {
    const enterprise = await this.enterprises.findOneBy({ id });
    if (!enterprise) throw notFound('Enterprise', id);
    await this.requireVisible(actor, enterprise);
    return enterprise;
  }

  /** Throws FORBIDDEN unless the actor may see the firm; other domains call it before showing a firm's assets or needs. */
  async requireVisible(actor: Actor, enterprise: Enterprise): Promise<void> {
    const visible = await this.access.allowed(actor, Permission.ENTERPRISE_READ, [enterprise.id]);
    if (!visible.has(enterprise.id)) {
      throw new EnterpriseError(EnterpriseErrorCode.NOT_VISIBLE, 'You may not see this firm');
    }
  }

  /** The profile of the actor's own firm, if it has one. */
  findByOrganization(organizationId: string): Promise<Enterprise | null> {
    return this.enterprises.findOneBy({ organizationId });
  }

  /** The firms the actor may see, filtered and sorted, a page at a time. */
  async list(actor: Actor, args: ConnectionArgs, filter: EnterpriseFilter = {}, sort?: EnterpriseSort): Promise<ConnectionShape<Enterprise>> {
    const qb = scopeToVisibleEnterprises(this.enterprises.createQueryBuilder('e'), actor, { enterpriseId: 'e.id', regionPath: 'e.region_path' });

    if (filter.regionId) {
      const region = await this.filterRegion(actor, filter.regionId, 'filter.regionId');
      qb.andWhere("(e.region_path = :fRegion OR e.region_path LIKE :fRegionPrefix ESCAPE '\\')", {
        fRegion: region.path,
        fRegionPrefix: subtreePattern(region.path),
      });
    }
    if (filter.parkId) {
      const park = await this.filterRegion(actor, filter.parkId, 'filter.parkId');
      if (park.level !== RegionLevel.PARK) {
        throw new EnterpriseError(EnterpriseErrorCode.INVALID_PARK, `${park.name} is a ${park.level}, not a park`, { field: 'filter.parkId' });
      }
      qb.andWhere('e.park_id = :fPark', { fPark: filter.parkId });
    }
    if (filter.industryCodePrefix) {
      qb.andWhere('e.industry_code LIKE :fIndustry', { fIndustry: `${filter.industryCodePrefix.toUpperCase()}%` });
    }
    if (filter.tags?.length) {
      qb.andWhere('e.tags @> ARRAY[:...fTags]::enterprise_tag[]', { fTags: uniqueTags(filter.tags) });
    }
    if (filter.dishonest !== undefined && filter.dishonest !== null) {
      qb.andWhere('e.dishonest = :fDishonest', { fDishonest: filter.dishonest });
    }
    if (filter.minCreditRating) {
      qb.andWhere('e.credit_rating IN (:...fRatings)', { fRatings: ratingsAtLeast(filter.minCreditRating) });
    }
    if (filter.nameContains) {
      qb.andWhere("e.name ILIKE :fName ESCAPE '\\'", { fName: `%${escapeLike(filter.nameContains.trim())}%` });
    }

    const field = sort?.field ?? EnterpriseSortField.CREATED_AT;
    const spec: SortSpec<Enterprise> = { ...SORTS[field], direction: sort?.direction ?? SortDirection.DESC };
    return paginate(qb, args, spec);
  }

  /** Regions and parks by id, in key order, for the request loader of the region fields. */
  async regionsByIds(ids: readonly string[]): Promise<Region[]> {
    return ids.length ? this.regions.findBy({ id: In([...ids]) }) : [];
  }

  /**
   * The organisation the new profile belongs to. A firm's user always registers its
   * own; others may link an enterprise organisation that has no profile yet.
   */
  private async profileOrganization(manager: EntityManager, actor: Actor, kind: EnterpriseWriter, requested: string | null): Promise<string | null> {
    let organizationId = requested;
    if (kind === 'FIRM') {
      if (requested && requested !== actor.organizationId) throw forbidden('A firm may register only its own profile');
      organizationId = actor.organizationId;
    } else if (requested) {
      const org = await manager.findOneBy(Organization, { id: requested });
      if (!org || org.type !== OrganizationType.ENTERPRISE) {
        throw new EnterpriseError(EnterpriseErrorCode.INVALID_ORGANIZATION, `Organization ${requested} is not an enterprise on the platform`, {
          field: 'input.organizationId',
        });
      }
    }
    if (organizationId && (await manager.existsBy(Enterprise, { organizationId }))) {
      throw new EnterpriseError(EnterpriseErrorCode.PROFILE_EXISTS, 'This organisation already has a firm profile; update it instead', {
        field: kind === 'FIRM' ? undefined : 'input.organizationId',
      });
    }
    return organizationId;
  }

  /** Two clerks registering the same firm at once: the unique index decides, and the loser hears CONFLICT. */
  private async saveTranslatingConflicts(manager: EntityManager, enterprise: Enterprise): Promise<Enterprise> {
    try {
      return await manager.save(enterprise);
    } catch (error) {
      if (isUniqueViolation(error, 'credit_code')) {
        throw new EnterpriseError(EnterpriseErrorCode.CREDIT_CODE_TAKEN, `A firm with credit code ${enterprise.creditCode} is already registered`, {
          field: 'input.creditCode',
        });
      }
      if (isUniqueViolation(error, 'organization_id')) {
        throw new EnterpriseError(EnterpriseErrorCode.PROFILE_EXISTS, 'This organisation already has a firm profile; update it instead');
      }
      throw error;
    }
  }

  /**
   * A region used as a filter must exist, and an office, window or park may filter only
   * within its own subtree; for a bank or a firm it merely narrows what they already see.
   */
  private async filterRegion(actor: Actor, id: string, field: string): Promise<Region> {
    const region = await this.regions.findOneBy({ id });
    if (!region) throw new EnterpriseError(EnterpriseErrorCode.INVALID_REGION, `Region ${id} does not exist`, { field });
    if (!isPlatformAdmin(actor) && hasAnyRole(actor, REGIONAL_ROLES)) Access.requireRegion(actor, region.path);
    return region;
  }
}
