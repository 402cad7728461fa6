import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, Money, money } from '@zhirong/core';
import { RiskShareRole } from '@zhirong/loans';
import type { FormulaResult, FormulaStep } from '@zhirong/policy';
import { CreditRecordKind, SubsidyKind, SubsidyStatus } from '../entities/subsidy.enums';
import { CompensationClaim, CreditRecord, SubsidyApplication, SubsidyFacts } from '../entities/subsidy.entities';

@ObjectType('SubsidyFormulaStep', { description: '计算步骤 — one step of a subsidy or compensation formula, as the platform computed it' })
export class SubsidyFormulaStepObject {
  @Field({ description: '步骤（中文）' })
  labelZh!: string;

  @Field({ description: 'Step (English)' })
  labelEn!: string;

  @Field({ description: '算式 — the arithmetic as shown, e.g. `¥1,234.56 × 50.00% = ¥617.28`' })
  expression!: string;

  @Field(() => Money, { nullable: true, description: '金额结果 — when the step yields money' })
  value!: Money | null;

  @Field(() => String, { nullable: true, description: '其他结果 — a ratio in bp, true/false, an ineligibility code' })
  result!: string | null;

  static from(s: FormulaStep): SubsidyFormulaStepObject {
    return { labelZh: s.label.zh, labelEn: s.label.en, expression: s.expression, value: s.valueFen === undefined ? null : money(s.valueFen), result: s.value ?? null };
  }
}

@ObjectType('SubsidyFact', { description: '计算依据 — one fact the platform gathered from the loan tables' })
export class SubsidyFactObject {
  @Field({ description: '名称 — e.g. interestPaidFen, everOverdue, shareBp' })
  name!: string;

  @Field({ description: '值 — fen as digits, true/false, basis points' })
  value!: string;

  static list(facts: SubsidyFacts): SubsidyFactObject[] {
    return Object.entries(facts).map(([name, value]) => ({ name, value }));
  }
}

@ObjectType('SubsidyComputation', { description: '补贴试算 — what the platform would grant now, with the formula step by step (nothing stored)' })
export class SubsidyComputationObject {
  @Field({ description: '是否符合条件' })
  eligible!: boolean;

  @Field(() => Money, { description: '应付金额 — 0 when not eligible' })
  amount!: Money;

  @Field(() => String, {
    nullable: true,
    description: '不符合条件代码 — NOT_REPAID_NORMALLY, EVER_OVERDUE, NOT_DISBURSED, NOTHING_PAID, NO_RULE, NOT_DEFAULTED, RECOVERY_NOT_FAILED, BATCH_PACKAGE',
  })
  ineligibleCode!: string | null;

  @Field(() => String, { nullable: true, description: '原因（中文）' })
  reasonZh!: string | null;

  @Field(() => String, { nullable: true, description: 'Reason (English)' })
  reasonEn!: string | null;

  @Field(() => [SubsidyFormulaStepObject], { description: '计算步骤' })
  steps!: SubsidyFormulaStepObject[];

  @Field(() => [SubsidyFactObject], { description: '计算依据' })
  facts!: SubsidyFactObject[];

  @Field(() => ID, { description: '适用政策版本 id' })
  policyId!: string;

  static from(result: FormulaResult, facts: SubsidyFacts, policyId: string): SubsidyComputationObject {
    return {
      eligible: result.eligible,
      amount: money(result.amountFen),
      ineligibleCode: result.ineligible?.code ?? null,
      reasonZh: result.ineligible?.zh ?? null,
      reasonEn: result.ineligible?.en ?? null,
      steps: result.steps.map(SubsidyFormulaStepObject.from),
      facts: SubsidyFactObject.list(facts),
      policyId,
    };
  }
}

type GrantRow = Pick<
  SubsidyApplication,
  | 'id'
  | 'status'
  | 'version'
  | 'amountFen'
  | 'steps'
  | 'facts'
  | 'policyId'
  | 'budgetRegionId'
  | 'budgetYear'
  | 'rejectReason'
  | 'paidOn'
  | 'paymentReference'
  | 'decidedAt'
  | 'createdAt'
>;

/** Fields every grant (subsidy, compensation, reward) shares in the API. */
export function grantFields(r: GrantRow) {
  return {
    id: r.id,
    status: r.status,
    version: r.version,
    amount: money(r.amountFen),
    steps: r.steps.map(SubsidyFormulaStepObject.from),
    facts: SubsidyFactObject.list(r.facts),
    policyId: r.policyId,
    budgetRegionId: r.budgetRegionId,
    budgetYear: r.budgetYear,
    rejectReason: r.rejectReason,
    paidOn: r.paidOn,
    paymentReference: r.paymentReference,
    decidedAt: r.decidedAt,
    createdAt: r.createdAt,
  };
}

/** Fields applications and claims on a firm's loan share in the API. */
function loanGrantFields(r: (SubsidyApplication | CompensationClaim) & { enterpriseName?: string }) {
  return { ...grantFields(r), loanId: r.loanId, enterpriseId: r.enterpriseId, enterpriseName: r.enterpriseName ?? '' };
}

/** What every grant shows: the computed amount, how and under which policy, and where it stands. */
@ObjectType({ isAbstract: true })
export abstract class GrantObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field(() => SubsidyStatus, { description: '状态' })
  status!: SubsidyStatus;

  @Field(() => Int, { description: '版本 — pass it as expectedVersion when deciding' })
  version!: number;

  @Field(() => Money, { description: '核定金额 — computed by the platform with the policy version below' })
  amount!: Money;

  @Field(() => [SubsidyFormulaStepObject], { description: '计算步骤 — the formula step by step, as stored' })
  steps!: SubsidyFormulaStepObject[];

  @Field(() => [SubsidyFactObject], { description: '计算依据 — the facts gathered from the loan tables' })
  facts!: SubsidyFactObject[];

  @Field(() => ID, { description: '适用政策版本 id' })
  policyId!: string;

  @Field(() => ID, { description: '预算地区 id' })
  budgetRegionId!: string;

  @Field(() => Int, { description: '预算年度' })
  budgetYear!: number;

  @Field(() => String, { nullable: true, description: '驳回理由' })
  rejectReason!: string | null;

  @Field(() => String, { nullable: true, description: '拨付日期' })
  paidOn!: string | null;

  @Field(() => String, { nullable: true, description: '付款凭证号' })
  paymentReference!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '审批时间' })
  decidedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: '申请时间' })
  createdAt!: Date;
}

@ObjectType({ isAbstract: true })
abstract class LoanGrantObject extends GrantObject {
  @Field(() => ID, { description: '贷款 id' })
  loanId!: string;

  @Field(() => ID, { description: '企业 id' })
  enterpriseId!: string;

  @Field({ description: '企业名称' })
  enterpriseName!: string;
}

@ObjectType('SubsidyApplication', { description: '补贴申请 — interest (贴息), fee (担保费补贴 …) or premium (保费补贴) subsidy on a loan, with the amount the platform computed' })
export class SubsidyApplicationObject extends LoanGrantObject {
  @Field(() => SubsidyKind, { description: '补贴类型' })
  kind!: SubsidyKind;

  static from(r: SubsidyApplication & { enterpriseName?: string }): SubsidyApplicationObject {
    return { ...loanGrantFields(r), kind: r.kind };
  }
}

@ObjectType('CompensationClaim', { description: '风险补偿申请 (风险补偿) — a risk-sharing party’s claim on a defaulted loan, net of re-guaranteed or reinsured parts' })
export class CompensationClaimObject extends LoanGrantObject {
  @Field(() => RiskShareRole, { description: '分担角色' })
  role!: RiskShareRole;

  @Field(() => ID, { description: '申请机构 id' })
  claimantOrganizationId!: string;

  static from(r: CompensationClaim & { enterpriseName?: string }): CompensationClaimObject {
    return { ...loanGrantFields(r), role: r.role, claimantOrganizationId: r.claimantOrganizationId };
  }
}

@ObjectType({ description: '补贴申请列表 (Relay connection), newest first' })
export class SubsidyApplicationConnection extends Connection(SubsidyApplicationObject, 'SubsidyApplication') {}

@ObjectType({ description: '风险补偿申请列表 (Relay connection), newest first' })
export class CompensationClaimConnection extends Connection(CompensationClaimObject, 'CompensationClaim') {}

@ObjectType('SubsidyBudget', { description: '年度预算 — a region’s budget for a year, what is granted of it and what is left' })
export class SubsidyBudgetObject {
  @Field(() => ID, { description: '地区 id' })
  regionId!: string;

  @Field(() => Int, { description: '年度' })
  year!: number;

  @Field(() => Money, { nullable: true, description: '预算 — null when neither the office nor the policy set one' })
  amount!: Money | null;

  @Field({ description: '来源 — SET (the office set it), POLICY (the policy’s annualBudgetFen) or NONE' })
  source!: string;

  @Field(() => Money, { description: '已用 — approved, paid and clawed-back amounts of the year' })
  used!: Money;

  @Field(() => Money, { nullable: true, description: '剩余' })
  remaining!: Money | null;
}

@ObjectType('CreditRecord', { description: '信用记录 — a fact on a firm’s record, e.g. subsidy fraud (骗取补贴)' })
export class CreditRecordObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field(() => ID, { description: '企业 id' })
  enterpriseId!: string;

  @Field(() => CreditRecordKind, { description: '类型' })
  kind!: CreditRecordKind;

  @Field({ description: '理由' })
  reason!: string;

  @Field(() => ID, { description: '记录机构 id' })
  recordedByOrganizationId!: string;

  @Field(() => Money, { description: '应追回金额 (追回) — paid subsidies to be recovered' })
  clawback!: Money;

  @Field(() => GraphQLISODateTime, { description: '记录时间' })
  createdAt!: Date;

  static from(r: CreditRecord, clawbackFen: bigint): CreditRecordObject {
    return {
      id: r.id,
      enterpriseId: r.enterpriseId,
      kind: r.kind,
      reason: r.reason,
      recordedByOrganizationId: r.recordedByOrganizationId,
      clawback: money(clawbackFen),
      createdAt: r.createdAt,
    };
  }
}
