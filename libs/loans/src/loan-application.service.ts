import { Injectable } from '@nestjs/common';
import { AccessService, BankAccessRevocationReason, BankAccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, badInput, clock, ConnectionShape, notFound, paginate, positiveFen, Role, todayInShanghai } from '@zhirong/core';
import { BankAccessReason, Enterprise } from '@zhirong/enterprises';
import { appraiseAssets, IpType } from '@zhirong/ip-assets';
import { LoanProduct, LoanProductStatus } from '@zhirong/products';
import { DataSource, EntityManager } from 'typeorm';
import { DecideLoanApplicationInput, ApplyForLoanInput, LoanApplicationsArgs, RespondToCounterOfferInput, RiskShareInput, WithdrawLoanApplicationInput } from './dto/loan.inputs';
import { LoanApplicationRow } from './dto/loan.objects';
import { LoanApplicationStatus, LoanDecisionKind, LoanStatus, OPEN_APPLICATION_STATUSES, RepaymentMethod, RiskShareRole } from './entities/loan.enums';
import { LoanApplication, LoanApplicationAsset, LoanApplicationTransition, ProposedRiskShare } from './entities/loan-application.entity';
import { Loan, LoanFee, LoanPledgedAsset, LoanRiskShare } from './entities/loan.entity';
import { LoansError, LoansErrorCode } from './loans.errors';

const BP = 10_000n;

/** The largest loan the assets support under the product: Σ ⌊latest valid value × the type's pledge rate ÷ 10,000⌋ (DOMAIN.md rule 1). */
export function pledgeCeiling(assets: readonly { type: IpType | null; valueFen: bigint | null }[], pledgeRates: Partial<Record<IpType, number>>): bigint {
  let ceiling = 0n;
  for (const a of assets) {
    if (!a.type || a.valueFen === null) continue;
    const bp = BigInt(pledgeRates[a.type] ?? 0);
    if (bp > 0n) ceiling += (a.valueFen * bp) / BP;
  }
  return ceiling;
}

/** Risk shares as given, checked: they sum to 10,000 bp, passed-on parts within each share, parties where the role needs one. */
export function checkRiskShares(shares: readonly RiskShareInput[], bankOrganizationId: string, field: string): ProposedRiskShare[] {
  if (!shares.length) return [{ role: RiskShareRole.BANK, partyOrganizationId: bankOrganizationId, shareBp: 10_000, passedOnBp: 0, passedOnTo: null }];
  const out = shares.map((s, i) => {
    const passedOnBp = s.passedOnBp ?? 0;
    if (passedOnBp > s.shareBp) throw badInput(`${field}.${i}.passedOnBp`, 'The part passed on cannot exceed the share');
    const party = s.role === RiskShareRole.BANK ? (s.partyOrganizationId ?? bankOrganizationId) : (s.partyOrganizationId ?? null);
    if (s.role === RiskShareRole.BANK && party !== bankOrganizationId) throw badInput(`${field}.${i}.partyOrganizationId`, 'The BANK share is the lending bank’s');
    if (s.role !== RiskShareRole.BANK && !party) throw badInput(`${field}.${i}.partyOrganizationId`, `Name the ${s.role.toLowerCase()} that carries this share`);
    return { role: s.role, partyOrganizationId: party, shareBp: s.shareBp, passedOnBp, passedOnTo: s.passedOnTo?.trim() || null };
  });
  const total = out.reduce((a, s) => a + s.shareBp, 0);
  if (total !== 10_000) throw badInput(field, `The shares sum to ${total} bp; they must sum to 10,000 bp (100%)`);
  return out;
}

const NAMED = `select la.*, e.name as "enterpriseName", o.name as "bankName", p.name as "productName",
    coalesce((select array_agg(a.ip_asset_id::text order by a.ip_asset_id) from loan_application_asset a where a.application_id = la.id), '{}') as "ipAssetIds",
    (select l.id from loan l where l.application_id = la.id) as "loanId"
  from loan_application la join enterprise e on e.id = la.enterprise_id join organization o on o.id = la.bank_organization_id join loan_product p on p.id = la.product_id`;

/**
 * 贷款申请: a firm applies, the bank approves, counter-offers or declines, the firm answers a
 * counter-offer or withdraws. Every transition is guarded by the status and by the version the
 * caller read (a stale one is CONFLICT), recorded as a transition row and in the audit log. While
 * the application is open the bank sees the firm (grant APPLIED); approval keeps the grant (the
 * loan needs it), a decline or withdrawal ends it.
 */
@Injectable()
export class LoanApplicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly bankAccess: BankAccessService,
    private readonly audit: AuditService,
  ) {}

  async named(actor: Actor, ids: readonly string[]): Promise<LoanApplicationRow[]> {
    const ok = await this.access.allowed(actor, Permission.LOAN_APPLICATION_READ, ids);
    if (!ok.size) return [];
    const rows = (await this.dataSource.query(`${NAMED} where la.id = any($1::uuid[])`, [[...ok]])) as Record<string, unknown>[];
    const byId = new Map(rows.map((r) => [r.id as string, toRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async one(actor: Actor, id: string): Promise<LoanApplicationRow> {
    const [row] = await this.named(actor, [id]);
    if (!row) throw notFound('LoanApplication', id);
    return row;
  }

  /** Newest first: the firm's own, the bank's queue, a region's for its offices. */
  async list(actor: Actor, args: LoanApplicationsArgs): Promise<ConnectionShape<LoanApplicationRow>> {
    const qb = this.dataSource.getRepository(LoanApplication).createQueryBuilder('la');
    this.access.scope(qb, actor, Permission.LOAN_APPLICATION_READ, 'la.id');
    if (args.filter?.statuses?.length) qb.andWhere('la.status IN (:...statuses)', { statuses: args.filter.statuses });
    if (args.filter?.enterpriseId) qb.andWhere('la.enterprise_id = :enterpriseId', { enterpriseId: args.filter.enterpriseId });
    const page = await paginate(qb, args, { column: 'la.created_at', direction: 'DESC', key: (a) => a.createdAt });
    const named = new Map(
      (
        await this.named(
          actor,
          page.edges.map((e) => e.node.id),
        )
      ).map((r) => [r.id, r]),
    );
    return { ...page, edges: page.edges.flatMap((e) => (named.has(e.node.id) ? [{ cursor: e.cursor, node: named.get(e.node.id)! }] : [])) };
  }

  async apply(actor: Actor, input: ApplyForLoanInput): Promise<LoanApplicationRow> {
    if (!actor.roles.includes(Role.ENTERPRISE_USER)) throw new LoansError(LoansErrorCode.NOT_A_PARTY, 'A firm applies for its own loans');
    const amount = positiveFen(input.amount.amountFen, 'input.amount.amountFen');
    const today = todayInShanghai(clock.now());
    const id = await this.dataSource.transaction(async (manager) => {
      const firm = await manager.findOne(Enterprise, { where: { organizationId: actor.organizationId } });
      if (!firm) throw new LoansError(LoansErrorCode.NOT_A_PARTY, 'Your organisation is not a firm on the platform');
      const product = await manager.findOne(LoanProduct, { where: { id: input.productId } });
      if (!product || (product.status !== LoanProductStatus.ACTIVE && !(await this.access.allowed(actor, Permission.PRODUCT_READ, [product.id], manager)).size)) {
        throw notFound('LoanProduct', input.productId);
      }
      if (product.status !== LoanProductStatus.ACTIVE || product.activeFrom > today || (product.activeUntil && product.activeUntil < today)) {
        throw new LoansError(LoansErrorCode.PRODUCT_NOT_ACTIVE, 'The product is not on offer today', { field: 'input.productId' });
      }
      checkProductTerms(product, amount, input.termMonths, 'input');
      if (input.needId) {
        const [need] = (await manager.query('select enterprise_id from financing_need where id = $1', [input.needId])) as { enterprise_id: string }[];
        if (!need || need.enterprise_id !== firm.id) throw badInput('input.needId', 'Apply from one of your own financing needs');
      }
      // Attribution to an event: a meeting of this firm with this product's bank (the event report counts it).
      let eventId: string | null = null;
      if (input.meetingId) {
        const [m] = (await manager.query('select event_id, firm_organization_id, bank_organization_id from meeting where id = $1', [input.meetingId])) as {
          event_id: string;
          firm_organization_id: string;
          bank_organization_id: string;
        }[];
        if (!m || m.firm_organization_id !== actor.organizationId || m.bank_organization_id !== product.bankOrganizationId) {
          throw badInput('input.meetingId', 'Name a meeting of your firm with this product’s bank');
        }
        eventId = m.event_id;
      }
      const assetIds = new Set(input.ipAssetIds ?? []);
      if (input.pledgeBundleId) {
        const bundle = (await manager.query('select enterprise_id from pledge_bundle where id = $1', [input.pledgeBundleId])) as { enterprise_id: string }[];
        if (!bundle[0] || bundle[0].enterprise_id !== firm.id) throw badInput('input.pledgeBundleId', 'Pledge one of your own bundles');
        const rows = (await manager.query('select ip_asset_id from pledge_bundle_asset where bundle_id = $1', [input.pledgeBundleId])) as { ip_asset_id: string }[];
        for (const r of rows) assetIds.add(r.ip_asset_id);
      }
      if (!assetIds.size) throw badInput('input.ipAssetIds', 'Pledge at least one IP asset (a bundle or asset ids)');
      const owned = (await manager.query('select id from ip_asset where id = any($1::uuid[]) and enterprise_id = $2', [[...assetIds], firm.id])) as { id: string }[];
      if (owned.length !== assetIds.size) throw badInput('input.ipAssetIds', 'Pledge only assets your firm owns');
      const appraisal = await appraiseAssets(manager, [...assetIds], today);
      const ceiling = pledgeCeiling(appraisal.assets, product.pledgeRates);
      if (amount > ceiling) {
        throw new LoansError(
          LoansErrorCode.PLEDGE_RATE_EXCEEDED,
          `The amount exceeds the pledge ceiling of ${ceiling} fen (latest valid valuations × the product’s pledge rates)`,
          {
            field: 'input.amount.amountFen',
            details: { ceilingFen: ceiling.toString(), appraisedValueFen: appraisal.appraisedValueFen.toString() },
          },
        );
      }
      const application = await manager.save(
        manager.create(LoanApplication, {
          enterpriseId: firm.id,
          bankOrganizationId: product.bankOrganizationId,
          productId: product.id,
          needId: input.needId ?? null,
          meetingId: input.meetingId ?? null,
          eventId,
          pledgeBundleId: input.pledgeBundleId ?? null,
          requestedAmountFen: amount.toString(),
          requestedTermMonths: input.termMonths,
          requestedRepaymentMethod: input.repaymentMethod,
          purpose: input.purpose?.trim() ?? '',
          status: LoanApplicationStatus.SUBMITTED,
          appliedByUserId: actor.userId,
          guaranteeRequired: product.guaranteeRequired,
          insuranceRequired: product.insuranceRequired,
        }),
      );
      await manager.insert(
        LoanApplicationAsset,
        [...assetIds].map((ipAssetId) => ({ applicationId: application.id, ipAssetId })),
      );
      await this.transition(manager, actor, application, null, LoanApplicationStatus.SUBMITTED, '');
      await this.bankAccess.grant(manager, { enterpriseId: firm.id, bankOrganizationId: product.bankOrganizationId, reason: BankAccessReason.APPLIED, sourceId: application.id });
      return application.id;
    });
    return this.one(actor, id);
  }

  async decide(actor: Actor, input: DecideLoanApplicationInput): Promise<LoanApplicationRow> {
    await this.dataSource.transaction(async (manager) => {
      const app = await this.locked(manager, actor, input.applicationId, input.expectedVersion);
      await this.access.require(actor, Permission.LOAN_APPLICATION_DECIDE, app.id, manager);
      if (app.status !== LoanApplicationStatus.SUBMITTED) throw new LoansError(LoansErrorCode.STATUS, `A bank decides a SUBMITTED application; this one is ${app.status}`);
      const from = app.status;
      if (input.decision === LoanDecisionKind.DECLINE) {
        const reason = input.declineReason?.trim();
        if (!reason) throw badInput('input.declineReason', 'Give the firm a reason for declining');
        app.status = LoanApplicationStatus.DECLINED;
        app.declineReason = reason;
      } else {
        const product = await manager.findOneOrFail(LoanProduct, { where: { id: app.productId } });
        if (!input.amount) throw badInput('input.amount', 'Give the amount approved or offered');
        if (input.annualRateBp === undefined || input.annualRateBp === null) throw badInput('input.annualRateBp', 'Give the annual rate in basis points');
        const amount = positiveFen(input.amount.amountFen, 'input.amount.amountFen');
        const term = input.termMonths ?? app.requestedTermMonths;
        checkProductTerms(product, amount, term, 'input');
        if (input.annualRateBp < product.minRateBp || input.annualRateBp > product.maxRateBp) {
          throw badInput('input.annualRateBp', `The product lends at ${product.minRateBp}–${product.maxRateBp} bp`);
        }
        const shares = checkRiskShares(input.riskShares ?? [], app.bankOrganizationId, 'input.riskShares');
        const guarantee = input.guaranteeRequired ?? app.guaranteeRequired;
        const insurance = input.insuranceRequired ?? app.insuranceRequired;
        if (guarantee && !input.guarantorOrganizationId) throw badInput('input.guarantorOrganizationId', 'A guarantee condition names the guarantor');
        if (insurance && !input.insurerOrganizationId) throw badInput('input.insurerOrganizationId', 'An insurance condition names the insurer');
        await this.checkCeiling(manager, app, product, amount, 'input.amount.amountFen');
        Object.assign(app, {
          offeredAmountFen: amount.toString(),
          offeredAnnualRateBp: input.annualRateBp,
          offeredTermMonths: term,
          offeredRepaymentMethod: input.repaymentMethod ?? app.requestedRepaymentMethod,
          guaranteeRequired: guarantee,
          guarantorOrganizationId: guarantee ? (input.guarantorOrganizationId ?? null) : null,
          insuranceRequired: insurance,
          insurerOrganizationId: insurance ? (input.insurerOrganizationId ?? null) : null,
          offeredRiskShares: shares,
        });
        app.status = input.decision === LoanDecisionKind.APPROVE ? LoanApplicationStatus.APPROVED : LoanApplicationStatus.COUNTER_OFFERED;
      }
      app.decisionNote = input.note?.trim() || null;
      app.decidedByUserId = actor.userId;
      app.decidedAt = clock.now();
      await this.save(manager, app, input.expectedVersion);
      await this.transition(manager, actor, app, from, app.status, app.declineReason ?? app.decisionNote ?? '');
      if (app.status === LoanApplicationStatus.APPROVED) await this.contract(manager, app, input.fees ?? []);
      if (app.status === LoanApplicationStatus.DECLINED) await this.endGrant(manager, app);
    });
    return this.one(actor, input.applicationId);
  }

  async respondToCounterOffer(actor: Actor, input: RespondToCounterOfferInput): Promise<LoanApplicationRow> {
    await this.dataSource.transaction(async (manager) => {
      const app = await this.locked(manager, actor, input.applicationId, input.expectedVersion);
      await this.access.require(actor, Permission.LOAN_APPLICATION_APPLY, app.id, manager);
      if (app.status !== LoanApplicationStatus.COUNTER_OFFERED) throw new LoansError(LoansErrorCode.STATUS, `Only a counter-offer is answered; this application is ${app.status}`);
      app.status = input.accept ? LoanApplicationStatus.APPROVED : LoanApplicationStatus.WITHDRAWN;
      await this.save(manager, app, input.expectedVersion);
      await this.transition(manager, actor, app, LoanApplicationStatus.COUNTER_OFFERED, app.status, input.accept ? 'counter-offer accepted' : 'counter-offer turned down');
      if (input.accept) await this.contract(manager, app, []);
      else await this.endGrant(manager, app);
    });
    return this.one(actor, input.applicationId);
  }

  async withdraw(actor: Actor, input: WithdrawLoanApplicationInput): Promise<LoanApplicationRow> {
    await this.dataSource.transaction(async (manager) => {
      const app = await this.locked(manager, actor, input.applicationId, input.expectedVersion);
      await this.access.require(actor, Permission.LOAN_APPLICATION_APPLY, app.id, manager);
      if (!OPEN_APPLICATION_STATUSES.includes(app.status)) throw new LoansError(LoansErrorCode.STATUS, `Only an open application is withdrawn; this one is ${app.status}`);
      const from = app.status;
      app.status = LoanApplicationStatus.WITHDRAWN;
      await this.save(manager, app, input.expectedVersion);
      await this.transition(manager, actor, app, from, app.status, input.reason?.trim() ?? '');
      await this.endGrant(manager, app);
    });
    return this.one(actor, input.applicationId);
  }

  /** The application locked for the transition; NOT_FOUND when the actor may not see it, CONFLICT when the version is stale. */
  private async locked(manager: EntityManager, actor: Actor, id: string, expectedVersion: number): Promise<LoanApplication> {
    const visible = await this.access.allowed(actor, Permission.LOAN_APPLICATION_READ, [id], manager);
    if (!visible.has(id)) throw notFound('LoanApplication', id);
    const app = await manager.findOneOrFail(LoanApplication, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (app.version !== expectedVersion) {
      throw new LoansError(LoansErrorCode.STALE_VERSION, `The application changed since you read it (version ${app.version}, you read ${expectedVersion}); read it again`, {
        details: { currentVersion: app.version },
      });
    }
    return app;
  }

  /** Writes the transition with the version check in the UPDATE itself (version + 1). */
  private async save(manager: EntityManager, app: LoanApplication, expectedVersion: number): Promise<void> {
    const { id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = app;
    const result = await manager
      .createQueryBuilder()
      .update(LoanApplication)
      .set({ ...fields, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (!result.affected) throw new LoansError(LoansErrorCode.STALE_VERSION, 'The application changed since you read it; read it again');
    app.version = expectedVersion + 1;
  }

  private async transition(manager: EntityManager, actor: Actor, app: LoanApplication, from: LoanApplicationStatus | null, to: LoanApplicationStatus, note: string): Promise<void> {
    await manager.insert(LoanApplicationTransition, { applicationId: app.id, fromStatus: from, toStatus: to, actorUserId: actor.userId, note });
    await this.audit.record(manager, {
      action: from === null ? 'applyForLoan' : 'transitionLoanApplication',
      entityType: 'LoanApplication',
      entityId: app.id,
      before: from === null ? undefined : { status: from },
      after: { status: to, version: app.version, offeredAmountFen: app.offeredAmountFen, offeredAnnualRateBp: app.offeredAnnualRateBp, note },
    });
  }

  private async checkCeiling(manager: EntityManager, app: LoanApplication, product: LoanProduct, amount: bigint, field: string): Promise<void> {
    const ids = ((await manager.query('select ip_asset_id from loan_application_asset where application_id = $1', [app.id])) as { ip_asset_id: string }[]).map(
      (r) => r.ip_asset_id,
    );
    const appraisal = await appraiseAssets(manager, ids, todayInShanghai(clock.now()));
    const ceiling = pledgeCeiling(appraisal.assets, product.pledgeRates);
    if (amount > ceiling) {
      throw new LoansError(LoansErrorCode.PLEDGE_RATE_EXCEEDED, `The amount exceeds the pledge ceiling of ${ceiling} fen`, { field, details: { ceilingFen: ceiling.toString() } });
    }
  }

  /** Approval contracts the loan: terms, pledged assets with the valuations that count today, risk shares, fees. */
  private async contract(manager: EntityManager, app: LoanApplication, fees: DecideLoanApplicationInput['fees'] & object): Promise<Loan> {
    const today = todayInShanghai(clock.now());
    const ids = ((await manager.query('select ip_asset_id from loan_application_asset where application_id = $1', [app.id])) as { ip_asset_id: string }[]).map(
      (r) => r.ip_asset_id,
    );
    const appraisal = await appraiseAssets(manager, ids, today);
    const firm = await manager.findOneOrFail(Enterprise, { where: { id: app.enterpriseId } });
    const product = await manager.findOneOrFail(LoanProduct, { where: { id: app.productId } });
    const principal = BigInt(app.offeredAmountFen!);
    const pledgeRateBp = appraisal.appraisedValueFen > 0n ? Number((principal * BP + appraisal.appraisedValueFen / 2n) / appraisal.appraisedValueFen) : 0;
    const loan = await manager.save(
      manager.create(Loan, {
        applicationId: app.id,
        enterpriseId: app.enterpriseId,
        bankOrganizationId: app.bankOrganizationId,
        productId: app.productId,
        regionId: firm.regionId,
        regionPath: firm.regionPath,
        parkId: firm.parkId,
        eventId: app.eventId,
        principalFen: principal.toString(),
        annualRateBp: app.offeredAnnualRateBp!,
        termMonths: app.offeredTermMonths!,
        repaymentMethod: app.offeredRepaymentMethod ?? RepaymentMethod.EQUAL_INSTALMENT,
        appraisedValueFen: appraisal.appraisedValueFen.toString(),
        pledgeRateBp,
        status: LoanStatus.CONTRACTED,
        contractedAt: clock.now(),
        outstandingPrincipalFen: principal.toString(),
        batchPackage: product.batchPackage,
      }),
    );
    await manager.insert(
      LoanPledgedAsset,
      appraisal.assets.map((a) => ({ loanId: loan.id, ipAssetId: a.ipAssetId, valuationId: a.valuationId, valueFen: (a.valueFen ?? 0n).toString() })),
    );
    const shares = app.offeredRiskShares.length ? app.offeredRiskShares : checkRiskShares([], app.bankOrganizationId, 'input.riskShares');
    await manager.insert(
      LoanRiskShare,
      shares.map((s) => ({ loanId: loan.id, ...s })),
    );
    if (fees.length) {
      await manager.insert(
        LoanFee,
        fees.map((f, i) => ({
          loanId: loan.id,
          kind: f.kind,
          amountFen: positiveFen(f.amount.amountFen, `input.fees.${i}.amount.amountFen`).toString(),
          paidOn: f.paidOn ?? null,
          payeeOrganizationId: f.payeeOrganizationId ?? null,
        })),
      );
    }
    await this.audit.record(manager, {
      action: 'contractLoan',
      entityType: 'Loan',
      entityId: loan.id,
      after: { applicationId: app.id, principalFen: loan.principalFen, pledgeRateBp, shares },
    });
    return loan;
  }

  /**
   * The grant is one per firm and bank: when this application was its source and another open
   * application or a live loan of the pair still justifies it, the grant passes to that one.
   */
  private async endGrant(manager: EntityManager, app: LoanApplication): Promise<void> {
    const [other] = (await manager.query(
      `select la.id from loan_application la left join loan l on l.application_id = la.id
        where la.enterprise_id = $1 and la.bank_organization_id = $2 and la.id <> $3
          and (la.status in ('SUBMITTED', 'COUNTER_OFFERED') or (l.id is not null and l.status <> 'CANCELLED'))
        order by la.created_at limit 1`,
      [app.enterpriseId, app.bankOrganizationId, app.id],
    )) as { id: string }[];
    await this.bankAccess.revoke(manager, {
      handOverTo: other?.id ?? null,
      enterpriseId: app.enterpriseId,
      bankOrganizationId: app.bankOrganizationId,
      grantReason: BankAccessReason.APPLIED,
      sourceId: app.id,
      reason: BankAccessRevocationReason.APPLICATION_CLOSED,
      causeId: app.id,
    });
  }
}

function checkProductTerms(product: LoanProduct, amount: bigint, termMonths: number, path: string): void {
  if (amount < BigInt(product.minAmountFen) || amount > BigInt(product.maxAmountFen)) {
    throw badInput(`${path}.amount.amountFen`, `The product lends ${product.minAmountFen}–${product.maxAmountFen} fen`);
  }
  if (!Number.isInteger(termMonths) || termMonths < product.minTermMonths || termMonths > product.maxTermMonths) {
    throw badInput(`${path}.termMonths`, `The product lends for ${product.minTermMonths}–${product.maxTermMonths} months`);
  }
}

function toRow(r: Record<string, unknown>): LoanApplicationRow {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    id: r.id as string,
    enterpriseId: r.enterprise_id as string,
    bankOrganizationId: r.bank_organization_id as string,
    productId: r.product_id as string,
    needId: (r.need_id as string) ?? null,
    meetingId: (r.meeting_id as string) ?? null,
    eventId: (r.event_id as string) ?? null,
    pledgeBundleId: (r.pledge_bundle_id as string) ?? null,
    requestedAmountFen: String(r.requested_amount_fen),
    requestedTermMonths: Number(r.requested_term_months),
    requestedRepaymentMethod: r.requested_repayment_method as RepaymentMethod,
    purpose: r.purpose as string,
    status: r.status as LoanApplicationStatus,
    version: Number(r.version),
    appliedByUserId: (r.applied_by_user_id as string) ?? null,
    offeredAmountFen: r.offered_amount_fen === null ? null : String(r.offered_amount_fen),
    offeredAnnualRateBp: num(r.offered_annual_rate_bp),
    offeredTermMonths: num(r.offered_term_months),
    offeredRepaymentMethod: (r.offered_repayment_method as RepaymentMethod) ?? null,
    guaranteeRequired: Boolean(r.guarantee_required),
    guarantorOrganizationId: (r.guarantor_organization_id as string) ?? null,
    insuranceRequired: Boolean(r.insurance_required),
    insurerOrganizationId: (r.insurer_organization_id as string) ?? null,
    offeredRiskShares: (r.offered_risk_shares as ProposedRiskShare[]) ?? [],
    decisionNote: (r.decision_note as string) ?? null,
    declineReason: (r.decline_reason as string) ?? null,
    decidedByUserId: (r.decided_by_user_id as string) ?? null,
    decidedAt: (r.decided_at as Date) ?? null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    enterpriseName: r.enterpriseName as string,
    bankName: r.bankName as string,
    productName: r.productName as string,
    ipAssetIds: r.ipAssetIds as string[],
    loanId: (r.loanId as string) ?? null,
  };
}
