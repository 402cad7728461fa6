import { Injectable } from '@nestjs/common';
import { JobOutbox } from '@zhirong/jobs';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Access,
  Actor,
  AuditService,
  badInput,
  ConnectionArgs,
  ConnectionShape,
  escapeLike,
  forbidden,
  isPlatformAdmin,
  notFound,
  OrganizationType,
  paginate,
  pickByKeys,
  Role,
  SortDirection,
  SortSpec,
  todayInShanghai,
} from '@zhirong/core';
import { Organization, Region } from '@zhirong/identity';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { CreateLoanProductInput, LoanProductFilter, LoanProductSort, LoanProductSortField, UpdateLoanProductInput } from './dto/loan-product.inputs';
import { LoanProduct, LoanProductStatus } from './entities/loan-product.entity';
import { industrySection, LoanProductTerms, pledgeRatesToEntries, pledgeRatesToRecord, validateLoanProductTerms } from './loan-product.rules';
import { ProductError, ProductErrorCode } from './products.errors';

export type OrganizationWithRegion = Organization & { region: Region };

const SORTS: Record<LoanProductSortField, { column: string; key: (p: LoanProduct) => string | number | Date }> = {
  [LoanProductSortField.MIN_RATE]: { column: 'p.min_rate_bp', key: (p) => p.minRateBp },
  [LoanProductSortField.MAX_AMOUNT]: { column: 'p.max_amount_fen', key: (p) => p.maxAmountFen },
  [LoanProductSortField.CREATED_AT]: { column: 'p.created_at', key: (p) => p.createdAt },
};

/** The product library: banks publish and maintain their products, everyone signed in browses the active ones. */
@Injectable()
export class LoanProductService {
  constructor(
    @InjectRepository(LoanProduct) private readonly products: Repository<LoanProduct>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobOutbox,
  ) {}

  /** One product; someone else's draft or archived product is FORBIDDEN, as it is not in their library. */
  async get(actor: Actor, id: string): Promise<LoanProduct> {
    const product = await this.products.findOneBy({ id });
    if (!product) throw notFound('LoanProduct', id);
    if (!this.canSee(actor, product)) throw forbidden('This product is not published');
    return product;
  }

  async list(actor: Actor, args: ConnectionArgs, filter: LoanProductFilter = {}, sort?: LoanProductSort): Promise<ConnectionShape<LoanProduct>> {
    const qb = this.products.createQueryBuilder('p');
    this.scopeToVisible(qb, actor);

    if (filter.bankId) qb.andWhere('p.bank_organization_id = :bankId', { bankId: filter.bankId });
    if (filter.ipType) qb.andWhere(':ipType = ANY(p.accepted_ip_types)', { ipType: filter.ipType });
    if (filter.amount) {
      qb.andWhere('p.min_amount_fen <= :amountFen AND p.max_amount_fen >= :amountFen', { amountFen: filter.amount.amountFen });
    }
    if (filter.termMonths !== undefined) {
      qb.andWhere('p.min_term_months <= :termMonths AND p.max_term_months >= :termMonths', { termMonths: filter.termMonths });
    }
    if (filter.regionId) {
      const region = await this.regions.findOneBy({ id: filter.regionId });
      if (!region) throw new ProductError(ProductErrorCode.UNKNOWN_REGION, `Region ${filter.regionId} does not exist`, { field: 'filter.regionId' });
      // A product offered in a region covers the region's whole subtree.
      qb.andWhere(
        `(cardinality(p.region_paths) = 0 OR EXISTS (SELECT 1 FROM unnest(p.region_paths) AS pr(path)
          WHERE pr.path = :regionPath OR left(:regionPath, length(pr.path) + 1) = pr.path || '/'))`,
        { regionPath: region.path },
      );
    }
    if (filter.industry) {
      const code = filter.industry;
      const section = industrySection(code);
      // A section filter also finds products that name one of its divisions.
      qb.andWhere(
        `(cardinality(p.industries) = 0 OR EXISTS (SELECT 1 FROM unnest(p.industries) AS pi(code)
          WHERE pi.code = :industry OR pi.code = :industrySection OR pi.code LIKE :industryPrefix))`,
        { industry: code, industrySection: section, industryPrefix: code.length === 1 ? `${code}%` : code },
      );
    }
    if (filter.whitelistOnly !== undefined) qb.andWhere('p.whitelist_only = :whitelistOnly', { whitelistOnly: filter.whitelistOnly });
    if (filter.guaranteeRequired !== undefined) {
      qb.andWhere('p.guarantee_required = :guaranteeRequired', { guaranteeRequired: filter.guaranteeRequired });
    }
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter.activeOn) {
      qb.andWhere('p.active_from <= :activeOn AND (p.active_until IS NULL OR p.active_until >= :activeOn)', { activeOn: filter.activeOn });
    }
    if (filter.nameContains) qb.andWhere('p.name ILIKE :nameLike', { nameLike: `%${escapeLike(filter.nameContains)}%` });

    const chosen = SORTS[sort?.field ?? LoanProductSortField.CREATED_AT];
    const direction = sort?.direction ?? SortDirection.DESC;
    const spec: SortSpec<LoanProduct> = { column: chosen.column, direction, key: chosen.key };
    return paginate(qb, args, spec);
  }

  async create(actor: Actor, input: CreateLoanProductInput): Promise<LoanProduct> {
    Access.requireRole(actor, Role.BANK_OFFICER);
    const terms = this.termsFromCreate(input);
    validateLoanProductTerms(terms);
    const result = await this.dataSource.transaction(async (manager) => {
      const bankOrganizationId = await this.bankFor(manager, actor, input.bankOrganizationId);
      const regionPaths = await this.regionPathsOf(manager, input.regionIds ?? []);
      const product = await manager.save(
        manager.create(LoanProduct, {
          ...this.columnsOf(terms),
          bankOrganizationId,
          regionPaths,
          requiredTags: [...new Set(input.requiredTags ?? [])],
          requiresNoDishonesty: input.requiresNoDishonesty ?? true,
          minCreditRating: input.minCreditRating ?? null,
          guaranteeRequired: input.guaranteeRequired ?? false,
          insuranceRequired: input.insuranceRequired ?? false,
          whitelistOnly: input.whitelistOnly ?? false,
          bundleAllowed: input.bundleAllowed ?? true,
          status: input.status ?? LoanProductStatus.ACTIVE,
        }),
      );
      await this.audit.record(manager, { action: 'createLoanProduct', entityType: 'LoanProduct', entityId: product.id, after: product });
      await this.jobs.matchingChanged(manager, { productId: product.id });
      return product;
    });
    return result;
  }

  /** Omitted fields stay; the merged product must pass the same rules as a new one. */
  async update(actor: Actor, id: string, input: UpdateLoanProductInput): Promise<LoanProduct> {
    Access.requireRole(actor, Role.BANK_OFFICER);
    const result = await this.dataSource.transaction(async (manager) => {
      const product = await this.lockForChange(manager, actor, id);
      const before = { ...product };
      const terms = this.termsFromUpdate(product, input);
      validateLoanProductTerms(terms);
      const regionPaths = input.regionIds ? await this.regionPathsOf(manager, input.regionIds) : product.regionPaths;
      Object.assign(product, this.columnsOf(terms), {
        regionPaths,
        requiredTags: input.requiredTags ? [...new Set(input.requiredTags)] : product.requiredTags,
        requiresNoDishonesty: input.requiresNoDishonesty ?? product.requiresNoDishonesty,
        minCreditRating: input.minCreditRating === undefined ? product.minCreditRating : input.minCreditRating,
        guaranteeRequired: input.guaranteeRequired ?? product.guaranteeRequired,
        insuranceRequired: input.insuranceRequired ?? product.insuranceRequired,
        whitelistOnly: input.whitelistOnly ?? product.whitelistOnly,
        bundleAllowed: input.bundleAllowed ?? product.bundleAllowed,
        status: input.status ?? product.status,
      });
      const saved = await manager.save(product);
      await this.audit.record(manager, { action: 'updateLoanProduct', entityType: 'LoanProduct', entityId: id, before, after: saved });
      await this.jobs.matchingChanged(manager, { productId: id });
      return saved;
    });
    return result;
  }

  /** Takes the product out of the library for good; matches and loans keep pointing at it. */
  async archive(actor: Actor, id: string): Promise<LoanProduct> {
    Access.requireRole(actor, Role.BANK_OFFICER);
    const result = await this.dataSource.transaction(async (manager) => {
      const product = await this.lockForChange(manager, actor, id);
      const before = { ...product };
      product.status = LoanProductStatus.ARCHIVED;
      const saved = await manager.save(product);
      await this.audit.record(manager, { action: 'archiveLoanProduct', entityType: 'LoanProduct', entityId: id, before, after: saved });
      await this.jobs.matchingChanged(manager, { productId: id });
      return saved;
    });
    return result;
  }

  /** Batch for the request loader of `LoanProduct.bank`: one query per page. */
  async organizationsByIds(ids: readonly string[]): Promise<(OrganizationWithRegion | null)[]> {
    const rows = await this.organizations.find({ where: { id: In([...ids]) }, relations: { region: true } });
    return pickByKeys(ids, rows as OrganizationWithRegion[], (o) => o.id);
  }

  /** Batch for the request loader of `LoanProduct.regions`. */
  async regionsByPaths(paths: readonly string[]): Promise<(Region | null)[]> {
    const rows = await this.regions.findBy({ path: In([...paths]) });
    return pickByKeys(paths, rows, (r) => r.path);
  }

  private canSee(actor: Actor, product: LoanProduct): boolean {
    return (
      product.status === LoanProductStatus.ACTIVE ||
      isPlatformAdmin(actor) ||
      (actor.roles.includes(Role.BANK_OFFICER) && product.bankOrganizationId === actor.organizationId)
    );
  }

  /** The same rule as canSee, for a query: active products, plus a bank's own drafts and archive. */
  private scopeToVisible(qb: SelectQueryBuilder<LoanProduct>, actor: Actor): void {
    if (isPlatformAdmin(actor)) return;
    if (actor.roles.includes(Role.BANK_OFFICER)) {
      qb.andWhere('(p.status = :visActive OR p.bank_organization_id = :visBank)', { visActive: LoanProductStatus.ACTIVE, visBank: actor.organizationId });
    } else {
      qb.andWhere('p.status = :visActive', { visActive: LoanProductStatus.ACTIVE });
    }
  }

  /** Loads the product for a change, under a row lock so concurrent edits apply one after the other. */
  private async lockForChange(manager: EntityManager, actor: Actor, id: string): Promise<LoanProduct> {
    const product = await manager.findOne(LoanProduct, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!product) throw notFound('LoanProduct', id);
    Access.requireOwnOrganization(actor, product.bankOrganizationId);
    if (product.status === LoanProductStatus.ARCHIVED) {
      throw new ProductError(ProductErrorCode.PRODUCT_ARCHIVED, 'An archived product can no longer change');
    }
    return product;
  }

  /** A bank officer publishes for their own bank; the platform administrator names the bank. */
  private async bankFor(manager: EntityManager, actor: Actor, requested: string | undefined): Promise<string> {
    if (!isPlatformAdmin(actor)) {
      if (requested && requested !== actor.organizationId) throw forbidden('A bank publishes products for itself only');
      return actor.organizationId;
    }
    if (!requested) throw badInput('input.bankOrganizationId', 'Name the bank the product belongs to');
    const bank = await manager.findOneBy(Organization, { id: requested });
    if (!bank) throw badInput('input.bankOrganizationId', `Organization ${requested} does not exist`);
    if (bank.type !== OrganizationType.BANK) {
      throw new ProductError(ProductErrorCode.NOT_A_BANK, `${bank.name} is not a bank`, { field: 'input.bankOrganizationId' });
    }
    return bank.id;
  }

  private async regionPathsOf(manager: EntityManager, regionIds: string[]): Promise<string[]> {
    const unique = [...new Set(regionIds)];
    if (unique.length === 0) return [];
    const found = await manager.findBy(Region, { id: In(unique) });
    const missing = unique.filter((id) => !found.some((r) => r.id === id));
    if (missing.length) {
      throw new ProductError(ProductErrorCode.UNKNOWN_REGION, `Unknown regions: ${missing.join(', ')}`, {
        field: 'input.regionIds',
        details: { missing },
      });
    }
    return found.map((r) => r.path).sort();
  }

  private termsFromCreate(input: CreateLoanProductInput): LoanProductTerms {
    return {
      name: input.name,
      description: input.description ?? '',
      minAmountFen: input.minAmount.amountFen,
      maxAmountFen: input.maxAmount.amountFen,
      minTermMonths: input.minTermMonths,
      maxTermMonths: input.maxTermMonths,
      minRateBp: input.minRateBp,
      maxRateBp: input.maxRateBp,
      acceptedIpTypes: input.acceptedIpTypes,
      pledgeRates: input.pledgeRates.map((r) => ({ ipType: r.ipType, rateBp: r.rateBp })),
      industries: input.industries ?? [],
      minFirmAgeYears: input.minFirmAgeYears ?? 0,
      batchPackage: input.batchPackage ?? null,
      activeFrom: input.activeFrom ?? todayInShanghai(),
      activeUntil: input.activeUntil ?? null,
    };
  }

  /** GraphQL null on a non-nullable field means "unchanged", as does leaving it out. */
  private termsFromUpdate(p: LoanProduct, input: UpdateLoanProductInput): LoanProductTerms {
    return {
      name: input.name ?? p.name,
      description: input.description ?? p.description,
      minAmountFen: input.minAmount?.amountFen ?? p.minAmountFen,
      maxAmountFen: input.maxAmount?.amountFen ?? p.maxAmountFen,
      minTermMonths: input.minTermMonths ?? p.minTermMonths,
      maxTermMonths: input.maxTermMonths ?? p.maxTermMonths,
      minRateBp: input.minRateBp ?? p.minRateBp,
      maxRateBp: input.maxRateBp ?? p.maxRateBp,
      acceptedIpTypes: input.acceptedIpTypes ?? p.acceptedIpTypes,
      pledgeRates: input.pledgeRates
        ? input.pledgeRates.map((r) => ({ ipType: r.ipType, rateBp: r.rateBp }))
        : pledgeRatesToEntries(p.pledgeRates, p.acceptedIpTypes),
      industries: input.industries ?? p.industries,
      minFirmAgeYears: input.minFirmAgeYears ?? p.minFirmAgeYears,
      batchPackage: input.batchPackage === undefined ? p.batchPackage : input.batchPackage,
      activeFrom: input.activeFrom ?? p.activeFrom,
      activeUntil: input.activeUntil === undefined ? p.activeUntil : input.activeUntil,
    };
  }

  private columnsOf(t: LoanProductTerms): Partial<LoanProduct> {
    return {
      name: t.name.trim(),
      description: t.description,
      minAmountFen: BigInt(t.minAmountFen).toString(),
      maxAmountFen: BigInt(t.maxAmountFen).toString(),
      minTermMonths: t.minTermMonths,
      maxTermMonths: t.maxTermMonths,
      minRateBp: t.minRateBp,
      maxRateBp: t.maxRateBp,
      acceptedIpTypes: t.acceptedIpTypes,
      pledgeRates: pledgeRatesToRecord(t.pledgeRates),
      industries: [...new Set(t.industries)],
      minFirmAgeYears: t.minFirmAgeYears,
      batchPackage: t.batchPackage === null ? null : t.batchPackage.trim(),
      activeFrom: t.activeFrom,
      activeUntil: t.activeUntil,
    };
  }
}
