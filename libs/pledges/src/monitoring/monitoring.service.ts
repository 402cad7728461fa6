import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, badInput, forbidden, groupByKeys, isPlatformAdmin, notFound, Role } from '@zhirong/core';
import { IpAsset, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { Loan, LoanPledgedAsset, LoanStatus } from '@zhirong/loans';
import { NotificationKind, NotificationService } from '@zhirong/notifications';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { DataSource, EntityManager, In } from 'typeorm';
import { LegalStatusChange, LegalStatusSource, LoanAlert } from '../entities/monitoring.entity';
import { AlertWebhookService } from './alert-webhook.service';
import { FeedProblem, isRealDate, parseLegalStatusFeed } from './legal-status.rules';

/** Loans whose pledge still stands: a change of a pledged asset alerts their banks. */
const LIVE_LOANS = [LoanStatus.CONTRACTED, LoanStatus.ACTIVE, LoanStatus.OVERDUE, LoanStatus.DEFAULTED];

/** A loan's page shows the latest alerts; older ones stay in the table and the audit. */
const ALERTS_PER_LOAN = 100;

export interface LegalStatusReport {
  number: string;
  status: LegalStatus;
  effectiveOn: string;
}

export interface FeedImportResult {
  changed: number;
  unchanged: number;
  alerts: number;
  problems: FeedProblem[];
}

/**
 * 贷中监测: a reported legal-status change (an office for the assets of its region, or the
 * platform administrator, who also runs the status feed) updates the asset; when the asset is
 * pledged to a live loan the pledgee bank hears at once (inbox and webhook) and the loan gets a loan_alert.
 */
@Injectable()
export class MonitoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly search: SearchOutboxService,
    private readonly webhooks: AlertWebhookService,
  ) {}

  async report(actor: Actor, input: LegalStatusReport, source = LegalStatusSource.API, field = 'input'): Promise<{ change: LegalStatusChange | null; alerts: number }> {
    this.requireReporter(actor);
    if (!isRealDate(input.effectiveOn)) throw badInput(`${field}.effectiveOn`, 'must be a date written YYYY-MM-DD');
    return this.dataSource.transaction(async (manager) => {
      const assets = await manager.find(IpAsset, { where: { number: input.number.trim() }, lock: { mode: 'pessimistic_write' } });
      if (assets.length > 1) throw badInput(`${field}.number`, `${input.number} names ${assets.length} assets of different types`);
      const [asset] = assets;
      if (!asset) throw notFound('IpAsset', input.number);
      await this.access.require(actor, Permission.IP_ASSET_READ, asset.id, manager);
      if (asset.legalStatus === input.status) return { change: null, alerts: 0 };
      const change = await manager.save(
        manager.create(LegalStatusChange, {
          ipAssetId: asset.id,
          fromStatus: asset.legalStatus,
          toStatus: input.status,
          effectiveOn: input.effectiveOn,
          source,
          reportedBy: actor.userId,
        }),
      );
      await manager.update(IpAsset, { id: asset.id }, { legalStatus: input.status });
      await this.search.record(manager, { index: SearchIndex.IP_ASSETS, ids: [asset.id] });
      await this.audit.record(manager, {
        action: 'reportLegalStatusChange',
        entityType: 'IpAsset',
        entityId: asset.id,
        before: { legalStatus: change.fromStatus },
        after: { legalStatus: change.toStatus, effectiveOn: change.effectiveOn, source },
      });
      const alerts = asset.pledgeStatus === PledgeStatus.PLEDGED ? await this.alert(manager, asset, change) : 0;
      return { change, alerts };
    });
  }

  /** A feed file: each good line applied on its own; bad lines and refused ones come back with their line number. */
  async importFeed(actor: Actor, text: string): Promise<FeedImportResult> {
    this.requireReporter(actor);
    if (text.length > 1_000_000) throw badInput('text', 'a feed file has at most 1,000,000 characters');
    const { lines, problems } = parseLegalStatusFeed(text);
    const result: FeedImportResult = { changed: 0, unchanged: 0, alerts: 0, problems };
    for (const l of lines) {
      try {
        const { change, alerts } = await this.report(actor, l, LegalStatusSource.FEED_FILE);
        if (change) result.changed++;
        else result.unchanged++;
        result.alerts += alerts;
      } catch (e) {
        result.problems.push({ line: l.line, message: e instanceof Error ? e.message : String(e) });
      }
    }
    result.problems.sort((a, b) => a.line - b.line);
    return result;
  }

  /** A loan's alerts, newest first, if the actor may see them. */
  async alertsOf(actor: Actor, loanId: string): Promise<LoanAlert[]> {
    return (await this.alertsOfLoans(actor, [loanId]))[0];
  }

  /** The latest 100 alerts of each loan, newest first, in the order of `loanIds`; one query for a page of loans. */
  async alertsOfLoans(actor: Actor, loanIds: readonly string[]): Promise<LoanAlert[][]> {
    const rows = await this.dataSource
      .getRepository(LoanAlert)
      .createQueryBuilder('a')
      .where((qb) => {
        const latest = qb
          .subQuery()
          .select('x.id')
          .from(LoanAlert, 'x')
          .where('x.loan_id = a.loan_id')
          .orderBy('x.created_at', 'DESC')
          .addOrderBy('x.id', 'DESC')
          .limit(ALERTS_PER_LOAN)
          .getQuery();
        return `a.loan_id IN (:...loanIds) AND a.id IN ${latest}`;
      })
      .setParameters({ loanIds })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
    const ok = await this.access.allowed(
      actor,
      Permission.LOAN_ALERT_READ,
      rows.map((r) => r.id),
    );
    return groupByKeys(
      loanIds,
      rows.filter((r) => ok.has(r.id)),
      (r) => r.loanId,
    );
  }

  private async alert(manager: EntityManager, asset: IpAsset, change: LegalStatusChange): Promise<number> {
    const pledges = await manager.find(LoanPledgedAsset, { where: { ipAssetId: asset.id }, select: { loanId: true } });
    if (!pledges.length) return 0;
    const loans = await manager.find(Loan, { where: { id: In(pledges.map((p) => p.loanId)), status: In(LIVE_LOANS) } });
    for (const loan of loans) {
      const message = `质物 ${asset.number}（${asset.title}）法律状态自 ${change.effectiveOn} 起由 ${change.fromStatus} 变为 ${change.toStatus}`;
      const alert = await manager.save(manager.create(LoanAlert, { loanId: loan.id, ipAssetId: asset.id, legalStatusChangeId: change.id, message }));
      // At once, both ways: the inbox notice below and the bank's webhook (a job committed with the alert).
      await this.webhooks.queue(manager, alert, loan.bankOrganizationId);
      await this.notifications.send(manager, {
        kind: NotificationKind.PLEDGED_ASSET_STATUS_CHANGED,
        recipients: { organizationIds: [loan.bankOrganizationId] },
        key: `loan-alert-${alert.id}`,
        title: { zh: '质物法律状态变更', en: 'Pledged asset’s legal status changed' },
        body: { zh: message, en: `The legal status of pledged asset ${asset.number} changed from ${change.fromStatus} to ${change.toStatus} on ${change.effectiveOn}.` },
        link: `/loans/${loan.id}`,
        subject: { type: 'Loan', id: loan.id },
      });
    }
    return loans.length;
  }

  private requireReporter(actor: Actor): void {
    if (!isPlatformAdmin(actor) && !actor.roles.includes(Role.GOV_OFFICER)) {
      throw forbidden('Legal-status changes are reported by an office (for its region’s assets) or the platform’s status feed');
    }
  }
}
