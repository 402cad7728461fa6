import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ConnectionArgs, MoneyInput } from '@zhirong/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LoanApplicationStatus, LoanDecisionKind, LoanDocumentKind, LoanFeeKind, LoanStatus, RepaymentMethod, RiskShareRole } from '../entities/loan.enums';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '申请贷款 — a firm applies to a bank’s product, from a match (needId) or directly, pledging a bundle or assets' })
export class ApplyForLoanInput {
  @Field(() => ID, { description: '金融产品 id' })
  @IsUUID()
  productId!: string;

  @Field(() => ID, { nullable: true, description: '融资需求 id — when applying from a match (need × product)' })
  @IsOptional()
  @IsUUID()
  needId?: string;

  @Field(() => ID, { nullable: true, description: '组合质押 id — its assets are pledged' })
  @IsOptional()
  @IsUUID()
  pledgeBundleId?: string;

  @Field(() => [ID], { nullable: true, description: '质押资产 id — assets pledged one by one (with or instead of a bundle)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  ipAssetIds?: string[];

  @Field(() => MoneyInput, { description: '申请金额 — within the product’s range and the pledge ceiling' })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => Int, { description: '期限（月） — within the product’s term range' })
  @IsInt()
  @Min(1)
  @Max(360)
  termMonths!: number;

  @Field(() => RepaymentMethod, { description: '还款方式' })
  @IsEnum(RepaymentMethod)
  repaymentMethod!: RepaymentMethod;

  @Field({ nullable: true, description: '资金用途 — at most 2,000 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  purpose?: string;

  @Field(() => ID, { nullable: true, description: '洽谈 id — attributes the application to the matchmaking event the firm met the bank at' })
  @IsOptional()
  @IsUUID()
  meetingId?: string;
}

@InputType({ description: '风险分担 — one party’s share of a loan’s risk; the shares sum to 10,000 bp' })
export class RiskShareInput {
  @Field(() => RiskShareRole, { description: '角色' })
  @IsEnum(RiskShareRole)
  role!: RiskShareRole;

  @Field(() => ID, { nullable: true, description: '分担机构 id — the bank itself for BANK when omitted' })
  @IsOptional()
  @IsUUID()
  partyOrganizationId?: string;

  @Field(() => Int, { description: '分担比例（bp） — 0–10,000' })
  @IsInt()
  @Min(0)
  @Max(10000)
  shareBp!: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: '已转出（bp） — the part of this share passed on by re-guarantee (再担保) or reinsurance (再保险), at most the share',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  passedOnBp?: number;

  @Field({ nullable: true, description: '转出对象 — who took the passed-on part' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  passedOnTo?: string;
}

@InputType({ description: '贷款费用 — a fee of the loan (basis of fee subsidies)' })
export class LoanFeeInput {
  @Field(() => LoanFeeKind, { description: '费用类型' })
  @IsEnum(LoanFeeKind)
  kind!: LoanFeeKind;

  @Field(() => MoneyInput, { description: '金额' })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field({ nullable: true, description: '支付日期 — YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'must be a date written YYYY-MM-DD' })
  paidOn?: string;

  @Field(() => ID, { nullable: true, description: '收款机构 id' })
  @IsOptional()
  @IsUUID()
  payeeOrganizationId?: string;
}

@InputType({ description: '审批贷款申请 — the bank approves, counter-offers or declines; a stale expectedVersion is CONFLICT' })
export class DecideLoanApplicationInput {
  @Field(() => ID, { description: '申请 id' })
  @IsUUID()
  applicationId!: string;

  @Field(() => Int, { description: '版本 — the version you read; another decision in between is CONFLICT' })
  @IsInt()
  expectedVersion!: number;

  @Field(() => LoanDecisionKind, { description: '决定' })
  @IsEnum(LoanDecisionKind)
  decision!: LoanDecisionKind;

  @Field(() => MoneyInput, { nullable: true, description: '批准/还价金额 — APPROVE and COUNTER_OFFER' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  amount?: MoneyInput;

  @Field(() => Int, { nullable: true, description: '年利率（bp） — within the product’s rate range' })
  @IsOptional()
  @IsInt()
  annualRateBp?: number;

  @Field(() => Int, { nullable: true, description: '期限（月）' })
  @IsOptional()
  @IsInt()
  termMonths?: number;

  @Field(() => RepaymentMethod, { nullable: true, description: '还款方式 — the requested one when omitted' })
  @IsOptional()
  @IsEnum(RepaymentMethod)
  repaymentMethod?: RepaymentMethod;

  @Field({ nullable: true, description: '需担保' })
  @IsOptional()
  @IsBoolean()
  guaranteeRequired?: boolean;

  @Field(() => ID, { nullable: true, description: '担保机构 id' })
  @IsOptional()
  @IsUUID()
  guarantorOrganizationId?: string;

  @Field({ nullable: true, description: '需保险' })
  @IsOptional()
  @IsBoolean()
  insuranceRequired?: boolean;

  @Field(() => ID, { nullable: true, description: '保险机构 id' })
  @IsOptional()
  @IsUUID()
  insurerOrganizationId?: string;

  @Field(() => [RiskShareInput], { nullable: true, description: '风险分担 — the bank carries 100% when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RiskShareInput)
  riskShares?: RiskShareInput[];

  @Field(() => [LoanFeeInput], { nullable: true, description: '费用 — fees of the loan (registration, guarantee, insurance, valuation)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LoanFeeInput)
  fees?: LoanFeeInput[];

  @Field({ nullable: true, description: '审批意见 — conditions or a note, at most 2,000 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @Field({ nullable: true, description: '拒绝原因 — required for DECLINE' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  declineReason?: string;
}

@InputType({ description: '答复还价 — the firm accepts the bank’s counter-offer (the loan is contracted) or turns it down (the application is withdrawn)' })
export class RespondToCounterOfferInput {
  @Field(() => ID, { description: '申请 id' })
  @IsUUID()
  applicationId!: string;

  @Field(() => Int, { description: '版本 — the version you read' })
  @IsInt()
  expectedVersion!: number;

  @Field({ description: '接受' })
  @IsBoolean()
  accept!: boolean;
}

@InputType({ description: '撤回申请 — the firm withdraws an open application' })
export class WithdrawLoanApplicationInput {
  @Field(() => ID, { description: '申请 id' })
  @IsUUID()
  applicationId!: string;

  @Field(() => Int, { description: '版本 — the version you read' })
  @IsInt()
  expectedVersion!: number;

  @Field({ nullable: true, description: '原因' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@InputType({ description: '上传申请材料 — a document as base64; its SHA-256 is recorded, the bytes go under .data/documents' })
export class UploadLoanDocumentInput {
  @Field(() => ID, { description: '申请 id' })
  @IsUUID()
  applicationId!: string;

  @Field(() => LoanDocumentKind, { description: '材料类型' })
  @IsEnum(LoanDocumentKind)
  kind!: LoanDocumentKind;

  @Field({ description: '文件名 — 1–255 characters' })
  @IsString()
  @Length(1, 255)
  fileName!: string;

  @Field({ description: 'MIME type, e.g. application/pdf' })
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/i, { message: 'must be a MIME type such as application/pdf' })
  mimeType!: string;

  @Field({ description: '内容 — base64, at most 5 MB decoded' })
  @IsString()
  contentBase64!: string;
}

@InputType({ description: '放款 — the bank disburses a contracted loan; the schedule is written' })
export class DisburseLoanInput {
  @Field(() => ID, { description: '贷款 id' })
  @IsUUID()
  loanId!: string;

  @Field(() => Int, { description: '版本 — the version you read' })
  @IsInt()
  expectedVersion!: number;

  @Field({ description: '放款日 — YYYY-MM-DD; the first instalment falls due a month later' })
  @Matches(DATE_PATTERN, { message: 'must be a date written YYYY-MM-DD' })
  disbursedOn!: string;
}

@InputType({
  description:
    '记录还款 — principal and interest paid on a day. Both go to the instalments due by then, oldest first; principal beyond them is early repayment and re-amortises the later instalments (same due dates, smaller instalments)',
})
export class RecordRepaymentInput {
  @Field(() => ID, { description: '贷款 id' })
  @IsUUID()
  loanId!: string;

  @Field({ description: '还款日 — YYYY-MM-DD' })
  @Matches(DATE_PATTERN, { message: 'must be a date written YYYY-MM-DD' })
  paidOn!: string;

  @Field(() => MoneyInput, { description: '本金' })
  @ValidateNested()
  @Type(() => MoneyInput)
  principal!: MoneyInput;

  @Field(() => MoneyInput, { description: '利息 — at most the interest due by the day' })
  @ValidateNested()
  @Type(() => MoneyInput)
  interest!: MoneyInput;

  @Field(() => MoneyInput, { nullable: true, description: '罚息' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  penalty?: MoneyInput;
}

@InputType({ description: '设置风险分担 — the bank replaces a loan’s risk shares' })
export class SetLoanRiskSharesInput {
  @Field(() => ID, { description: '贷款 id' })
  @IsUUID()
  loanId!: string;

  @Field(() => [RiskShareInput], { description: '风险分担 — sum to 10,000 bp' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RiskShareInput)
  shares!: RiskShareInput[];
}

@InputType({ description: '贷款申请筛选' })
export class LoanApplicationFilter {
  @Field(() => [LoanApplicationStatus], { nullable: true, description: '状态' })
  @IsOptional()
  @IsArray()
  @IsEnum(LoanApplicationStatus, { each: true })
  statuses?: LoanApplicationStatus[];

  @Field(() => ID, { nullable: true, description: '企业 id' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;
}

@ArgsType()
export class LoanApplicationsArgs extends ConnectionArgs {
  @Field(() => LoanApplicationFilter, { nullable: true, description: '筛选' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LoanApplicationFilter)
  filter?: LoanApplicationFilter;
}

@InputType({ description: '贷款筛选' })
export class LoanFilter {
  @Field(() => [LoanStatus], { nullable: true, description: '状态' })
  @IsOptional()
  @IsArray()
  @IsEnum(LoanStatus, { each: true })
  statuses?: LoanStatus[];

  @Field(() => ID, { nullable: true, description: '企业 id' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;
}

@ArgsType()
export class LoansArgs extends ConnectionArgs {
  @Field(() => LoanFilter, { nullable: true, description: '筛选' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LoanFilter)
  filter?: LoanFilter;
}
