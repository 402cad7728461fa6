import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, notFound } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { DataSource } from 'typeorm';
import { MarkSubsidyFraudInput } from './dto/subsidy.inputs';
import { CreditRecordKind, SubsidyStatus } from './entities/subsidy.enums';
import { CreditRecord, SubsidyClawback } from './entities/subsidy.entities';

export interface CreditRecordRow {
  record: CreditRecord;
  clawbackFen: bigint;
}

/**
 * 骗取补贴 [songjiang]: an office finds a firm faked an application. In one transaction the firm's
 * unpaid applications are refused, its paid ones become CLAWED_BACK with a clawback row each (the
 * amount to recover), and a credit record is written; from then on `applyForSubsidy` refuses it.
 */
@Injectable()
export class FraudService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async markFraud(actor: Actor, input: MarkSubsidyFraudInput): Promise<CreditRecordRow> {
    if (!(await this.access.allowed(actor, Permission.ENTERPRISE_READ, [input.enterpriseId])).size) throw notFound('Enterprise', input.enterpriseId);
    await this.access.require(actor, Permission.SUBSIDY_FRAUD_MARK, input.enterpriseId);
    const reason = input.reason.trim();
    return this.dataSource.transaction(async (manager) => {
      const firm = await manager.findOneOrFail(Enterprise, { where: { id: input.enterpriseId }, lock: { mode: 'pessimistic_write' } });
      const record = await manager.save(
        manager.create(CreditRecord, {
          enterpriseId: firm.id,
          regionPath: firm.regionPath,
          kind: CreditRecordKind.SUBSIDY_FRAUD,
          reason,
          recordedByOrganizationId: actor.organizationId,
          recordedByUserId: actor.userId,
        }),
      );
      const refused = (await manager.query(
        `update subsidy_application set status = 'REJECTED', reject_reason = $2, decided_by_user_id = $3, decided_at = now(), version = version + 1, updated_at = now()
          where enterprise_id = $1 and status in ('PENDING', 'APPROVED') returning id, status`,
        [firm.id, `骗取补贴，取消资格 / Fraud: eligibility lost — ${reason}`, actor.userId],
      )) as [{ id: string }[], number];
      const clawed = (await manager.query(
        `update subsidy_application set status = 'CLAWED_BACK', version = version + 1, updated_at = now()
          where enterprise_id = $1 and status = 'PAID' returning id, amount_fen::text as amount`,
        [firm.id],
      )) as [{ id: string; amount: string }[], number];
      let clawbackFen = 0n;
      for (const row of clawed[0]) {
        if (BigInt(row.amount) <= 0n) continue;
        clawbackFen += BigInt(row.amount);
        await manager.insert(SubsidyClawback, { subsidyApplicationId: row.id, enterpriseId: firm.id, creditRecordId: record.id, amountFen: row.amount });
      }
      await this.audit.record(manager, {
        action: 'markSubsidyFraud',
        entityType: 'Enterprise',
        entityId: firm.id,
        after: {
          creditRecordId: record.id,
          reason,
          refused: refused[0].map((r) => r.id),
          clawedBack: clawed[0].map((r) => r.id),
          clawbackFen: clawbackFen.toString(),
          status: SubsidyStatus.CLAWED_BACK,
        },
      });
      return { record, clawbackFen };
    });
  }

  /** The firm's records the actor may see (the firm itself, its region's offices), newest first. */
  async records(actor: Actor, enterpriseId: string): Promise<CreditRecordRow[]> {
    const qb = this.dataSource.getRepository(CreditRecord).createQueryBuilder('cr').where('cr.enterprise_id = :enterpriseId', { enterpriseId });
    this.access.scope(qb, actor, Permission.CREDIT_RECORD_READ, 'cr.id');
    const records = await qb.orderBy('cr.created_at', 'DESC').getMany();
    if (!records.length) return [];
    const sums = (await this.dataSource.query(
      'select credit_record_id id, sum(amount_fen)::text s from subsidy_clawback where credit_record_id = any($1::uuid[]) group by credit_record_id',
      [records.map((r) => r.id)],
    )) as { id: string; s: string }[];
    const by = new Map(sums.map((r) => [r.id, BigInt(r.s)]));
    return records.map((record) => ({ record, clawbackFen: by.get(record.id) ?? 0n }));
  }
}
