import { AccessService, BankAccessRevocation, Permission, REGIONAL_ROLES } from '@zhirong/access';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Access, Actor, AuditService, hasAnyRole, badInput, ConnectionArgs, ConnectionShape, forbidden, isPlatformAdmin, money, notFound, paginate, Role, subtreePattern } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Region } from '@zhirong/identity';
import { IpType } from '@zhirong/ip-assets';
import { DataSource, Repository } from 'typeorm';
import { WhitelistedFirmFilter, WhitelistResponseFilter, WhitelistResponseInput } from './dto/whitelist.inputs';
import { BankAccessRevocationObject, WhitelistedFirmObject, WhitelistInterestObject, WhitelistResponseObject } from './dto/whitelist.objects';
import { WhitelistResponseStatus } from './entities/whitelist.enums';
import { WhitelistResponse } from './entities/whitelist-response.entity';
import { WhitelistError, WhitelistErrorCode } from './whitelist.errors';
import { WhitelistService } from './whitelist.service';

/** Latest valid valuation per asset of the firm in `e`, summed: the same rule screening uses. */
const TOTAL_VALUATION_SQL = `(select coalesce(sum(lv.value_fen), 0) from (
   select distinct on (v.ip_asset_id) v.value_fen from valuation v join ip_asset a on a.id = v.ip_asset_id
   where a.enterprise_id = e.id and a.legal_status in ('VALID', 'PENDING') and v.valid_until >= (now() at time zone 'Asia/Shanghai')::date
   order by v.ip_asset_id, v.valued_on desc, v.created_at desc) lv)`;

/** Banks' answers on pushed firms, and the firms as banks and offices browse them. */
@Injectable()
export class WhitelistResponseService {
  constructor(
    @InjectRepository(WhitelistResponse) private readonly responses: Repository<WhitelistResponse>,
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    private readonly batches: WhitelistService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  async respond(actor: Actor, input: WhitelistResponseInput): Promise<WhitelistResponse> {
    Access.requireRole(actor, Role.BANK_OFFICER);
    const reason = input.reason?.trim() || null;
    if (input.status === WhitelistResponseStatus.CREDIT_LINE_OFFERED) {
      if (!input.creditLine || input.creditLine.amountFen === '0') throw badInput('input.creditLine', 'A credit line offer needs an amount above zero');
    } else if (input.creditLine) {
      throw badInput('input.creditLine', 'An amount goes only with CREDIT_LINE_OFFERED');
    }
    if (input.status === WhitelistResponseStatus.DECLINED && !reason) throw badInput('input.reason', 'A decline needs a reason');

    await this.requireExists(input.enterpriseId);
    // A bank answers only while it may see the firm: a superseding batch that dropped it ends that.
    if (!(await this.access.allowed(actor, Permission.ENTERPRISE_READ, [input.enterpriseId])).has(input.enterpriseId)) {
      throw new WhitelistError(WhitelistErrorCode.FIRM_NOT_PUSHED, 'This firm was not pushed to your bank');
    }
    return this.dataSource.transaction(async (manager) => {
      const [delivery] = (await manager.query(
        `select batch_id from whitelist_delivery where bank_organization_id = $1 and enterprise_id = $2 and inbox_at is not null order by inbox_at desc limit 1`,
        [actor.organizationId, input.enterpriseId],
      )) as { batch_id: string }[];
      if (!delivery) throw new WhitelistError(WhitelistErrorCode.FIRM_NOT_PUSHED, 'This firm was not pushed to your bank');
      const saved = await manager.save(
        manager.create(WhitelistResponse, {
          enterpriseId: input.enterpriseId,
          bankOrganizationId: actor.organizationId,
          batchId: delivery.batch_id,
          status: input.status,
          creditLineFen: input.creditLine ? input.creditLine.amountFen : null,
          reason,
          shareReasonWithFirm: input.shareReasonWithFirm ?? false,
          respondedByUserId: actor.userId,
        }),
      );
      await this.audit.record(manager, { action: 'respondToWhitelistedFirm', entityType: 'WhitelistResponse', entityId: saved.id, after: saved });
      return saved;
    });
  }

  /** The office's view: answers on the firms of a batch from the banks it was pushed to. */
  async list(actor: Actor, batchId: string, args: ConnectionArgs, filter: WhitelistResponseFilter): Promise<ConnectionShape<WhitelistResponseObject>> {
    await this.batches.getBatch(actor, batchId);
    const qb = this.responses
      .createQueryBuilder('r')
      .where('exists (select 1 from whitelist_delivery d where d.batch_id = :batchId and d.bank_organization_id = r.bank_organization_id and d.enterprise_id = r.enterprise_id)', { batchId });
    if (filter.enterpriseId) qb.andWhere('r.enterprise_id = :fe', { fe: filter.enterpriseId });
    if (filter.bankId) qb.andWhere('r.bank_organization_id = :fb', { fb: filter.bankId });
    if (filter.status) qb.andWhere('r.status = :fs', { fs: filter.status });
    if (filter.latestOnly !== false) {
      qb.andWhere(
        'r.id = (select r2.id from whitelist_response r2 where r2.enterprise_id = r.enterprise_id and r2.bank_organization_id = r.bank_organization_id order by r2.created_at desc, r2.id desc limit 1)',
      );
    }
    const page = await paginate(qb, args, { column: 'r.created_at', direction: 'DESC', key: (r) => r.createdAt });
    const names = await this.names(page.edges.flatMap((e) => [e.node.enterpriseId, e.node.bankOrganizationId]));
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: {
          id: e.node.id,
          enterpriseId: e.node.enterpriseId,
          enterpriseName: names.get(e.node.enterpriseId) ?? '',
          bank: { id: e.node.bankOrganizationId, name: names.get(e.node.bankOrganizationId) ?? '' },
          batchId: e.node.batchId,
          status: e.node.status,
          creditLine: e.node.creditLineFen === null ? null : money(e.node.creditLineFen),
          reason: e.node.reason,
          shareReasonWithFirm: e.node.shareReasonWithFirm,
          createdAt: e.node.createdAt,
        },
      })),
    };
  }

  /** The bank's inbox of revocations: firms it no longer sees, newest first. */
  async accessRevocations(actor: Actor, args: ConnectionArgs): Promise<ConnectionShape<BankAccessRevocationObject>> {
    Access.requireRole(actor, Role.BANK_OFFICER);
    const qb = this.dataSource.getRepository(BankAccessRevocation).createQueryBuilder('r');
    if (!isPlatformAdmin(actor)) qb.where('r.bank_organization_id = :org', { org: actor.organizationId });
    const page = await paginate(qb, args, { column: 'r.revoked_at', direction: 'DESC', key: (r) => r.revokedAt });
    const names = await this.names(page.edges.map((e) => e.node.enterpriseId));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node, enterpriseName: names.get(e.node.enterpriseId) ?? '' } })) };
  }

  /** Names of firms and organisations by id, for answers shown to people. */
  async names(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = (await this.dataSource.query(
      'select id, name from enterprise where id = any($1::uuid[]) union all select id, name from organization where id = any($1::uuid[])',
      [[...new Set(ids)]],
    )) as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The firm's view: each bank's newest answer; a reason only when the bank shared it. */
  async myInterest(actor: Actor): Promise<WhitelistInterestObject[]> {
    Access.requireRole(actor, Role.ENTERPRISE_USER);
    const rows = (await this.dataSource.query(
      `select distinct on (r.bank_organization_id) r.bank_organization_id, o.name, r.status, r.credit_line_fen, r.reason, r.share_reason_with_firm, r.created_at
       from whitelist_response r join enterprise e on e.id = r.enterprise_id join organization o on o.id = r.bank_organization_id
       where e.organization_id = $1
       order by r.bank_organization_id, r.created_at desc, r.id desc`,
      [actor.organizationId],
    )) as { bank_organization_id: string; name: string; status: WhitelistResponseStatus; credit_line_fen: string | null; reason: string | null; share_reason_with_firm: boolean; created_at: Date }[];
    return rows
      .map((r) => ({
        bank: { id: r.bank_organization_id, name: r.name },
        status: r.status,
        creditLine: r.credit_line_fen === null ? null : money(r.credit_line_fen),
        reason: r.share_reason_with_firm ? r.reason : null,
        respondedAt: r.created_at,
      }))
      .sort((a, b) => b.respondedAt.getTime() - a.respondedAt.getTime());
  }

  /**
   * A bank sees only the firms pushed to it (enterprise_bank_access, WHITELIST_PUSH, its own
   * organisation); an office the firms of its subtree included in a published batch.
   */
  async whitelistedFirms(actor: Actor, args: ConnectionArgs, filter: WhitelistedFirmFilter): Promise<ConnectionShape<WhitelistedFirmObject>> {
    const isBank = actor.roles.includes(Role.BANK_OFFICER) && !isPlatformAdmin(actor);
    const qb = this.enterprises.createQueryBuilder('e');
    if (isBank) {
      qb.where(`e.id in (select ba.enterprise_id from enterprise_bank_access ba where ba.bank_organization_id = :org and ba.reason = 'WHITELIST_PUSH')`, { org: actor.organizationId });
    } else if (hasAnyRole(actor, REGIONAL_ROLES)) {
      qb.where(`e.id in (select we.enterprise_id from whitelist_entry we join whitelist_batch wb on wb.id = we.batch_id where we.included and wb.status = 'PUBLISHED')`);
      if (!isPlatformAdmin(actor)) qb.andWhere('(e.region_path = :vr or e.region_path like :vrp)', { vr: actor.regionPath, vrp: subtreePattern(actor.regionPath) });
    } else {
      throw forbidden('Only banks, offices, service windows and parks browse whitelisted firms');
    }
    if (filter.enterpriseId) qb.andWhere('e.id = :eid', { eid: filter.enterpriseId });
    if (filter.tags?.length) qb.andWhere('e.tags @> :tags::enterprise_tag[]', { tags: filter.tags });
    if (filter.industryCode) qb.andWhere('e.industry_code like :ind', { ind: `${filter.industryCode.replace(/[\\%_]/g, '')}%` });
    if (filter.regionId) {
      const region = await this.dataSource.manager.findOneBy(Region, { id: filter.regionId });
      if (!region) throw badInput('filter.regionId', 'No such region');
      qb.andWhere('(e.region_path = :fr or e.region_path like :frp)', { fr: region.path, frp: subtreePattern(region.path) });
    }
    if (filter.minValuation) qb.andWhere(`${TOTAL_VALUATION_SQL} >= :minVal`, { minVal: filter.minValuation.amountFen });
    if (filter.hasOpenNeed !== undefined && filter.hasOpenNeed !== null) {
      qb.andWhere(`${filter.hasOpenNeed ? '' : 'not '}exists (select 1 from financing_need n where n.enterprise_id = e.id and n.status = 'OPEN')`);
    }
    if (isBank && filter.responseStatus) {
      qb.andWhere(
        '(select r.status from whitelist_response r where r.enterprise_id = e.id and r.bank_organization_id = :org order by r.created_at desc, r.id desc limit 1) = :rs',
        { rs: filter.responseStatus },
      );
    }
    if (isBank && filter.unanswered) qb.andWhere('not exists (select 1 from whitelist_response r where r.enterprise_id = e.id and r.bank_organization_id = :org)');

    const page = await paginate(qb, args, { column: 'e.name', direction: 'ASC', key: (e) => e.name });
    const details = await this.firmDetails(page.edges.map((e) => e.node.id), isBank ? actor.organizationId : null);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: details(edge.node) })) };
  }

  /** IP summaries, open needs and the bank's own answers for a page of firms: one query each, not one per firm. */
  private async firmDetails(ids: string[], bankId: string | null): Promise<(e: Enterprise) => WhitelistedFirmObject> {
    const [types, totals, needs, answers] = ids.length
      ? await Promise.all([
          this.dataSource.query(
            `select enterprise_id, type, count(*)::int as n, (count(*) filter (where type = 'INVENTION_PATENT' and legal_status = 'VALID'))::int as valid_inv
             from ip_asset where enterprise_id = any($1::uuid[]) group by enterprise_id, type order by enterprise_id, type`,
            [ids],
          ) as Promise<{ enterprise_id: string; type: IpType; n: number; valid_inv: number }[]>,
          this.dataSource.query(
            `select a.enterprise_id, coalesce(sum(lv.value_fen), 0)::text as total from ip_asset a
             join lateral (select v.value_fen from valuation v where v.ip_asset_id = a.id and v.valid_until >= (now() at time zone 'Asia/Shanghai')::date
                           order by v.valued_on desc, v.created_at desc limit 1) lv on true
             where a.enterprise_id = any($1::uuid[]) and a.legal_status in ('VALID', 'PENDING') group by a.enterprise_id`,
            [ids],
          ) as Promise<{ enterprise_id: string; total: string }[]>,
          this.dataSource.query(
            `select id, enterprise_id, amount_fen, term_months, purpose from financing_need where enterprise_id = any($1::uuid[]) and status = 'OPEN' order by created_at desc`,
            [ids],
          ) as Promise<{ id: string; enterprise_id: string; amount_fen: string; term_months: number; purpose: string }[]>,
          bankId
            ? (this.dataSource.query(
                `select e.id as enterprise_id,
                   (select r.status from whitelist_response r where r.enterprise_id = e.id and r.bank_organization_id = $2 order by r.created_at desc, r.id desc limit 1) as status,
                   (select max(d.inbox_at) from whitelist_delivery d where d.enterprise_id = e.id and d.bank_organization_id = $2) as pushed_at
                 from unnest($1::uuid[]) as e(id)`,
                [ids, bankId],
              ) as Promise<{ enterprise_id: string; status: WhitelistResponseStatus | null; pushed_at: Date | null }[]>)
            : Promise.resolve([]),
        ])
      : [[], [], [], []];
    return (e) => {
      const mine = types.filter((t) => t.enterprise_id === e.id);
      const answer = answers.find((a) => a.enterprise_id === e.id);
      return {
        id: e.id,
        name: e.name,
        creditCode: e.creditCode,
        industryCode: e.industryCode,
        regionPath: e.regionPath,
        tags: e.tags,
        creditRating: e.creditRating,
        employees: e.employees,
        ipSummary: {
          total: mine.reduce((s, t) => s + t.n, 0),
          byType: mine.map((t) => ({ type: t.type, count: t.n })),
          validInventionPatents: mine.reduce((s, t) => s + t.valid_inv, 0),
          totalLatestValuation: money(totals.find((t) => t.enterprise_id === e.id)?.total ?? '0'),
        },
        openNeeds: needs.filter((n) => n.enterprise_id === e.id).map((n) => ({ id: n.id, amount: money(n.amount_fen), termMonths: n.term_months, purpose: n.purpose })),
        myResponse: answer?.status ?? null,
        pushedAt: answer?.pushed_at ?? null,
      };
    };
  }

  async requireExists(enterpriseId: string): Promise<void> {
    if (!(await this.enterprises.existsBy({ id: enterpriseId }))) throw notFound('Enterprise', enterpriseId);
  }
}
