import { Injectable } from '@nestjs/common';
import { JobOutbox } from '@zhirong/jobs';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Access,
  Actor,
  AuditService,
  badInput,
  ConnectionArgs,
  ConnectionShape,
  forbidden,
  notFound,
  paginate,
  pickByKeys,
  Role,
  SortDirection,
  SortSpec,
} from '@zhirong/core';
import { EnterpriseColumns, Enterprise, scopeToVisibleEnterprises } from '@zhirong/enterprises';
import { Organization, Region } from '@zhirong/identity';
import { PledgeBundle } from '@zhirong/ip-assets';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { CreateFinancingNeedInput, FinancingNeedFilter, FinancingNeedSort, FinancingNeedSortField, UpdateFinancingNeedInput } from './dto/financing-need.inputs';
import { FinancingNeed, FinancingNeedStatus } from './entities/financing-need.entity';
import { FinancingNeedTerms, requireActForEnterprise, validateFinancingNeedTerms } from './financing-need.rules';
import { NeedInterestService } from './need-interest.service';
import { NeedError, NeedErrorCode } from './needs.errors';

export type OrganizationWithRegion = Organization & { region: Region };
export type EnterpriseName = Pick<Enterprise, 'id' | 'name'>;

/** A need is seen by whoever sees its firm; its own copy of the region path keeps the filter join-free. */
const NEED_COLUMNS: EnterpriseColumns = { enterpriseId: 'n.enterprise_id', regionPath: 'n.region_path' };

const POSTING_ROLES = [Role.ENTERPRISE_USER, Role.WINDOW_OFFICER, Role.GOV_OFFICER];

const SORTS: Record<FinancingNeedSortField, { column: string; key: (n: FinancingNeed) => string | number | Date }> = {
  [FinancingNeedSortField.AMOUNT]: { column: 'n.amount_fen', key: (n) => n.amountFen },
  [FinancingNeedSortField.TERM_MONTHS]: { column: 'n.term_months', key: (n) => n.termMonths },
  [FinancingNeedSortField.CREATED_AT]: { column: 'n.created_at', key: (n) => n.createdAt },
};

const WITHDRAWABLE = [FinancingNeedStatus.OPEN, FinancingNeedStatus.MATCHED];

/** The project library 融资项目需求库: firms, or offices and windows for them, post what they need. */
@Injectable()
export class FinancingNeedService {
  constructor(
    @InjectRepository(FinancingNeed) private readonly needs: Repository<FinancingNeed>,
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutboxService,
    private readonly jobs: JobOutbox,
    private readonly interests: NeedInterestService,
  ) {}

  /** One need: NOT_FOUND when there is none, FORBIDDEN when its firm is not one the actor may see. */
  async get(actor: Actor, id: string): Promise<FinancingNeed> {
    const need = await this.needs.findOneBy({ id });
    if (!need) throw notFound('FinancingNeed', id);
    const visible = await scopeToVisibleEnterprises(this.needs.createQueryBuilder('n').where('n.id = :id', { id }), actor, NEED_COLUMNS).getExists();
    if (!visible) throw forbidden('This need belongs to a firm you may not see');
    return need;
  }

  async list(actor: Actor, args: ConnectionArgs, filter: FinancingNeedFilter = {}, sort?: FinancingNeedSort): Promise<ConnectionShape<FinancingNeed>> {
    const qb = scopeToVisibleEnterprises(this.needs.createQueryBuilder('n'), actor, NEED_COLUMNS);
    if (filter.enterpriseId) qb.andWhere('n.enterprise_id = :enterpriseId', { enterpriseId: filter.enterpriseId });
    if (filter.status) qb.andWhere('n.status = :status', { status: filter.status });
    if (filter.minAmount) qb.andWhere('n.amount_fen >= :minAmountFen', { minAmountFen: filter.minAmount.amountFen });
    if (filter.maxAmount) qb.andWhere('n.amount_fen <= :maxAmountFen', { maxAmountFen: filter.maxAmount.amountFen });
    if (filter.minTermMonths !== undefined) qb.andWhere('n.term_months >= :minTermMonths', { minTermMonths: filter.minTermMonths });
    if (filter.maxTermMonths !== undefined) qb.andWhere('n.term_months <= :maxTermMonths', { maxTermMonths: filter.maxTermMonths });
    if (filter.regionId) {
      const region = await this.regions.findOneBy({ id: filter.regionId });
      if (!region) throw badInput('filter.regionId', `Region ${filter.regionId} does not exist`);
      qb.andWhere('(n.region_path = :regionPath OR left(n.region_path, :prefixLength) = :regionPrefix)', {
        regionPath: region.path,
        regionPrefix: `${region.path}/`,
        prefixLength: region.path.length + 1,
      });
    }
    if (filter.hasBundle !== undefined) qb.andWhere(filter.hasBundle ? 'n.bundle_id IS NOT NULL' : 'n.bundle_id IS NULL');

    const chosen = SORTS[sort?.field ?? FinancingNeedSortField.CREATED_AT];
    const spec: SortSpec<FinancingNeed> = { column: chosen.column, direction: sort?.direction ?? SortDirection.DESC, key: chosen.key };
    return paginate(qb, args, spec);
  }

  async create(actor: Actor, input: CreateFinancingNeedInput): Promise<FinancingNeed> {
    Access.requireRole(actor, ...POSTING_ROLES);
    const terms: FinancingNeedTerms = { amountFen: input.amount.amountFen, termMonths: input.termMonths, purpose: input.purpose, maxRateBp: input.maxRateBp };
    validateFinancingNeedTerms(terms);
    const result = await this.dataSource.transaction(async (manager) => {
      const enterprise = await this.enterpriseFor(manager, actor, input.enterpriseId);
      requireActForEnterprise(actor, enterprise);
      const bundleId = await this.checkBundle(manager, enterprise.id, input.bundleId ?? null);
      const need = await manager.save(
        manager.create(FinancingNeed, {
          ...this.columnsOf(terms),
          enterpriseId: enterprise.id,
          regionPath: enterprise.regionPath,
          bundleId,
          guaranteeAcceptable: input.guaranteeAcceptable ?? false,
          insuranceAcceptable: input.insuranceAcceptable ?? false,
          status: FinancingNeedStatus.OPEN,
          createdByOrganizationId: actor.organizationId,
        }),
      );
      await this.audit.record(manager, { action: 'createFinancingNeed', entityType: 'FinancingNeed', entityId: need.id, after: need });
      await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: [need.enterpriseId] });
      await this.jobs.matchingChanged(manager, { needId: need.id });
      return need;
    });
    return result;
  }

  /** Only an open need changes: once matched, banks have answered what it said. */
  async update(actor: Actor, id: string, input: UpdateFinancingNeedInput): Promise<FinancingNeed> {
    Access.requireRole(actor, ...POSTING_ROLES);
    const result = await this.dataSource.transaction(async (manager) => {
      const need = await this.lockForChange(manager, actor, id);
      if (need.status !== FinancingNeedStatus.OPEN) {
        throw new NeedError(NeedErrorCode.NEED_NOT_OPEN, `A ${need.status} need can no longer change`, { details: { status: need.status } });
      }
      const before = { ...need };
      // GraphQL null on a non-nullable field means "unchanged", as does leaving it out.
      const terms: FinancingNeedTerms = {
        amountFen: input.amount?.amountFen ?? need.amountFen,
        termMonths: input.termMonths ?? need.termMonths,
        purpose: input.purpose ?? need.purpose,
        maxRateBp: input.maxRateBp ?? need.maxRateBp,
      };
      validateFinancingNeedTerms(terms);
      const bundleId = input.bundleId === undefined ? need.bundleId : await this.checkBundle(manager, need.enterpriseId, input.bundleId);
      Object.assign(need, this.columnsOf(terms), {
        bundleId,
        guaranteeAcceptable: input.guaranteeAcceptable ?? need.guaranteeAcceptable,
        insuranceAcceptable: input.insuranceAcceptable ?? need.insuranceAcceptable,
      });
      const saved = await manager.save(need);
      await this.audit.record(manager, { action: 'updateFinancingNeed', entityType: 'FinancingNeed', entityId: id, before, after: saved });
      await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: [saved.enterpriseId] });
      await this.jobs.matchingChanged(manager, { needId: id });
      return saved;
    });
    return result;
  }

  async withdraw(actor: Actor, id: string): Promise<FinancingNeed> {
    Access.requireRole(actor, ...POSTING_ROLES);
    const result = await this.dataSource.transaction(async (manager) => {
      const need = await this.lockForChange(manager, actor, id);
      if (!WITHDRAWABLE.includes(need.status)) {
        throw new NeedError(NeedErrorCode.NEED_NOT_WITHDRAWABLE, `A ${need.status} need cannot be withdrawn`, { details: { status: need.status } });
      }
      const before = { ...need };
      need.status = FinancingNeedStatus.WITHDRAWN;
      const saved = await manager.save(need);
      await this.audit.record(manager, { action: 'withdrawFinancingNeed', entityType: 'FinancingNeed', entityId: id, before, after: saved });
      // Consents were given on this need: banks' access through it ends with it.
      await this.interests.closeForNeed(manager, id, 'NEED_CLOSED');
      await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: [saved.enterpriseId] });
      await this.jobs.matchingChanged(manager, { needId: id });
      return saved;
    });
    return result;
  }

  /** Batch for the request loader of `FinancingNeed.enterprise` / `enterpriseName`: one query per page. */
  async enterpriseNamesByIds(ids: readonly string[]): Promise<(EnterpriseName | null)[]> {
    const rows = await this.enterprises.find({ select: { id: true, name: true }, where: { id: In([...ids]) } });
    return pickByKeys(ids, rows, (e) => e.id);
  }

  /** Batch for the request loader of `FinancingNeed.createdBy`. */
  async organizationsByIds(ids: readonly string[]): Promise<(OrganizationWithRegion | null)[]> {
    const rows = await this.organizations.find({ where: { id: In([...ids]) }, relations: { region: true } });
    return pickByKeys(ids, rows as OrganizationWithRegion[], (o) => o.id);
  }

  /** Loads the need under a row lock, so concurrent changes apply one after the other, and checks who acts. */
  private async lockForChange(manager: EntityManager, actor: Actor, id: string): Promise<FinancingNeed> {
    const need = await manager.findOne(FinancingNeed, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!need) throw notFound('FinancingNeed', id);
    const enterprise = await manager.findOneByOrFail(Enterprise, { id: need.enterpriseId });
    requireActForEnterprise(actor, enterprise);
    return need;
  }

  /** The firm named in the input; a firm user may leave it out to mean its own. */
  private async enterpriseFor(manager: EntityManager, actor: Actor, enterpriseId: string | undefined): Promise<Enterprise> {
    if (enterpriseId) {
      const enterprise = await manager.findOneBy(Enterprise, { id: enterpriseId });
      if (!enterprise) throw badInput('input.enterpriseId', `Enterprise ${enterpriseId} does not exist`);
      return enterprise;
    }
    if (!actor.roles.includes(Role.ENTERPRISE_USER)) throw badInput('input.enterpriseId', 'Name the enterprise the need is for');
    const own = await manager.findOneBy(Enterprise, { organizationId: actor.organizationId });
    if (!own) {
      throw new NeedError(NeedErrorCode.NO_ENTERPRISE_PROFILE, 'Your organisation has no enterprise profile yet', { field: 'input.enterpriseId' });
    }
    return own;
  }

  /** A need offers only its own firm's bundle; someone else's is refused as if unknown. */
  private async checkBundle(manager: EntityManager, enterpriseId: string, bundleId: string | null): Promise<string | null> {
    if (bundleId === null) return null;
    const bundle = await manager.findOneBy(PledgeBundle, { id: bundleId });
    if (!bundle || bundle.enterpriseId !== enterpriseId) {
      throw new NeedError(NeedErrorCode.BUNDLE_NOT_OWNED, `Pledge bundle ${bundleId} is not one of this firm's`, { field: 'input.bundleId' });
    }
    return bundle.id;
  }

  private columnsOf(t: FinancingNeedTerms): Pick<FinancingNeed, 'amountFen' | 'termMonths' | 'purpose' | 'maxRateBp'> {
    return { amountFen: BigInt(t.amountFen).toString(), termMonths: t.termMonths, purpose: t.purpose.trim(), maxRateBp: t.maxRateBp };
  }
}
