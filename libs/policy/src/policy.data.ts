import type { PolicyCitation, PolicyRules } from './policy-rules';

const ILLUSTRATIVE_ZH = '文件仅规定“一定比例”，比例与上限为平台示例取值（参照 DOMAIN.md 的真实数据区间），由主管部门在政策编辑器中调整。';
const ILLUSTRATIVE_EN =
  'The document says "a certain ratio" without figures: ratio and caps are illustrative platform choices (within DOMAIN.md\'s realistic figures) for the office to adjust in the policy editor.';

const cite = (document: string, clause: string, zh: string, en: string, illustrative = true): PolicyCitation => ({
  document,
  clause,
  zh: illustrative ? `${zh} ${ILLUSTRATIVE_ZH}` : zh,
  en: illustrative ? `${en} ${ILLUSTRATIVE_EN}` : en,
});

const yuan = (y: number) => String(y * 100);

/**
 * The national default (全国默认): registration within 7 working days online and offline,
 * default after 90 days past due (the usual non-performing line), no subsidies. It has no region
 * (regionId null) and is also inserted by the `RegionalPolicies` migration, so that every database
 * — including each test database — has a policy for every region.
 */
export const NATIONAL_DEFAULT_RULES: PolicyRules = {
  registration: { onlineWorkingDays: 7, offlineWorkingDays: 7, warnBeforeHours: 24 },
  overdue: { graceDays: 0, workingDays: false, defaultAfterDaysPastDue: 90 },
  citations: {
    registration: cite(
      'national-default',
      '',
      '全国通行规则：专利、商标质押登记 7 个工作日办结（线上线下相同）。',
      'National rule: a patent or trademark pledge registration is done within 7 working days, online or offline.',
      false,
    ),
    overdue: cite(
      'national-default',
      '',
      '逾期 90 天以上列为不良（违约），无宽限期，按自然日计算。',
      'A loan 90 or more days past due is non-performing (defaulted); no grace period; calendar days.',
      false,
    ),
  },
};

const inheritNational = (document: string): Pick<PolicyRules, 'registration' | 'overdue'> & { citations: PolicyRules['citations'] } => ({
  registration: NATIONAL_DEFAULT_RULES.registration,
  overdue: NATIONAL_DEFAULT_RULES.overdue,
  citations: {
    registration: cite(document, '', '本文件未规定质押登记时限，沿用全国规则（7 个工作日）。', 'The document sets no registration time: the national 7 working days apply.', false),
    overdue: cite(document, '', '本文件未规定逾期与不良认定，沿用全国规则（逾期 90 天）。', 'The document sets no overdue rule: the national 90 days past due apply.', false),
  },
});

export interface ReferencePolicy {
  /** GB/T 2260 code of the region the policy belongs to. */
  regionCode: string;
  validFrom: string;
  validTo: string | null;
  note: string;
  rules: PolicyRules;
}

const minhang = inheritNational('minhang-ip-pledge-pilot');
const songjiang = inheritNational('songjiang-ip-finance-opinions');
const qiandongnan = inheritNational('qiandongnan-patent-pledge-pilot');
const xinyang = inheritNational('xinyang-park-action-plan');

/** The five policy documents of /shared/policy-docs as data, one published version each. */
export const REFERENCE_POLICIES: ReferencePolicy[] = [
  {
    regionCode: '310112',
    validFrom: '2024-01-01',
    validTo: null,
    note: '闵行区知识产权质押融资试点工作实施意见（minhang-ip-pledge-pilot）',
    rules: {
      ...minhang,
      interestSubsidy: { ratioBp: 5000, capPerLoanFen: yuan(300_000), capPerFirmYearFen: yuan(500_000), allowIfEverOverdue: false },
      feeSubsidies: {
        REGISTRATION: { ratioBp: 10000, capFen: yuan(2_000) },
        GUARANTEE: { ratioBp: 5000, capFen: yuan(100_000) },
        INSURANCE: { ratioBp: 5000, capFen: yuan(50_000) },
        VALUATION: { ratioBp: 10000, capFen: yuan(50_000) },
      },
      bankReward: {
        tiers: [{ uptoFen: yuan(10_000_000), rateBp: 10 }, { uptoFen: yuan(50_000_000), rateBp: 5 }, { rateBp: 2 }],
        capPerBankYearFen: yuan(500_000),
      },
      valuerReward: { ratioBp: 2000, requiresRiskShare: true },
      annualBudgetFen: yuan(20_000_000),
      citations: {
        ...minhang.citations,
        interestSubsidy: cite(
          'minhang-ip-pledge-pilot',
          '四',
          '对以知识产权出质获得贷款的企业，在正常还本付息后，给予利息补贴：实付利息的 50%，每笔贷款不超过 30 万元，每户每年不超过 50 万元；曾逾期的贷款不予补贴。',
          'Firms that borrowed against IP get an interest subsidy after normal repayment of principal and interest: 50% of the interest paid, at most ¥300,000 per loan and ¥500,000 per firm and year; a loan ever overdue does not qualify.',
        ),
        feeSubsidies: cite(
          'minhang-ip-pledge-pilot',
          '四',
          '在银行等融资服务机构放贷后，对登记费、担保费、保险费、评估费给予补贴：登记费、评估费全额（上限 2 千元、5 万元），担保费、保险费 50%（上限 10 万元、5 万元）。',
          'After the bank disburses, registration, guarantee, insurance and valuation fees are subsidised: registration and valuation in full (caps ¥2,000 and ¥50,000), guarantee and insurance 50% (caps ¥100,000 and ¥50,000).',
        ),
        bankReward: cite(
          'minhang-ip-pledge-pilot',
          '六',
          '对直接发放知识产权质押贷款的银行等机构，按照贷款额度给予奖励：1 千万元以内 0.1%，1 千万至 5 千万元部分 0.05%，以上部分 0.02%，每家银行每年不超过 50 万元。',
          'Banks lending against IP directly are rewarded by amount lent: 0.1% up to ¥10M, 0.05% of the part from ¥10M to ¥50M, 0.02% above, at most ¥500,000 per bank and year.',
        ),
        valuerReward: cite(
          'minhang-ip-pledge-pilot',
          '六',
          '对参与分担风险的资产评估公司，在企业正常还本付息后，按评估费的 20% 给予奖励。',
          'Valuers that shared the risk get 20% of the valuation fee as a reward after the firm repaid normally.',
        ),
        annualBudgetFen: cite(
          'minhang-ip-pledge-pilot',
          '一',
          '区财政每年安排知识产权质押融资扶持资金 2 千万元。',
          'The district budgets ¥20M a year for IP pledge financing support.',
        ),
      },
    },
  },
  {
    regionCode: '310117',
    validFrom: '2023-01-01',
    validTo: null,
    note: '松江区加强知识产权金融工作的若干意见（草案）（songjiang-ip-finance-opinions）',
    rules: {
      ...songjiang,
      interestSubsidy: { ratioBp: 3000, capPerLoanFen: yuan(200_000), capPerFirmYearFen: yuan(400_000), allowIfEverOverdue: false },
      insurancePremiumSubsidy: { ratioBp: 5000, capFen: yuan(100_000) },
      riskCompensation: {
        ratioBpByRole: { BANK: 3000, GUARANTOR: 3000, INSURER: 3000 },
        capPerLoanFen: yuan(1_000_000),
        requireFailedRecovery: true,
        excludeBatchPackage: true,
      },
      annualBudgetFen: yuan(30_000_000),
      citations: {
        ...songjiang.citations,
        interestSubsidy: cite(
          'songjiang-ip-finance-opinions',
          '二（一）',
          '对以知识产权质押获得金融机构贷款的企业给予利息补贴：正常还本付息后按实付利息的 30%，每笔不超过 20 万元，每户每年不超过 40 万元。',
          'Firms with an IP-pledge loan get an interest subsidy: 30% of the interest paid after normal repayment, at most ¥200,000 per loan and ¥400,000 per firm and year.',
        ),
        insurancePremiumSubsidy: cite(
          'songjiang-ip-finance-opinions',
          '二（二）',
          '对参加专利保险、商标保险等知识产权保险的企业给予保费补贴：保费的 50%，上限 10 万元。',
          'Firms buying patent or trademark insurance get a premium subsidy: 50% of the premium, at most ¥100,000.',
        ),
        riskCompensation: cite(
          'songjiang-ip-finance-opinions',
          '三（一）（二）',
          '未纳入“批次包”的知识产权质押贷款出现坏账、经追偿无果造成实际损失的，按各方承担的本金损失的 30% 补偿，每笔不超过 100 万元；“批次包”贷款享受政策性融资担保的补偿，不在此列。',
          'IP-pledge loans outside a batch package (批次包) that went bad and whose recovery failed (追偿无果) are compensated 30% of the principal loss each party carried, at most ¥1M per loan; batch-package loans are compensated under the policy guarantee scheme instead.',
        ),
        annualBudgetFen: cite('songjiang-ip-finance-opinions', '五', '知识产权金融扶持资金每年 3 千万元。', 'IP finance support budget ¥30M a year.'),
      },
    },
  },
  {
    regionCode: '522600',
    validFrom: '2017-04-01',
    validTo: null,
    note: '黔东南州国家专利质押融资试点工作方案（qiandongnan-patent-pledge-pilot）',
    rules: {
      ...qiandongnan,
      interestSubsidy: { ratioBp: 4000, capPerLoanFen: yuan(100_000), capPerFirmYearFen: yuan(200_000), allowIfEverOverdue: false },
      feeSubsidies: { VALUATION: { ratioBp: 5000, capFen: yuan(30_000) } },
      riskCompensation: { ratioBpByRole: { BANK: 2000 }, capPerLoanFen: yuan(500_000), requireFailedRecovery: false, excludeBatchPackage: false },
      annualBudgetFen: yuan(5_000_000),
      citations: {
        ...qiandongnan.citations,
        interestSubsidy: cite(
          'qiandongnan-patent-pledge-pilot',
          '三（一）、五（二）',
          '对企业专利质押融资予以贴息扶持：实付利息的 40%，每笔不超过 10 万元，每户每年不超过 20 万元。',
          'Patent-pledge loans get an interest subsidy: 40% of the interest paid, at most ¥100,000 per loan and ¥200,000 per firm and year.',
        ),
        feeSubsidies: cite(
          'qiandongnan-patent-pledge-pilot',
          '五（二）',
          '专项资金对知识产权评估费给予 50% 补贴，上限 3 万元。',
          'The special fund pays 50% of the valuation fee, at most ¥30,000.',
        ),
        riskCompensation: cite(
          'qiandongnan-patent-pledge-pilot',
          '三（一）',
          '建立专利质押融资风险补偿机制，对银行承担的本金损失补偿 20%，每笔不超过 50 万元。',
          'A risk compensation scheme pays the bank 20% of the principal loss it carried, at most ¥500,000 per loan.',
        ),
        annualBudgetFen: cite('qiandongnan-patent-pledge-pilot', '五（二）', '专利权质押融资专项资金每年 500 万元。', 'Special fund ¥5M a year.'),
      },
    },
  },
  {
    regionCode: '411500',
    validFrom: '2021-11-09',
    validTo: null,
    note: '信阳市知识产权质押融资入园惠企行动方案（2021—2023年）（xinyang-park-action-plan）；方案期满后沿用，待市局发布新版本',
    rules: {
      ...xinyang,
      riskCompensation: {
        ratioBpByRole: { BANK: 2000, GUARANTOR: 2000, INSURER: 2000 },
        capPerLoanFen: yuan(500_000),
        requireFailedRecovery: false,
        excludeBatchPackage: false,
      },
      annualBudgetFen: yuan(5_000_000),
      citations: {
        ...xinyang.citations,
        riskCompensation: cite(
          'xinyang-park-action-plan',
          '二（一）二',
          '建立政府引导的风险分担和补偿机制，综合运用保险、担保、风险补偿：对银行、担保、保险各自承担的本金损失补偿 20%，每笔不超过 50 万元。',
          'A government-led risk sharing and compensation scheme (insurance, guarantee, compensation): banks, guarantors and insurers get 20% of the principal loss each carried, at most ¥500,000 per loan.',
        ),
        annualBudgetFen: cite('xinyang-park-action-plan', '三', '风险补偿资金每年 500 万元。', 'Compensation budget ¥5M a year.'),
      },
    },
  },
  {
    regionCode: '110000',
    validFrom: '2023-01-01',
    validTo: null,
    note: '关于促进北京市知识产权质押融资服务高质量发展的实施意见（征求意见稿）（beijing-ip-pledge-opinions）',
    rules: {
      registration: { onlineWorkingDays: 1, offlineWorkingDays: 3, warnBeforeHours: 4 },
      overdue: NATIONAL_DEFAULT_RULES.overdue,
      interestSubsidy: { ratioBp: 4000, capPerLoanFen: yuan(300_000), capPerFirmYearFen: yuan(600_000), allowIfEverOverdue: false },
      feeSubsidies: { VALUATION: { ratioBp: 10000, capFen: yuan(50_000) }, GUARANTEE: { ratioBp: 5000, capFen: yuan(100_000) } },
      riskCompensation: {
        ratioBpByRole: { BANK: 3000, GUARANTOR: 3000, INSURER: 3000, VALUER: 3000, IP_SERVICE: 3000 },
        capPerLoanFen: yuan(2_000_000),
        requireFailedRecovery: false,
        excludeBatchPackage: false,
      },
      annualBudgetFen: yuan(100_000_000),
      citations: {
        registration: cite(
          'beijing-ip-pledge-opinions',
          '六',
          '符合要求的专利、商标质押登记申请，在北京市窗口以线下方式提交的 3 个工作日办结，线上方式提交的 1 个工作日办结。',
          'A complete patent or trademark pledge registration filed at a Beijing window offline is done within 3 working days, online within 1 working day.',
          false,
        ),
        overdue: cite(
          'beijing-ip-pledge-opinions',
          '',
          '本文件未规定逾期与不良认定，沿用全国规则（逾期 90 天）。',
          'The document sets no overdue rule: the national 90 days past due apply.',
          false,
        ),
        interestSubsidy: cite(
          'beijing-ip-pledge-opinions',
          '五',
          '对符合条件并获得银行知识产权质押贷款的企业给予一定比例的贴息支持：正常还本付息后按实付利息的 40%，每笔不超过 30 万元，每户每年不超过 60 万元。',
          'Eligible firms with an IP-pledge loan get an interest subsidy: 40% of the interest paid after normal repayment, at most ¥300,000 per loan and ¥600,000 per firm and year.',
        ),
        feeSubsidies: cite(
          'beijing-ip-pledge-opinions',
          '五',
          '企业在知识产权质押贷款过程中产生的评估费、担保费按一定比例补贴：评估费全额（上限 5 万元），担保费 50%（上限 10 万元）。',
          'Valuation and guarantee fees of an IP-pledge loan are subsidised: valuation in full (cap ¥50,000), guarantee 50% (cap ¥100,000).',
        ),
        riskCompensation: cite(
          'beijing-ip-pledge-opinions',
          '四',
          '贷款发生不良的，按照本金中银行、担保、保险、知识产权专业机构各自承担风险部分的 30% 进行补偿，每笔不超过 200 万元；已购买再担保或再保险的，先从计算基数中扣除已分散部分。',
          'When a loan goes bad, the bank, guarantor, insurer and IP professional firms are each compensated 30% of the principal loss they carried, at most ¥2M per loan; a part passed on by re-guarantee or reinsurance is deducted from the base first.',
        ),
        annualBudgetFen: cite('beijing-ip-pledge-opinions', '十', '市财政局提供资金支持：每年 1 亿元。', 'The municipal finance bureau funds it: ¥100M a year.'),
      },
    },
  },
];
