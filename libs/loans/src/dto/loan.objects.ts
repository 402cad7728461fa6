import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, Money, money } from '@zhirong/core';
import { DayCount, InstalmentStatus, LoanApplicationStatus, LoanDocumentKind, LoanFeeKind, LoanStatus, RepaymentMethod, RiskShareRole } from '../entities/loan.enums';
import { LoanApplication, LoanApplicationTransition, LoanDocument } from '../entities/loan-application.entity';
import { Loan, LoanFee, LoanInstalment, LoanRiskShare, Repayment } from '../entities/loan.entity';

const fenOrNull = (v: string | null) => (v === null ? null : money(v));

@ObjectType('LoanApplicationTransition', { description: '申请流转 — one transition of an application, who made it and why' })
export class LoanApplicationTransitionObject {
  @Field(() => ID, { description: 'Transition id' })
  id!: string;

  @Field(() => LoanApplicationStatus, { nullable: true, description: '原状态 — null for the submission' })
  fromStatus!: LoanApplicationStatus | null;

  @Field(() => LoanApplicationStatus, { description: '新状态' })
  toStatus!: LoanApplicationStatus;

  @Field(() => ID, { nullable: true, description: '操作人 user id' })
  actorUserId!: string | null;

  @Field({ description: '说明' })
  note!: string;

  @Field(() => GraphQLISODateTime, { description: '时间' })
  at!: Date;

  static from(t: LoanApplicationTransition): LoanApplicationTransitionObject {
    return { id: t.id, fromStatus: t.fromStatus, toStatus: t.toStatus, actorUserId: t.actorUserId, note: t.note, at: t.createdAt };
  }
}

@ObjectType('LoanDocument', { description: '申请材料 — a document’s metadata and SHA-256 checksum' })
export class LoanDocumentObject {
  @Field(() => ID, { description: 'Document id' })
  id!: string;

  @Field(() => LoanDocumentKind, { description: '材料类型' })
  kind!: LoanDocumentKind;

  @Field({ description: '文件名' })
  fileName!: string;

  @Field({ description: 'MIME type' })
  mimeType!: string;

  @Field(() => Int, { description: '大小（字节）' })
  sizeBytes!: number;

  @Field({ description: 'SHA-256, hex' })
  sha256!: string;

  @Field(() => GraphQLISODateTime, { description: '上传时间' })
  uploadedAt!: Date;

  static from(d: LoanDocument): LoanDocumentObject {
    return { id: d.id, kind: d.kind, fileName: d.fileName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, sha256: d.sha256, uploadedAt: d.uploadedAt };
  }
}

@ObjectType('LoanApplication', { description: '贷款申请 — a firm’s application to a bank’s product, with the bank’s decision' })
export class LoanApplicationObject {
  @Field(() => ID, { description: 'Application id' })
  id!: string;

  @Field(() => ID, { description: '企业 id' })
  enterpriseId!: string;

  @Field({ description: '企业名称' })
  enterpriseName!: string;

  @Field(() => ID, { description: '银行机构 id' })
  bankOrganizationId!: string;

  @Field({ description: '银行名称' })
  bankName!: string;

  @Field(() => ID, { description: '金融产品 id' })
  productId!: string;

  @Field({ description: '产品名称' })
  productName!: string;

  @Field(() => ID, { nullable: true, description: '融资需求 id — applied from the match need × product' })
  needId!: string | null;

  @Field(() => ID, { nullable: true, description: '洽谈 id — attribution to an event meeting' })
  meetingId!: string | null;

  @Field(() => ID, { nullable: true, description: '活动 id' })
  eventId!: string | null;

  @Field(() => ID, { nullable: true, description: '组合质押 id' })
  pledgeBundleId!: string | null;

  @Field(() => [ID], { description: '质押资产 id' })
  ipAssetIds!: string[];

  @Field(() => Money, { description: '申请金额' })
  requestedAmount!: Money;

  @Field(() => Int, { description: '申请期限（月）' })
  requestedTermMonths!: number;

  @Field(() => RepaymentMethod, { description: '申请还款方式' })
  requestedRepaymentMethod!: RepaymentMethod;

  @Field({ description: '资金用途' })
  purpose!: string;

  @Field(() => LoanApplicationStatus, { description: '状态' })
  status!: LoanApplicationStatus;

  @Field(() => Int, { description: '版本 — pass it as expectedVersion when deciding, answering or withdrawing' })
  version!: number;

  @Field(() => Money, { nullable: true, description: '批准/还价金额' })
  offeredAmount!: Money | null;

  @Field(() => Int, { nullable: true, description: '批准/还价年利率（bp）' })
  offeredAnnualRateBp!: number | null;

  @Field(() => Int, { nullable: true, description: '批准/还价期限（月）' })
  offeredTermMonths!: number | null;

  @Field(() => RepaymentMethod, { nullable: true, description: '批准/还价还款方式' })
  offeredRepaymentMethod!: RepaymentMethod | null;

  @Field({ description: '需担保' })
  guaranteeRequired!: boolean;

  @Field(() => ID, { nullable: true, description: '担保机构 id' })
  guarantorOrganizationId!: string | null;

  @Field({ description: '需保险' })
  insuranceRequired!: boolean;

  @Field(() => ID, { nullable: true, description: '保险机构 id' })
  insurerOrganizationId!: string | null;

  @Field(() => String, { nullable: true, description: '审批意见' })
  decisionNote!: string | null;

  @Field(() => String, { nullable: true, description: '拒绝原因' })
  declineReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '决定时间' })
  decidedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: '贷款 id — once approved' })
  loanId!: string | null;

  @Field(() => GraphQLISODateTime, { description: '提交时间' })
  createdAt!: Date;

  static from(a: LoanApplicationRow): LoanApplicationObject {
    return {
      id: a.id,
      enterpriseId: a.enterpriseId,
      enterpriseName: a.enterpriseName,
      bankOrganizationId: a.bankOrganizationId,
      bankName: a.bankName,
      productId: a.productId,
      productName: a.productName,
      needId: a.needId,
      meetingId: a.meetingId,
      eventId: a.eventId,
      pledgeBundleId: a.pledgeBundleId,
      ipAssetIds: a.ipAssetIds,
      requestedAmount: money(a.requestedAmountFen),
      requestedTermMonths: a.requestedTermMonths,
      requestedRepaymentMethod: a.requestedRepaymentMethod,
      purpose: a.purpose,
      status: a.status,
      version: a.version,
      offeredAmount: fenOrNull(a.offeredAmountFen),
      offeredAnnualRateBp: a.offeredAnnualRateBp,
      offeredTermMonths: a.offeredTermMonths,
      offeredRepaymentMethod: a.offeredRepaymentMethod,
      guaranteeRequired: a.guaranteeRequired,
      guarantorOrganizationId: a.guarantorOrganizationId,
      insuranceRequired: a.insuranceRequired,
      insurerOrganizationId: a.insurerOrganizationId,
      decisionNote: a.decisionNote,
      declineReason: a.declineReason,
      decidedAt: a.decidedAt,
      loanId: a.loanId,
      createdAt: a.createdAt,
    };
  }
}

/** An application as read with the names it shows, its assets and its loan. */
export interface LoanApplicationRow extends LoanApplication {
  enterpriseName: string;
  bankName: string;
  productName: string;
  ipAssetIds: string[];
  loanId: string | null;
}

@ObjectType({ description: '贷款申请列表' })
export class LoanApplicationConnection extends Connection(LoanApplicationObject, 'LoanApplication') {}

@ObjectType('LoanInstalment', { description: '还款计划 — one instalment: due date, principal and interest, what is paid' })
export class LoanInstalmentObject {
  @Field(() => ID, { description: 'Instalment id' })
  id!: string;

  @Field(() => Int, { description: '期次 — 1-based' })
  seq!: number;

  @Field({ description: '应还日 — YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => Money, { description: '应还本金' })
  principal!: Money;

  @Field(() => Money, { description: '应还利息 — 30/360, rounded half-up to the fen' })
  interest!: Money;

  @Field(() => Money, { description: '已还本金' })
  paidPrincipal!: Money;

  @Field(() => Money, { description: '已还利息' })
  paidInterest!: Money;

  @Field(() => InstalmentStatus, { description: '状态' })
  status!: InstalmentStatus;

  @Field(() => String, { nullable: true, description: '结清日 — YYYY-MM-DD' })
  paidOn!: string | null;

  @Field(() => Int, { description: '逾期天数' })
  daysPastDue!: number;

  static from(i: LoanInstalment): LoanInstalmentObject {
    return {
      id: i.id,
      seq: i.seq,
      dueDate: i.dueDate,
      principal: money(i.principalFen),
      interest: money(i.interestFen),
      paidPrincipal: money(i.paidPrincipalFen),
      paidInterest: money(i.paidInterestFen),
      status: i.status,
      paidOn: i.paidOn,
      daysPastDue: i.daysPastDue,
    };
  }
}

@ObjectType('Repayment', { description: '还款记录 — a repayment as the bank recorded it' })
export class RepaymentObject {
  @Field(() => ID, { description: 'Repayment id' })
  id!: string;

  @Field(() => ID, { description: '贷款 id' })
  loanId!: string;

  @Field({ description: '还款日 — YYYY-MM-DD' })
  paidOn!: string;

  @Field(() => Money, { description: '本金' })
  principal!: Money;

  @Field(() => Money, { description: '利息' })
  interest!: Money;

  @Field(() => Money, { description: '罚息' })
  penalty!: Money;

  @Field({ description: '提前还款 — principal beyond what was due' })
  early!: boolean;

  @Field(() => GraphQLISODateTime, { description: '记录时间' })
  createdAt!: Date;

  static from(r: Repayment): RepaymentObject {
    return {
      id: r.id,
      loanId: r.loanId,
      paidOn: r.paidOn,
      principal: money(r.principalFen),
      interest: money(r.interestFen),
      penalty: money(r.penaltyFen),
      early: r.early,
      createdAt: r.createdAt,
    };
  }
}

@ObjectType('LoanRiskShare', { description: '风险分担 — one party’s share of the loan’s risk and the part passed on' })
export class LoanRiskShareObject {
  @Field(() => ID, { description: 'Share id' })
  id!: string;

  @Field(() => RiskShareRole, { description: '角色' })
  role!: RiskShareRole;

  @Field(() => ID, { nullable: true, description: '分担机构 id' })
  partyOrganizationId!: string | null;

  @Field(() => Int, { description: '分担比例（bp）' })
  shareBp!: number;

  @Field(() => Int, { description: '已转出（bp） — passed on by re-guarantee (再担保) or reinsurance (再保险)' })
  passedOnBp!: number;

  @Field(() => String, { nullable: true, description: '转出对象' })
  passedOnTo!: string | null;

  static from(s: LoanRiskShare): LoanRiskShareObject {
    return { id: s.id, role: s.role, partyOrganizationId: s.partyOrganizationId, shareBp: s.shareBp, passedOnBp: s.passedOnBp, passedOnTo: s.passedOnTo };
  }
}

@ObjectType('LoanFee', { description: '贷款费用 — a fee paid for the loan' })
export class LoanFeeObject {
  @Field(() => ID, { description: 'Fee id' })
  id!: string;

  @Field(() => LoanFeeKind, { description: '费用类型' })
  kind!: LoanFeeKind;

  @Field(() => Money, { description: '金额' })
  amount!: Money;

  @Field(() => String, { nullable: true, description: '支付日期' })
  paidOn!: string | null;

  @Field(() => ID, { nullable: true, description: '收款机构 id' })
  payeeOrganizationId!: string | null;

  static from(f: LoanFee): LoanFeeObject {
    return { id: f.id, kind: f.kind, amount: money(f.amountFen), paidOn: f.paidOn, payeeOrganizationId: f.payeeOrganizationId };
  }
}

@ObjectType('Loan', { description: '贷款 — a contracted loan with its schedule, repayments, fees and risk shares' })
export class LoanObject {
  @Field(() => ID, { description: 'Loan id' })
  id!: string;

  @Field(() => ID, { description: '申请 id' })
  applicationId!: string;

  @Field(() => ID, { description: '企业 id' })
  enterpriseId!: string;

  @Field(() => ID, { description: '银行机构 id' })
  bankOrganizationId!: string;

  @Field(() => ID, { description: '金融产品 id' })
  productId!: string;

  @Field(() => ID, { description: '区域 id — the firm’s region at approval' })
  regionId!: string;

  @Field(() => ID, { nullable: true, description: '活动 id — the event the loan is attributed to' })
  eventId!: string | null;

  @Field(() => Money, { description: '本金' })
  principal!: Money;

  @Field(() => Int, { description: '年利率（bp）' })
  annualRateBp!: number;

  @Field(() => Int, { description: '期限（月）' })
  termMonths!: number;

  @Field(() => RepaymentMethod, { description: '还款方式' })
  repaymentMethod!: RepaymentMethod;

  @Field(() => DayCount, {
    description: '计息规则 — 30/360: a month’s interest = outstanding × annual rate ÷ 12, rounded half-up to the fen; the last instalment takes the principal left',
  })
  dayCount!: DayCount;

  @Field(() => Money, { description: '评估总值 — Σ latest valid valuations of the pledged assets at approval' })
  appraisedValue!: Money;

  @Field(() => Int, { description: '质押率（bp） — principal ÷ appraised value' })
  pledgeRateBp!: number;

  @Field(() => LoanStatus, { description: '状态' })
  status!: LoanStatus;

  @Field(() => Int, { description: '版本 — pass it as expectedVersion when disbursing' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: '签约时间' })
  contractedAt!: Date;

  @Field(() => String, { nullable: true, description: '放款日 — YYYY-MM-DD' })
  disbursedOn!: string | null;

  @Field(() => String, { nullable: true, description: '到期日 — YYYY-MM-DD' })
  maturityDate!: string | null;

  @Field(() => Money, { description: '未还本金' })
  outstandingPrincipal!: Money;

  @Field({ description: '曾逾期' })
  everOverdue!: boolean;

  @Field(() => Int, { description: '当前逾期天数' })
  daysPastDue!: number;

  @Field(() => Int, { description: '最长逾期天数' })
  maxDaysPastDue!: number;

  @Field(() => String, { nullable: true, description: '违约日' })
  defaultedOn!: string | null;

  @Field(() => String, { nullable: true, description: '结清日' })
  repaidOn!: string | null;

  @Field(() => String, { nullable: true, description: '批次包' })
  batchPackage!: string | null;

  static from(l: Loan): LoanObject {
    return {
      id: l.id,
      applicationId: l.applicationId,
      enterpriseId: l.enterpriseId,
      bankOrganizationId: l.bankOrganizationId,
      productId: l.productId,
      regionId: l.regionId,
      eventId: l.eventId,
      principal: money(l.principalFen),
      annualRateBp: l.annualRateBp,
      termMonths: l.termMonths,
      repaymentMethod: l.repaymentMethod,
      dayCount: l.dayCount,
      appraisedValue: money(l.appraisedValueFen),
      pledgeRateBp: l.pledgeRateBp,
      status: l.status,
      version: l.version,
      contractedAt: l.contractedAt,
      disbursedOn: l.disbursedOn,
      maturityDate: l.maturityDate,
      outstandingPrincipal: money(l.outstandingPrincipalFen),
      everOverdue: l.everOverdue,
      daysPastDue: l.daysPastDue,
      maxDaysPastDue: l.maxDaysPastDue,
      defaultedOn: l.defaultedOn,
      repaidOn: l.repaidOn,
      batchPackage: l.batchPackage,
    };
  }
}

@ObjectType({ description: '贷款列表' })
export class LoanConnection extends Connection(LoanObject, 'Loan') {}
