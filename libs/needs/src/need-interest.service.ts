import { Injectable } from '@nestjs/common';
import { AccessService, BankAccessRevocationReason, BankAccessService, Permission } from '@zhirong/access';
import { Access, Actor, AuditService, ConnectionArgs, ConnectionShape, forbidden, notFound, paginate, Role, SortDirection } from '@zhirong/core';
import { BankAccessReason } from '@zhirong/enterprises';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { ExpressNeedInterestInput, NeedInterestFilter, RespondToNeedInterestInput } from './dto/need-library.inputs';
import { NeedInterestObject } from './dto/need-library.objects';
import { FinancingNeed, FinancingNeedStatus } from './entities/financing-need.entity';
import { NeedInterest, NeedInterestStatus, OPEN_INTEREST_STATUSES } from './entities/need-interest.entity';
import { NeedError, NeedErrorCode } from './needs.errors';

/** A need banks may still take up: an open need, or one a bank already took up that the firm keeps open. */
export const LIVE_NEED_STATUSES = [FinancingNeedStatus.OPEN, FinancingNeedStatus.MATCHED];

/**
 * Banks' interests in published needs (需求意向) and the firm's consent. Consent grants
 * the bank access to the firm (NEED_PUBLISHED) through libs/access, and every way an
 * interest ends — declined, withdrawn by either side, need unpublished or closed —
 * ends the access it gave, in the same transaction.
 */
@Injectable()
export class NeedInterestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly bankAccess: BankAccessService,
    private readonly audit: AuditService,
  ) {}

  /** A bank takes interest in a need of its library, through one of its products the need matches. */
  async express(actor: Actor, input: ExpressNeedInterestInput): Promise<NeedInterestObject> {
    Access.requireRole(actor, Role.BANK_OFFICER);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Shares the need's lock with other takers; unpublishing or closing it waits for us (and we for it).
        const need = await manager.findOne(FinancingNeed, { where: { id: input.needId }, lock: { mode: 'pessimistic_read' } });
        if (!need) throw notFound('FinancingNeed', input.needId);
        await this.access.require(actor, Permission.PUBLISHED_NEED_READ, need.id, manager);
        const matched = (await manager.query(
          `select 1 from match m join loan_product p on p.id = m.product_id
           where m.need_id = $1 and m.product_id = $2 and m.eligible and p.status = 'ACTIVE' and p.bank_organization_id = $3`,
          [need.id, input.productId, actor.organizationId],
        )) as unknown[];
        if (!matched.length) {
          throw new NeedError(NeedErrorCode.PRODUCT_NOT_MATCHED, 'Name one of your active products that this need matches', { field: 'input.productId' });
        }
        await this.requireNoOpenInterest(manager, need.id, actor.organizationId);
        const saved = await manager.save(
          manager.create(NeedInterest, {
            needId: need.id,
            enterpriseId: need.enterpriseId,
            bankOrganizationId: actor.organizationId,
            productId: input.productId,
            message: input.message?.trim() || null,
            status: NeedInterestStatus.PENDING,
            createdByUserId: actor.userId,
          }),
        );
        await this.audit.record(manager, { action: 'expressNeedInterest', entityType: 'NeedInterest', entityId: saved.id, after: saved });
        return (await this.views(manager, [saved]))[0];
      });
    } catch (error) {
      // Two officers of one bank at once: the partial unique index lets one through.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_need_interest_open') throw interestExists();
      throw error;
    }
  }

  /** The bank takes its interest back; an accepted one ends the access it gave. */
  async withdraw(actor: Actor, id: string): Promise<NeedInterestObject> {
    Access.requireRole(actor, Role.BANK_OFFICER);
    return this.dataSource.transaction(async (manager) => {
      const interest = await this.lock(manager, id);
      await this.access.require(actor, Permission.NEED_INTEREST_READ, id, manager);
      if (interest.bankOrganizationId !== actor.organizationId) throw forbidden('Only the bank that took interest withdraws it');
      return this.close(manager, interest, NeedInterestStatus.WITHDRAWN, 'withdrawNeedInterest', BankAccessRevocationReason.INTEREST_WITHDRAWN);
    });
  }

  /** The firm answers: acceptance lets the bank see the firm, like a pushed firm; a decline leaves it anonymous. */
  async respond(actor: Actor, input: RespondToNeedInterestInput): Promise<NeedInterestObject> {
    return this.dataSource.transaction(async (manager) => {
      const interest = await this.lock(manager, input.interestId);
      await this.access.require(actor, Permission.NEED_CONSENT, interest.needId, manager);
      if (interest.status !== NeedInterestStatus.PENDING) throw notOpen(interest, 'answered');
      const need = await manager.findOneOrFail(FinancingNeed, { where: { id: interest.needId }, lock: { mode: 'pessimistic_read' } });
      if (!LIVE_NEED_STATUSES.includes(need.status)) throw notLive(need);
      const before = { ...interest };
      Object.assign(interest, {
        status: input.accept ? NeedInterestStatus.ACCEPTED : NeedInterestStatus.DECLINED,
        respondedAt: new Date(),
        responseNote: input.note?.trim() || null,
        closedAt: input.accept ? null : new Date(),
      });
      const saved = await manager.save(interest);
      await this.audit.record(manager, { action: 'respondToNeedInterest', entityType: 'NeedInterest', entityId: saved.id, before, after: saved });
      if (input.accept) {
        await this.bankAccess.grant(manager, {
          enterpriseId: saved.enterpriseId,
          bankOrganizationId: saved.bankOrganizationId,
          reason: BankAccessReason.NEED_PUBLISHED,
          sourceId: saved.id,
        });
      }
      return (await this.views(manager, [saved]))[0];
    });
  }

  /** The firm takes back a consent it gave: the bank stops seeing it (unless another consent still holds). */
  async withdrawConsent(actor: Actor, id: string): Promise<NeedInterestObject> {
    return this.dataSource.transaction(async (manager) => {
      const interest = await this.lock(manager, id);
      await this.access.require(actor, Permission.NEED_CONSENT, interest.needId, manager);
      if (interest.status !== NeedInterestStatus.ACCEPTED) throw notOpen(interest, 'accepted');
      return this.close(manager, interest, NeedInterestStatus.CONSENT_WITHDRAWN, 'withdrawNeedConsent', BankAccessRevocationReason.CONSENT_WITHDRAWN);
    });
  }

  /**
   * The need was unpublished (pending interests end; consents given stay until the firm
   * withdraws them) or closed (every open interest ends, and the access it gave).
   * Runs in the caller's transaction, which holds the need's lock.
   */
  async closeForNeed(manager: EntityManager, needId: string, how: 'UNPUBLISHED' | 'NEED_CLOSED'): Promise<number> {
    const statuses = how === 'UNPUBLISHED' ? [NeedInterestStatus.PENDING] : [...OPEN_INTEREST_STATUSES];
    const open = await manager.find(NeedInterest, { where: { needId, status: In(statuses) }, order: { createdAt: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    for (const interest of open) {
      await this.close(manager, interest, NeedInterestStatus.CLOSED, 'closeNeedInterest', BankAccessRevocationReason.NEED_CLOSED);
    }
    return open.length;
  }

  /** Interests the actor may see (a bank its own, a firm those in its needs, an office its region's), newest first. */
  async list(actor: Actor, args: ConnectionArgs, filter: NeedInterestFilter = {}): Promise<ConnectionShape<NeedInterestObject>> {
    const qb = this.access.scope(this.dataSource.getRepository(NeedInterest).createQueryBuilder('ni'), actor, Permission.NEED_INTEREST_READ, 'ni.id');
    if (filter.needId) qb.andWhere('ni.need_id = :needId', { needId: filter.needId });
    if (filter.status) qb.andWhere('ni.status = :status', { status: filter.status });
    const page = await paginate(qb, args, { column: 'ni.created_at', direction: SortDirection.DESC, key: (i) => i.createdAt });
    const views = await this.views(this.dataSource.manager, page.edges.map((e) => e.node));
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: views[i] })) };
  }

  /** Batch for `FinancingNeed.bankInterests`: per need, the interests the actor may see, newest first. */
  async forNeeds(actor: Actor, needIds: readonly string[], first: number): Promise<NeedInterestObject[][]> {
    const qb = this.access.scope(this.dataSource.getRepository(NeedInterest).createQueryBuilder('ni'), actor, Permission.NEED_INTEREST_READ, 'ni.id');
    const rows = await qb
      .andWhere('ni.need_id IN (:...needIds)', { needIds: [...needIds] })
      .orderBy('ni.created_at', 'DESC')
      .addOrderBy('ni.id', 'DESC')
      .getMany();
    const views = await this.views(this.dataSource.manager, rows);
    return needIds.map((id) => views.filter((v) => v.needId === id).slice(0, first));
  }

  /** A bank's open or latest interest in each need, for its library rows. */
  async latestOfBank(bankOrganizationId: string, needIds: readonly string[]): Promise<Map<string, NeedInterestObject>> {
    if (!needIds.length) return new Map();
    const rows = await this.dataSource
      .getRepository(NeedInterest)
      .createQueryBuilder('ni')
      .distinctOn(['ni.need_id'])
      .where('ni.bank_organization_id = :bank AND ni.need_id IN (:...needIds)', { bank: bankOrganizationId, needIds: [...needIds] })
      .orderBy('ni.need_id')
      .addOrderBy('ni.created_at', 'DESC')
      .getMany();
    const views = await this.views(this.dataSource.manager, rows);
    return new Map(views.map((v) => [v.needId, v]));
  }

  private async close(
    manager: EntityManager,
    interest: NeedInterest,
    status: NeedInterestStatus,
    action: string,
    revocation: BankAccessRevocationReason,
  ): Promise<NeedInterestObject> {
    if (!OPEN_INTEREST_STATUSES.some((s) => s === interest.status)) throw notOpen(interest, 'open');
    const before = { ...interest };
    const wasAccepted = interest.status === NeedInterestStatus.ACCEPTED;
    Object.assign(interest, { status, closedAt: new Date() });
    const saved = await manager.save(interest);
    await this.audit.record(manager, { action, entityType: 'NeedInterest', entityId: saved.id, before, after: saved });
    if (wasAccepted) await this.endGrant(manager, saved, revocation);
    return (await this.views(manager, [saved]))[0];
  }

  /**
   * One grant per bank and firm stands for all its accepted interests: ending one hands
   * the grant to another that still holds, and only the last one revokes it.
   */
  private async endGrant(manager: EntityManager, interest: NeedInterest, reason: BankAccessRevocationReason): Promise<void> {
    const [other] = (await manager.query(
      `select ni.id from need_interest ni join financing_need n on n.id = ni.need_id
       where ni.enterprise_id = $1 and ni.bank_organization_id = $2 and ni.status = 'ACCEPTED' and ni.id <> $3 and n.status = any($4::financing_need_status[])
       order by ni.responded_at, ni.id limit 1`,
      [interest.enterpriseId, interest.bankOrganizationId, interest.id, LIVE_NEED_STATUSES],
    )) as { id: string }[];
    await this.bankAccess.revoke(manager, {
      enterpriseId: interest.enterpriseId,
      bankOrganizationId: interest.bankOrganizationId,
      grantReason: BankAccessReason.NEED_PUBLISHED,
      sourceId: interest.id,
      reason,
      causeId: interest.id,
      handOverTo: other?.id ?? null,
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<NeedInterest> {
    const interest = await manager.findOne(NeedInterest, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!interest) throw notFound('NeedInterest', id);
    return interest;
  }

  private async requireNoOpenInterest(manager: EntityManager, needId: string, bankOrganizationId: string): Promise<void> {
    const open = await manager.findOne(NeedInterest, { where: { needId, bankOrganizationId, status: In([...OPEN_INTEREST_STATUSES]) } });
    if (open) throw interestExists(open.id);
  }

  private async views(manager: EntityManager, rows: readonly NeedInterest[]): Promise<NeedInterestObject[]> {
    if (!rows.length) return [];
    const names = (await manager.query(
      `select 'bank' as kind, o.id, o.name from organization o where o.id = any($1::uuid[])
       union all select 'product', p.id, p.name from loan_product p where p.id = any($2::uuid[])`,
      [[...new Set(rows.map((r) => r.bankOrganizationId))], [...new Set(rows.map((r) => r.productId))]],
    )) as { kind: string; id: string; name: string }[];
    const name = (kind: string, id: string) => names.find((n) => n.kind === kind && n.id === id)?.name ?? '';
    return rows.map((r) => ({
      id: r.id,
      needId: r.needId,
      bankId: r.bankOrganizationId,
      bankName: name('bank', r.bankOrganizationId),
      productId: r.productId,
      productName: name('product', r.productId),
      message: r.message,
      status: r.status,
      responseNote: r.responseNote,
      createdAt: r.createdAt,
      respondedAt: r.respondedAt,
      closedAt: r.closedAt,
    }));
  }
}

function interestExists(id?: string): Error {
  return new NeedError(NeedErrorCode.INTEREST_EXISTS, 'Your bank already has an open interest in this need', { details: id ? { interestId: id } : undefined });
}

function notOpen(interest: NeedInterest, wanted: string): Error {
  return new NeedError(NeedErrorCode.INTEREST_NOT_OPEN, `This interest is ${interest.status}, not ${wanted}`, { details: { status: interest.status } });
}

export function notLive(need: FinancingNeed): Error {
  return new NeedError(NeedErrorCode.NEED_NOT_LIVE, `A ${need.status} need is no longer open to banks`, { details: { status: need.status } });
}
