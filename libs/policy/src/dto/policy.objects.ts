import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, ConnectionArgs } from '@zhirong/core';
import { IsDateString, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PolicyStatus, RegionalPolicy } from '../entities/regional-policy.entity';
import type { PolicyRules } from '../policy-rules';

registerEnumType(PolicyStatus, {
  name: 'PolicyStatus',
  description: '政策版本状态',
  valuesMap: {
    DRAFT: { description: 'Draft (草稿)' },
    PUBLISHED: { description: 'Published (已发布)' },
    RETIRED: { description: 'Retired (已废止)' },
  },
});

// The rules' GraphQL shape, one class per part, both an output and an input type. Money is
// integer fen as a decimal string (as stored), ratios basis points; the service checks the whole
// with `checkPolicyRules` (the input types carry no validators of their own).

const FEN = '金额（分，十进制字符串） — integer fen as a decimal string';

@ObjectType('RegistrationRule', { description: '质押登记时限 — pledge registration due times' })
@InputType('RegistrationRuleInput', { description: '质押登记时限 — pledge registration due times（输入 / input）' })
export class RegistrationRuleObject {
  @Field(() => Int, { description: '线上办结工作日数 — working days for an online filing' })
  onlineWorkingDays!: number;
  @Field(() => Int, { description: '线下办结工作日数 — working days for an offline filing at a window' })
  offlineWorkingDays!: number;
  @Field(() => Int, { description: '提前预警小时数 — hours before the due time to warn the bank' })
  warnBeforeHours!: number;
}

@ObjectType('OverdueRule', { description: '逾期与不良认定 — overdue and default' })
@InputType('OverdueRuleInput', { description: '逾期与不良认定 — overdue and default（输入 / input）' })
export class OverdueRuleObject {
  @Field(() => Int, { description: '宽限期天数 — grace days after a due date' })
  graceDays!: number;
  @Field({ description: '按工作日计算 — count grace days as working days' })
  workingDays!: boolean;
  @Field(() => Int, { description: '逾期多少天转不良 — days past due after which the loan defaults' })
  defaultAfterDaysPastDue!: number;
}

@ObjectType('InterestSubsidyRule', { description: '贴息 — interest subsidy after normal repayment' })
@InputType('InterestSubsidyRuleInput', { description: '贴息 — interest subsidy after normal repayment（输入 / input）' })
export class InterestSubsidyRuleObject {
  @Field(() => Int, { description: '贴息比例（基点） — share of the interest actually paid, basis points' })
  ratioBp!: number;
  @Field(() => String, { nullable: true, description: `每笔贷款上限 — per-loan cap; ${FEN}` })
  capPerLoanFen?: string;
  @Field(() => String, { nullable: true, description: `每户每年上限 — per-firm-per-year cap; ${FEN}` })
  capPerFirmYearFen?: string;
  @Field({ description: '曾逾期仍可贴息 — a loan once overdue still qualifies' })
  allowIfEverOverdue!: boolean;
}

@ObjectType('CappedRatioRule', { description: '比例与上限 — a ratio with an optional cap' })
@InputType('CappedRatioRuleInput', { description: '比例与上限 — a ratio with an optional cap（输入 / input）' })
export class CappedRatioRuleObject {
  @Field(() => Int, { description: '比例（基点） — basis points' })
  ratioBp!: number;
  @Field(() => String, { nullable: true, description: `上限 — cap; ${FEN}` })
  capFen?: string;
}

@ObjectType('FeeSubsidyRules', { description: '费用补贴 — fee subsidies after disbursement, by fee' })
@InputType('FeeSubsidyRulesInput', { description: '费用补贴 — fee subsidies after disbursement, by fee（输入 / input）' })
export class FeeSubsidyRulesObject {
  @Field(() => CappedRatioRuleObject, { nullable: true, description: '登记费' })
  registration?: CappedRatioRuleObject;
  @Field(() => CappedRatioRuleObject, { nullable: true, description: '担保费' })
  guarantee?: CappedRatioRuleObject;
  @Field(() => CappedRatioRuleObject, { nullable: true, description: '保险费' })
  insurance?: CappedRatioRuleObject;
  @Field(() => CappedRatioRuleObject, { nullable: true, description: '评估费' })
  valuation?: CappedRatioRuleObject;
}

@ObjectType('BankRewardTier', { description: '银行奖励档位 — the rate of the part of the amount lent up to `uptoFen`' })
@InputType('BankRewardTierInput', { description: '银行奖励档位 — the rate of the part of the amount lent up to `uptoFen`（输入 / input）' })
export class BankRewardTierObject {
  @Field(() => String, { nullable: true, description: `档位上限 — upper bound of the tier (none on the last); ${FEN}` })
  uptoFen?: string;
  @Field(() => Int, { description: '奖励比例（基点）' })
  rateBp!: number;
}

@ObjectType('BankRewardRule', { description: '银行奖励 — by amount lent, marginal tiers' })
@InputType('BankRewardRuleInput', { description: '银行奖励 — by amount lent, marginal tiers（输入 / input）' })
export class BankRewardRuleObject {
  @Field(() => [BankRewardTierObject], { description: '档位（递增）' })
  tiers!: BankRewardTierObject[];
  @Field(() => String, { nullable: true, description: `每家银行每年上限; ${FEN}` })
  capPerBankYearFen?: string;
}

@ObjectType('ValuerRewardRule', { description: '评估机构奖励 — after normal repayment' })
@InputType('ValuerRewardRuleInput', { description: '评估机构奖励 — after normal repayment（输入 / input）' })
export class ValuerRewardRuleObject {
  @Field(() => Int, { nullable: true, description: '评估费比例（基点） — share of the valuation fee (or perLoanFen)' })
  ratioBp?: number;
  @Field(() => String, { nullable: true, description: `每笔定额 — fixed amount per loan; ${FEN}` })
  perLoanFen?: string;
  @Field({ description: '须参与分担风险 — only valuers that held a risk share' })
  requiresRiskShare!: boolean;
}

@ObjectType('RiskRoleRatios', { description: '各方补偿比例（基点）' })
@InputType('RiskRoleRatiosInput', { description: '各方补偿比例（基点）（输入 / input）' })
export class RiskRoleRatiosObject {
  @Field(() => Int, { nullable: true, description: '银行' })
  bank?: number;
  @Field(() => Int, { nullable: true, description: '担保机构' })
  guarantor?: number;
  @Field(() => Int, { nullable: true, description: '保险机构' })
  insurer?: number;
  @Field(() => Int, { nullable: true, description: '评估机构' })
  valuer?: number;
  @Field(() => Int, { nullable: true, description: '知识产权服务机构' })
  ipService?: number;
}

@ObjectType('RiskCompensationRule', { description: '风险补偿 — a ratio of the principal loss each party carried, net of re-guarantee / reinsurance' })
@InputType('RiskCompensationRuleInput', { description: '风险补偿 — a ratio of the principal loss each party carried, net of re-guarantee / reinsurance（输入 / input）' })
export class RiskCompensationRuleObject {
  @Field(() => RiskRoleRatiosObject, { description: '各方补偿比例' })
  ratioBpByRole!: RiskRoleRatiosObject;
  @Field(() => String, { nullable: true, description: `每笔贷款上限（各方合计）; ${FEN}` })
  capPerLoanFen?: string;
  @Field({ description: '须追偿无果 — only after a failed recovery' })
  requireFailedRecovery!: boolean;
  @Field({ description: '不含批次包 — not for batch-package loans' })
  excludeBatchPackage!: boolean;
}

@ObjectType('PolicyCitation', { description: '政策依据 — the document and clause a rule comes from' })
@InputType('PolicyCitationInput', { description: '政策依据 — the document and clause a rule comes from（输入 / input）' })
export class PolicyCitationObject {
  @Field({ description: '文件（policy-docs 文件名）' })
  document!: string;
  @Field({ description: '条款' })
  clause!: string;
  @Field({ description: '中文说明' })
  zh!: string;
  @Field({ description: 'English note' })
  en!: string;
}

@ObjectType('PolicyCitations', { description: '各条规则的依据' })
@InputType('PolicyCitationsInput', { description: '各条规则的依据（输入 / input）' })
export class PolicyCitationsObject {
  @Field(() => PolicyCitationObject, { nullable: true, description: '质押登记时限' })
  registration?: PolicyCitationObject;
  @Field(() => PolicyCitationObject, { nullable: true, description: '逾期规则' })
  overdue?: PolicyCitationObject;
  @Field(() => PolicyCitationObject, { nullable: true, description: '贴息' })
  interestSubsidy?: PolicyCitationObject;
  @Field(() => PolicyCitationObject, { nullable: true, description: '费用补贴' })
  feeSubsidies?: PolicyCitationObject;
  @Field(() => PolicyCitationObject, { nullable: true, description: '保费补贴' })
  insurancePremiumSubsidy?: PolicyCitationObject;
  @Field(() => PolicyCitationObject, { nullable: true, description: '银行奖励' })
  bankReward?: PolicyCitationObject;
  @Field(() => PolicyCitationObject, { nullable: true, description: '评估机构奖励' })
  valuerReward?: PolicyCitationObject;
  @Field(() => PolicyCitationObject, { nullable: true, description: '风险补偿' })
  riskCompensation?: PolicyCitationObject;
  @Field(() => PolicyCitationObject, { nullable: true, description: '年度预算' })
  annualBudgetFen?: PolicyCitationObject;
}

@ObjectType('PolicyRules', { description: '政策规则 — the rules of one policy version' })
@InputType('PolicyRulesInput', { description: '政策规则 — the rules of one policy version（输入 / input）' })
export class PolicyRulesObject {
  @Field(() => RegistrationRuleObject, { description: '质押登记时限' })
  registration!: RegistrationRuleObject;
  @Field(() => OverdueRuleObject, { description: '逾期规则' })
  overdue!: OverdueRuleObject;
  @Field(() => InterestSubsidyRuleObject, { nullable: true, description: '贴息' })
  interestSubsidy?: InterestSubsidyRuleObject;
  @Field(() => FeeSubsidyRulesObject, { nullable: true, description: '费用补贴' })
  feeSubsidies?: FeeSubsidyRulesObject;
  @Field(() => CappedRatioRuleObject, { nullable: true, description: '保费补贴 — insurance premium subsidy' })
  insurancePremiumSubsidy?: CappedRatioRuleObject;
  @Field(() => BankRewardRuleObject, { nullable: true, description: '银行奖励' })
  bankReward?: BankRewardRuleObject;
  @Field(() => ValuerRewardRuleObject, { nullable: true, description: '评估机构奖励' })
  valuerReward?: ValuerRewardRuleObject;
  @Field(() => RiskCompensationRuleObject, { nullable: true, description: '风险补偿' })
  riskCompensation?: RiskCompensationRuleObject;
  @Field(() => String, { nullable: true, description: `年度预算 — the region's budget for a year; ${FEN}` })
  annualBudgetFen?: string;
  @Field(() => PolicyCitationsObject, { nullable: true, description: '各条规则的依据 — where each rule comes from' })
  citations?: PolicyCitationsObject;
}

@ObjectType('RegionalPolicy', { description: "区域政策版本 — one version of a region's policy (the national default has no region)" })
export class RegionalPolicyObject {
  @Field(() => ID, { description: '版本 id' })
  id!: string;
  @Field(() => ID, { nullable: true, description: '地区 id — null for the national default (全国默认)' })
  regionId!: string | null;
  @Field(() => Int, { description: '版本号' })
  version!: number;
  @Field({ description: '生效日 (YYYY-MM-DD, Asia/Shanghai)' })
  validFrom!: string;
  @Field(() => String, { nullable: true, description: '失效日（含） — the last day it applies; null while open-ended' })
  validTo!: string | null;
  @Field(() => PolicyStatus, { description: '状态' })
  status!: PolicyStatus;
  @Field(() => PolicyRulesObject, { description: '规则' })
  rules!: PolicyRulesObject;
  @Field({ description: '说明' })
  note!: string;
  @Field(() => GraphQLISODateTime, { description: '创建时间' })
  createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '发布时间' })
  publishedAt!: Date | null;

  static from(p: RegionalPolicy): RegionalPolicyObject {
    return {
      id: p.id,
      regionId: p.regionId,
      version: p.version,
      validFrom: p.validFrom,
      validTo: p.validTo,
      status: p.status,
      rules: rulesToGraphql(p.rules),
      note: p.note,
      createdAt: p.createdAt,
      publishedAt: p.publishedAt,
    };
  }
}

@ObjectType('PolicyRegion', { description: '有政策的地区 — a region with policy versions you may read, or your own (where an office drafts its first version)' })
export class PolicyRegionObject {
  @Field(() => ID, { description: '地区 id' })
  id!: string;
  @Field({ description: '名称' })
  name!: string;
  @Field({ description: '行政区划代码' })
  code!: string;
  @Field({ description: '路径 — codes from the root down' })
  path!: string;
  @Field(() => Int, { description: '版本数 — versions you may read' })
  versionCount!: number;
}

@ObjectType({ description: '政策版本列表 (Relay connection), newest version first' })
export class RegionalPolicyConnection extends Connection(RegionalPolicyObject, 'RegionalPolicy') {}

@ObjectType('EffectivePolicy', { description: '适用政策 — the version that governs a region on a day, and the region it comes from' })
export class EffectivePolicyObject {
  @Field(() => RegionalPolicyObject, { description: '适用的版本' })
  policy!: RegionalPolicyObject;
  @Field(() => ID, { nullable: true, description: '来源地区 — the region whose version applies; null for the national default' })
  sourceRegionId!: string | null;
  @Field(() => String, { nullable: true, description: '来源地区名称' })
  sourceRegionName!: string | null;
  @Field({ description: '全国默认 — no region up the tree has a version for the day' })
  national!: boolean;
}

@ArgsType()
export class RegionalPoliciesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "地区 id — omit for the national default's versions" })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}

@InputType({ description: '新建政策版本 — a draft from rules and validity; publishing makes it apply' })
export class CreatePolicyVersionInput {
  @Field(() => ID, { nullable: true, description: '地区 id — omit for the national default (platform only)' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @Field({ description: '生效日 (YYYY-MM-DD)' })
  @IsDateString({ strict: true })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: '失效日（含，YYYY-MM-DD）' })
  @IsOptional()
  @IsDateString({ strict: true })
  validTo?: string;

  @Field(() => PolicyRulesObject, { description: '规则' })
  rules!: PolicyRulesObject;

  @Field({ nullable: true, description: '说明 — what changed and why' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

/** Stored rules → their GraphQL shape (camel-cased fee kinds and roles). */
export function rulesToGraphql(rules: PolicyRules): PolicyRulesObject {
  const { feeSubsidies, riskCompensation, ...rest } = rules;
  return {
    ...rest,
    feeSubsidies: feeSubsidies && {
      registration: feeSubsidies.REGISTRATION,
      guarantee: feeSubsidies.GUARANTEE,
      insurance: feeSubsidies.INSURANCE,
      valuation: feeSubsidies.VALUATION,
    },
    riskCompensation: riskCompensation && {
      ...riskCompensation,
      ratioBpByRole: {
        bank: riskCompensation.ratioBpByRole.BANK,
        guarantor: riskCompensation.ratioBpByRole.GUARANTOR,
        insurer: riskCompensation.ratioBpByRole.INSURER,
        valuer: riskCompensation.ratioBpByRole.VALUER,
        ipService: riskCompensation.ratioBpByRole.IP_SERVICE,
      },
    },
  };
}

/** GraphQL input → the stored shape, for `checkPolicyRules` (which refuses anything else). */
export function rulesFromGraphql(input: PolicyRulesObject): unknown {
  const { feeSubsidies, riskCompensation, ...rest } = input;
  return {
    ...rest,
    feeSubsidies: feeSubsidies && {
      REGISTRATION: feeSubsidies.registration,
      GUARANTEE: feeSubsidies.guarantee,
      INSURANCE: feeSubsidies.insurance,
      VALUATION: feeSubsidies.valuation,
    },
    riskCompensation: riskCompensation && {
      ...riskCompensation,
      ratioBpByRole: riskCompensation.ratioBpByRole && {
        BANK: riskCompensation.ratioBpByRole.bank,
        GUARANTOR: riskCompensation.ratioBpByRole.guarantor,
        INSURER: riskCompensation.ratioBpByRole.insurer,
        VALUER: riskCompensation.ratioBpByRole.valuer,
        IP_SERVICE: riskCompensation.ratioBpByRole.ipService,
      },
    },
  };
}
