import { Injectable } from '@nestjs/common';
import { JobOutbox } from '@zhirong/jobs';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  AuditService,
  badInput,
  ConnectionArgs,
  ConnectionShape,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  escapeLike,
  forbidden,
  CommonError,
  CommonErrorCode,
  hasAnyRole,
  MAX_PAGE_SIZE,
  notFound,
  paginate,
  Role,
  SortDirection,
  SortSpec,
  subtreePattern,
  todayInShanghai,
} from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Region } from '@zhirong/identity';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { IpAssetFilter, IpAssetSort, IpAssetSortField, RegisterIpAssetInput, UpdateIpAssetInput } from './dto/ip-asset.inputs';
import { IpAsset } from './entities/ip-asset.entity';
import { IpType, LegalStatus } from './entities/ip-asset.enums';
import { ASSET_REGISTRARS, requireActingFor, scopeToVisibleAssets } from './ip-asset-access';
import {
  changedPledgeFields,
  checkAssetDates,
  checkPatentFilingYear,
  LOCKED_PLEDGE_STATUSES,
  normalizeIpcClasses,
  normalizeNiceClasses,
  PledgeRelevantFields,
} from './ip-asset.rules';
import { IpAssetError, IpAssetErrorCode, notFoundAt } from './ip-assets.errors';
import { checkIpNumber } from './ip-numbers';


/** Keyset sort keys (timestamps are stored in milliseconds, so a cursor matches its row exactly). */
const SORTS: Record<IpAssetSortField, (direction: SortDirection) => SortSpec<IpAsset>> = {
  [IpAssetSortField.CREATED_AT]: (direction) => ({
    column: 'a.created_at',
    direction,
    key: (a) => a.createdAt,
  }),
  // Assets without a filing date sort as the oldest, so the key is never null.
  [IpAssetSortField.FILED_ON]: (direction) => ({
    column: "COALESCE(a.filed_on, DATE '0001-01-01')",
    direction,
    key: (a) => a.filedOn ?? '0001-01-01',
  }),
  [IpAssetSortField.TITLE]: (direction) => ({ column: 'a.title', direction, key: (a) => a.title }),
};

@Injectable()
export class IpAssetService {
  constructor(
    @InjectRepository(IpAsset) private readonly assets: Repository<IpAsset>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutboxService,
    private readonly jobs: JobOutbox,
  ) {}

  /** The firm itself, an office, window or park of its region, or the platform registers a firm's IP. */
  async register(actor: Actor, input: RegisterIpAssetInput): Promise<IpAsset> {
    this.requireRegistrarRole(actor);
    const today = todayInShanghai();
    const result = await this.dataSource.transaction(async (manager) => {
      const enterprise = await this.enterprise(manager, input.enterpriseId, 'input.enterpriseId');
      requireActingFor(actor, enterprise, ASSET_REGISTRARS, 'register IP');

      const number = this.checkNumber(input.type, input.number, today);
      const dates = { filedOn: input.filedOn ?? null, grantedOn: input.grantedOn ?? null, expiresOn: input.expiresOn ?? null };
      checkAssetDates(dates, today, 'input');
      checkPatentFilingYear(number, dates.filedOn, 'input');
      const ipcClasses = normalizeIpcClasses(input.type, input.ipcClasses ?? [], 'input.ipcClasses');
      const niceClasses = normalizeNiceClasses(input.type, input.niceClasses ?? [], 'input.niceClasses');
      await this.requireNumberFree(manager, input.type, number, null);

      const asset = await manager.save(
        manager.create(IpAsset, {
          type: input.type,
          number,
          title: input.title.trim(),
          abstract: input.abstract?.trim() ?? '',
          enterpriseId: enterprise.id,
          regionPath: enterprise.regionPath,
          ipcClasses,
          niceClasses,
          ...dates,
          legalStatus: input.legalStatus ?? LegalStatus.VALID,
          implemented: input.implemented ?? false,
        }),
      );
      await this.audit.record(manager, { action: 'registerIpAsset', entityType: 'IpAsset', entityId: asset.id, after: asset });
      await this.outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: [asset.id] });
      await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: [asset.enterpriseId] });
      await this.jobs.matchingChanged(manager, { enterpriseId: asset.enterpriseId });
      return asset;
    });
    return result;
  }

  /**
   * Changes what the input gives. A pledged asset, or one in disposal, keeps what
   * the pledge rests on: a change to any of those fields is a CONFLICT naming it.
   */
  async update(actor: Actor, id: string, input: UpdateIpAssetInput): Promise<IpAsset> {
    this.requireRegistrarRole(actor);
    const today = todayInShanghai();
    const result = await this.dataSource.transaction(async (manager) => {
      const asset = await manager.findOne(IpAsset, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!asset) throw notFound('IpAsset', id);
      const before = { ...asset };
      const owner = await this.enterprise(manager, asset.enterpriseId, 'id');
      requireActingFor(actor, owner, ASSET_REGISTRARS, 'edit IP');
      // Legal status is a fact of the register (CNIPA), not the owner's say: an office of the
      // region or the platform's status feed records it; the firm, windows and parks do not.
      if (input.legalStatus !== undefined && input.legalStatus !== asset.legalStatus && !hasAnyRole(actor, [Role.GOV_OFFICER])) {
        throw new CommonError(CommonErrorCode.FORBIDDEN, 'Only the IP office of the region or the status feed records a legal status', { field: 'input.legalStatus' });
      }

      const type = input.type ?? asset.type;
      const typeChanged = type !== asset.type;
      const number = input.number !== undefined || typeChanged ? this.checkNumber(type, input.number ?? asset.number, today) : asset.number;
      let enterprise = owner;
      if (input.enterpriseId !== undefined && input.enterpriseId !== asset.enterpriseId) {
        enterprise = await this.enterprise(manager, input.enterpriseId, 'input.enterpriseId');
        requireActingFor(actor, enterprise, ASSET_REGISTRARS, 'move IP to a firm');
      }
      const ipcClasses =
        input.ipcClasses !== undefined || typeChanged ? normalizeIpcClasses(type, input.ipcClasses ?? asset.ipcClasses, 'input.ipcClasses') : asset.ipcClasses;
      const niceClasses =
        input.niceClasses !== undefined || typeChanged
          ? normalizeNiceClasses(type, input.niceClasses ?? asset.niceClasses, 'input.niceClasses')
          : asset.niceClasses;
      const dates = {
        filedOn: input.filedOn === undefined ? asset.filedOn : input.filedOn,
        grantedOn: input.grantedOn === undefined ? asset.grantedOn : input.grantedOn,
        expiresOn: input.expiresOn === undefined ? asset.expiresOn : input.expiresOn,
      };
      // Only what changes is checked, so an old record that breaks a newer rule can still be retitled.
      if (input.filedOn !== undefined || input.grantedOn !== undefined || input.expiresOn !== undefined) checkAssetDates(dates, today, 'input');
      if (number !== asset.number || input.filedOn !== undefined) checkPatentFilingYear(number, dates.filedOn, 'input');

      const next: PledgeRelevantFields = {
        type,
        number,
        enterpriseId: enterprise.id,
        ipcClasses,
        niceClasses,
        ...dates,
        legalStatus: input.legalStatus ?? asset.legalStatus,
      };
      if (LOCKED_PLEDGE_STATUSES.includes(asset.pledgeStatus)) {
        const changed = changedPledgeFields(asset, next);
        if (changed.length) {
          const fields = changed.map((f) => `input.${f}`);
          throw new IpAssetError(
            IpAssetErrorCode.ASSET_PLEDGED,
            `This asset is ${asset.pledgeStatus}: ${changed.join(', ')} cannot change until the pledge is released`,
            { field: fields[0], details: { fields, pledgeStatus: asset.pledgeStatus } },
          );
        }
      }
      if (type !== asset.type || number !== asset.number) await this.requireNumberFree(manager, type, number, asset.id);

      Object.assign(asset, next, {
        regionPath: enterprise.regionPath,
        title: input.title?.trim() ?? asset.title,
        abstract: input.abstract?.trim() ?? asset.abstract,
        implemented: input.implemented ?? asset.implemented,
      });
      const saved = await manager.save(asset);
      await this.audit.record(manager, { action: 'updateIpAsset', entityType: 'IpAsset', entityId: asset.id, before, after: saved });
      await this.outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: [saved.id] });
      await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: [...new Set([before.enterpriseId, saved.enterpriseId])] });
      await this.jobs.matchingChanged(manager, { enterpriseId: saved.enterpriseId });
      return saved;
    });
    return result;
  }

  /** One asset the actor may see: NOT_FOUND when there is none, FORBIDDEN when it is not theirs to see. */
  async get(actor: Actor, id: string): Promise<IpAsset> {
    const asset = await this.visible(actor).andWhere('a.id = :id', { id }).getOne();
    if (asset) return asset;
    if (await this.assets.existsBy({ id })) throw forbidden('You may not see this IP asset');
    throw notFound('IpAsset', id);
  }

  async list(actor: Actor, args: ConnectionArgs, filter: IpAssetFilter = {}, sort?: IpAssetSort): Promise<ConnectionShape<IpAsset>> {
    const qb = this.visible(actor);
    await this.applyFilter(qb, filter);
    const spec = SORTS[sort?.field ?? IpAssetSortField.CREATED_AT](sort?.direction ?? SortDirection.DESC);
    return paginate(qb, args, spec);
  }

  /**
   * The same page for each of several firms in three queries (counts, ranked ids,
   * rows), so `Enterprise.ipAssets` on a page of firms is not one query per firm.
   * `after` is meant for paging one firm's list; for several it applies to each.
   */
  async listForEnterprises(
    actor: Actor,
    enterpriseIds: readonly string[],
    args: ConnectionArgs,
    filter: IpAssetFilter = {},
    sort?: IpAssetSort,
  ): Promise<ConnectionShape<IpAsset>[]> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (first < 1 || first > MAX_PAGE_SIZE) throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
    const spec = SORTS[sort?.field ?? IpAssetSortField.CREATED_AT](sort?.direction ?? SortDirection.DESC);
    const scoped = async () => {
      const qb = this.visible(actor).andWhere('a.enterprise_id IN (:...pEnterprises)', { pEnterprises: [...enterpriseIds] });
      await this.applyFilter(qb, filter);
      return qb;
    };

    const counts = await (await scoped())
      .select('a.enterprise_id', 'enterprise_id')
      .addSelect('count(*)::int', 'n')
      .groupBy('a.enterprise_id')
      .getRawMany<{ enterprise_id: string; n: number }>();
    const ranked = await scoped();
    if (args.after) {
      const cursor = decodeCursor(args.after);
      const op = spec.direction === 'ASC' ? '>' : '<';
      ranked.andWhere(`(${spec.column}, a.id) ${op} (:cursorKey, :cursorId)`, { cursorKey: cursor.k, cursorId: cursor.id });
    }
    ranked
      .select('a.id', 'id')
      .addSelect('a.enterprise_id', 'enterprise_id')
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY a.enterprise_id ORDER BY ${spec.column} ${spec.direction}, a.id ${spec.direction})`, 'rn');
    const [sql, params] = ranked.getQueryAndParameters();
    const ids = await this.dataSource.query<{ id: string; enterprise_id: string }[]>(
      `SELECT r.id, r.enterprise_id FROM (${sql}) r WHERE r.rn <= $${params.length + 1} ORDER BY r.enterprise_id, r.rn`,
      [...params, first + 1],
    );
    const rows = ids.length ? await this.assets.findBy({ id: In(ids.map((r) => r.id)) }) : [];
    const byId = new Map(rows.map((a) => [a.id, a]));
    const total = new Map(counts.map((c) => [c.enterprise_id, c.n]));

    return enterpriseIds.map((enterpriseId) => {
      const mine = ids.filter((r) => r.enterprise_id === enterpriseId).flatMap((r) => byId.get(r.id) ?? []);
      const edges = mine.slice(0, first).map((node) => {
        const k = spec.key(node);
        return { node, cursor: encodeCursor({ k: k instanceof Date ? k.toISOString() : k, id: node.id }) };
      });
      return {
        edges,
        totalCount: total.get(enterpriseId) ?? 0,
        pageInfo: {
          hasNextPage: mine.length > first,
          hasPreviousPage: Boolean(args.after),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    });
  }

  /** A query over the assets the actor may see, aliased `a`. */
  visible(actor: Actor): SelectQueryBuilder<IpAsset> {
    return scopeToVisibleAssets(this.assets.createQueryBuilder('a'), actor);
  }

  private async applyFilter(qb: SelectQueryBuilder<IpAsset>, filter: IpAssetFilter): Promise<void> {
    if (filter.enterpriseId) qb.andWhere('a.enterprise_id = :fEnterprise', { fEnterprise: filter.enterpriseId });
    // An empty list narrows nothing: it reads as "no preference", not "none of them".
    if (filter.type?.length) qb.andWhere('a.type IN (:...fTypes)', { fTypes: filter.type });
    if (filter.legalStatus?.length) qb.andWhere('a.legal_status IN (:...fLegal)', { fLegal: filter.legalStatus });
    if (filter.pledgeStatus?.length) qb.andWhere('a.pledge_status IN (:...fPledge)', { fPledge: filter.pledgeStatus });
    if (filter.ipcPrefix) {
      const prefix = filter.ipcPrefix.trim().replace(/\s+/g, ' ').toUpperCase();
      qb.andWhere('EXISTS (SELECT 1 FROM unnest(a.ipc_classes) AS f_ipc(symbol) WHERE f_ipc.symbol LIKE :fIpc)', { fIpc: `${escapeLike(prefix)}%` });
    }
    if (filter.niceClass !== undefined && filter.niceClass !== null) qb.andWhere(':fNice = ANY(a.nice_classes)', { fNice: filter.niceClass });
    if (filter.implemented !== undefined && filter.implemented !== null) qb.andWhere('a.implemented = :fImpl', { fImpl: filter.implemented });
    if (filter.titleContains) qb.andWhere('a.title ILIKE :fTitle', { fTitle: `%${escapeLike(filter.titleContains.trim())}%` });
    if (filter.regionId) {
      const region = await this.dataSource.getRepository(Region).findOneBy({ id: filter.regionId });
      if (!region) throw badInput('filter.regionId', `Region ${filter.regionId} does not exist`);
      qb.andWhere('(a.region_path = :fRegion OR a.region_path LIKE :fRegionPrefix)', {
        fRegion: region.path,
        fRegionPrefix: subtreePattern(region.path),
      });
    }
  }

  /** Banks, valuers, guarantors … are turned away before anything is looked up. */
  private requireRegistrarRole(actor: Actor): void {
    if (!hasAnyRole(actor, [Role.ENTERPRISE_USER, ...ASSET_REGISTRARS])) {
      throw forbidden('IP is registered by the firm itself, an IP office, a service window or a park of its region');
    }
  }

  private async enterprise(manager: EntityManager, id: string, field: string): Promise<Enterprise> {
    const enterprise = await manager.findOneBy(Enterprise, { id });
    if (!enterprise) throw notFoundAt(field, 'Enterprise', id);
    return enterprise;
  }

  private checkNumber(type: IpType, raw: string, today: string): string {
    const check = checkIpNumber(type, raw, Number(today.slice(0, 4)));
    if (!check.valid) {
      throw new IpAssetError(IpAssetErrorCode.INVALID_NUMBER, `input.number: ${check.reason}`, {
        field: 'input.number',
        details: { problem: check.problem },
      });
    }
    return check.normalized;
  }

  private async requireNumberFree(manager: EntityManager, type: IpType, number: string, selfId: string | null): Promise<void> {
    const other = await manager.findOne(IpAsset, { where: { type, number }, select: { id: true } });
    if (other && other.id !== selfId) {
      throw new IpAssetError(IpAssetErrorCode.NUMBER_TAKEN, `A ${type} numbered ${number} is already registered`, { field: 'input.number' });
    }
  }
}
