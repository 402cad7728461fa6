/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 银行奖励申请 — a bank applies for its reward on what it lent against IP in a region and year; the platform computes the amount */
export type ApplyForBankRewardInput = {
  /** 地区 id — the region (and its subtree) the lending is counted in */
  regionId: string | number;
  /** 放款年度 — the year the loans were disbursed (Asia/Shanghai), up to this year */
  year: number;
};

/** 申请贷款 — a firm applies to a bank’s product, from a match (needId) or directly, pledging a bundle or assets */
export type ApplyForLoanInput = {
  /** 申请金额 — within the product’s range and the pledge ceiling */
  amount: MoneyInput;
  /** 质押资产 id — assets pledged one by one (with or instead of a bundle) */
  ipAssetIds?: Array<string | number> | null | undefined;
  /** 洽谈 id — attributes the application to the matchmaking event the firm met the bank at */
  meetingId?: string | number | null | undefined;
  /** 融资需求 id — when applying from a match (need × product) */
  needId?: string | number | null | undefined;
  /** 组合质押 id — its assets are pledged */
  pledgeBundleId?: string | number | null | undefined;
  /** 金融产品 id */
  productId: string | number;
  /** 资金用途 — at most 2,000 characters */
  purpose?: string | null | undefined;
  /** 还款方式 */
  repaymentMethod: RepaymentMethod;
  /** 期限（月） — within the product’s term range */
  termMonths: number;
};

/** 补贴申请 — a firm applies on one of its loans; the platform computes the amount (贴息, 担保费补贴, 保费补贴 …) */
export type ApplyForSubsidyInput = {
  /** 补贴类型 */
  kind: SubsidyKind;
  /** 贷款 id — one of the firm’s own loans */
  loanId: string | number;
};

/** 评估机构奖励申请 — a valuer applies on a loan whose pledged assets it appraised, after normal repayment */
export type ApplyForValuerRewardInput = {
  /** 贷款 id — a loan whose pledge counted the valuer’s valuation */
  loanId: string | number;
};

/** 审批 — approve an application or claim on the version read */
export type ApproveSubsidyInput = {
  /** 读到的版本 — a stale version is CONFLICT */
  expectedVersion: number;
  /** 申请 id */
  id: string | number;
};

/** 审计筛选 — conditions, all of which must hold */
export type AuditLogFilter = {
  /** 操作 — e.g. updateEnterprise */
  action?: string | null | undefined;
  /** 操作机构 id — changes made by one organisation’s users (the platform only; others see their own) */
  actorOrganizationId?: string | number | null | undefined;
  /** 操作人 id — changes made by one user */
  actorUserId?: string | number | null | undefined;
  /** 对象 id — the history of one thing */
  entityId?: string | null | undefined;
  /** 对象类型 — e.g. Enterprise, WhitelistBatch */
  entityType?: string | null | undefined;
  /** 起 — at or after this time */
  from?: string | null | undefined;
  /** 止 — before this time */
  to?: string | null | undefined;
};

/** 银行奖励 — by amount lent, marginal tiers（输入 / input） */
export type BankRewardRuleInput = {
  /** 每家银行每年上限; 金额（分，十进制字符串） — integer fen as a decimal string */
  capPerBankYearFen?: string | null | undefined;
  /** 档位（递增） */
  tiers: Array<BankRewardTierInput>;
};

/** 银行奖励档位 — the rate of the part of the amount lent up to `uptoFen`（输入 / input） */
export type BankRewardTierInput = {
  /** 奖励比例（基点） */
  rateBp: number;
  /** 档位上限 — upper bound of the tier (none on the last); 金额（分，十进制字符串） — integer fen as a decimal string */
  uptoFen?: string | null | undefined;
};

/** 日历例外 — a day that breaks the Monday–Friday rule */
export type CalendarDayKind =
  /** Holiday (法定节假日). A weekday off */
  | 'HOLIDAY'
  /** Working weekend day (调休上班). A Saturday or Sunday worked */
  | 'WORKDAY';

/** 节假日 — one weekday off */
export type CalendarHolidayInput = {
  /** 日期 — YYYY-MM-DD, a Monday–Friday of the year */
  date: string;
  /** 节日 — e.g. 国庆节 */
  name?: string | null | undefined;
};

/** 日历来源 — where a year of the working-day calendar came from */
export type CalendarSource =
  /** Loaded by the administrator (管理员导入). From the official notice */
  | 'ADMIN'
  /** Seeded (内置数据). From the chinese-days 1.5.7 snapshot, 2004–2026 */
  | 'SEEDED';

/** 撤销评估委托 — withdraw an open engagement, or (as the valuer) decline it */
export type CancelValuationEngagementInput = {
  /** 评估委托 — the engagement */
  engagementId: string | number;
  /** 原因 — why, 1–500 characters */
  reason: string;
};

/** 比例与上限 — a ratio with an optional cap（输入 / input） */
export type CappedRatioRuleInput = {
  /** 上限 — cap; 金额（分，十进制字符串） — integer fen as a decimal string */
  capFen?: string | null | undefined;
  /** 比例（基点） — basis points */
  ratioBp: number;
};

/** 风险补偿申请 (风险补偿) — a party that carried a share of a DEFAULTED loan’s risk claims compensation */
export type ClaimRiskCompensationInput = {
  /** 贷款 id — a DEFAULTED loan the claimant shares the risk of */
  loanId: string | number;
  /** 分担角色 — default: the claimant’s own share (BANK for the lending bank) */
  role?: RiskShareRole | null | undefined;
};

/** 组合担保 — other security offered with an IP bundle (组合质押) */
export type CollateralKind =
  /** Credit (信用) */
  | 'CREDIT'
  /** Equity pledge (股权质押) */
  | 'EQUITY'
  /** Physical collateral (实物抵押) */
  | 'PHYSICAL';

/** 发布融资需求 — a firm posts a need, or an office or service window posts it on the firm’s behalf */
export type CreateFinancingNeedInput = {
  /** 融资金额 — more than zero, at most ¥1,000,000,000 */
  amount: MoneyInput;
  /** 质押组合 — a pledge bundle of the same firm; null for none */
  bundleId?: string | number | null | undefined;
  /** 需求企业 — the firm; a firm user may leave it out to post for its own enterprise */
  enterpriseId?: string | number | null | undefined;
  /** 接受担保 — a guarantee is acceptable (default false) */
  guaranteeAcceptable?: boolean | null | undefined;
  /** 接受保险 — insurance is acceptable (default false) */
  insuranceAcceptable?: boolean | null | undefined;
  /** 可接受最高年利率 — highest annual rate accepted, basis points, 1–3600 */
  maxRateBp: number;
  /** 资金用途 — what the money is for, 1–500 characters */
  purpose: string;
  /** 融资期限 — term in months, 1–120 */
  termMonths: number;
};

/** 发布金融产品 — a bank publishes an IP-pledge loan product */
export type CreateLoanProductInput = {
  /** 可接受的知识产权类型 — at least one IP type */
  acceptedIpTypes: Array<IpType>;
  /** 生效日期 — first day on offer, YYYY-MM-DD (default today, Asia/Shanghai) */
  activeFrom?: string | null | undefined;
  /** 截止日期 — last day on offer, YYYY-MM-DD, after activeFrom; null for open-ended */
  activeUntil?: string | null | undefined;
  /** 发布银行 — only the platform administrator names the bank; a bank officer always publishes for their own bank */
  bankOrganizationId?: string | number | null | undefined;
  /** 批次包 — batch package name, 1–100 characters; null for none */
  batchPackage?: string | null | undefined;
  /** 可组合质押 — bundles of several assets accepted (default true) */
  bundleAllowed?: boolean | null | undefined;
  /** 产品介绍 — description, at most 5000 characters */
  description?: string | null | undefined;
  /** 需担保 — a guarantee is required (default false) */
  guaranteeRequired?: boolean | null | undefined;
  /** 适用行业 — GB/T 4754 sections or divisions (C, C39), at most 50; empty for any */
  industries?: Array<string> | null | undefined;
  /** 需保险 — insurance is required (default false) */
  insuranceRequired?: boolean | null | undefined;
  /** 最高金额 — largest loan, at least the smallest */
  maxAmount: MoneyInput;
  /** 最高年利率 — highest annual rate in basis points, 1–3600, at least the lowest */
  maxRateBp: number;
  /** 最长期限 — longest term in months, 1–120, at least the shortest */
  maxTermMonths: number;
  /** 最低金额 — smallest loan, more than zero */
  minAmount: MoneyInput;
  /** 最低信用评级 — lowest credit grade accepted; null for none */
  minCreditRating?: CreditRating | null | undefined;
  /** 最低成立年限 — minimum firm age in years, 0–100 (default 0) */
  minFirmAgeYears?: number | null | undefined;
  /** 最低年利率 — lowest annual rate in basis points, 1–3600 */
  minRateBp: number;
  /** 最短期限 — shortest term in months, 1–120 */
  minTermMonths: number;
  /** 产品名称 — name, 1–200 characters */
  name: string;
  /** 质押率 — exactly one per accepted IP type, none for others */
  pledgeRates: Array<PledgeRateInput>;
  /** 适用地区 — regions (with their subtrees) the product is offered in, at most 100; empty for everywhere */
  regionIds?: Array<string | number> | null | undefined;
  /** 资质要求 — tags the firm must hold */
  requiredTags?: Array<EnterpriseTag> | null | undefined;
  /** 无失信记录 — refuse firms on the dishonest-debtor list (default true) */
  requiresNoDishonesty?: boolean | null | undefined;
  /** 产品状态 — DRAFT or ACTIVE (default ACTIVE); archive with archiveLoanProduct */
  status?: LoanProductStatus | null | undefined;
  /** 仅限白名单 — only for whitelisted firms pushed to this bank (default false) */
  whitelistOnly?: boolean | null | undefined;
};

/** 创建对接活动 — an office or park plans a matchmaking event (saved as DRAFT) */
export type CreateMatchmakingEventInput = {
  /** 银行名额 — places for banks, 1–2000 */
  bankCapacity: number;
  /** 活动简介 — at most 4000 characters */
  description?: string | null | undefined;
  /** 结束时间 — when the event ends */
  endsAt: string;
  /** 企业名额 — places for firms, 1–2000 */
  firmCapacity: number;
  /** 邀请白名单批次 — the included firms of these published batches are invited */
  invitedBatchIds?: Array<string | number> | null | undefined;
  /** 定向邀请 — hand-picked organisations (firms or banks) */
  invitedOrganizationIds?: Array<string | number> | null | undefined;
  /** 邀请园区 — firms of these parks are invited */
  invitedParkIds?: Array<string | number> | null | undefined;
  /** 邀请区域 — firms and banks of these regions (and below) are invited */
  invitedRegionIds?: Array<string | number> | null | undefined;
  /** 每家银行最多代表数 — parallel tables one bank may hold, 1–10 (default 3) */
  maxRepresentatives?: number | null | undefined;
  /** 线上链接 — an https link for online events */
  onlineUrl?: string | null | undefined;
  /** 报名截止 — registration closes then; at or before the start */
  registrationDeadline: string;
  /** 洽谈时段 — the meeting slots, at most 48 */
  slots: Array<EventSlotInput>;
  /** 开始时间 — when the event starts (shown in Asia/Shanghai) */
  startsAt: string;
  /** 洽谈桌数 — tables for 1:1 meetings, 1–500 */
  tableCount: number;
  /** 活动名称 — 1–200 characters */
  title: string;
  /** 活动类型 — the form of the event */
  type: EventType;
  /** 地点 — the venue; a venue or an online link is needed */
  venue?: string | null | undefined;
  /** 公开范围 — public, or invited organisations only */
  visibility: EventVisibility;
};

/** 创建质押组合 — offer several of a firm’s IP assets together (打包/组合质押) */
export type CreatePledgeBundleInput = {
  /** 知识产权 — 1–50 of the firm's assets, each legally VALID and FREE (not pledged), none twice */
  assetIds: Array<string | number>;
  /** 企业 — the firm whose assets these are */
  enterpriseId: string | number;
  /** 名称 — name, 1–200 characters */
  name: string;
  /** 其他担保 — physical collateral, credit or equity pledge offered as well */
  otherCollateral?: Array<CollateralKind> | null | undefined;
};

/** 新建政策版本 — a draft from rules and validity; publishing makes it apply */
export type CreatePolicyVersionInput = {
  /** 说明 — what changed and why */
  note?: string | null | undefined;
  /** 地区 id — omit for the national default (platform only) */
  regionId?: string | number | null | undefined;
  /** 规则 */
  rules: PolicyRulesInput;
  /** 生效日 (YYYY-MM-DD) */
  validFrom: string;
  /** 失效日（含，YYYY-MM-DD） */
  validTo?: string | null | undefined;
};

/** 信用评级 — credit grade, AAA best */
export type CreditRating =
  /** A (A级) */
  | 'A'
  /** AA (AA级) */
  | 'AA'
  /** AAA (AAA级) */
  | 'AAA'
  /** B (B级) */
  | 'B'
  /** BB (BB级) */
  | 'BB'
  /** BBB (BBB级) */
  | 'BBB'
  /** C (C级) */
  | 'C'
  /** CC (CC级) */
  | 'CC'
  /** CCC (CCC级) */
  | 'CCC';

/** 信用记录类型 — why a firm has a credit record */
export type CreditRecordKind =
  /** Subsidy fraud (骗取补贴). The firm faked an application; it loses eligibility */
  | 'SUBSIDY_FRAUD';

/** 计息规则 — the day count of a loan’s interest */
export type DayCount =
  /** 30/360 (按月计息). Each period is one month counted as 30/360 of a year: interest = outstanding × annual rate ÷ 12, rounded half-up to the fen per period */
  | 'THIRTY_360';

/** 审批贷款申请 — the bank approves, counter-offers or declines; a stale expectedVersion is CONFLICT */
export type DecideLoanApplicationInput = {
  /** 批准/还价金额 — APPROVE and COUNTER_OFFER */
  amount?: MoneyInput | null | undefined;
  /** 年利率（bp） — within the product’s rate range */
  annualRateBp?: number | null | undefined;
  /** 申请 id */
  applicationId: string | number;
  /** 决定 */
  decision: LoanDecisionKind;
  /** 拒绝原因 — required for DECLINE */
  declineReason?: string | null | undefined;
  /** 版本 — the version you read; another decision in between is CONFLICT */
  expectedVersion: number;
  /** 费用 — fees of the loan (registration, guarantee, insurance, valuation) */
  fees?: Array<LoanFeeInput> | null | undefined;
  /** 需担保 */
  guaranteeRequired?: boolean | null | undefined;
  /** 担保机构 id */
  guarantorOrganizationId?: string | number | null | undefined;
  /** 需保险 */
  insuranceRequired?: boolean | null | undefined;
  /** 保险机构 id */
  insurerOrganizationId?: string | number | null | undefined;
  /** 审批意见 — conditions or a note, at most 2,000 characters */
  note?: string | null | undefined;
  /** 还款方式 — the requested one when omitted */
  repaymentMethod?: RepaymentMethod | null | undefined;
  /** 风险分担 — the bank carries 100% when omitted */
  riskShares?: Array<RiskShareInput> | null | undefined;
  /** 期限（月） */
  termMonths?: number | null | undefined;
};

/** 定义筛选规则 — an office sets the screening rules of its region (a new version each time) */
export type DefineScreeningRulesInput = {
  /** 指标 — 1–20 criteria */
  criteria: Array<ScreeningRuleInput>;
  /** 入围分数 — the score (0–100) a firm needs */
  minScore: number;
};

/** 放款 — the bank disburses a contracted loan; the schedule is written */
export type DisburseLoanInput = {
  /** 放款日 — YYYY-MM-DD; the first instalment falls due a month later */
  disbursedOn: string;
  /** 版本 — the version you read */
  expectedVersion: number;
  /** 贷款 id */
  loanId: string | number;
};

/** 处置方式 — how a defaulted pledge is sold or put to use */
export type DisposalMode =
  /** Auction (拍卖) */
  | 'AUCTION'
  /** Pledge-to-equity conversion (质权转股权) */
  | 'EQUITY_CONVERSION'
  /** Licence (许可) */
  | 'LICENSE'
  /** Transfer (转让) */
  | 'TRANSFER';

/** 质物处置搜索筛选 — conditions on disposal listings, all of which must hold */
export type DisposalSearchFilter = {
  /** 资产类型 — listings containing any of these IP types */
  assetTypes?: Array<IpType> | null | undefined;
  /** 截止不早于 — ends at or after this time */
  endsAfter?: string | null | undefined;
  /** 最高价 — price at most this, integer fen as a string */
  maxPriceFen?: string | null | undefined;
  /** 最低价 — price at least this, integer fen as a string */
  minPriceFen?: string | null | undefined;
  /** 处置方式 — any of these modes */
  modes?: Array<DisposalMode> | null | undefined;
  /** 地区 — listings of this region or below it (a region path) */
  regionPath?: string | null | undefined;
  /** 排序 — order; relevance by default */
  sort?: DisposalSearchSort | null | undefined;
  /** 状态 — platform administrators only; everyone else sees published listings */
  statuses?: Array<DisposalStatus> | null | undefined;
};

/** 处置搜索排序 — order of disposal search results */
export type DisposalSearchSort =
  /** Ending soon (即将结束) */
  | 'ENDING_SOON'
  /** Newest (最新) */
  | 'NEWEST'
  /** Price, lowest first (价格从低到高) */
  | 'PRICE_ASC'
  /** Price, highest first (价格从高到低) */
  | 'PRICE_DESC'
  /** Relevance (相关度) */
  | 'RELEVANCE';

/** 挂牌状态 — where a disposal listing stands; only PUBLISHED listings are public */
export type DisposalStatus =
  /** Draft (草稿) */
  | 'DRAFT'
  /** Ended (已结束) */
  | 'ENDED'
  /** Published (已发布) */
  | 'PUBLISHED'
  /** Sold (已成交) */
  | 'SOLD'
  /** Withdrawn (已撤回) */
  | 'WITHDRAWN';

/** 委托评估 — commission a valuation firm to appraise some of one firm’s IP assets (评估委托) */
export type EngageValuerInput = {
  /** 知识产权 — 1–50 assets of one firm, each VALID or PENDING, none twice */
  ipAssetIds: Array<string | number>;
  /** 委托说明 — purpose or scope, at most 1000 characters */
  note?: string | null | undefined;
  /** 评估机构 — the valuation firm (an organisation of type VALUER) */
  valuerOrganizationId: string | number;
};

/** 需核实的企业事项 — what a firm declares and an office verifies */
export type EnterpriseFact =
  /** Annual revenue (年营业收入) */
  | 'ANNUAL_REVENUE'
  /** Employees (从业人数) */
  | 'EMPLOYEES'
  /** Founded (成立日期) */
  | 'FOUNDED_ON'
  /** Industry (行业) */
  | 'INDUSTRY'
  /** Location (所在地) */
  | 'REGION'
  /** Revenue for a year (年度营收) */
  | 'REVENUE_YEAR'
  /** Recognitions (资质标签) */
  | 'TAGS';

/** 企业筛选 — narrows the list of firms; all given conditions must hold */
export type EnterpriseFilter = {
  /** 失信被执行人 — true for firms on the dishonest-debtor list, false for the others */
  dishonest?: boolean | null | undefined;
  /** 行业 — GB/T 4754 code prefix: a section (C), part of a division (C3) or a division (C39) */
  industryCodePrefix?: string | null | undefined;
  /** 最低信用评级 — firms rated this grade or better (unrated firms excluded) */
  minCreditRating?: CreditRating | null | undefined;
  /** 名称包含 — part of the name, case-insensitive (1–100 characters) */
  nameContains?: string | null | undefined;
  /** 园区 — firms in this park */
  parkId?: string | number | null | undefined;
  /** 地区 — firms in this region or anywhere below it (its districts and parks) */
  regionId?: string | number | null | undefined;
  /** 资质标签 — firms holding all of these recognitions */
  tags?: Array<EnterpriseTag> | null | undefined;
};

/** 企业排序 — the order of the list of firms; ties are broken by id */
export type EnterpriseSort = {
  /** 排序方向 — ascending or descending */
  direction?: SortDirection;
  /** 排序字段 — sort by this field; ties are broken by id */
  field?: EnterpriseSortField;
};

/** 企业排序字段 — what the list of firms is ordered by */
export type EnterpriseSortField =
  /** Registered (录入时间). When the firm was entered on the platform */
  | 'CREATED_AT'
  /** Founded (成立日期) */
  | 'FOUNDED_ON'
  /** Name (名称) */
  | 'NAME';

/** 企业资质标签 — a recognition a firm holds */
export type EnterpriseTag =
  /** Gazelle enterprise (瞪羚企业) */
  | 'GAZELLE'
  /** High-tech enterprise (高新技术企业) */
  | 'HIGH_TECH'
  /** IP advantage enterprise (知识产权优势企业) */
  | 'IP_ADVANTAGE'
  /** Listing reserve enterprise (上市后备企业) */
  | 'LISTED_RESERVE'
  /** “Little giant” enterprise (专精特新“小巨人”) */
  | 'LITTLE_GIANT'
  /** Specialised and innovative SME (专精特新) */
  | 'SPECIALIZED_NEW'
  /** Technology-based SME (科技型中小企业) */
  | 'TECH_SME';

/** 洽谈时段 — one meeting slot; slots may not overlap and lie within the event */
export type EventSlotInput = {
  /** 结束 — when the slot ends, after its start */
  endsAt: string;
  /** 开始 — when the slot starts */
  startsAt: string;
};

/** 活动状态 — where an event stands in its life */
export type EventStatus =
  /** Cancelled (已取消) */
  | 'CANCELLED'
  /** Draft (草稿). Seen by its organisers only */
  | 'DRAFT'
  /** Held (已举办). Outcomes and the survey are collected */
  | 'HELD'
  /** Published (已发布). Invitations sent, registration open until the deadline */
  | 'PUBLISHED'
  /** Registration closed (报名截止) */
  | 'REGISTRATION_CLOSED'
  /** Reported (已总结). The report is final */
  | 'REPORTED'
  /** Scheduled (已排期). Meetings are assigned to slots and tables */
  | 'SCHEDULED';

/** 满意度调查 — one answer per participating organisation, after the event is held */
export type EventSurveyInput = {
  /** 意见 — at most 1000 characters */
  comment?: string | null | undefined;
  /** 活动 id */
  eventId: string | number;
  /** 满意度 — 1 (poor) to 5 (excellent) */
  rating: number;
};

/** 活动类型 — the form of a matchmaking event */
export type EventType =
  /** Matchmaking fair (银企对接会) */
  | 'MATCHMAKING_FAIR'
  /** Park visit (入园惠企) */
  | 'PARK_VISIT'
  /** Product promotion (产品推介会) */
  | 'PRODUCT_PROMOTION'
  /** Roadshow (路演) */
  | 'ROADSHOW'
  /** Training (政策培训) */
  | 'TRAINING';

/** 公开范围 — who may register */
export type EventVisibility =
  /** Invite only (定向邀请). Only invited organisations may register */
  | 'INVITE_ONLY'
  /** Public (公开报名). Any firm or bank may register */
  | 'PUBLIC';

/** 表达对接意向 — your bank’s interest in a published need, through one of your products it matches */
export type ExpressNeedInterestInput = {
  /** 致企业 — a note to the firm (what you offer, whom to call), at most 500 characters */
  message?: string | null | undefined;
  /** 需求 id — from your need library */
  needId: string | number;
  /** 我行产品 — your active product that the need matches */
  productId: string | number;
};

/** 核实状态 — where a declaration stands */
export type FactDeclarationStatus =
  /** Awaiting verification (待核实) */
  | 'PENDING'
  /** Rejected (未通过) */
  | 'REJECTED'
  /** Superseded (已被替代). Replaced before review */
  | 'SUPERSEDED'
  /** Verified (已核实) */
  | 'VERIFIED';

/** 核实结论 — an office’s verdict on what a firm declared */
export type FactVerdict =
  /** Rejected (不予认可) */
  | 'REJECT'
  /** Verified (核实无误). The value becomes the profile’s */
  | 'VERIFY';

/** 费用补贴 — fee subsidies after disbursement, by fee（输入 / input） */
export type FeeSubsidyRulesInput = {
  /** 担保费 */
  guarantee?: CappedRatioRuleInput | null | undefined;
  /** 保险费 */
  insurance?: CappedRatioRuleInput | null | undefined;
  /** 登记费 */
  registration?: CappedRatioRuleInput | null | undefined;
  /** 评估费 */
  valuation?: CappedRatioRuleInput | null | undefined;
};

/** 融资需求筛选 — filters of the project library; all given filters must hold */
export type FinancingNeedFilter = {
  /** 需求企业 — needs of this firm */
  enterpriseId?: string | number | null | undefined;
  /** 有质押组合 — needs that do (true) or do not (false) offer a pledge bundle */
  hasBundle?: boolean | null | undefined;
  /** 最高金额 — amount at most this */
  maxAmount?: MoneyInput | null | undefined;
  /** 最长期限 — term at most this many months */
  maxTermMonths?: number | null | undefined;
  /** 最低金额 — amount at least this */
  minAmount?: MoneyInput | null | undefined;
  /** 最短期限 — term at least this many months */
  minTermMonths?: number | null | undefined;
  /** 地区 — needs of firms in this region or below it */
  regionId?: string | number | null | undefined;
  /** 需求状态 — needs in this status */
  status?: FinancingNeedStatus | null | undefined;
};

/** 融资需求排序 — sort order of the project library; ties are broken by id */
export type FinancingNeedSort = {
  /** 排序方向 — ascending or descending */
  direction?: SortDirection;
  /** 排序字段 — sort by this field; ties are broken by id */
  field?: FinancingNeedSortField;
};

/** 融资需求排序字段 — what the project library is ordered by */
export type FinancingNeedSortField =
  /** Amount (金额). The amount sought */
  | 'AMOUNT'
  /** Posted (发布时间). When the need was posted */
  | 'CREATED_AT'
  /** Term (期限). In months */
  | 'TERM_MONTHS';

/** 需求状态 — where a financing need stands */
export type FinancingNeedStatus =
  /** Expired (已过期). Lapsed without a loan */
  | 'EXPIRED'
  /** Funded (已放款). A loan was disbursed for it */
  | 'FUNDED'
  /** Matched (已对接). A bank has taken it up */
  | 'MATCHED'
  /** Open (征集中). Open to banks; the only status in which it can change */
  | 'OPEN'
  /** Withdrawn (已撤回). Withdrawn by the firm or on its behalf */
  | 'WITHDRAWN';

/** 白名单企业搜索筛选 — conditions on whitelisted firms, all of which must hold */
export type FirmSearchFilter = {
  /** 有融资需求 — only firms with (or without) open financing needs */
  hasOpenNeeds?: boolean | null | undefined;
  /** 行业 — GB/T 4754 sections (`C`) or divisions (`C39`), any of them */
  industryCodes?: Array<string> | null | undefined;
  /** 最少知识产权数 — at least this many IP assets */
  minIpCount?: number | null | undefined;
  /** 地区 — the firm is in this region or below it (a region path) */
  regionPath?: string | null | undefined;
  /** 排序 — order; relevance by default */
  sort?: FirmSearchSort | null | undefined;
  /** 资质标签 — the firm holds all of these tags */
  tags?: Array<EnterpriseTag> | null | undefined;
};

/** 企业搜索排序 — order of firm search results */
export type FirmSearchSort =
  /** Most IP assets (知识产权数量最多) */
  | 'IP_COUNT_DESC'
  /** Largest open need (融资需求金额最大) */
  | 'NEED_AMOUNT_DESC'
  /** Newest (最新) */
  | 'NEWEST'
  /** Relevance (相关度) */
  | 'RELEVANCE';

/** 还款计划状态 — one instalment of a schedule */
export type InstalmentStatus =
  /** Overdue (逾期) */
  | 'OVERDUE'
  /** Paid (已还) */
  | 'PAID'
  /** Scheduled (待还) */
  | 'SCHEDULED'
  /** Waived (已豁免) */
  | 'WAIVED';

/** 贴息 — interest subsidy after normal repayment（输入 / input） */
export type InterestSubsidyRuleInput = {
  /** 曾逾期仍可贴息 — a loan once overdue still qualifies */
  allowIfEverOverdue: boolean;
  /** 每户每年上限 — per-firm-per-year cap; 金额（分，十进制字符串） — integer fen as a decimal string */
  capPerFirmYearFen?: string | null | undefined;
  /** 每笔贷款上限 — per-loan cap; 金额（分，十进制字符串） — integer fen as a decimal string */
  capPerLoanFen?: string | null | undefined;
  /** 贴息比例（基点） — share of the interest actually paid, basis points */
  ratioBp: number;
};

/** 知识产权筛选 — narrows the IP asset list; every given criterion must hold */
export type IpAssetFilter = {
  /** 权利人 — assets of this enterprise */
  enterpriseId?: string | number | null | undefined;
  /** 是否实施 — implemented or not */
  implemented?: boolean | null | undefined;
  /** IPC 分类前缀 — an IPC class starts with this, e.g. "H01M" or "H01M 10/" */
  ipcPrefix?: string | null | undefined;
  /** 法律状态 — any of these legal statuses (one value or a list) */
  legalStatus?: Array<LegalStatus> | null | undefined;
  /** 尼斯分类 — carries this Nice class (1–45) */
  niceClass?: number | null | undefined;
  /** 质押状态 — any of these pledge statuses (one value or a list) */
  pledgeStatus?: Array<PledgeStatus> | null | undefined;
  /** 地区 — owners in this region or below it */
  regionId?: string | number | null | undefined;
  /** 名称包含 — the title contains this text (case-insensitive, at most 100 characters) */
  titleContains?: string | null | undefined;
  /** 类型 — any of these types (one value or a list) */
  type?: Array<IpType> | null | undefined;
};

/** 知识产权排序 — order of the IP asset list (default newest registered first) */
export type IpAssetSort = {
  /** 排序方向 — ascending or descending */
  direction?: SortDirection;
  /** 排序字段 — sort by this field; ties are broken by id */
  field?: IpAssetSortField;
};

/** 知识产权排序字段 — what the IP asset list is ordered by */
export type IpAssetSortField =
  /** Registered (登记时间). When the asset was entered on the platform */
  | 'CREATED_AT'
  /** Filing date (申请日). Assets without one sort as oldest */
  | 'FILED_ON'
  /** Title (名称) */
  | 'TITLE';

/** 知识产权类型 — the kind of IP right */
export type IpType =
  /** Copyright (著作权) */
  | 'COPYRIGHT'
  /** Design patent (外观设计专利) */
  | 'DESIGN_PATENT'
  /** Geographical indication (地理标志) */
  | 'GEOGRAPHICAL_INDICATION'
  /** IC layout design (集成电路布图设计) */
  | 'IC_LAYOUT'
  /** Invention patent (发明专利) */
  | 'INVENTION_PATENT'
  /** Licence-revenue right (许可收益权) */
  | 'LICENSE_REVENUE_RIGHT'
  /** Software copyright (软件著作权) */
  | 'SOFTWARE_COPYRIGHT'
  /** Trademark (商标). The exclusive right to a registered trademark (商标专用权) */
  | 'TRADEMARK'
  /** Utility model (实用新型专利) */
  | 'UTILITY_MODEL';

/** 法律状态 — the legal status of an IP right */
export type LegalStatus =
  /** Expired (期限届满) */
  | 'EXPIRED'
  /** Invalidated (被宣告无效) */
  | 'INVALIDATED'
  /** Lapsed for unpaid fees (未缴年费终止) */
  | 'LAPSED_UNPAID_FEES'
  /** Pending (审查中) */
  | 'PENDING'
  /** Transferred (已转让) */
  | 'TRANSFERRED'
  /** Valid (有效) */
  | 'VALID';

/** 导入年度工作日历 — a year’s official arrangement; replaces what the platform holds for that year */
export type LoadWorkingDayCalendarInput = {
  /** 节假日 — the weekdays off (a weekend day inside a holiday is off anyway: leave it out) */
  holidays: Array<CalendarHolidayInput>;
  /** 说明 — e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
  note?: string | null | undefined;
  /** 调休上班日 — the Saturdays and Sundays worked, YYYY-MM-DD */
  workingWeekendDays: Array<string>;
  /** 年度 — 2000–2100 */
  year: number;
};

/** 贷款申请筛选 */
export type LoanApplicationFilter = {
  /** 企业 id */
  enterpriseId?: string | number | null | undefined;
  /** 状态 */
  statuses?: Array<LoanApplicationStatus> | null | undefined;
};

/** 贷款申请状态 — where a loan application stands */
export type LoanApplicationStatus =
  /** Approved (已批准). A loan was contracted */
  | 'APPROVED'
  /** Counter-offered (银行还价). The bank offered other terms; the firm accepts or withdraws */
  | 'COUNTER_OFFERED'
  /** Declined (已拒绝). With the bank’s reason */
  | 'DECLINED'
  /** Submitted (已提交). Waiting for the bank */
  | 'SUBMITTED'
  /** Withdrawn (已撤回). By the firm */
  | 'WITHDRAWN';

/** 审批决定 — the bank’s decision on an application */
export type LoanDecisionKind =
  /** Approve (批准). Contracts the loan */
  | 'APPROVE'
  /** Counter-offer (还价). Other terms for the firm to accept */
  | 'COUNTER_OFFER'
  /** Decline (拒绝). With a reason */
  | 'DECLINE';

/** 申请材料类型 — a document attached to a loan application */
export type LoanDocumentKind =
  /** Business licence (营业执照) */
  | 'BUSINESS_LICENSE'
  /** Contract (合同) */
  | 'CONTRACT'
  /** Financial statement (财务报表) */
  | 'FINANCIAL_STATEMENT'
  /** IP certificate (知识产权证书) */
  | 'IP_CERTIFICATE'
  /** Other (其他) */
  | 'OTHER'
  /** Valuation report (评估报告) */
  | 'VALUATION_REPORT';

/** 贷款费用 — a fee of the loan (basis of fee subsidies) */
export type LoanFeeInput = {
  /** 金额 */
  amount: MoneyInput;
  /** 费用类型 */
  kind: LoanFeeKind;
  /** 支付日期 — YYYY-MM-DD */
  paidOn?: string | null | undefined;
  /** 收款机构 id */
  payeeOrganizationId?: string | number | null | undefined;
};

/** 费用类型 — a fee paid for a loan */
export type LoanFeeKind =
  /** Guarantee fee (担保费) */
  | 'GUARANTEE'
  /** Insurance premium (保险费) */
  | 'INSURANCE'
  /** Registration fee (登记费) */
  | 'REGISTRATION'
  /** Valuation fee (评估费) */
  | 'VALUATION';

/** 贷款筛选 */
export type LoanFilter = {
  /** 企业 id */
  enterpriseId?: string | number | null | undefined;
  /** 状态 */
  statuses?: Array<LoanStatus> | null | undefined;
};

/** 金融产品筛选 — filters of the product library; all given filters must hold */
export type LoanProductFilter = {
  /** 有效日期 — products on offer on this day, YYYY-MM-DD */
  activeOn?: string | null | undefined;
  /** 贷款金额 — products whose amount range contains this amount */
  amount?: MoneyInput | null | undefined;
  /** 发布银行 — products of this bank */
  bankId?: string | number | null | undefined;
  /** 需担保 — products that do (true) or do not (false) require a guarantee */
  guaranteeRequired?: boolean | null | undefined;
  /** 行业 — products open to this GB/T 4754 code (C39 matches products for C39, for C, or for any industry) */
  industry?: string | null | undefined;
  /** 知识产权类型 — products accepting this IP type */
  ipType?: IpType | null | undefined;
  /** 名称包含 — name contains this text, case-insensitive (at most 200 characters) */
  nameContains?: string | null | undefined;
  /** 地区 — products offered in this region (a covering region or everywhere) */
  regionId?: string | number | null | undefined;
  /** 产品状态 — within what you may see (others’ drafts never show) */
  status?: LoanProductStatus | null | undefined;
  /** 贷款期限 — products whose term range contains this many months */
  termMonths?: number | null | undefined;
  /** 仅限白名单 — products that are (true) or are not (false) whitelist-only */
  whitelistOnly?: boolean | null | undefined;
};

/** 金融产品排序 — sort order of the product library; ties are broken by id */
export type LoanProductSort = {
  /** 排序方向 — ascending or descending */
  direction?: SortDirection;
  /** 排序字段 — sort by this field; ties are broken by id */
  field?: LoanProductSortField;
};

/** 金融产品排序字段 — what the product library is ordered by */
export type LoanProductSortField =
  /** Created (发布时间). When the product was created */
  | 'CREATED_AT'
  /** Largest amount (最高金额). The largest amount lent */
  | 'MAX_AMOUNT'
  /** Lowest rate (最低利率). The lowest annual rate */
  | 'MIN_RATE';

/** 产品状态 — where a loan product stands */
export type LoanProductStatus =
  /** On offer (已上架). In the product library (产品资源库), seen by everyone signed in */
  | 'ACTIVE'
  /** Withdrawn (已下架). Withdrawn for good, kept for history */
  | 'ARCHIVED'
  /** Draft (草稿). Being prepared; only its bank and the platform see it */
  | 'DRAFT';

/** 贷款状态 — where a loan stands */
export type LoanStatus =
  /** Active (还款中). Disbursed, repaid on schedule */
  | 'ACTIVE'
  /** Cancelled (已取消). Never disbursed */
  | 'CANCELLED'
  /** Contracted (已签约). Approved and signed; waiting for pledge registration and disbursement */
  | 'CONTRACTED'
  /** Defaulted (违约). Past due longer than the region policy allows */
  | 'DEFAULTED'
  /** Overdue (逾期). An instalment is past due */
  | 'OVERDUE'
  /** Repaid (已结清) */
  | 'REPAID';

/** 登录 — sign in with e-mail and password */
export type LoginInput = {
  /** E-mail address, case-insensitive */
  email: string;
  /** Password */
  password: string;
};

/** 标为已读 — some of your notices by id, or all of them */
export type MarkNotificationsReadInput = {
  /** 全部 — every unread notice of your inbox */
  all?: boolean | null | undefined;
  /** 消息 id — at most 500; ids that are not yours are ignored */
  ids?: Array<string | number> | null | undefined;
};

/** 骗取补贴 — the office found a firm faked an application: pending ones are refused, paid ones clawed back (追回), a credit record written */
export type MarkSubsidyFraudInput = {
  /** 企业 id */
  enterpriseId: string | number;
  /** 认定理由 — 2–1,000 characters */
  reason: string;
};

/** 匹配条件 — the hard checks of a need × product pair */
export type MatchCriterion =
  /** Amount range (金额区间). The amount lies within the product’s range (limits included) */
  | 'AMOUNT_RANGE'
  /** Collateral status (质押物状态). Every asset is legally valid (有效) and not pledged elsewhere (未质押) */
  | 'ASSET_STATUS'
  /** Pledge bundle (质押组合). A pledge bundle is offered, and a multi-asset bundle only where the product allows bundles (组合质押) */
  | 'BUNDLE'
  /** Credit rating (信用评级). The firm’s rating is the product’s minimum or better */
  | 'CREDIT_RATING'
  /** Dishonesty record (失信记录). No dishonest-debtor record (失信被执行人) where the product screens for it */
  | 'DISHONESTY'
  /** Years in business (成立年限). The firm is at least the required number of whole years old */
  | 'FIRM_AGE'
  /** Guarantee (担保). A guarantee the product requires is acceptable to the firm */
  | 'GUARANTEE'
  /** Industry (行业). The firm’s GB/T 4754 industry falls under one of the product’s (none listed = any) */
  | 'INDUSTRY'
  /** Insurance (保险). Insurance the product requires is acceptable to the firm */
  | 'INSURANCE'
  /** IP types (知识产权类型). Every IP type in the bundle is accepted by the product */
  | 'IP_TYPES'
  /** Pledge rate (质押率). Amount ≤ Σ latest valid valuation × the product’s pledge rate for the asset’s type */
  | 'PLEDGE_RATE'
  /** Product on offer (产品在售). The product is active and today lies in its offer period */
  | 'PRODUCT_ACTIVE'
  /** Interest rate (利率). The firm’s highest acceptable rate is at least the product’s lowest rate */
  | 'RATE'
  /** Region (地区). The firm lies in one of the product’s regions (none listed = everywhere) */
  | 'REGION'
  /** Recognitions (资质). The firm holds every required recognition, e.g. 高新技术企业 */
  | 'TAGS'
  /** Term range (期限区间). The term lies within the product’s range (limits included) */
  | 'TERM_RANGE'
  /** Whitelist (白名单). A whitelist-only product is open to firms pushed to its bank */
  | 'WHITELIST';

/** 活动筛选 — narrow the list of events you may see */
export type MatchmakingEventFilter = {
  /** 我的 — only events you organise or registered for */
  mine?: boolean | null | undefined;
  /** 状态 — any of these */
  statuses?: Array<EventStatus> | null | undefined;
  /** 类型 */
  type?: EventType | null | undefined;
  /** 即将举办 — only events that have not ended */
  upcoming?: boolean | null | undefined;
};

/** 洽谈意向 — what came of a meeting */
export type MeetingIntent =
  /** Application (提交申请) */
  | 'APPLICATION'
  /** Credit line offered (给予授信). With the amount */
  | 'CREDIT_LINE_OFFERED'
  /** Follow-up (后续跟进) */
  | 'FOLLOW_UP'
  /** None (无意向) */
  | 'NONE';

/** 洽谈结果 — what came of a meeting: held or a no-show, the intent and any credit line offered */
export type MeetingOutcomeInput = {
  /** 是否到场洽谈 — false records a no-show */
  held: boolean;
  /** 意向 — what the sides intend next (held meetings; default NONE) */
  intent?: MeetingIntent | null | undefined;
  /** 洽谈 id */
  meetingId: string | number;
  /** 备注 — at most 1000 characters */
  note?: string | null | undefined;
  /** 授信金额 — the credit line offered (with CREDIT_LINE_OFFERED only) */
  offeredAmount?: MoneyInput | null | undefined;
};

/** 配对 — a firm registration and a bank registration of one event */
export type MeetingPairInput = {
  /** 银行报名 id */
  bankRegistrationId: string | number;
  /** 企业报名 id */
  firmRegistrationId: string | number;
};

/** 固定洽谈 — a pair pinned to a slot and table; a re-run keeps it there */
export type MeetingPinInput = {
  /** 银行报名 id */
  bankRegistrationId: string | number;
  /** 企业报名 id */
  firmRegistrationId: string | number;
  /** 时段序号 — 0-based index of the slot */
  slotIndex: number;
  /** 桌号 — 0-based index of the table */
  tableIndex: number;
};

/** 参会方答复 — one side’s answer to a proposed meeting */
export type MeetingResponse =
  /** Accepted (接受) */
  | 'ACCEPTED'
  /** Declined (婉拒) */
  | 'DECLINED'
  /** Pending (待答复) */
  | 'PENDING';

/** 洽谈状态 — a 1:1 meeting from proposal to outcome */
export type MeetingStatus =
  /** Accepted (已确认). Both sides accepted */
  | 'ACCEPTED'
  /** Cancelled (已取消). A re-run or the event’s cancellation removed it */
  | 'CANCELLED'
  /** Declined (已婉拒). A side declined; the slot is free for a re-run */
  | 'DECLINED'
  /** Held (已洽谈) */
  | 'HELD'
  /** No-show (未到场) */
  | 'NO_SHOW'
  /** Proposed (待确认). Scheduled, waiting for both sides */
  | 'PROPOSED';

/** 金额 — an amount in integer fen */
export type MoneyInput = {
  /** Integer fen as a string, e.g. "500000000" for ¥5,000,000 */
  amountFen: string;
  /** Only CNY is accepted */
  currency?: string | null | undefined;
};

/** 意向状态 — a bank’s interest in a published need */
export type NeedInterestStatus =
  /** Accepted by the firm (企业已同意). The bank sees the firm like a pushed one */
  | 'ACCEPTED'
  /** Closed (已关闭). The need was unpublished or closed */
  | 'CLOSED'
  /** Consent withdrawn (企业已撤回授权). The bank’s access ended */
  | 'CONSENT_WITHDRAWN'
  /** Declined by the firm (企业已婉拒). The bank never learnt who it is */
  | 'DECLINED'
  /** Awaiting the firm (待企业答复) */
  | 'PENDING'
  /** Withdrawn by the bank (银行已撤回) */
  | 'WITHDRAWN';

/** 推荐企业 — a park, lower office or bank proposes a firm for a higher office’s next batch */
export type NominateWhitelistFirmInput = {
  /** 企业 — the firm */
  enterpriseId: string | number;
  /** 目标机构 — the office meant to take it; any office above the firm by default */
  officeId?: string | number | null | undefined;
  /** 推荐理由 — why, 1–500 characters */
  reason: string;
};

/** 发送渠道 — how a notice travels besides the in-app inbox */
export type NotificationChannel =
  /** E-mail (电子邮件) */
  | 'EMAIL';

/** 发送状态 — how sending a notice on a channel went */
export type NotificationDeliveryStatus =
  /** Failed (发送失败). Every attempt failed; lastError says why */
  | 'FAILED'
  /** Pending (待发送). Waits for its job, or for a retry after an error */
  | 'PENDING'
  /** Sent (已发送). The mail server accepted it */
  | 'SENT'
  /** Skipped (未发送). No mail server is configured (SMTP_URL) */
  | 'SKIPPED';

/** 消息类型 — what a notice is about */
export type NotificationKind =
  /** Event cancelled (活动取消) */
  | 'EVENT_CANCELLED'
  /** Event changed (活动变更) */
  | 'EVENT_CHANGED'
  /** Event invitation (活动邀请) */
  | 'EVENT_INVITATION'
  /** Registration cancelled (报名已取消) */
  | 'EVENT_REGISTRATION_CANCELLED'
  /** Registration confirmed (报名成功) */
  | 'EVENT_REGISTRATION_CONFIRMED'
  /** Meeting schedule (洽谈日程) */
  | 'EVENT_SCHEDULE'
  /** Satisfaction survey (满意度调查) */
  | 'EVENT_SURVEY'
  /** On the waiting list (候补排队) */
  | 'EVENT_WAITLISTED'
  /** Moved up from the waiting list (候补转正) */
  | 'EVENT_WAITLIST_PROMOTED'
  /** Meeting cancelled (洽谈取消) */
  | 'MEETING_CANCELLED'
  /** Meeting changed (洽谈变更) */
  | 'MEETING_CHANGED'
  /** Meeting reminder (洽谈提醒) */
  | 'MEETING_REMINDER'
  /** Pledged asset’s legal status changed (质物法律状态变更) */
  | 'PLEDGED_ASSET_STATUS_CHANGED'
  /** Pledge registered (质押登记完成) */
  | 'PLEDGE_REGISTERED'
  /** Pledge registration overdue (质押登记超时) */
  | 'PLEDGE_REGISTRATION_BREACHED'
  /** Pledge registration due soon (质押登记即将到期) */
  | 'PLEDGE_REGISTRATION_DUE_SOON'
  /** Pledge registration returned (质押登记退回) */
  | 'PLEDGE_REGISTRATION_RETURNED';

/** 机构类型 — the kind of organisation (DOMAIN.md, actors) */
export type OrganizationType =
  /** IP agency or law firm (知识产权代理机构/律所) */
  | 'AGENCY'
  /** Bank (银行). A bank or other lender (金融机构) */
  | 'BANK'
  /** Enterprise (企业) */
  | 'ENTERPRISE'
  /** IP office (知识产权局). A government office that sets local policy and builds the whitelist */
  | 'GOVERNMENT_OFFICE'
  /** Guarantor (担保公司) */
  | 'GUARANTOR'
  /** Insurer (保险公司) */
  | 'INSURER'
  /** Park (园区) */
  | 'PARK'
  /** Platform (平台). The operator of Zhirong */
  | 'PLATFORM'
  /** Service window (服务窗口) */
  | 'SERVICE_WINDOW'
  /** Valuer (评估机构). An asset appraisal firm (资产评估机构) */
  | 'VALUER';

/** 逾期与不良认定 — overdue and default（输入 / input） */
export type OverdueRuleInput = {
  /** 逾期多少天转不良 — days past due after which the loan defaults */
  defaultAfterDaysPastDue: number;
  /** 宽限期天数 — grace days after a due date */
  graceDays: number;
  /** 按工作日计算 — count grace days as working days */
  workingDays: boolean;
};

/** 配对规则 — an organiser’s rule for one firm × bank pair */
export type PairRuleKind =
  /** Forbidden (禁止). The pair never meets at this event */
  | 'FORBIDDEN'
  /** Pinned (固定). The meeting stays in its slot and table on a re-run */
  | 'PINNED';

/** 参会角色 — a firm or a bank */
export type ParticipantRole =
  /** Bank (银行) */
  | 'BANK'
  /** Firm (企业) */
  | 'FIRM';

/** 移动并固定 — move a meeting to a slot and table (drag on the schedule board) and pin it there */
export type PinMeetingInput = {
  /** 洽谈 id */
  meetingId: string | number;
  /** 时段序号 — 0-based index of the slot */
  slotIndex: number;
  /** 桌号 — 0-based index of the table */
  tableIndex: number;
};

/** 登记方式 — how the pledge registration is filed */
export type PledgeChannel =
  /** Offline (窗口办理). At the registry’s window */
  | 'OFFLINE'
  /** Online (网上办理) */
  | 'ONLINE';

/** 质押率 — the pledge rate offered for one accepted IP type */
export type PledgeRateInput = {
  /** 知识产权类型 — one of the accepted IP types */
  ipType: IpType;
  /** 质押率 — basis points of appraised value, 100–9000 (2500 = 25%) */
  rateBp: number;
};

/** 质押登记筛选 — all given filters must hold */
export type PledgeRegistrationFilter = {
  /** 超时 — only those whose due time passed unregistered (true) or not (false) */
  breached?: boolean | null | undefined;
  /** 贷款 id */
  loanId?: string | number | null | undefined;
  /** 状态 — any of these */
  statuses?: Array<PledgeRegistrationStatus> | null | undefined;
};

/** 质押登记状态 — where a pledge registration stands */
export type PledgeRegistrationStatus =
  /** Accepted (已受理). The registry examines it */
  | 'ACCEPTED'
  /** Registered (已登记). The pledge is in force; the loan may be disbursed */
  | 'REGISTERED'
  /** Returned (已退回). With the registry’s reason; the bank submits again */
  | 'RETURNED'
  /** Submitted (已提交). Waits for the registry to accept it */
  | 'SUBMITTED';

/** 质押状态 — whether an IP asset is pledged */
export type PledgeStatus =
  /** Disposed (已处置) */
  | 'DISPOSED'
  /** Not pledged (未质押) */
  | 'FREE'
  /** In disposal (处置中) */
  | 'IN_DISPOSAL'
  /** Pledged (已质押) */
  | 'PLEDGED';

/** 政策依据 — the document and clause a rule comes from（输入 / input） */
export type PolicyCitationInput = {
  /** 条款 */
  clause: string;
  /** 文件（policy-docs 文件名） */
  document: string;
  /** English note */
  en: string;
  /** 中文说明 */
  zh: string;
};

/** 各条规则的依据（输入 / input） */
export type PolicyCitationsInput = {
  /** 年度预算 */
  annualBudgetFen?: PolicyCitationInput | null | undefined;
  /** 银行奖励 */
  bankReward?: PolicyCitationInput | null | undefined;
  /** 费用补贴 */
  feeSubsidies?: PolicyCitationInput | null | undefined;
  /** 保费补贴 */
  insurancePremiumSubsidy?: PolicyCitationInput | null | undefined;
  /** 贴息 */
  interestSubsidy?: PolicyCitationInput | null | undefined;
  /** 逾期规则 */
  overdue?: PolicyCitationInput | null | undefined;
  /** 质押登记时限 */
  registration?: PolicyCitationInput | null | undefined;
  /** 风险补偿 */
  riskCompensation?: PolicyCitationInput | null | undefined;
  /** 评估机构奖励 */
  valuerReward?: PolicyCitationInput | null | undefined;
};

/** 政策规则 — the rules of one policy version（输入 / input） */
export type PolicyRulesInput = {
  /** 年度预算 — the region's budget for a year; 金额（分，十进制字符串） — integer fen as a decimal string */
  annualBudgetFen?: string | null | undefined;
  /** 银行奖励 */
  bankReward?: BankRewardRuleInput | null | undefined;
  /** 各条规则的依据 — where each rule comes from */
  citations?: PolicyCitationsInput | null | undefined;
  /** 费用补贴 */
  feeSubsidies?: FeeSubsidyRulesInput | null | undefined;
  /** 保费补贴 — insurance premium subsidy */
  insurancePremiumSubsidy?: CappedRatioRuleInput | null | undefined;
  /** 贴息 */
  interestSubsidy?: InterestSubsidyRuleInput | null | undefined;
  /** 逾期规则 */
  overdue: OverdueRuleInput;
  /** 质押登记时限 */
  registration: RegistrationRuleInput;
  /** 风险补偿 */
  riskCompensation?: RiskCompensationRuleInput | null | undefined;
  /** 评估机构奖励 */
  valuerReward?: ValuerRewardRuleInput | null | undefined;
};

/** 政策版本状态 */
export type PolicyStatus =
  /** Draft (草稿) */
  | 'DRAFT'
  /** Published (已发布) */
  | 'PUBLISHED'
  /** Retired (已废止) */
  | 'RETIRED';

/** 记录还款 — principal and interest paid on a day. Both go to the instalments due by then, oldest first; principal beyond them is early repayment and re-amortises the later instalments (same due dates, smaller instalments) */
export type RecordRepaymentInput = {
  /** 利息 — at most the interest due by the day */
  interest: MoneyInput;
  /** 贷款 id */
  loanId: string | number;
  /** 还款日 — YYYY-MM-DD */
  paidOn: string;
  /** 罚息 */
  penalty?: MoneyInput | null | undefined;
  /** 本金 */
  principal: MoneyInput;
};

/** 拨付记录 — the office paid an approved application or claim */
export type RecordSubsidyPaymentInput = {
  /** 读到的版本 — a stale version is CONFLICT */
  expectedVersion: number;
  /** 申请 id */
  id: string | number;
  /** 拨付日期 YYYY-MM-DD (Asia/Shanghai), not in the future */
  paidOn: string;
  /** 付款凭证号 — the treasury or bank reference, 1–100 characters */
  reference: string;
};

/** 录入评估 — a valuer records its appraisal (评估) of an IP asset */
export type RecordValuationInput = {
  /** 被评估的知识产权 — the appraised asset */
  ipAssetId: string | number;
  /** 评估方法 — income, market or cost approach */
  method: ValuationMethod;
  /** 说明 — note, at most 1000 characters */
  note?: string | null | undefined;
  /** 有效期至 — last day the appraisal may be relied on, after valuedOn and at most 3 years later */
  validUntil: string;
  /** 评估价值 — appraised value in fen, more than zero */
  value: MoneyInput;
  /** 评估基准日 — valuation date YYYY-MM-DD, not in the future */
  valuedOn: string;
};

/** 行政层级 — the level of a region in the tree */
export type RegionLevel =
  /** City (市/州) */
  | 'CITY'
  /** District (区/县) */
  | 'DISTRICT'
  /** Park (园区) */
  | 'PARK'
  /** Province (省/直辖市) */
  | 'PROVINCE';

/** 报名 — a firm with one of its open needs, or a bank with the products it brings and its representatives */
export type RegisterForEventInput = {
  /** 活动 id — the event */
  eventId: string | number;
  /** 融资需求 — a firm’s open need (firms only) */
  needId?: string | number | null | undefined;
  /** 携带产品 — a bank’s active loan products it brings (banks only) */
  productIds?: Array<string | number> | null | undefined;
  /** 代表人数 — a bank’s representatives, i.e. parallel meetings it can hold (banks only, default 1) */
  representatives?: number | null | undefined;
};

/** 登记知识产权 — register an IP asset of a firm */
export type RegisterIpAssetInput = {
  /** 摘要 — abstract, at most 5000 characters */
  abstract?: string | null | undefined;
  /** 权利人 — the owning enterprise */
  enterpriseId: string | number;
  /** 到期日 — expiry date YYYY-MM-DD, on or after the grant (or filing) date */
  expiresOn?: string | null | undefined;
  /** 申请日 — filing date YYYY-MM-DD, not in the future; a CN number’s year must match (except PCT) */
  filedOn?: string | null | undefined;
  /** 授权/登记日 — grant or registration date YYYY-MM-DD, on or after filing, not in the future */
  grantedOn?: string | null | undefined;
  /** 是否实施 — whether the IP is used in production (default false) */
  implemented?: boolean | null | undefined;
  /** IPC 分类号 — IPC symbols such as "H01M 10/052" (invention patents and utility models only; at most 20) */
  ipcClasses?: Array<string> | null | undefined;
  /** 法律状态 — legal status (default VALID) */
  legalStatus?: LegalStatus | null | undefined;
  /** 尼斯分类 — Nice classes 1–45 (trademarks and geographical indications only) */
  niceClasses?: Array<number> | null | undefined;
  /** 登记号/申请号 — registration or application number, checked against its type: patents CN + year + type digit (1/8 invention, 2/9 utility model, 3 design) + 7-digit serial + "." + check character (CN202310123456.6; "CN" may be left out); trademark 1–9 digits without a leading zero; copyright 国作登字-YYYY-L-NNNNNNNN; software copyright YYYYSR + 7 digits (2023SR0123456); IC layout BS. + 9 digits (BS.215012345); geographical indication and licence-revenue right 4–40 of A–Z, 0–9, "-". Stored trimmed and upper-cased. */
  number: string;
  /** 名称 — title, 1–300 characters */
  title: string;
  /** 类型 — kind of IP */
  type: IpType;
};

/** 登记完成 — the registry registers the pledge */
export type RegisterPledgeInput = {
  /** 质押登记通知书编号 */
  certificateNumber: string;
  /** 质押登记 id */
  registrationId: string | number;
};

/** 质押登记时限 — pledge registration due times（输入 / input） */
export type RegistrationRuleInput = {
  /** 线下办结工作日数 — working days for an offline filing at a window */
  offlineWorkingDays: number;
  /** 线上办结工作日数 — working days for an online filing */
  onlineWorkingDays: number;
  /** 提前预警小时数 — hours before the due time to warn the bank */
  warnBeforeHours: number;
};

/** 报名状态 — registered, on the waitlist, or cancelled */
export type RegistrationStatus =
  /** Cancelled (已取消) */
  | 'CANCELLED'
  /** Registered (已报名) */
  | 'REGISTERED'
  /** Waitlisted (候补). Promoted in order when a place frees */
  | 'WAITLISTED';

/** 驳回 — reject an application or claim with a reason */
export type RejectSubsidyInput = {
  /** 读到的版本 — a stale version is CONFLICT */
  expectedVersion: number;
  /** 申请 id */
  id: string | number;
  /** 驳回理由 — shown to the applicant, 2–1,000 characters */
  reason: string;
};

/** 还款方式 — how a loan is repaid, monthly periods */
export type RepaymentMethod =
  /** Equal instalments (等额本息). The same payment each month; the last absorbs the rounding */
  | 'EQUAL_INSTALMENT'
  /** Equal principal (等额本金). The same principal each month plus the interest on the outstanding balance */
  | 'EQUAL_PRINCIPAL'
  /** Interest only, bullet (先息后本). Monthly interest, the whole principal with the last instalment */
  | 'INTEREST_ONLY_BULLET';

/** 填报年度营收 — report (or correct) a firm’s revenue for one completed fiscal year */
export type ReportAnnualRevenueInput = {
  /** Enterprise id */
  enterpriseId: string | number;
  /** 营业收入 — the year’s revenue in integer fen */
  revenue: MoneyInput;
  /** 会计年度 — a completed fiscal year, from the founding year (and 1990) to last year */
  year: number;
};

/** 答复还价 — the firm accepts the bank’s counter-offer (the loan is contracted) or turns it down (the application is withdrawn) */
export type RespondToCounterOfferInput = {
  /** 接受 */
  accept: boolean;
  /** 申请 id */
  applicationId: string | number;
  /** 版本 — the version you read */
  expectedVersion: number;
};

/** 答复对接意向 — the firm accepts (the bank then sees it, like a pushed firm) or declines */
export type RespondToNeedInterestInput = {
  /** 同意 — true lets this bank see your firm and this need; false declines, and the bank never learns who you are */
  accept: boolean;
  /** 意向 id */
  interestId: string | number;
  /** 备注 — a note to the bank, at most 500 characters */
  note?: string | null | undefined;
};

/** 退回质押登记 — the registry returns the filing with its reason */
export type ReturnPledgeRegistrationInput = {
  /** 退回原因 */
  reason: string;
  /** 质押登记 id */
  registrationId: string | number;
};

/** 核实企业自报事项 — confirm or reject what a firm declared about itself */
export type ReviewFactDeclarationInput = {
  /** Declaration id */
  declarationId: string | number;
  /** 说明 — why it is rejected (required then) or a remark, at most 500 characters */
  note?: string | null | undefined;
  /** 结论 — VERIFY or REJECT */
  verdict: FactVerdict;
};

/** 评估复核 — a bank records its own figure for a valuation; a second review by the same bank replaces the first */
export type ReviewValuationInput = {
  /** 复核意见 — note, at most 1000 characters */
  note?: string | null | undefined;
  /** 复核价值 — the bank’s own figure in fen, more than zero */
  reviewedValue: MoneyInput;
  /** 评估 — the reviewed valuation */
  valuationId: string | number;
};

/** 奖励类型 — what a bank or valuer applies for */
export type RewardKind =
  /** Bank reward (银行奖励). By the amount the bank lent against IP in the region and year, in marginal tiers */
  | 'BANK'
  /** Valuer reward (评估机构奖励). On a loan whose pledged assets the valuer appraised, after normal repayment */
  | 'VALUER';

/** 风险补偿 — a ratio of the principal loss each party carried, net of re-guarantee / reinsurance（输入 / input） */
export type RiskCompensationRuleInput = {
  /** 每笔贷款上限（各方合计）; 金额（分，十进制字符串） — integer fen as a decimal string */
  capPerLoanFen?: string | null | undefined;
  /** 不含批次包 — not for batch-package loans */
  excludeBatchPackage: boolean;
  /** 各方补偿比例 */
  ratioBpByRole: RiskRoleRatiosInput;
  /** 须追偿无果 — only after a failed recovery */
  requireFailedRecovery: boolean;
};

/** 各方补偿比例（基点）（输入 / input） */
export type RiskRoleRatiosInput = {
  /** 银行 */
  bank?: number | null | undefined;
  /** 担保机构 */
  guarantor?: number | null | undefined;
  /** 保险机构 */
  insurer?: number | null | undefined;
  /** 知识产权服务机构 */
  ipService?: number | null | undefined;
  /** 评估机构 */
  valuer?: number | null | undefined;
};

/** 风险分担 — one party’s share of a loan’s risk; the shares sum to 10,000 bp */
export type RiskShareInput = {
  /** 分担机构 id — the bank itself for BANK when omitted */
  partyOrganizationId?: string | number | null | undefined;
  /** 已转出（bp） — the part of this share passed on by re-guarantee (再担保) or reinsurance (再保险), at most the share */
  passedOnBp?: number | null | undefined;
  /** 转出对象 — who took the passed-on part */
  passedOnTo?: string | null | undefined;
  /** 角色 */
  role: RiskShareRole;
  /** 分担比例（bp） — 0–10,000 */
  shareBp: number;
};

/** 风险分担角色 — a party carrying part of a loan’s risk */
export type RiskShareRole =
  /** Bank (银行) */
  | 'BANK'
  /** Guarantor (担保机构) */
  | 'GUARANTOR'
  /** Insurer (保险机构) */
  | 'INSURER'
  /** IP service firm (知识产权服务机构) */
  | 'IP_SERVICE'
  /** Valuer (评估机构) */
  | 'VALUER';

/** 角色 — what a user may do on the platform */
export type Role =
  /** Agency user (代理机构用户) */
  | 'AGENCY_USER'
  /** Bank officer (银行工作人员) */
  | 'BANK_OFFICER'
  /** Enterprise user (企业用户) */
  | 'ENTERPRISE_USER'
  /** IP office officer (知识产权局工作人员) */
  | 'GOV_OFFICER'
  /** Guarantor officer (担保公司工作人员) */
  | 'GUARANTOR_OFFICER'
  /** Insurer officer (保险公司工作人员) */
  | 'INSURER_OFFICER'
  /** Organisation administrator (机构管理员). Manages the users of their own organisation */
  | 'ORG_ADMIN'
  /** Park officer (园区工作人员) */
  | 'PARK_OFFICER'
  /** Platform administrator (平台管理员) */
  | 'PLATFORM_ADMIN'
  /** Valuer (评估师) */
  | 'VALUER'
  /** Service window officer (服务窗口工作人员) */
  | 'WINDOW_OFFICER';

/** 排期参数 — pins and forbidden pairs to add before the run; earlier ones are kept */
export type ScheduleMeetingsInput = {
  /** 取消规则 — pairs whose pin or ban is lifted */
  cleared?: Array<MeetingPairInput> | null | undefined;
  /** 禁止 — pairs that must not meet */
  forbidden?: Array<MeetingPairInput> | null | undefined;
  /** 固定 — pairs to pin to a slot and table */
  pins?: Array<MeetingPinInput> | null | undefined;
};

/** 排期运行状态 — a scheduling run, which works as a job */
export type ScheduleRunStatus =
  /** Done (已完成) */
  | 'DONE'
  /** Failed (失败) */
  | 'FAILED'
  /** Queued (排队中) */
  | 'QUEUED'
  /** Running (计算中) */
  | 'RUNNING';

/** 白名单筛选指标 — what a screening rule looks at (科创属性高、成长性好、地方贡献多; credit records) */
export type ScreeningCriterion =
  /** High-value patents (高价值专利数) */
  | 'HIGH_VALUE_PATENTS'
  /** Local contribution (地方贡献). Proxied by headcount (从业人数) */
  | 'LOCAL_CONTRIBUTION'
  /** Minimum credit rating (最低信用评级) */
  | 'MIN_CREDIT_RATING'
  /** No dishonesty record (无失信记录). Not on the dishonest-debtor list (失信被执行人) */
  | 'NO_DISHONESTY'
  /** Revenue growth (营收同比增长率). Over the last two fiscal years */
  | 'REVENUE_GROWTH'
  /** Recognitions (资质标签). Holds any of the listed recognitions */
  | 'TAGS'
  /** Total IP valuation (知识产权评估总值). Sum of the latest valid valuations */
  | 'TOTAL_VALUATION'
  /** Valid invention patents (有效发明专利数) */
  | 'VALID_INVENTION_PATENTS';

/** 筛选指标 — one criterion with its threshold and weight */
export type ScreeningRuleInput = {
  /** 指标 — what is looked at */
  criterion: ScreeningCriterion;
  /** 必备 — a firm failing it is excluded whatever its score */
  required: boolean;
  /** 门槛 — MIN_CREDIT_RATING a rating ("A"); VALID_INVENTION_PATENTS / HIGH_VALUE_PATENTS / LOCAL_CONTRIBUTION a count; TOTAL_VALUATION fen ("500000000"); REVENUE_GROWTH basis points; TAGS comma-separated tags; NO_DISHONESTY none */
  threshold?: string | null | undefined;
  /** 权重 — weight in the score, 0–100 */
  weight: number;
};

/** 年度预算 — what a region may grant in a year (subsidies and compensation together) */
export type SetSubsidyBudgetInput = {
  /** 预算金额 */
  amount: MoneyInput;
  /** 地区 id — a region the office manages */
  regionId: string | number;
  /** 年度 */
  year: number;
};

/** 排序方向 — ascending or descending */
export type SortDirection =
  /** Ascending (升序) */
  | 'ASC'
  /** Descending (降序) */
  | 'DESC';

/** 统计条件 — which loans to count: a range of months and optional narrowing */
export type StatisticsFilter = {
  /** 银行 — loans of this bank (organisation id) */
  bankId?: string | number | null | undefined;
  /** 对接活动 — loans that came from this matchmaking event */
  eventId?: string | number | null | undefined;
  /** 起始月 — first month, YYYY-MM (loans disbursed from its first day) */
  from: string;
  /** 统计维度 — break the figures down; without it only the totals */
  groupBy?: StatisticsGroupBy | null | undefined;
  /** 园区 — loans to firms of this park */
  parkId?: string | number | null | undefined;
  /** 产品 — loans under this product */
  productId?: string | number | null | undefined;
  /** 地区 — the region and its whole subtree (the firm’s region at approval) */
  regionId?: string | number | null | undefined;
  /** 数据来源 — MATERIALISED_VIEW (default: fast, as of the last refresh, see asOf) or BASE_TABLES (computed now from the loan tables) */
  source?: StatisticsSource | null | undefined;
  /** 截止月 — last month, YYYY-MM, inclusive (balances are as at its last day); at most 60 months after `from` */
  to: string;
};

/** 统计维度 — how financing statistics are broken down */
export type StatisticsGroupBy =
  /** Lending bank (按银行) */
  | 'BANK'
  /** Matchmaking event the loan came from (按对接活动) */
  | 'EVENT'
  /** Month (按月) */
  | 'MONTH'
  /** Park of the firm (按园区) */
  | 'PARK'
  /** Loan product (按产品) */
  | 'PRODUCT'
  /** Region of the firm at approval (按地区) */
  | 'REGION';

/** 数据来源 — what the loan figures were computed from */
export type StatisticsSource =
  /** Loan tables, computed at query time (实时计算) */
  | 'BASE_TABLES'
  /** Per-loan-month facts as of their last refresh (物化汇总) */
  | 'MATERIALISED_VIEW';

/** 提交质押登记 — the loan’s bank files the registration of a CONTRACTED loan */
export type SubmitPledgeRegistrationInput = {
  /** 提交方式 — ONLINE (1 working day in Beijing) or OFFLINE at a window (3) */
  channel: PledgeChannel;
  /** 贷款 id */
  loanId: string | number;
};

/** 补贴筛选 */
export type SubsidyFilter = {
  /** 企业 id */
  enterpriseId?: string | number | null | undefined;
  /** 贷款 id */
  loanId?: string | number | null | undefined;
  /** 状态 */
  statuses?: Array<SubsidyStatus> | null | undefined;
};

/** 补贴类型 — what a firm applies for on one of its loans */
export type SubsidyKind =
  /** Guarantee fee subsidy (担保费补贴). After disbursement */
  | 'FEE_GUARANTEE'
  /** Insurance fee subsidy (保险费补贴). After disbursement */
  | 'FEE_INSURANCE'
  /** Registration fee subsidy (登记费补贴). After disbursement */
  | 'FEE_REGISTRATION'
  /** Valuation fee subsidy (评估费补贴). After disbursement */
  | 'FEE_VALUATION'
  /** Interest subsidy (贴息). Interest actually paid × the ratio, only after normal repayment */
  | 'INTEREST'
  /** Insurance premium subsidy (保费补贴). IP insurance premiums paid */
  | 'PREMIUM';

/** 审批状态 — where a subsidy application or compensation claim stands */
export type SubsidyStatus =
  /** Approved (已批准). Counted against the year’s budget; waiting for payment */
  | 'APPROVED'
  /** Clawed back (追回). Paid, then found fraudulent: the amount is to be recovered */
  | 'CLAWED_BACK'
  /** Paid (已拨付). With the payment date and reference */
  | 'PAID'
  /** Pending (待审批). Waiting for the office */
  | 'PENDING'
  /** Rejected (已驳回). With the office’s reason */
  | 'REJECTED';

/** 修改金融产品 — change a product; omitted fields stay as they are, null clears a nullable field (minCreditRating, batchPackage, activeUntil) */
export type UpdateLoanProductInput = {
  /** 可接受的知识产权类型 — at least one IP type */
  acceptedIpTypes?: Array<IpType> | null | undefined;
  /** 生效日期 — first day on offer, YYYY-MM-DD (default today, Asia/Shanghai) */
  activeFrom?: string | null | undefined;
  /** 截止日期 — last day on offer, YYYY-MM-DD, after activeFrom; null for open-ended */
  activeUntil?: string | null | undefined;
  /** 批次包 — batch package name, 1–100 characters; null for none */
  batchPackage?: string | null | undefined;
  /** 可组合质押 — bundles of several assets accepted (default true) */
  bundleAllowed?: boolean | null | undefined;
  /** 产品介绍 — description, at most 5000 characters */
  description?: string | null | undefined;
  /** 需担保 — a guarantee is required (default false) */
  guaranteeRequired?: boolean | null | undefined;
  /** 适用行业 — GB/T 4754 sections or divisions (C, C39), at most 50; empty for any */
  industries?: Array<string> | null | undefined;
  /** 需保险 — insurance is required (default false) */
  insuranceRequired?: boolean | null | undefined;
  /** 最高金额 — largest loan, at least the smallest */
  maxAmount?: MoneyInput | null | undefined;
  /** 最高年利率 — highest annual rate in basis points, 1–3600, at least the lowest */
  maxRateBp?: number | null | undefined;
  /** 最长期限 — longest term in months, 1–120, at least the shortest */
  maxTermMonths?: number | null | undefined;
  /** 最低金额 — smallest loan, more than zero */
  minAmount?: MoneyInput | null | undefined;
  /** 最低信用评级 — lowest credit grade accepted; null for none */
  minCreditRating?: CreditRating | null | undefined;
  /** 最低成立年限 — minimum firm age in years, 0–100 (default 0) */
  minFirmAgeYears?: number | null | undefined;
  /** 最低年利率 — lowest annual rate in basis points, 1–3600 */
  minRateBp?: number | null | undefined;
  /** 最短期限 — shortest term in months, 1–120 */
  minTermMonths?: number | null | undefined;
  /** 产品名称 — name, 1–200 characters */
  name?: string | null | undefined;
  /** 质押率 — exactly one per accepted IP type, none for others */
  pledgeRates?: Array<PledgeRateInput> | null | undefined;
  /** 适用地区 — regions (with their subtrees) the product is offered in, at most 100; empty for everywhere */
  regionIds?: Array<string | number> | null | undefined;
  /** 资质要求 — tags the firm must hold */
  requiredTags?: Array<EnterpriseTag> | null | undefined;
  /** 无失信记录 — refuse firms on the dishonest-debtor list (default true) */
  requiresNoDishonesty?: boolean | null | undefined;
  /** 产品状态 — DRAFT or ACTIVE (default ACTIVE); archive with archiveLoanProduct */
  status?: LoanProductStatus | null | undefined;
  /** 仅限白名单 — only for whitelisted firms pushed to this bank (default false) */
  whitelistOnly?: boolean | null | undefined;
};

/** 修改对接活动 — change an event that is not held yet; omitted fields stay; `version` must be the one you read */
export type UpdateMatchmakingEventInput = {
  /** 银行名额 — places for banks, 1–2000 */
  bankCapacity?: number | null | undefined;
  /** 活动简介 — at most 4000 characters */
  description?: string | null | undefined;
  /** 结束时间 — when the event ends */
  endsAt?: string | null | undefined;
  /** 活动 id — the event to change */
  eventId: string | number;
  /** 企业名额 — places for firms, 1–2000 */
  firmCapacity?: number | null | undefined;
  /** 邀请白名单批次 — the included firms of these published batches are invited */
  invitedBatchIds?: Array<string | number> | null | undefined;
  /** 定向邀请 — hand-picked organisations (firms or banks) */
  invitedOrganizationIds?: Array<string | number> | null | undefined;
  /** 邀请园区 — firms of these parks are invited */
  invitedParkIds?: Array<string | number> | null | undefined;
  /** 邀请区域 — firms and banks of these regions (and below) are invited */
  invitedRegionIds?: Array<string | number> | null | undefined;
  /** 每家银行最多代表数 — parallel tables one bank may hold, 1–10 (default 3) */
  maxRepresentatives?: number | null | undefined;
  /** 线上链接 — an https link for online events */
  onlineUrl?: string | null | undefined;
  /** 报名截止 — registration closes then; at or before the start */
  registrationDeadline?: string | null | undefined;
  /** 洽谈时段 — the meeting slots, at most 48 */
  slots?: Array<EventSlotInput> | null | undefined;
  /** 开始时间 — when the event starts (shown in Asia/Shanghai) */
  startsAt?: string | null | undefined;
  /** 洽谈桌数 — tables for 1:1 meetings, 1–500 */
  tableCount?: number | null | undefined;
  /** 活动名称 — 1–200 characters */
  title?: string | null | undefined;
  /** 活动类型 — the form of the event */
  type?: EventType | null | undefined;
  /** 地点 — the venue; a venue or an online link is needed */
  venue?: string | null | undefined;
  /** 版本 — the version you read; a stale one is CONFLICT */
  version: number;
  /** 公开范围 — public, or invited organisations only */
  visibility?: EventVisibility | null | undefined;
};

/** 上传申请材料 — a document as base64; its SHA-256 is recorded, the bytes go under .data/documents */
export type UploadLoanDocumentInput = {
  /** 申请 id */
  applicationId: string | number;
  /** 内容 — base64, at most 5 MB decoded */
  contentBase64: string;
  /** 文件名 — 1–255 characters */
  fileName: string;
  /** 材料类型 */
  kind: LoanDocumentKind;
  /** MIME type, e.g. application/pdf */
  mimeType: string;
};

/** 评估委托筛选 — conditions, all of which must hold */
export type ValuationEngagementFilter = {
  /** 知识产权 — only engagements for this asset */
  ipAssetId?: string | number | null | undefined;
  /** 状态 — only engagements in this state */
  status?: ValuationEngagementStatus | null | undefined;
};

/** 评估委托排序 — order of the engagement list (default newest first; a valuer may work oldest first) */
export type ValuationEngagementSort = {
  /** 排序方向 — ascending or descending */
  direction?: SortDirection;
  /** 排序字段 — sort by this field; ties are broken by id */
  field?: ValuationEngagementSortField;
};

/** 评估委托排序字段 — CREATED_AT 委托时间 */
export type ValuationEngagementSortField =
  /** Engaged at (委托时间). When the engagement was made */
  | 'CREATED_AT';

/** 评估委托状态 — where a valuation engagement stands */
export type ValuationEngagementStatus =
  /** Cancelled (已撤销). Withdrawn, or the valuer declined */
  | 'CANCELLED'
  /** Valued (已出具评估) */
  | 'COMPLETED'
  /** Awaiting valuation (待评估) */
  | 'OPEN';

/** 评估方法 — how a valuer appraised an asset */
export type ValuationMethod =
  /** Cost approach (成本法) */
  | 'COST'
  /** Income approach (收益法) */
  | 'INCOME'
  /** Market approach (市场法) */
  | 'MARKET';

/** 评估机构奖励 — after normal repayment（输入 / input） */
export type ValuerRewardRuleInput = {
  /** 每笔定额 — fixed amount per loan; 金额（分，十进制字符串） — integer fen as a decimal string */
  perLoanFen?: string | null | undefined;
  /** 评估费比例（基点） — share of the valuation fee (or perLoanFen) */
  ratioBp?: number | null | undefined;
  /** 须参与分担风险 — only valuers that held a risk share */
  requiresRiskShare: boolean;
};

/** 批次状态 — where a whitelist batch stands */
export type WhitelistBatchStatus =
  /** Draft (草稿) */
  | 'DRAFT'
  /** Published (已发布). Frozen: it can no longer change */
  | 'PUBLISHED'
  /** Superseded (已被取代). A newer published batch replaced it */
  | 'SUPERSEDED';

/** 人工调整 — add or remove one firm of a draft batch, with a reason */
export type WhitelistEntryChangeInput = {
  /** 批次 — a draft batch */
  batchId: string | number;
  /** 企业 — the firm */
  enterpriseId: string | number;
  /** 理由 — why, 1–500 characters */
  reason: string;
};

/** 人工调整 — a hand edit of an office on a draft batch */
export type WhitelistManualChange =
  /** Added by hand (人工加入) */
  | 'ADDED'
  /** Removed by hand (人工移出) */
  | 'REMOVED';

/** 反馈筛选 — all given conditions must hold */
export type WhitelistResponseFilter = {
  /** 银行 — answers of this bank */
  bankId?: string | number | null | undefined;
  /** 企业 — answers on this firm */
  enterpriseId?: string | number | null | undefined;
  /** 仅最新 — only each bank’s newest answer per firm (default); false for the whole history */
  latestOnly?: boolean | null | undefined;
  /** 反馈 — this answer */
  status?: WhitelistResponseStatus | null | undefined;
};

/** 银行反馈 — a bank answers on a firm pushed to it */
export type WhitelistResponseInput = {
  /** 授信额度 — required with CREDIT_LINE_OFFERED */
  creditLine?: MoneyInput | null | undefined;
  /** 企业 — a firm pushed to your bank */
  enterpriseId: string | number;
  /** 原因/说明 — required with DECLINED; up to 1000 characters */
  reason?: string | null | undefined;
  /** 向企业展示原因 — let the firm read the decline reason */
  shareReasonWithFirm?: boolean | null | undefined;
  /** 反馈 — the answer */
  status: WhitelistResponseStatus;
};

/** 银行反馈 — a bank’s answer on a pushed firm */
export type WhitelistResponseStatus =
  /** Contacted (已对接) */
  | 'CONTACTED'
  /** Credit line offered (已给予授信额度) */
  | 'CREDIT_LINE_OFFERED'
  /** Declined (不予支持) */
  | 'DECLINED'
  /** Interested (有意向) */
  | 'INTERESTED';

/** 撤回申请 — the firm withdraws an open application */
export type WithdrawLoanApplicationInput = {
  /** 申请 id */
  applicationId: string | number;
  /** 版本 — the version you read */
  expectedVersion: number;
  /** 原因 */
  reason?: string | null | undefined;
};

export type CaughtMailQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CaughtMailQuery = { caughtMail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, subject: string, to: Array<string>, from: string | null, date: string | null, text: string, attachments: Array<string> } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, roles: Array<Role>, organization: { id: string, name: string, type: OrganizationType } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresInSeconds: number } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { notifications: { unreadCount: number } };

export type NeedLibraryQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NeedLibraryQuery = { needLibrary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, termMonths: number, maxRateBp: number, ipTypes: Array<IpType>, industrySection: string, industrySectionName: string | null, cityName: string, publishedAt: string, amount: { amountFen: string }, match: { productId: string, productName: string, score: number } | null, myInterest: { id: string, status: NeedInterestStatus } | null } }> } };

export type SearchWhitelistedFirmsQueryVariables = Exact<{
  query: string;
  filter?: FirmSearchFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type SearchWhitelistedFirmsQuery = { searchWhitelistedFirms: { totalHits: number, processingTimeMs: number, facets: Array<{ field: string, values: Array<{ value: string, count: number }> }>, hits: Array<{ id: string, name: string, creditCode: string, industryCode: string, industryName: string, regionName: string, tags: Array<EnterpriseTag>, ipCount: number, patentCount: number, trademarkCount: number, copyrightCount: number, openNeedCount: number, openNeedAmount: { amountFen: string }, highlights: Array<{ field: string, snippet: string }> }> } };

export type BankFirmQueryVariables = Exact<{
  id: string | number;
}>;


export type BankFirmQuery = { enterprise: { id: string, name: string, creditCode: string, industryCode: string, industryName: string | null, foundedOn: string, employees: number | null, creditRating: CreditRating | null, tags: Array<EnterpriseTag>, region: { id: string, name: string }, annualRevenues: Array<{ year: number, verified: boolean, revenue: { amountFen: string } }>, ipAssets: { totalCount: number, edges: Array<{ node: { id: string, type: IpType, number: string, title: string, legalStatus: LegalStatus, pledgeStatus: PledgeStatus, latestValuation: { id: string, value: { amountFen: string } } | null, valuations: Array<{ id: string, valuedOn: string, validUntil: string, valid: boolean, method: ValuationMethod, value: { amountFen: string }, valuer: { id: string, name: string }, reviews: Array<{ id: string, note: string, reviewedValue: { amountFen: string } }> }> } }> } } | null, financingNeeds: { edges: Array<{ node: { id: string, termMonths: number, maxRateBp: number, purpose: string, status: FinancingNeedStatus, amount: { amountFen: string } } }> }, whitelistedFirms: { edges: Array<{ node: { id: string, myResponse: WhitelistResponseStatus | null, pushedAt: string | null } }> } };

export type RespondToWhitelistedFirmMutationVariables = Exact<{
  input: WhitelistResponseInput;
}>;


export type RespondToWhitelistedFirmMutation = { respondToWhitelistedFirm: { id: string, status: WhitelistResponseStatus, reason: string | null, shareReasonWithFirm: boolean, creditLine: { amountFen: string } | null } };

export type ReviewValuationMutationVariables = Exact<{
  input: ReviewValuationInput;
}>;


export type ReviewValuationMutation = { reviewValuation: { id: string, valuationId: string, note: string, reviewedValue: { amountFen: string } } };

export type BankExplainMatchQueryVariables = Exact<{
  needId: string | number;
  productId: string | number;
}>;


export type BankExplainMatchQuery = { explainMatch: { eligible: boolean, score: number, hints: Array<string>, checks: Array<{ criterion: MatchCriterion, passed: boolean, detail: string, detailEn: string }> } };

export type BankProductFieldsFragment = { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, requiredTags: Array<EnterpriseTag>, minCreditRating: CreditRating | null, minFirmAgeYears: number, requiresNoDishonesty: boolean, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } };

export type BankProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LoanProductFilter | null | undefined;
  sort?: LoanProductSort | null | undefined;
}>;


export type BankProductsQuery = { loanProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, requiredTags: Array<EnterpriseTag>, minCreditRating: CreditRating | null, minFirmAgeYears: number, requiresNoDishonesty: boolean, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } } }> } };

export type BankProductQueryVariables = Exact<{
  id: string | number;
}>;


export type BankProductQuery = { loanProduct: { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, requiredTags: Array<EnterpriseTag>, minCreditRating: CreditRating | null, minFirmAgeYears: number, requiresNoDishonesty: boolean, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } } | null };

export type CreateBankProductMutationVariables = Exact<{
  input: CreateLoanProductInput;
}>;


export type CreateBankProductMutation = { createLoanProduct: { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, requiredTags: Array<EnterpriseTag>, minCreditRating: CreditRating | null, minFirmAgeYears: number, requiresNoDishonesty: boolean, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } } };

export type UpdateBankProductMutationVariables = Exact<{
  id: string | number;
  input: UpdateLoanProductInput;
}>;


export type UpdateBankProductMutation = { updateLoanProduct: { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, requiredTags: Array<EnterpriseTag>, minCreditRating: CreditRating | null, minFirmAgeYears: number, requiresNoDishonesty: boolean, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } } };

export type ArchiveBankProductMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveBankProductMutation = { archiveLoanProduct: { id: string, status: LoanProductStatus } };

export type ExpressInterestInNeedMutationVariables = Exact<{
  input: ExpressNeedInterestInput;
}>;


export type ExpressInterestInNeedMutation = { expressInterestInNeed: { id: string, status: NeedInterestStatus } };

export type WithdrawNeedInterestMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawNeedInterestMutation = { withdrawNeedInterest: { id: string, status: NeedInterestStatus } };

export type NeedOfInterestQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedOfInterestQuery = { financingNeed: { id: string, enterpriseId: string } | null };

export type MyBankWebhookQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBankWebhookQuery = { myBankWebhook: { url: string, updatedAt: string } | null };

export type ConfigureBankWebhookMutationVariables = Exact<{
  url: string;
  secret: string;
}>;


export type ConfigureBankWebhookMutation = { configureBankWebhook: { url: string, updatedAt: string } };

export type WorkingDayCalendarYearQueryVariables = Exact<{
  year: number;
}>;


export type WorkingDayCalendarYearQuery = { workingDayCalendar: { year: number, loaded: boolean, source: CalendarSource | null, note: string | null, loadedAt: string | null, workingDayCount: number | null, holidays: Array<{ date: string, kind: CalendarDayKind, name: string | null }>, workingWeekendDays: Array<{ date: string, kind: CalendarDayKind, name: string | null }> } };

export type LoadWorkingDayCalendarMutationVariables = Exact<{
  input: LoadWorkingDayCalendarInput;
}>;


export type LoadWorkingDayCalendarMutation = { loadWorkingDayCalendar: { year: number, loaded: boolean, workingDayCount: number | null } };

export type MatchmakingEventsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: MatchmakingEventFilter | null | undefined;
}>;


export type MatchmakingEventsQuery = { matchmakingEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, type: EventType, status: EventStatus, startsAt: string, endsAt: string, venue: string | null, onlineUrl: string | null, organizerName: string, firmCapacity: number, bankCapacity: number, registrationDeadline: string, places: { firmsRegistered: number, firmsWaitlisted: number, banksRegistered: number, banksWaitlisted: number } } }> } };

export type EventPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EventPageQuery = { matchmakingEvent: { id: string, version: number, title: string, type: EventType, status: EventStatus, description: string, startsAt: string, endsAt: string, venue: string | null, onlineUrl: string | null, visibility: EventVisibility, organizerName: string, regionName: string, canManage: boolean, firmCapacity: number, bankCapacity: number, maxRepresentatives: number, tableCount: number, registrationDeadline: string, publishedAt: string | null, registrationClosedAt: string | null, schedulePublishedAt: string | null, heldAt: string | null, reportedAt: string | null, cancelledAt: string | null, cancelReason: string | null, invitedRegionIds: Array<string>, invitedParkIds: Array<string>, invitedBatchIds: Array<string>, invitedOrganizationIds: Array<string>, slots: Array<{ index: number, startsAt: string, endsAt: string }>, places: { firmsRegistered: number, firmsWaitlisted: number, banksRegistered: number, banksWaitlisted: number }, myRegistration: { id: string, role: ParticipantRole, status: RegistrationStatus, waitlistPosition: number | null, representatives: number, needId: string | null, productIds: Array<string> } | null, mySurvey: { id: string, rating: number, comment: string, updatedAt: string } | null } | null };

export type CreateMatchmakingEventMutationVariables = Exact<{
  input: CreateMatchmakingEventInput;
}>;


export type CreateMatchmakingEventMutation = { createMatchmakingEvent: { id: string } };

export type UpdateMatchmakingEventMutationVariables = Exact<{
  input: UpdateMatchmakingEventInput;
}>;


export type UpdateMatchmakingEventMutation = { updateMatchmakingEvent: { id: string, version: number } };

export type EventStateFieldsFragment = { id: string, status: EventStatus, version: number, publishedAt: string | null, registrationClosedAt: string | null, heldAt: string | null, reportedAt: string | null, cancelledAt: string | null };

export type PublishMatchmakingEventMutationVariables = Exact<{
  eventId: string | number;
}>;


export type PublishMatchmakingEventMutation = { publishMatchmakingEvent: { id: string, status: EventStatus, version: number, publishedAt: string | null, registrationClosedAt: string | null, heldAt: string | null, reportedAt: string | null, cancelledAt: string | null } };

export type CloseEventRegistrationMutationVariables = Exact<{
  eventId: string | number;
}>;


export type CloseEventRegistrationMutation = { closeEventRegistration: { id: string, status: EventStatus, version: number, publishedAt: string | null, registrationClosedAt: string | null, heldAt: string | null, reportedAt: string | null, cancelledAt: string | null } };

export type CancelMatchmakingEventMutationVariables = Exact<{
  eventId: string | number;
  reason: string;
}>;


export type CancelMatchmakingEventMutation = { cancelMatchmakingEvent: { id: string, status: EventStatus, version: number, publishedAt: string | null, registrationClosedAt: string | null, heldAt: string | null, reportedAt: string | null, cancelledAt: string | null } };

export type MarkEventHeldMutationVariables = Exact<{
  eventId: string | number;
}>;


export type MarkEventHeldMutation = { markEventHeld: { id: string, status: EventStatus, version: number, publishedAt: string | null, registrationClosedAt: string | null, heldAt: string | null, reportedAt: string | null, cancelledAt: string | null } };

export type FinalizeEventReportMutationVariables = Exact<{
  eventId: string | number;
}>;


export type FinalizeEventReportMutation = { finalizeEventReport: { id: string, status: EventStatus, version: number, publishedAt: string | null, registrationClosedAt: string | null, heldAt: string | null, reportedAt: string | null, cancelledAt: string | null } };

export type RegisterForEventMutationVariables = Exact<{
  input: RegisterForEventInput;
}>;


export type RegisterForEventMutation = { registerForEvent: { id: string, status: RegistrationStatus, waitlistPosition: number | null } };

export type CancelEventRegistrationMutationVariables = Exact<{
  registrationId: string | number;
}>;


export type CancelEventRegistrationMutation = { cancelEventRegistration: { id: string, status: RegistrationStatus } };

export type EventOpenNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type EventOpenNeedsQuery = { financingNeeds: { edges: Array<{ node: { id: string, purpose: string, termMonths: number, amount: { amountFen: string } } }> } };

export type EventActiveProductsQueryVariables = Exact<{
  bankId?: string | number | null | undefined;
}>;


export type EventActiveProductsQuery = { loanProducts: { edges: Array<{ node: { id: string, name: string } }> } };

export type EventInvitationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EventInvitationOptionsQuery = { regions: Array<{ id: string, name: string, level: RegionLevel, path: string }>, whitelistBatches: { edges: Array<{ node: { id: string, version: number, status: WhitelistBatchStatus, regionName: string } }> } };

export type EventRegionsUnderQueryVariables = Exact<{
  parentId?: string | number | null | undefined;
}>;


export type EventRegionsUnderQuery = { regions: Array<{ id: string, name: string, level: RegionLevel, path: string }> };

export type EventRegistrationsQueryVariables = Exact<{
  id: string | number;
  role?: ParticipantRole | null | undefined;
  after?: string | null | undefined;
}>;


export type EventRegistrationsQuery = { matchmakingEvent: { id: string, title: string, registrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, role: ParticipantRole, status: RegistrationStatus, waitlistPosition: number | null, representatives: number, createdAt: string, promotedAt: string | null, cancelledAt: string | null } }> } } | null };

export type ScheduleBoardQueryVariables = Exact<{
  id: string | number;
}>;


export type ScheduleBoardQuery = { matchmakingEvent: { id: string, title: string, status: EventStatus, tableCount: number, schedulePublishedAt: string | null, slots: Array<{ index: number, startsAt: string, endsAt: string }>, meetings: Array<{ id: string, eventId: string, eventTitle: string, slotIndex: number, tableIndex: number, startsAt: string, endsAt: string, firmName: string, bankName: string, productName: string | null, firmRegistrationId: string, bankRegistrationId: string, firmResponse: MeetingResponse, bankResponse: MeetingResponse, declineReason: string | null, score: number, status: MeetingStatus, pinned: boolean, intent: MeetingIntent | null, outcomeNote: string | null, outcomeRecordedAt: string | null, offeredAmount: { amountFen: string } | null }>, pairRules: Array<{ id: string, kind: PairRuleKind, firmRegistrationId: string, bankRegistrationId: string, slotIndex: number | null, tableIndex: number | null }>, latestSchedule: { id: string, status: ScheduleRunStatus, progress: number, objective: number | null, quality: number | null, upperBound: number | null, gap: number | null, firmsMet: number | null, firmsRegistered: number | null, meetingCount: number | null, solver: string | null, error: string | null, finishedAt: string | null } | null } | null };

export type ScheduleFieldsFragment = { id: string, status: ScheduleRunStatus, progress: number, objective: number | null, quality: number | null, upperBound: number | null, gap: number | null, firmsMet: number | null, firmsRegistered: number | null, meetingCount: number | null, solver: string | null, error: string | null, finishedAt: string | null };

export type MeetingFieldsFragment = { id: string, eventId: string, eventTitle: string, slotIndex: number, tableIndex: number, startsAt: string, endsAt: string, firmName: string, bankName: string, productName: string | null, firmRegistrationId: string, bankRegistrationId: string, firmResponse: MeetingResponse, bankResponse: MeetingResponse, declineReason: string | null, score: number, status: MeetingStatus, pinned: boolean, intent: MeetingIntent | null, outcomeNote: string | null, outcomeRecordedAt: string | null, offeredAmount: { amountFen: string } | null };

export type MeetingScheduleQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingScheduleQuery = { meetingSchedule: { id: string, status: ScheduleRunStatus, progress: number, objective: number | null, quality: number | null, upperBound: number | null, gap: number | null, firmsMet: number | null, firmsRegistered: number | null, meetingCount: number | null, solver: string | null, error: string | null, finishedAt: string | null } };

export type ScheduleEventMeetingsMutationVariables = Exact<{
  eventId: string | number;
  input?: ScheduleMeetingsInput | null | undefined;
}>;


export type ScheduleEventMeetingsMutation = { scheduleEventMeetings: { id: string, status: ScheduleRunStatus, progress: number, objective: number | null, quality: number | null, upperBound: number | null, gap: number | null, firmsMet: number | null, firmsRegistered: number | null, meetingCount: number | null, solver: string | null, error: string | null, finishedAt: string | null } };

export type PublishEventScheduleMutationVariables = Exact<{
  eventId: string | number;
}>;


export type PublishEventScheduleMutation = { publishEventSchedule: { id: string, status: EventStatus, schedulePublishedAt: string | null } };

export type PinMeetingMutationVariables = Exact<{
  input: PinMeetingInput;
}>;


export type PinMeetingMutation = { pinMeeting: { id: string, eventId: string, eventTitle: string, slotIndex: number, tableIndex: number, startsAt: string, endsAt: string, firmName: string, bankName: string, productName: string | null, firmRegistrationId: string, bankRegistrationId: string, firmResponse: MeetingResponse, bankResponse: MeetingResponse, declineReason: string | null, score: number, status: MeetingStatus, pinned: boolean, intent: MeetingIntent | null, outcomeNote: string | null, outcomeRecordedAt: string | null, offeredAmount: { amountFen: string } | null } };

export type MyMeetingsQueryVariables = Exact<{
  after?: string | null | undefined;
  upcoming?: boolean | null | undefined;
}>;


export type MyMeetingsQuery = { myMeetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventId: string, eventTitle: string, slotIndex: number, tableIndex: number, startsAt: string, endsAt: string, firmName: string, bankName: string, productName: string | null, firmRegistrationId: string, bankRegistrationId: string, firmResponse: MeetingResponse, bankResponse: MeetingResponse, declineReason: string | null, score: number, status: MeetingStatus, pinned: boolean, intent: MeetingIntent | null, outcomeNote: string | null, outcomeRecordedAt: string | null, offeredAmount: { amountFen: string } | null } }> } };

export type EventMeetingsQueryVariables = Exact<{
  id: string | number;
}>;


export type EventMeetingsQuery = { matchmakingEvent: { id: string, title: string, status: EventStatus, canManage: boolean, meetings: Array<{ id: string, eventId: string, eventTitle: string, slotIndex: number, tableIndex: number, startsAt: string, endsAt: string, firmName: string, bankName: string, productName: string | null, firmRegistrationId: string, bankRegistrationId: string, firmResponse: MeetingResponse, bankResponse: MeetingResponse, declineReason: string | null, score: number, status: MeetingStatus, pinned: boolean, intent: MeetingIntent | null, outcomeNote: string | null, outcomeRecordedAt: string | null, offeredAmount: { amountFen: string } | null }> } | null };

export type RespondToMeetingMutationVariables = Exact<{
  meetingId: string | number;
  accept: boolean;
  reason?: string | null | undefined;
}>;


export type RespondToMeetingMutation = { respondToMeeting: { id: string, eventId: string, eventTitle: string, slotIndex: number, tableIndex: number, startsAt: string, endsAt: string, firmName: string, bankName: string, productName: string | null, firmRegistrationId: string, bankRegistrationId: string, firmResponse: MeetingResponse, bankResponse: MeetingResponse, declineReason: string | null, score: number, status: MeetingStatus, pinned: boolean, intent: MeetingIntent | null, outcomeNote: string | null, outcomeRecordedAt: string | null, offeredAmount: { amountFen: string } | null } };

export type RecordMeetingOutcomeMutationVariables = Exact<{
  input: MeetingOutcomeInput;
}>;


export type RecordMeetingOutcomeMutation = { recordMeetingOutcome: { id: string, eventId: string, eventTitle: string, slotIndex: number, tableIndex: number, startsAt: string, endsAt: string, firmName: string, bankName: string, productName: string | null, firmRegistrationId: string, bankRegistrationId: string, firmResponse: MeetingResponse, bankResponse: MeetingResponse, declineReason: string | null, score: number, status: MeetingStatus, pinned: boolean, intent: MeetingIntent | null, outcomeNote: string | null, outcomeRecordedAt: string | null, offeredAmount: { amountFen: string } | null } };

export type SubmitEventSurveyMutationVariables = Exact<{
  input: EventSurveyInput;
}>;


export type SubmitEventSurveyMutation = { submitEventSurvey: { id: string, rating: number, comment: string, updatedAt: string } };

export type EventReportQueryVariables = Exact<{
  id: string | number;
}>;


export type EventReportQuery = { matchmakingEvent: { id: string, title: string, status: EventStatus, reportCsv: string, report: { firmsRegistered: number, banksRegistered: number, waitlisted: number, cancelled: number, meetingsScheduled: number, meetingsAccepted: number, meetingsDeclined: number, meetingsHeld: number, noShows: number, loanApplications: number, loans: number, averageRating: number | null, surveyResponses: number, creditOffered: { amountFen: string }, loanAmount: { amountFen: string }, intents: Array<{ intent: MeetingIntent, count: number }>, ratings: Array<{ rating: number, count: number }>, byBank: Array<{ bankId: string, bankName: string, meetings: number, held: number, creditLines: number, loans: number, creditOffered: { amountFen: string }, loanAmount: { amountFen: string } }> } } | null };

export type FirmNeedsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: FinancingNeedFilter | null | undefined;
  sort?: FinancingNeedSort | null | undefined;
}>;


export type FirmNeedsQuery = { financingNeeds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, purpose: string, status: FinancingNeedStatus, termMonths: number, maxRateBp: number, bundleId: string | null, guaranteeAcceptable: boolean, insuranceAcceptable: boolean, publishedToBanksAt: string | null, createdAt: string, amount: { amountFen: string } } }> } };

export type NeedFieldsFragment = { id: string, purpose: string, status: FinancingNeedStatus, termMonths: number, maxRateBp: number, bundleId: string | null, guaranteeAcceptable: boolean, insuranceAcceptable: boolean, publishedToBanksAt: string | null, createdAt: string, amount: { amountFen: string } };

export type FirmNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type FirmNeedQuery = { financingNeed: { id: string, purpose: string, status: FinancingNeedStatus, termMonths: number, maxRateBp: number, bundleId: string | null, guaranteeAcceptable: boolean, insuranceAcceptable: boolean, publishedToBanksAt: string | null, createdAt: string, bankInterests: Array<{ id: string, bankName: string, productName: string, message: string | null, status: NeedInterestStatus, createdAt: string, respondedAt: string | null, responseNote: string | null }>, amount: { amountFen: string } } | null };

export type CreateFinancingNeedMutationVariables = Exact<{
  input: CreateFinancingNeedInput;
}>;


export type CreateFinancingNeedMutation = { createFinancingNeed: { id: string } };

export type WithdrawFinancingNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawFinancingNeedMutation = { withdrawFinancingNeed: { id: string, status: FinancingNeedStatus } };

export type PublishFinancingNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishFinancingNeedMutation = { publishFinancingNeed: { id: string, publishedToBanksAt: string | null } };

export type UnpublishFinancingNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type UnpublishFinancingNeedMutation = { unpublishFinancingNeed: { id: string, publishedToBanksAt: string | null } };

export type RespondToNeedInterestMutationVariables = Exact<{
  input: RespondToNeedInterestInput;
}>;


export type RespondToNeedInterestMutation = { respondToNeedInterest: { id: string, status: NeedInterestStatus, respondedAt: string | null, responseNote: string | null } };

export type WithdrawNeedConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawNeedConsentMutation = { withdrawNeedConsent: { id: string, status: NeedInterestStatus } };

export type MatchFieldsFragment = { eligible: boolean, score: number, hints: Array<string>, computedAt: string, product: { id: string, name: string, bankName: string, minRateBp: number }, checks: Array<{ criterion: MatchCriterion, passed: boolean, detail: string, detailEn: string }> };

export type NeedMatchesQueryVariables = Exact<{
  needId: string | number;
  after?: string | null | undefined;
  eligibleOnly?: boolean | null | undefined;
}>;


export type NeedMatchesQuery = { matchesForNeed: { totalCount: number, refreshing: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { eligible: boolean, score: number, hints: Array<string>, computedAt: string, product: { id: string, name: string, bankName: string, minRateBp: number }, checks: Array<{ criterion: MatchCriterion, passed: boolean, detail: string, detailEn: string }> } }> } };

export type ExplainMatchQueryVariables = Exact<{
  needId: string | number;
  productId: string | number;
}>;


export type ExplainMatchQuery = { explainMatch: { eligible: boolean, score: number, hints: Array<string>, computedAt: string, product: { id: string, name: string, bankName: string, minRateBp: number }, checks: Array<{ criterion: MatchCriterion, passed: boolean, detail: string, detailEn: string }> } };

export type MyEnterpriseQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseQuery = { enterprises: { edges: Array<{ node: { id: string, name: string, annualRevenues: Array<{ year: number, growthBp: number | null, verified: boolean, reportedAt: string, revenue: { amountFen: string } }> } }> } };

export type MyAssetsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: IpAssetFilter | null | undefined;
  sort?: IpAssetSort | null | undefined;
}>;


export type MyAssetsQuery = { ipAssets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, title: string, type: IpType, legalStatus: LegalStatus, pledgeStatus: PledgeStatus, filedOn: string | null, expiresOn: string | null, latestValuation: { validUntil: string, value: { amountFen: string } } | null } }> } };

export type AssetChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssetChoicesQuery = { ipAssets: { edges: Array<{ node: { id: string, number: string, title: string, legalStatus: LegalStatus, pledgeStatus: PledgeStatus, valuations: Array<{ valuer: { id: string, name: string } }> } }> } };

export type RegisterIpAssetMutationVariables = Exact<{
  input: RegisterIpAssetInput;
}>;


export type RegisterIpAssetMutation = { registerIpAsset: { id: string, number: string } };

export type FirmEngagementsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: ValuationEngagementFilter | null | undefined;
}>;


export type FirmEngagementsQuery = { valuationEngagements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ValuationEngagementStatus, note: string, cancelReason: string | null, createdAt: string, closedAt: string | null, ipAsset: { id: string, number: string, title: string }, valuer: { id: string, name: string } } }> } };

export type EngageValuerMutationVariables = Exact<{
  input: EngageValuerInput;
}>;


export type EngageValuerMutation = { engageValuer: Array<{ id: string }> };

export type CancelValuationEngagementMutationVariables = Exact<{
  input: CancelValuationEngagementInput;
}>;


export type CancelValuationEngagementMutation = { cancelValuationEngagement: { id: string, status: ValuationEngagementStatus, cancelReason: string | null } };

export type FirmBundlesQueryVariables = Exact<{
  enterpriseId: string | number;
  after?: string | null | undefined;
}>;


export type FirmBundlesQuery = { pledgeBundles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, assetCount: number, assetsWithoutValidValuation: number, otherCollateral: Array<CollateralKind>, createdAt: string, appraisedValue: { amountFen: string }, assets: Array<{ id: string, number: string, title: string }> } }> } };

export type CreatePledgeBundleMutationVariables = Exact<{
  input: CreatePledgeBundleInput;
}>;


export type CreatePledgeBundleMutation = { createPledgeBundle: { id: string } };

export type ReportAnnualRevenueMutationVariables = Exact<{
  input: ReportAnnualRevenueInput;
}>;


export type ReportAnnualRevenueMutation = { reportAnnualRevenue: { year: number } };

export type MyWhitelistInterestQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWhitelistInterestQuery = { myWhitelistInterest: Array<{ status: WhitelistResponseStatus, reason: string | null, respondedAt: string, bank: { id: string, name: string }, creditLine: { amountFen: string } | null }> };

export type InboxQueryVariables = Exact<{
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type InboxQuery = { notifications: { totalCount: number, unreadCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, link: string | null, createdAt: string, readAt: string | null, title: { zh: string, en: string }, body: { zh: string, en: string }, deliveries: Array<{ channel: NotificationChannel, status: NotificationDeliveryStatus }> } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type LoanApplicationsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: LoanApplicationFilter | null | undefined;
}>;


export type LoanApplicationsQuery = { loanApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: LoanApplicationStatus, enterpriseName: string, bankName: string, productName: string, requestedTermMonths: number, loanId: string | null, createdAt: string, requestedAmount: { amountFen: string }, offeredAmount: { amountFen: string } | null } }> } };

export type LoanApplicationFieldsFragment = { id: string, status: LoanApplicationStatus, version: number, enterpriseId: string, enterpriseName: string, bankName: string, productId: string, productName: string, needId: string | null, pledgeBundleId: string | null, ipAssetIds: Array<string>, requestedTermMonths: number, requestedRepaymentMethod: RepaymentMethod, purpose: string, offeredAnnualRateBp: number | null, offeredTermMonths: number | null, offeredRepaymentMethod: RepaymentMethod | null, guaranteeRequired: boolean, insuranceRequired: boolean, decisionNote: string | null, declineReason: string | null, decidedAt: string | null, loanId: string | null, createdAt: string, requestedAmount: { amountFen: string }, offeredAmount: { amountFen: string } | null, transitions: Array<{ id: string, fromStatus: LoanApplicationStatus | null, toStatus: LoanApplicationStatus, note: string, at: string }>, documentList: Array<{ id: string, kind: LoanDocumentKind, fileName: string, sizeBytes: number, sha256: string, uploadedAt: string }> };

export type LoanApplicationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type LoanApplicationPageQuery = { loanApplication: { id: string, status: LoanApplicationStatus, version: number, enterpriseId: string, enterpriseName: string, bankName: string, productId: string, productName: string, needId: string | null, pledgeBundleId: string | null, ipAssetIds: Array<string>, requestedTermMonths: number, requestedRepaymentMethod: RepaymentMethod, purpose: string, offeredAnnualRateBp: number | null, offeredTermMonths: number | null, offeredRepaymentMethod: RepaymentMethod | null, guaranteeRequired: boolean, insuranceRequired: boolean, decisionNote: string | null, declineReason: string | null, decidedAt: string | null, loanId: string | null, createdAt: string, requestedAmount: { amountFen: string }, offeredAmount: { amountFen: string } | null, transitions: Array<{ id: string, fromStatus: LoanApplicationStatus | null, toStatus: LoanApplicationStatus, note: string, at: string }>, documentList: Array<{ id: string, kind: LoanDocumentKind, fileName: string, sizeBytes: number, sha256: string, uploadedAt: string }> } };

export type LoanProductTermsQueryVariables = Exact<{
  id: string | number;
}>;


export type LoanProductTermsQuery = { loanProduct: { id: string, name: string, guaranteeRequired: boolean, insuranceRequired: boolean, bundleAllowed: boolean, bank: { id: string, name: string }, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } } | null };

export type LoanPledgeChoicesQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type LoanPledgeChoicesQuery = { pledgeBundles: { edges: Array<{ node: { id: string, name: string, assetCount: number, appraisedValue: { amountFen: string } } }> }, ipAssets: { edges: Array<{ node: { id: string, number: string, title: string, legalStatus: LegalStatus, pledgeStatus: PledgeStatus, latestValuation: { value: { amountFen: string } } | null } }> } };

export type ApplyForLoanMutationVariables = Exact<{
  input: ApplyForLoanInput;
}>;


export type ApplyForLoanMutation = { applyForLoan: { id: string } };

export type DecideLoanApplicationMutationVariables = Exact<{
  input: DecideLoanApplicationInput;
}>;


export type DecideLoanApplicationMutation = { decideLoanApplication: { id: string, status: LoanApplicationStatus, version: number, enterpriseId: string, enterpriseName: string, bankName: string, productId: string, productName: string, needId: string | null, pledgeBundleId: string | null, ipAssetIds: Array<string>, requestedTermMonths: number, requestedRepaymentMethod: RepaymentMethod, purpose: string, offeredAnnualRateBp: number | null, offeredTermMonths: number | null, offeredRepaymentMethod: RepaymentMethod | null, guaranteeRequired: boolean, insuranceRequired: boolean, decisionNote: string | null, declineReason: string | null, decidedAt: string | null, loanId: string | null, createdAt: string, requestedAmount: { amountFen: string }, offeredAmount: { amountFen: string } | null, transitions: Array<{ id: string, fromStatus: LoanApplicationStatus | null, toStatus: LoanApplicationStatus, note: string, at: string }>, documentList: Array<{ id: string, kind: LoanDocumentKind, fileName: string, sizeBytes: number, sha256: string, uploadedAt: string }> } };

export type RespondToCounterOfferMutationVariables = Exact<{
  input: RespondToCounterOfferInput;
}>;


export type RespondToCounterOfferMutation = { respondToCounterOffer: { id: string, status: LoanApplicationStatus, version: number, enterpriseId: string, enterpriseName: string, bankName: string, productId: string, productName: string, needId: string | null, pledgeBundleId: string | null, ipAssetIds: Array<string>, requestedTermMonths: number, requestedRepaymentMethod: RepaymentMethod, purpose: string, offeredAnnualRateBp: number | null, offeredTermMonths: number | null, offeredRepaymentMethod: RepaymentMethod | null, guaranteeRequired: boolean, insuranceRequired: boolean, decisionNote: string | null, declineReason: string | null, decidedAt: string | null, loanId: string | null, createdAt: string, requestedAmount: { amountFen: string }, offeredAmount: { amountFen: string } | null, transitions: Array<{ id: string, fromStatus: LoanApplicationStatus | null, toStatus: LoanApplicationStatus, note: string, at: string }>, documentList: Array<{ id: string, kind: LoanDocumentKind, fileName: string, sizeBytes: number, sha256: string, uploadedAt: string }> } };

export type WithdrawLoanApplicationMutationVariables = Exact<{
  input: WithdrawLoanApplicationInput;
}>;


export type WithdrawLoanApplicationMutation = { withdrawLoanApplication: { id: string, status: LoanApplicationStatus, version: number, enterpriseId: string, enterpriseName: string, bankName: string, productId: string, productName: string, needId: string | null, pledgeBundleId: string | null, ipAssetIds: Array<string>, requestedTermMonths: number, requestedRepaymentMethod: RepaymentMethod, purpose: string, offeredAnnualRateBp: number | null, offeredTermMonths: number | null, offeredRepaymentMethod: RepaymentMethod | null, guaranteeRequired: boolean, insuranceRequired: boolean, decisionNote: string | null, declineReason: string | null, decidedAt: string | null, loanId: string | null, createdAt: string, requestedAmount: { amountFen: string }, offeredAmount: { amountFen: string } | null, transitions: Array<{ id: string, fromStatus: LoanApplicationStatus | null, toStatus: LoanApplicationStatus, note: string, at: string }>, documentList: Array<{ id: string, kind: LoanDocumentKind, fileName: string, sizeBytes: number, sha256: string, uploadedAt: string }> } };

export type UploadLoanDocumentMutationVariables = Exact<{
  input: UploadLoanDocumentInput;
}>;


export type UploadLoanDocumentMutation = { uploadLoanDocument: { id: string } };

export type LoansQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: LoanFilter | null | undefined;
}>;


export type LoansQuery = { loans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: LoanStatus, annualRateBp: number, termMonths: number, repaymentMethod: RepaymentMethod, disbursedOn: string | null, maturityDate: string | null, daysPastDue: number, principal: { amountFen: string }, outstandingPrincipal: { amountFen: string }, application: { id: string, enterpriseName: string, bankName: string, productName: string } | null } }> } };

export type LoanFieldsFragment = { id: string, status: LoanStatus, version: number, pledgeRateBp: number, annualRateBp: number, termMonths: number, repaymentMethod: RepaymentMethod, dayCount: DayCount, contractedAt: string, disbursedOn: string | null, maturityDate: string | null, everOverdue: boolean, daysPastDue: number, maxDaysPastDue: number, defaultedOn: string | null, repaidOn: string | null, principal: { amountFen: string }, outstandingPrincipal: { amountFen: string }, appraisedValue: { amountFen: string }, application: { id: string, enterpriseName: string, bankName: string, productName: string, guaranteeRequired: boolean, insuranceRequired: boolean, decisionNote: string | null } | null, schedule: Array<{ id: string, seq: number, dueDate: string, status: InstalmentStatus, paidOn: string | null, daysPastDue: number, principal: { amountFen: string }, interest: { amountFen: string }, paidPrincipal: { amountFen: string }, paidInterest: { amountFen: string } }>, repayments: Array<{ id: string, paidOn: string, early: boolean, createdAt: string, principal: { amountFen: string }, interest: { amountFen: string }, penalty: { amountFen: string } }>, riskShares: Array<{ id: string, role: RiskShareRole, shareBp: number, passedOnBp: number, passedOnTo: string | null }>, fees: Array<{ id: string, kind: LoanFeeKind, paidOn: string | null, amount: { amountFen: string } }> };

export type LoanPageQueryVariables = Exact<{
  id: string | number;
}>;


export type LoanPageQuery = { loan: { id: string, status: LoanStatus, version: number, pledgeRateBp: number, annualRateBp: number, termMonths: number, repaymentMethod: RepaymentMethod, dayCount: DayCount, contractedAt: string, disbursedOn: string | null, maturityDate: string | null, everOverdue: boolean, daysPastDue: number, maxDaysPastDue: number, defaultedOn: string | null, repaidOn: string | null, principal: { amountFen: string }, outstandingPrincipal: { amountFen: string }, appraisedValue: { amountFen: string }, application: { id: string, enterpriseName: string, bankName: string, productName: string, guaranteeRequired: boolean, insuranceRequired: boolean, decisionNote: string | null } | null, schedule: Array<{ id: string, seq: number, dueDate: string, status: InstalmentStatus, paidOn: string | null, daysPastDue: number, principal: { amountFen: string }, interest: { amountFen: string }, paidPrincipal: { amountFen: string }, paidInterest: { amountFen: string } }>, repayments: Array<{ id: string, paidOn: string, early: boolean, createdAt: string, principal: { amountFen: string }, interest: { amountFen: string }, penalty: { amountFen: string } }>, riskShares: Array<{ id: string, role: RiskShareRole, shareBp: number, passedOnBp: number, passedOnTo: string | null }>, fees: Array<{ id: string, kind: LoanFeeKind, paidOn: string | null, amount: { amountFen: string } }> } | null };

export type DisburseLoanMutationVariables = Exact<{
  input: DisburseLoanInput;
}>;


export type DisburseLoanMutation = { disburseLoan: { id: string, status: LoanStatus, version: number, pledgeRateBp: number, annualRateBp: number, termMonths: number, repaymentMethod: RepaymentMethod, dayCount: DayCount, contractedAt: string, disbursedOn: string | null, maturityDate: string | null, everOverdue: boolean, daysPastDue: number, maxDaysPastDue: number, defaultedOn: string | null, repaidOn: string | null, principal: { amountFen: string }, outstandingPrincipal: { amountFen: string }, appraisedValue: { amountFen: string }, application: { id: string, enterpriseName: string, bankName: string, productName: string, guaranteeRequired: boolean, insuranceRequired: boolean, decisionNote: string | null } | null, schedule: Array<{ id: string, seq: number, dueDate: string, status: InstalmentStatus, paidOn: string | null, daysPastDue: number, principal: { amountFen: string }, interest: { amountFen: string }, paidPrincipal: { amountFen: string }, paidInterest: { amountFen: string } }>, repayments: Array<{ id: string, paidOn: string, early: boolean, createdAt: string, principal: { amountFen: string }, interest: { amountFen: string }, penalty: { amountFen: string } }>, riskShares: Array<{ id: string, role: RiskShareRole, shareBp: number, passedOnBp: number, passedOnTo: string | null }>, fees: Array<{ id: string, kind: LoanFeeKind, paidOn: string | null, amount: { amountFen: string } }> } };

export type RecordRepaymentMutationVariables = Exact<{
  input: RecordRepaymentInput;
}>;


export type RecordRepaymentMutation = { recordRepayment: { id: string, early: boolean } };

export type LoanActiveProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoanActiveProductsQuery = { loanProducts: { edges: Array<{ node: { id: string, name: string, bank: { id: string, name: string } } }> } };

export type LoanRiskPartiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LoanRiskPartiesQuery = { guarantors: Array<{ id: string, name: string }>, insurers: Array<{ id: string, name: string }> };

export type ScreeningRuleSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScreeningRuleSetsQuery = { screeningRuleSets: Array<{ id: string, version: number, minScore: number, createdAt: string, criteria: Array<{ criterion: ScreeningCriterion, threshold: string | null, weight: number, required: boolean }> }> };

export type DefineScreeningRulesMutationVariables = Exact<{
  input: DefineScreeningRulesInput;
}>;


export type DefineScreeningRulesMutation = { defineScreeningRules: { id: string, version: number } };

export type RunWhitelistScreeningMutationVariables = Exact<{
  ruleSetId?: string | number | null | undefined;
}>;


export type RunWhitelistScreeningMutation = { runWhitelistScreening: { id: string, version: number } };

export type WhitelistBatchesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WhitelistBatchesQuery = { whitelistBatches: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, status: WhitelistBatchStatus, createdAt: string, publishedAt: string | null, includedCount: number, entryCount: number } }> } };

export type WhitelistBatchQueryVariables = Exact<{
  id: string | number;
  offset: number;
  includedOnly: boolean;
}>;


export type WhitelistBatchQuery = { whitelistBatch: { id: string, version: number, status: WhitelistBatchStatus, regionPath: string, regionName: string, createdAt: string, publishedAt: string | null, entryCount: number, includedCount: number, entries: Array<{ id: string, enterpriseId: string, enterpriseName: string, score: number, included: boolean, nominated: boolean, manualChange: WhitelistManualChange | null, manualReason: string | null, reasons: Array<{ criterion: ScreeningCriterion, passed: boolean, required: boolean, weight: number, threshold: string | null, value: string | null, reasonZh: string, reasonEn: string }> }> } | null };

export type WhitelistPushesQueryVariables = Exact<{
  id: string | number;
}>;


export type WhitelistPushesQuery = { whitelistBatch: { id: string, pushableBanks: Array<{ id: string, name: string }>, pushes: Array<{ id: string, createdAt: string, total: number, perBank: Array<{ queued: number, delivered: number, failed: number, dead: number, total: number, bank: { id: string, name: string } }> }> } | null };

export type PublishWhitelistBatchMutationVariables = Exact<{
  batchId: string | number;
}>;


export type PublishWhitelistBatchMutation = { publishWhitelistBatch: { id: string, status: WhitelistBatchStatus, publishedAt: string | null } };

export type PushWhitelistBatchMutationVariables = Exact<{
  batchId: string | number;
  bankIds?: Array<string | number> | string | number | null | undefined;
}>;


export type PushWhitelistBatchMutation = { pushWhitelistBatch: { id: string, total: number } };

export type RedriveWhitelistDeliveriesMutationVariables = Exact<{
  pushId: string | number;
}>;


export type RedriveWhitelistDeliveriesMutation = { redriveWhitelistDeliveries: number };

export type AddWhitelistFirmMutationVariables = Exact<{
  input: WhitelistEntryChangeInput;
}>;


export type AddWhitelistFirmMutation = { addWhitelistFirm: { id: string, included: boolean, manualChange: WhitelistManualChange | null, manualReason: string | null } };

export type RemoveWhitelistFirmMutationVariables = Exact<{
  input: WhitelistEntryChangeInput;
}>;


export type RemoveWhitelistFirmMutation = { removeWhitelistFirm: { id: string, included: boolean, manualChange: WhitelistManualChange | null, manualReason: string | null } };

export type FirmOptionsQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type FirmOptionsQuery = { enterprises: { edges: Array<{ node: { id: string, name: string } }> } };

export type WhitelistAnswersQueryVariables = Exact<{
  batchId: string | number;
  after?: string | null | undefined;
  filter?: WhitelistResponseFilter | null | undefined;
}>;


export type WhitelistAnswersQuery = { whitelistBatch: { id: string, version: number, pushableBanks: Array<{ id: string, name: string }> } | null, whitelistResponses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, enterpriseId: string, enterpriseName: string, status: WhitelistResponseStatus, reason: string | null, createdAt: string, bank: { id: string, name: string }, creditLine: { amountFen: string } | null } }> }, chart: { edges: Array<{ node: { id: string, status: WhitelistResponseStatus, bank: { id: string, name: string } } }> } };

export type OfficeFirmsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: EnterpriseFilter | null | undefined;
  sort?: EnterpriseSort | null | undefined;
}>;


export type OfficeFirmsQuery = { enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, creditRating: CreditRating | null, employees: number | null, tags: Array<EnterpriseTag>, region: { id: string, name: string }, declaredFacts: Array<{ id: string, fact: EnterpriseFact, summary: string, declaredAt: string, status: FactDeclarationStatus }> } }> } };

export type ReviewFactDeclarationMutationVariables = Exact<{
  input: ReviewFactDeclarationInput;
}>;


export type ReviewFactDeclarationMutation = { reviewFactDeclaration: { id: string, status: FactDeclarationStatus, reviewNote: string | null } };

export type NominateWhitelistFirmMutationVariables = Exact<{
  input: NominateWhitelistFirmInput;
}>;


export type NominateWhitelistFirmMutation = { nominateWhitelistFirm: { id: string } };

export type CreateFinancingNeedForFirmMutationVariables = Exact<{
  input: CreateFinancingNeedInput;
}>;


export type CreateFinancingNeedForFirmMutation = { createFinancingNeed: { id: string } };

export type AuditLogQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, createdAt: string, action: string, actorName: string | null, actorOrganizationName: string | null, entityType: string, entityId: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type PledgeRegistrationFieldsFragment = { id: string, loanId: string, channel: PledgeChannel, status: PledgeRegistrationStatus, submittedAt: string, dueAt: string, slaWorkingDays: number, acceptedAt: string | null, registeredAt: string | null, returnedAt: string | null, returnedReason: string | null, certificateNumber: string | null, warnedAt: string | null, breachedAt: string | null, overdue: boolean };

export type PledgeRegistrationsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: PledgeRegistrationFilter | null | undefined;
}>;


export type PledgeRegistrationsQuery = { pledgeRegistrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, loanId: string, channel: PledgeChannel, status: PledgeRegistrationStatus, submittedAt: string, dueAt: string, slaWorkingDays: number, acceptedAt: string | null, registeredAt: string | null, returnedAt: string | null, returnedReason: string | null, certificateNumber: string | null, warnedAt: string | null, breachedAt: string | null, overdue: boolean, loan: { id: string, status: LoanStatus, principal: { amountFen: string }, application: { id: string, enterpriseName: string, bankName: string } | null } | null } }> } };

export type LoanPledgePanelQueryVariables = Exact<{
  loanId: string | number;
}>;


export type LoanPledgePanelQuery = { loanPledgeRegistration: { id: string, loanId: string, channel: PledgeChannel, status: PledgeRegistrationStatus, submittedAt: string, dueAt: string, slaWorkingDays: number, acceptedAt: string | null, registeredAt: string | null, returnedAt: string | null, returnedReason: string | null, certificateNumber: string | null, warnedAt: string | null, breachedAt: string | null, overdue: boolean } | null, loanAlerts: Array<{ id: string, ipAssetId: string, message: string, createdAt: string }> };

export type SubmitPledgeRegistrationMutationVariables = Exact<{
  input: SubmitPledgeRegistrationInput;
}>;


export type SubmitPledgeRegistrationMutation = { submitPledgeRegistration: { id: string, loanId: string, channel: PledgeChannel, status: PledgeRegistrationStatus, submittedAt: string, dueAt: string, slaWorkingDays: number, acceptedAt: string | null, registeredAt: string | null, returnedAt: string | null, returnedReason: string | null, certificateNumber: string | null, warnedAt: string | null, breachedAt: string | null, overdue: boolean } };

export type AcceptPledgeRegistrationMutationVariables = Exact<{
  registrationId: string | number;
}>;


export type AcceptPledgeRegistrationMutation = { acceptPledgeRegistration: { id: string, loanId: string, channel: PledgeChannel, status: PledgeRegistrationStatus, submittedAt: string, dueAt: string, slaWorkingDays: number, acceptedAt: string | null, registeredAt: string | null, returnedAt: string | null, returnedReason: string | null, certificateNumber: string | null, warnedAt: string | null, breachedAt: string | null, overdue: boolean } };

export type RegisterPledgeMutationVariables = Exact<{
  input: RegisterPledgeInput;
}>;


export type RegisterPledgeMutation = { registerPledge: { id: string, loanId: string, channel: PledgeChannel, status: PledgeRegistrationStatus, submittedAt: string, dueAt: string, slaWorkingDays: number, acceptedAt: string | null, registeredAt: string | null, returnedAt: string | null, returnedReason: string | null, certificateNumber: string | null, warnedAt: string | null, breachedAt: string | null, overdue: boolean } };

export type ReturnPledgeRegistrationMutationVariables = Exact<{
  input: ReturnPledgeRegistrationInput;
}>;


export type ReturnPledgeRegistrationMutation = { returnPledgeRegistration: { id: string, loanId: string, channel: PledgeChannel, status: PledgeRegistrationStatus, submittedAt: string, dueAt: string, slaWorkingDays: number, acceptedAt: string | null, registeredAt: string | null, returnedAt: string | null, returnedReason: string | null, certificateNumber: string | null, warnedAt: string | null, breachedAt: string | null, overdue: boolean } };

export type MonitoringAlertsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MonitoringAlertsQuery = { monitoringAlerts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, loanId: string, ipAssetId: string, message: string, createdAt: string, loan: { id: string, status: LoanStatus, application: { id: string, enterpriseName: string } | null } | null } }> } };

export type PolicyRulesFieldsFragment = { annualBudgetFen: string | null, registration: { onlineWorkingDays: number, offlineWorkingDays: number, warnBeforeHours: number }, overdue: { graceDays: number, workingDays: boolean, defaultAfterDaysPastDue: number }, interestSubsidy: { ratioBp: number, capPerLoanFen: string | null, capPerFirmYearFen: string | null, allowIfEverOverdue: boolean } | null, feeSubsidies: { registration: { ratioBp: number, capFen: string | null } | null, guarantee: { ratioBp: number, capFen: string | null } | null, insurance: { ratioBp: number, capFen: string | null } | null, valuation: { ratioBp: number, capFen: string | null } | null } | null, insurancePremiumSubsidy: { ratioBp: number, capFen: string | null } | null, bankReward: { capPerBankYearFen: string | null, tiers: Array<{ uptoFen: string | null, rateBp: number }> } | null, valuerReward: { ratioBp: number | null, perLoanFen: string | null, requiresRiskShare: boolean } | null, riskCompensation: { capPerLoanFen: string | null, requireFailedRecovery: boolean, excludeBatchPackage: boolean, ratioBpByRole: { bank: number | null, guarantor: number | null, insurer: number | null, valuer: number | null, ipService: number | null } } | null, citations: { registration: { document: string, clause: string, zh: string, en: string } | null, overdue: { document: string, clause: string, zh: string, en: string } | null, interestSubsidy: { document: string, clause: string, zh: string, en: string } | null, feeSubsidies: { document: string, clause: string, zh: string, en: string } | null, insurancePremiumSubsidy: { document: string, clause: string, zh: string, en: string } | null, bankReward: { document: string, clause: string, zh: string, en: string } | null, valuerReward: { document: string, clause: string, zh: string, en: string } | null, riskCompensation: { document: string, clause: string, zh: string, en: string } | null, annualBudgetFen: { document: string, clause: string, zh: string, en: string } | null } | null };

export type PolicyCitationFieldsFragment = { document: string, clause: string, zh: string, en: string };

export type PolicyRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRegionsQuery = { policyRegions: Array<{ id: string, name: string, code: string, path: string, versionCount: number }>, me: { id: string, roles: Array<Role>, organization: { id: string, region: { id: string } } } };

export type RegionalPoliciesQueryVariables = Exact<{
  regionId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegionalPoliciesQuery = { regionalPolicies: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, regionId: string | null, version: number, status: PolicyStatus, validFrom: string, validTo: string | null, note: string, publishedAt: string | null, createdAt: string } }> } };

export type PolicyVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyVersionQuery = { regionalPolicy: { id: string, regionId: string | null, version: number, status: PolicyStatus, validFrom: string, validTo: string | null, note: string, publishedAt: string | null, createdAt: string, rules: { annualBudgetFen: string | null, registration: { onlineWorkingDays: number, offlineWorkingDays: number, warnBeforeHours: number }, overdue: { graceDays: number, workingDays: boolean, defaultAfterDaysPastDue: number }, interestSubsidy: { ratioBp: number, capPerLoanFen: string | null, capPerFirmYearFen: string | null, allowIfEverOverdue: boolean } | null, feeSubsidies: { registration: { ratioBp: number, capFen: string | null } | null, guarantee: { ratioBp: number, capFen: string | null } | null, insurance: { ratioBp: number, capFen: string | null } | null, valuation: { ratioBp: number, capFen: string | null } | null } | null, insurancePremiumSubsidy: { ratioBp: number, capFen: string | null } | null, bankReward: { capPerBankYearFen: string | null, tiers: Array<{ uptoFen: string | null, rateBp: number }> } | null, valuerReward: { ratioBp: number | null, perLoanFen: string | null, requiresRiskShare: boolean } | null, riskCompensation: { capPerLoanFen: string | null, requireFailedRecovery: boolean, excludeBatchPackage: boolean, ratioBpByRole: { bank: number | null, guarantor: number | null, insurer: number | null, valuer: number | null, ipService: number | null } } | null, citations: { registration: { document: string, clause: string, zh: string, en: string } | null, overdue: { document: string, clause: string, zh: string, en: string } | null, interestSubsidy: { document: string, clause: string, zh: string, en: string } | null, feeSubsidies: { document: string, clause: string, zh: string, en: string } | null, insurancePremiumSubsidy: { document: string, clause: string, zh: string, en: string } | null, bankReward: { document: string, clause: string, zh: string, en: string } | null, valuerReward: { document: string, clause: string, zh: string, en: string } | null, riskCompensation: { document: string, clause: string, zh: string, en: string } | null, annualBudgetFen: { document: string, clause: string, zh: string, en: string } | null } | null } } };

export type CreatePolicyVersionMutationVariables = Exact<{
  input: CreatePolicyVersionInput;
}>;


export type CreatePolicyVersionMutation = { createPolicyVersion: { id: string, version: number, status: PolicyStatus } };

export type PublishPolicyVersionMutationVariables = Exact<{
  policyId: string | number;
}>;


export type PublishPolicyVersionMutation = { publishPolicyVersion: { id: string, version: number, status: PolicyStatus, validFrom: string, validTo: string | null } };

export type DisposalMarketQueryVariables = Exact<{
  query: string;
  filter?: DisposalSearchFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DisposalMarketQuery = { searchDisposalListings: { totalHits: number, hits: Array<{ id: string, title: string, description: string, mode: DisposalMode, status: DisposalStatus, assetTypes: Array<IpType>, assetTitles: Array<string>, regionPath: string, endsAt: string | null, price: { amountFen: string } }> } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { accessToken: string, expiresInSeconds: number } };

export type FinancingStatisticsQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;


export type FinancingStatisticsQuery = { financingStatistics: { from: string, to: string, asOf: string, source: StatisticsSource, csvPath: string, totals: { newLoanCount: number, customers: number, nplRatioBp: number | null, averagePledgeRateBp: number | null, pledgedPatents: number, implementedPatents: number, implementationRateBp: number | null, newLoanAmount: { amountFen: string }, balance: { amountFen: string }, nonPerformingBalance: { amountFen: string } }, previousYear: { newLoanCount: number, newLoanAmount: { amountFen: string } }, yearOnYear: { countGrowthBp: number | null, amountGrowthBp: number | null, targetBp: number, countMeetsTarget: boolean | null, amountMeetsTarget: boolean | null }, groups: Array<{ key: string, label: string, figures: { newLoanCount: number, customers: number, nplRatioBp: number | null, averagePledgeRateBp: number | null, pledgedPatents: number, implementedPatents: number, implementationRateBp: number | null, newLoanAmount: { amountFen: string }, balance: { amountFen: string }, nonPerformingBalance: { amountFen: string } }, yearOnYear: { countGrowthBp: number | null, amountGrowthBp: number | null, amountMeetsTarget: boolean | null } }>, satisfaction: { responses: number, averageRating: number | null } } };

export type StatisticsFiguresFragment = { newLoanCount: number, customers: number, nplRatioBp: number | null, averagePledgeRateBp: number | null, pledgedPatents: number, implementedPatents: number, implementationRateBp: number | null, newLoanAmount: { amountFen: string }, balance: { amountFen: string }, nonPerformingBalance: { amountFen: string } };

export type SetSubsidyBudgetMutationVariables = Exact<{
  input: SetSubsidyBudgetInput;
}>;


export type SetSubsidyBudgetMutation = { setSubsidyBudget: { regionId: string, year: number } };

export type SubsidyComputationFieldsFragment = { eligible: boolean, ineligibleCode: string | null, reasonZh: string | null, reasonEn: string | null, policyId: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> };

export type SubsidyGrantFieldsFragment = { id: string, loanId: string, enterpriseId: string, enterpriseName: string, kind: SubsidyKind, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> };

export type CompensationGrantFieldsFragment = { id: string, loanId: string, enterpriseName: string, role: RiskShareRole, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> };

export type SubsidyMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsidyMeQuery = { me: { id: string, roles: Array<Role>, organization: { id: string, region: { id: string, name: string } } } };

export type SubsidyLoansQueryVariables = Exact<{
  filter?: LoanFilter | null | undefined;
}>;


export type SubsidyLoansQuery = { loans: { edges: Array<{ node: { id: string, status: LoanStatus, disbursedOn: string | null, repaidOn: string | null, defaultedOn: string | null, everOverdue: boolean, principal: { amountFen: string } } }> } };

export type PreviewSubsidyQueryVariables = Exact<{
  loanId: string | number;
  kind: SubsidyKind;
}>;


export type PreviewSubsidyQuery = { previewSubsidy: { eligible: boolean, ineligibleCode: string | null, reasonZh: string | null, reasonEn: string | null, policyId: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type ApplyForSubsidyMutationVariables = Exact<{
  input: ApplyForSubsidyInput;
}>;


export type ApplyForSubsidyMutation = { applyForSubsidy: { id: string, loanId: string, enterpriseId: string, enterpriseName: string, kind: SubsidyKind, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type PreviewRiskCompensationQueryVariables = Exact<{
  input: ClaimRiskCompensationInput;
}>;


export type PreviewRiskCompensationQuery = { previewRiskCompensation: { eligible: boolean, ineligibleCode: string | null, reasonZh: string | null, reasonEn: string | null, policyId: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type ClaimRiskCompensationMutationVariables = Exact<{
  input: ClaimRiskCompensationInput;
}>;


export type ClaimRiskCompensationMutation = { claimRiskCompensation: { id: string, loanId: string, enterpriseName: string, role: RiskShareRole, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type SubsidyApplicationsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: SubsidyFilter | null | undefined;
}>;


export type SubsidyApplicationsQuery = { subsidyApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, loanId: string, enterpriseId: string, enterpriseName: string, kind: SubsidyKind, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } }> } };

export type CompensationClaimsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: SubsidyFilter | null | undefined;
}>;


export type CompensationClaimsQuery = { compensationClaims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, loanId: string, enterpriseName: string, role: RiskShareRole, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } }> } };

export type SubsidyBudgetQueryVariables = Exact<{
  regionId: string | number;
  year: number;
}>;


export type SubsidyBudgetQuery = { subsidyBudget: { regionId: string, year: number, source: string, amount: { amountFen: string } | null, used: { amountFen: string }, remaining: { amountFen: string } | null } };

export type ApproveSubsidyApplicationMutationVariables = Exact<{
  input: ApproveSubsidyInput;
}>;


export type ApproveSubsidyApplicationMutation = { approveSubsidyApplication: { id: string, loanId: string, enterpriseId: string, enterpriseName: string, kind: SubsidyKind, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type RejectSubsidyApplicationMutationVariables = Exact<{
  input: RejectSubsidyInput;
}>;


export type RejectSubsidyApplicationMutation = { rejectSubsidyApplication: { id: string, loanId: string, enterpriseId: string, enterpriseName: string, kind: SubsidyKind, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type RecordSubsidyPaymentMutationVariables = Exact<{
  input: RecordSubsidyPaymentInput;
}>;


export type RecordSubsidyPaymentMutation = { recordSubsidyPayment: { id: string, loanId: string, enterpriseId: string, enterpriseName: string, kind: SubsidyKind, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type ApproveCompensationClaimMutationVariables = Exact<{
  input: ApproveSubsidyInput;
}>;


export type ApproveCompensationClaimMutation = { approveCompensationClaim: { id: string, loanId: string, enterpriseName: string, role: RiskShareRole, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type RejectCompensationClaimMutationVariables = Exact<{
  input: RejectSubsidyInput;
}>;


export type RejectCompensationClaimMutation = { rejectCompensationClaim: { id: string, loanId: string, enterpriseName: string, role: RiskShareRole, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type RecordCompensationPaymentMutationVariables = Exact<{
  input: RecordSubsidyPaymentInput;
}>;


export type RecordCompensationPaymentMutation = { recordCompensationPayment: { id: string, loanId: string, enterpriseName: string, role: RiskShareRole, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type RewardGrantFieldsFragment = { id: string, kind: RewardKind, applicantName: string, periodYear: number | null, loanId: string | null, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> };

export type RewardRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RewardRegionsQuery = { policyRegions: Array<{ id: string, name: string }> };

export type ValuerRewardLoansQueryVariables = Exact<{ [key: string]: never; }>;


export type ValuerRewardLoansQuery = { valuerRewardLoans: Array<{ loanId: string, status: string, repaidOn: string | null, everOverdue: boolean, principal: { amountFen: string } }> };

export type PreviewBankRewardQueryVariables = Exact<{
  regionId: string | number;
  year: number;
}>;


export type PreviewBankRewardQuery = { previewBankReward: { eligible: boolean, ineligibleCode: string | null, reasonZh: string | null, reasonEn: string | null, policyId: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type ApplyForBankRewardMutationVariables = Exact<{
  input: ApplyForBankRewardInput;
}>;


export type ApplyForBankRewardMutation = { applyForBankReward: { id: string, kind: RewardKind, applicantName: string, periodYear: number | null, loanId: string | null, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type PreviewValuerRewardQueryVariables = Exact<{
  loanId: string | number;
}>;


export type PreviewValuerRewardQuery = { previewValuerReward: { eligible: boolean, ineligibleCode: string | null, reasonZh: string | null, reasonEn: string | null, policyId: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type ApplyForValuerRewardMutationVariables = Exact<{
  input: ApplyForValuerRewardInput;
}>;


export type ApplyForValuerRewardMutation = { applyForValuerReward: { id: string, kind: RewardKind, applicantName: string, periodYear: number | null, loanId: string | null, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type RewardApplicationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RewardApplicationsQuery = { rewardApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: RewardKind, applicantName: string, periodYear: number | null, loanId: string | null, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } }> } };

export type ApproveRewardApplicationMutationVariables = Exact<{
  input: ApproveSubsidyInput;
}>;


export type ApproveRewardApplicationMutation = { approveRewardApplication: { id: string, kind: RewardKind, applicantName: string, periodYear: number | null, loanId: string | null, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type RejectRewardApplicationMutationVariables = Exact<{
  input: RejectSubsidyInput;
}>;


export type RejectRewardApplicationMutation = { rejectRewardApplication: { id: string, kind: RewardKind, applicantName: string, periodYear: number | null, loanId: string | null, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type RecordRewardPaymentMutationVariables = Exact<{
  input: RecordSubsidyPaymentInput;
}>;


export type RecordRewardPaymentMutation = { recordRewardPayment: { id: string, kind: RewardKind, applicantName: string, periodYear: number | null, loanId: string | null, status: SubsidyStatus, version: number, budgetYear: number, rejectReason: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, amount: { amountFen: string }, steps: Array<{ labelZh: string, labelEn: string, expression: string }> } };

export type FirmCreditRecordsQueryVariables = Exact<{
  id: string | number;
}>;


export type FirmCreditRecordsQuery = { enterprise: { id: string, name: string, creditRecords: Array<{ id: string, kind: CreditRecordKind, reason: string, createdAt: string, clawback: { amountFen: string } }> } | null };

export type MarkSubsidyFraudMutationVariables = Exact<{
  input: MarkSubsidyFraudInput;
}>;


export type MarkSubsidyFraudMutation = { markSubsidyFraud: { id: string, reason: string } };

export type ValuationEngagementsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: ValuationEngagementFilter | null | undefined;
  sort?: ValuationEngagementSort | null | undefined;
  withAsset: boolean;
}>;


export type ValuationEngagementsQuery = { valuationEngagements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ValuationEngagementStatus, note: string, createdAt: string, closedAt: string | null, cancelReason: string | null, ipAssetId: string, requestedBy: { id: string, name: string }, ipAsset?: { id: string, number: string, title: string, type: IpType, legalStatus: LegalStatus } } }> } };

export type RecordValuationMutationVariables = Exact<{
  input: RecordValuationInput;
}>;


export type RecordValuationMutation = { recordValuation: { id: string, ipAssetId: string, value: { amountFen: string } } };

export type DeclineEngagementMutationVariables = Exact<{
  input: CancelValuationEngagementInput;
}>;


export type DeclineEngagementMutation = { cancelValuationEngagement: { id: string, status: ValuationEngagementStatus, cancelReason: string | null, closedAt: string | null } };

export const BankProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTags"}},{"kind":"Field","name":{"kind":"Name","value":"minCreditRating"}},{"kind":"Field","name":{"kind":"Name","value":"minFirmAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"requiresNoDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BankProductFieldsFragment, unknown>;
export const EventStateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchmakingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<EventStateFieldsFragment, unknown>;
export const ScheduleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"firmsMet"}},{"kind":"Field","name":{"kind":"Name","value":"firmsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCount"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ScheduleFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slotIndex"}},{"kind":"Field","name":{"kind":"Name","value":"tableIndex"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"firmRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"bankRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"firmResponse"}},{"kind":"Field","name":{"kind":"Name","value":"bankResponse"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]} as unknown as DocumentNode<MeetingFieldsFragment, unknown>;
export const NeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"bundleId"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"publishedToBanksAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<NeedFieldsFragment, unknown>;
export const MatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"hints"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"minRateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}}]}}]} as unknown as DocumentNode<MatchFieldsFragment, unknown>;
export const LoanApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoanApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeBundleId"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetIds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredAnnualRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"offeredTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]}}]} as unknown as DocumentNode<LoanApplicationFieldsFragment, unknown>;
export const LoanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Loan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"annualRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"contractedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"maturityDate"}},{"kind":"Field","name":{"kind":"Name","value":"everOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"defaultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repaidOn"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"shareBp"}},{"kind":"Field","name":{"kind":"Name","value":"passedOnBp"}},{"kind":"Field","name":{"kind":"Name","value":"passedOnTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]} as unknown as DocumentNode<LoanFieldsFragment, unknown>;
export const PledgeRegistrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PledgeRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<PledgeRegistrationFieldsFragment, unknown>;
export const PolicyCitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyCitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<PolicyCitationFieldsFragment, unknown>;
export const PolicyRulesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"offlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"warnBeforeHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAfterDaysPastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestSubsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capPerLoanFen"}},{"kind":"Field","name":{"kind":"Name","value":"capPerFirmYearFen"}},{"kind":"Field","name":{"kind":"Name","value":"allowIfEverOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeSubsidies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurancePremiumSubsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uptoFen"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capPerBankYearFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuerReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"perLoanFen"}},{"kind":"Field","name":{"kind":"Name","value":"requiresRiskShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskCompensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBpByRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"guarantor"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"valuer"}},{"kind":"Field","name":{"kind":"Name","value":"ipService"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capPerLoanFen"}},{"kind":"Field","name":{"kind":"Name","value":"requireFailedRecovery"}},{"kind":"Field","name":{"kind":"Name","value":"excludeBatchPackage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualBudgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestSubsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeSubsidies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurancePremiumSubsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuerReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskCompensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualBudgetFen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyCitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<PolicyRulesFieldsFragment, unknown>;
export const StatisticsFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newLoanCount"}},{"kind":"Field","name":{"kind":"Name","value":"newLoanAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonPerformingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nplRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"averagePledgeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedPatents"}},{"kind":"Field","name":{"kind":"Name","value":"implementedPatents"}},{"kind":"Field","name":{"kind":"Name","value":"implementationRateBp"}}]}}]} as unknown as DocumentNode<StatisticsFiguresFragment, unknown>;
export const SubsidyComputationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyComputationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyComputation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<SubsidyComputationFieldsFragment, unknown>;
export const SubsidyGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<SubsidyGrantFieldsFragment, unknown>;
export const CompensationGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompensationGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompensationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<CompensationGrantFieldsFragment, unknown>;
export const RewardGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"periodYear"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<RewardGrantFieldsFragment, unknown>;
export const CaughtMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaughtMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caughtMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaughtMailQuery, CaughtMailQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const UnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const NeedLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"ipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industrySection"}},{"kind":"Field","name":{"kind":"Name","value":"industrySectionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedLibraryQuery, NeedLibraryQueryVariables>;
export const SearchWhitelistedFirmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchWhitelistedFirms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchWhitelistedFirms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHits"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"ipCount"}},{"kind":"Field","name":{"kind":"Name","value":"patentCount"}},{"kind":"Field","name":{"kind":"Name","value":"trademarkCount"}},{"kind":"Field","name":{"kind":"Name","value":"copyrightCount"}},{"kind":"Field","name":{"kind":"Name","value":"openNeedCount"}},{"kind":"Field","name":{"kind":"Name","value":"openNeedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchWhitelistedFirmsQuery, SearchWhitelistedFirmsQueryVariables>;
export const BankFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"whitelistedFirms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"}},{"kind":"Field","name":{"kind":"Name","value":"pushedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankFirmQuery, BankFirmQueryVariables>;
export const RespondToWhitelistedFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToWhitelistedFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitelistResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToWhitelistedFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"shareReasonWithFirm"}}]}}]}}]} as unknown as DocumentNode<RespondToWhitelistedFirmMutation, RespondToWhitelistedFirmMutationVariables>;
export const ReviewValuationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewValuation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewValuationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewValuation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valuationId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ReviewValuationMutation, ReviewValuationMutationVariables>;
export const BankExplainMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankExplainMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"hints"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}}]}}]}}]} as unknown as DocumentNode<BankExplainMatchQuery, BankExplainMatchQueryVariables>;
export const BankProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProductSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTags"}},{"kind":"Field","name":{"kind":"Name","value":"minCreditRating"}},{"kind":"Field","name":{"kind":"Name","value":"minFirmAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"requiresNoDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BankProductsQuery, BankProductsQueryVariables>;
export const BankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTags"}},{"kind":"Field","name":{"kind":"Name","value":"minCreditRating"}},{"kind":"Field","name":{"kind":"Name","value":"minFirmAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"requiresNoDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BankProductQuery, BankProductQueryVariables>;
export const CreateBankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLoanProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLoanProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTags"}},{"kind":"Field","name":{"kind":"Name","value":"minCreditRating"}},{"kind":"Field","name":{"kind":"Name","value":"minFirmAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"requiresNoDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateBankProductMutation, CreateBankProductMutationVariables>;
export const UpdateBankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLoanProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLoanProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTags"}},{"kind":"Field","name":{"kind":"Name","value":"minCreditRating"}},{"kind":"Field","name":{"kind":"Name","value":"minFirmAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"requiresNoDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateBankProductMutation, UpdateBankProductMutationVariables>;
export const ArchiveBankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveBankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveLoanProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveBankProductMutation, ArchiveBankProductMutationVariables>;
export const ExpressInterestInNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExpressInterestInNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpressNeedInterestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expressInterestInNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ExpressInterestInNeedMutation, ExpressInterestInNeedMutationVariables>;
export const WithdrawNeedInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNeedInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNeedInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawNeedInterestMutation, WithdrawNeedInterestMutationVariables>;
export const NeedOfInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedOfInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}}]}}]}}]} as unknown as DocumentNode<NeedOfInterestQuery, NeedOfInterestQueryVariables>;
export const MyBankWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBankWebhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBankWebhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MyBankWebhookQuery, MyBankWebhookQueryVariables>;
export const ConfigureBankWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureBankWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureBankWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ConfigureBankWebhookMutation, ConfigureBankWebhookMutationVariables>;
export const WorkingDayCalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingDayCalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"loaded"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workingDayCount"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkingDayCalendarYearQuery, WorkingDayCalendarYearQueryVariables>;
export const LoadWorkingDayCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoadWorkingDayCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoadWorkingDayCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadWorkingDayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"loaded"}},{"kind":"Field","name":{"kind":"Name","value":"workingDayCount"}}]}}]}}]} as unknown as DocumentNode<LoadWorkingDayCalendarMutation, LoadWorkingDayCalendarMutationVariables>;
export const MatchmakingEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchmakingEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchmakingEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchmakingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"firmCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"bankCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"firmsWaitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"banksRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"banksWaitlisted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchmakingEventsQuery, MatchmakingEventsQueryVariables>;
export const EventPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchmakingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"firmCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"bankCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxRepresentatives"}},{"kind":"Field","name":{"kind":"Name","value":"tableCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedulePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitedRegionIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedParkIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBatchIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"firmsWaitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"banksRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"banksWaitlisted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"productIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mySurvey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EventPageQuery, EventPageQueryVariables>;
export const CreateMatchmakingEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMatchmakingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatchmakingEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatchmakingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateMatchmakingEventMutation, CreateMatchmakingEventMutationVariables>;
export const UpdateMatchmakingEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMatchmakingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatchmakingEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatchmakingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMatchmakingEventMutation, UpdateMatchmakingEventMutationVariables>;
export const PublishMatchmakingEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMatchmakingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMatchmakingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchmakingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<PublishMatchmakingEventMutation, PublishMatchmakingEventMutationVariables>;
export const CloseEventRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseEventRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEventRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchmakingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<CloseEventRegistrationMutation, CloseEventRegistrationMutationVariables>;
export const CancelMatchmakingEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMatchmakingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMatchmakingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchmakingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<CancelMatchmakingEventMutation, CancelMatchmakingEventMutationVariables>;
export const MarkEventHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkEventHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markEventHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchmakingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<MarkEventHeldMutation, MarkEventHeldMutationVariables>;
export const FinalizeEventReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeEventReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeEventReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchmakingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<FinalizeEventReportMutation, FinalizeEventReportMutationVariables>;
export const RegisterForEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterForEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const CancelEventRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEventRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEventRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelEventRegistrationMutation, CancelEventRegistrationMutationVariables>;
export const EventOpenNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventOpenNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventOpenNeedsQuery, EventOpenNeedsQueryVariables>;
export const EventActiveProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventActiveProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bankId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bankId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bankId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventActiveProductsQuery, EventActiveProductsQueryVariables>;
export const EventInvitationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventInvitationOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whitelistBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventInvitationOptionsQuery, EventInvitationOptionsQueryVariables>;
export const EventRegionsUnderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventRegionsUnder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<EventRegionsUnderQuery, EventRegionsUnderQueryVariables>;
export const EventRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchmakingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventRegistrationsQuery, EventRegistrationsQueryVariables>;
export const ScheduleBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchmakingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tableCount"}},{"kind":"Field","name":{"kind":"Name","value":"schedulePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firmRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"bankRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"slotIndex"}},{"kind":"Field","name":{"kind":"Name","value":"tableIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slotIndex"}},{"kind":"Field","name":{"kind":"Name","value":"tableIndex"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"firmRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"bankRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"firmResponse"}},{"kind":"Field","name":{"kind":"Name","value":"bankResponse"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"firmsMet"}},{"kind":"Field","name":{"kind":"Name","value":"firmsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCount"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ScheduleBoardQuery, ScheduleBoardQueryVariables>;
export const MeetingScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"firmsMet"}},{"kind":"Field","name":{"kind":"Name","value":"firmsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCount"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<MeetingScheduleQuery, MeetingScheduleQueryVariables>;
export const ScheduleEventMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleEventMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleEventMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"firmsMet"}},{"kind":"Field","name":{"kind":"Name","value":"firmsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCount"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ScheduleEventMeetingsMutation, ScheduleEventMeetingsMutationVariables>;
export const PublishEventScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEventSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEventSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schedulePublishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishEventScheduleMutation, PublishEventScheduleMutationVariables>;
export const PinMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PinMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PinMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slotIndex"}},{"kind":"Field","name":{"kind":"Name","value":"tableIndex"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"firmRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"bankRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"firmResponse"}},{"kind":"Field","name":{"kind":"Name","value":"bankResponse"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]} as unknown as DocumentNode<PinMeetingMutation, PinMeetingMutationVariables>;
export const MyMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slotIndex"}},{"kind":"Field","name":{"kind":"Name","value":"tableIndex"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"firmRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"bankRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"firmResponse"}},{"kind":"Field","name":{"kind":"Name","value":"bankResponse"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]} as unknown as DocumentNode<MyMeetingsQuery, MyMeetingsQueryVariables>;
export const EventMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchmakingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slotIndex"}},{"kind":"Field","name":{"kind":"Name","value":"tableIndex"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"firmRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"bankRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"firmResponse"}},{"kind":"Field","name":{"kind":"Name","value":"bankResponse"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]} as unknown as DocumentNode<EventMeetingsQuery, EventMeetingsQueryVariables>;
export const RespondToMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slotIndex"}},{"kind":"Field","name":{"kind":"Name","value":"tableIndex"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"firmRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"bankRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"firmResponse"}},{"kind":"Field","name":{"kind":"Name","value":"bankResponse"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]} as unknown as DocumentNode<RespondToMeetingMutation, RespondToMeetingMutationVariables>;
export const RecordMeetingOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeetingOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slotIndex"}},{"kind":"Field","name":{"kind":"Name","value":"tableIndex"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"firmRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"bankRegistrationId"}},{"kind":"Field","name":{"kind":"Name","value":"firmResponse"}},{"kind":"Field","name":{"kind":"Name","value":"bankResponse"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]} as unknown as DocumentNode<RecordMeetingOutcomeMutation, RecordMeetingOutcomeMutationVariables>;
export const SubmitEventSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitEventSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitEventSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitEventSurveyMutation, SubmitEventSurveyMutationVariables>;
export const EventReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchmakingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportCsv"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"banksRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsDeclined"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"creditOffered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanApplications"}},{"kind":"Field","name":{"kind":"Name","value":"loans"}},{"kind":"Field","name":{"kind":"Name","value":"loanAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"surveyResponses"}},{"kind":"Field","name":{"kind":"Name","value":"intents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byBank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankId"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"creditLines"}},{"kind":"Field","name":{"kind":"Name","value":"creditOffered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loans"}},{"kind":"Field","name":{"kind":"Name","value":"loanAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventReportQuery, EventReportQueryVariables>;
export const FirmNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingNeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingNeedSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"bundleId"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"publishedToBanksAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<FirmNeedsQuery, FirmNeedsQueryVariables>;
export const FirmNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}},{"kind":"Field","name":{"kind":"Name","value":"bankInterests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"bundleId"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"publishedToBanksAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<FirmNeedQuery, FirmNeedQueryVariables>;
export const CreateFinancingNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFinancingNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFinancingNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFinancingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateFinancingNeedMutation, CreateFinancingNeedMutationVariables>;
export const WithdrawFinancingNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawFinancingNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawFinancingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawFinancingNeedMutation, WithdrawFinancingNeedMutationVariables>;
export const PublishFinancingNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFinancingNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFinancingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedToBanksAt"}}]}}]}}]} as unknown as DocumentNode<PublishFinancingNeedMutation, PublishFinancingNeedMutationVariables>;
export const UnpublishFinancingNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishFinancingNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishFinancingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedToBanksAt"}}]}}]}}]} as unknown as DocumentNode<UnpublishFinancingNeedMutation, UnpublishFinancingNeedMutationVariables>;
export const RespondToNeedInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToNeedInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToNeedInterestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToNeedInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}}]}}]}}]} as unknown as DocumentNode<RespondToNeedInterestMutation, RespondToNeedInterestMutationVariables>;
export const WithdrawNeedConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNeedConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNeedConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawNeedConsentMutation, WithdrawNeedConsentMutationVariables>;
export const NeedMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eligibleOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchesForNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"eligibleOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eligibleOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"refreshing"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"hints"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"minRateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}}]}}]} as unknown as DocumentNode<NeedMatchesQuery, NeedMatchesQueryVariables>;
export const ExplainMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"hints"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"minRateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}}]}}]} as unknown as DocumentNode<ExplainMatchQuery, ExplainMatchQueryVariables>;
export const MyEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"growthBp"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyEnterpriseQuery, MyEnterpriseQueryVariables>;
export const MyAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IpAssetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IpAssetSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAssetsQuery, MyAssetsQueryVariables>;
export const AssetChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"valuations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssetChoicesQuery, AssetChoicesQueryVariables>;
export const RegisterIpAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterIpAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterIpAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerIpAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RegisterIpAssetMutation, RegisterIpAssetMutationVariables>;
export const FirmEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ValuationEngagementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationEngagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ipAsset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirmEngagementsQuery, FirmEngagementsQueryVariables>;
export const EngageValuerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EngageValuer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EngageValuerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engageValuer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EngageValuerMutation, EngageValuerMutationVariables>;
export const CancelValuationEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelValuationEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelValuationEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelValuationEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<CancelValuationEngagementMutation, CancelValuationEngagementMutationVariables>;
export const FirmBundlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmBundles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeBundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assetCount"}},{"kind":"Field","name":{"kind":"Name","value":"assetsWithoutValidValuation"}},{"kind":"Field","name":{"kind":"Name","value":"otherCollateral"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirmBundlesQuery, FirmBundlesQueryVariables>;
export const CreatePledgeBundleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePledgeBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePledgeBundleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPledgeBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePledgeBundleMutation, CreatePledgeBundleMutationVariables>;
export const ReportAnnualRevenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportAnnualRevenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportAnnualRevenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportAnnualRevenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<ReportAnnualRevenueMutation, ReportAnnualRevenueMutationVariables>;
export const MyWhitelistInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWhitelistInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWhitelistInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]}}]} as unknown as DocumentNode<MyWhitelistInterestQuery, MyWhitelistInterestQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const LoanApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanApplicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoanApplicationsQuery, LoanApplicationsQueryVariables>;
export const LoanApplicationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanApplicationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoanApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoanApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeBundleId"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetIds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredAnnualRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"offeredTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]}}]} as unknown as DocumentNode<LoanApplicationPageQuery, LoanApplicationPageQueryVariables>;
export const LoanProductTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanProductTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}}]}}]}}]} as unknown as DocumentNode<LoanProductTermsQuery, LoanProductTermsQueryVariables>;
export const LoanPledgeChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanPledgeChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeBundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assetCount"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoanPledgeChoicesQuery, LoanPledgeChoicesQueryVariables>;
export const ApplyForLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForLoanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApplyForLoanMutation, ApplyForLoanMutationVariables>;
export const DecideLoanApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideLoanApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideLoanApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideLoanApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoanApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoanApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeBundleId"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetIds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredAnnualRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"offeredTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]}}]} as unknown as DocumentNode<DecideLoanApplicationMutation, DecideLoanApplicationMutationVariables>;
export const RespondToCounterOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToCounterOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToCounterOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToCounterOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoanApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoanApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeBundleId"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetIds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredAnnualRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"offeredTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]}}]} as unknown as DocumentNode<RespondToCounterOfferMutation, RespondToCounterOfferMutationVariables>;
export const WithdrawLoanApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawLoanApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawLoanApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawLoanApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoanApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoanApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeBundleId"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetIds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredAnnualRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"offeredTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredRepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawLoanApplicationMutation, WithdrawLoanApplicationMutationVariables>;
export const UploadLoanDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadLoanDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadLoanDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadLoanDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UploadLoanDocumentMutation, UploadLoanDocumentMutationVariables>;
export const LoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Loans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"maturityDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoansQuery, LoansQueryVariables>;
export const LoanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Loan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"annualRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"contractedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"maturityDate"}},{"kind":"Field","name":{"kind":"Name","value":"everOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"defaultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repaidOn"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"shareBp"}},{"kind":"Field","name":{"kind":"Name","value":"passedOnBp"}},{"kind":"Field","name":{"kind":"Name","value":"passedOnTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]} as unknown as DocumentNode<LoanPageQuery, LoanPageQueryVariables>;
export const DisburseLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisburseLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisburseLoanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disburseLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Loan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"annualRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"contractedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"maturityDate"}},{"kind":"Field","name":{"kind":"Name","value":"everOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"defaultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repaidOn"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"shareBp"}},{"kind":"Field","name":{"kind":"Name","value":"passedOnBp"}},{"kind":"Field","name":{"kind":"Name","value":"passedOnTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]} as unknown as DocumentNode<DisburseLoanMutation, DisburseLoanMutationVariables>;
export const RecordRepaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRepayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRepaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"early"}}]}}]}}]} as unknown as DocumentNode<RecordRepaymentMutation, RecordRepaymentMutationVariables>;
export const LoanActiveProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanActiveProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoanActiveProductsQuery, LoanActiveProductsQueryVariables>;
export const LoanRiskPartiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanRiskParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"guarantors"},"name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"GUARANTOR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"insurers"},"name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"INSURER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoanRiskPartiesQuery, LoanRiskPartiesQueryVariables>;
export const ScreeningRuleSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screeningRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]} as unknown as DocumentNode<ScreeningRuleSetsQuery, ScreeningRuleSetsQueryVariables>;
export const DefineScreeningRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineScreeningRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineScreeningRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineScreeningRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DefineScreeningRulesMutation, DefineScreeningRulesMutationVariables>;
export const RunWhitelistScreeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunWhitelistScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleSetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runWhitelistScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ruleSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleSetId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RunWhitelistScreeningMutation, RunWhitelistScreeningMutationVariables>;
export const WhitelistBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhitelistBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whitelistBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhitelistBatchesQuery, WhitelistBatchesQueryVariables>;
export const WhitelistBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhitelistBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includedOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whitelistBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionPath"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"includedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includedOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"manualChange"}},{"kind":"Field","name":{"kind":"Name","value":"manualReason"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhitelistBatchQuery, WhitelistBatchQueryVariables>;
export const WhitelistPushesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhitelistPushes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whitelistBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pushableBanks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pushes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"perBank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhitelistPushesQuery, WhitelistPushesQueryVariables>;
export const PublishWhitelistBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishWhitelistBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishWhitelistBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishWhitelistBatchMutation, PublishWhitelistBatchMutationVariables>;
export const PushWhitelistBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PushWhitelistBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bankIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushWhitelistBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bankIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bankIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<PushWhitelistBatchMutation, PushWhitelistBatchMutationVariables>;
export const RedriveWhitelistDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedriveWhitelistDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pushId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redriveWhitelistDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pushId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pushId"}}}]}]}}]} as unknown as DocumentNode<RedriveWhitelistDeliveriesMutation, RedriveWhitelistDeliveriesMutationVariables>;
export const AddWhitelistFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWhitelistFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitelistEntryChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWhitelistFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"manualChange"}},{"kind":"Field","name":{"kind":"Name","value":"manualReason"}}]}}]}}]} as unknown as DocumentNode<AddWhitelistFirmMutation, AddWhitelistFirmMutationVariables>;
export const RemoveWhitelistFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWhitelistFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitelistEntryChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWhitelistFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"manualChange"}},{"kind":"Field","name":{"kind":"Name","value":"manualReason"}}]}}]}}]} as unknown as DocumentNode<RemoveWhitelistFirmMutation, RemoveWhitelistFirmMutationVariables>;
export const FirmOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirmOptionsQuery, FirmOptionsQueryVariables>;
export const WhitelistAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhitelistAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitelistResponseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whitelistBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pushableBanks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"whitelistResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"chart"},"name":{"kind":"Name","value":"whitelistResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhitelistAnswersQuery, WhitelistAnswersQueryVariables>;
export const OfficeFirmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeFirms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeFirmsQuery, OfficeFirmsQueryVariables>;
export const ReviewFactDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewFactDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFactDeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewFactDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]} as unknown as DocumentNode<ReviewFactDeclarationMutation, ReviewFactDeclarationMutationVariables>;
export const NominateWhitelistFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateWhitelistFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateWhitelistFirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateWhitelistFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NominateWhitelistFirmMutation, NominateWhitelistFirmMutationVariables>;
export const CreateFinancingNeedForFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFinancingNeedForFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFinancingNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFinancingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateFinancingNeedForFirmMutation, CreateFinancingNeedForFirmMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const PledgeRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgeRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegistrationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PledgeRegistrationFields"}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PledgeRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<PledgeRegistrationsQuery, PledgeRegistrationsQueryVariables>;
export const LoanPledgePanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanPledgePanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanPledgeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loanId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PledgeRegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loanId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PledgeRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<LoanPledgePanelQuery, LoanPledgePanelQueryVariables>;
export const SubmitPledgeRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPledgeRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPledgeRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPledgeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PledgeRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PledgeRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<SubmitPledgeRegistrationMutation, SubmitPledgeRegistrationMutationVariables>;
export const AcceptPledgeRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptPledgeRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPledgeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PledgeRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PledgeRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<AcceptPledgeRegistrationMutation, AcceptPledgeRegistrationMutationVariables>;
export const RegisterPledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PledgeRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PledgeRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<RegisterPledgeMutation, RegisterPledgeMutationVariables>;
export const ReturnPledgeRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnPledgeRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnPledgeRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPledgeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PledgeRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PledgeRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<ReturnPledgeRegistrationMutation, ReturnPledgeRegistrationMutationVariables>;
export const MonitoringAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringAlertsQuery, MonitoringAlertsQueryVariables>;
export const PolicyRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRegionsQuery, PolicyRegionsQueryVariables>;
export const RegionalPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionalPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionalPoliciesQuery, RegionalPoliciesQueryVariables>;
export const PolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyCitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyCitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"offlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"warnBeforeHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAfterDaysPastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestSubsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capPerLoanFen"}},{"kind":"Field","name":{"kind":"Name","value":"capPerFirmYearFen"}},{"kind":"Field","name":{"kind":"Name","value":"allowIfEverOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeSubsidies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurancePremiumSubsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uptoFen"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capPerBankYearFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuerReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"perLoanFen"}},{"kind":"Field","name":{"kind":"Name","value":"requiresRiskShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskCompensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratioBpByRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"guarantor"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"valuer"}},{"kind":"Field","name":{"kind":"Name","value":"ipService"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capPerLoanFen"}},{"kind":"Field","name":{"kind":"Name","value":"requireFailedRecovery"}},{"kind":"Field","name":{"kind":"Name","value":"excludeBatchPackage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualBudgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestSubsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeSubsidies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurancePremiumSubsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuerReward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskCompensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualBudgetFen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyCitationFields"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyVersionQuery, PolicyVersionQueryVariables>;
export const CreatePolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreatePolicyVersionMutation, CreatePolicyVersionMutationVariables>;
export const PublishPolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<PublishPolicyVersionMutation, PublishPolicyVersionMutationVariables>;
export const DisposalMarketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisposalMarket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisposalSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchDisposalListings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHits"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assetTypes"}},{"kind":"Field","name":{"kind":"Name","value":"assetTitles"}},{"kind":"Field","name":{"kind":"Name","value":"regionPath"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisposalMarketQuery, DisposalMarketQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const FinancingStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newLoanCount"}},{"kind":"Field","name":{"kind":"Name","value":"newLoanAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearOnYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countGrowthBp"}},{"kind":"Field","name":{"kind":"Name","value":"amountGrowthBp"}},{"kind":"Field","name":{"kind":"Name","value":"targetBp"}},{"kind":"Field","name":{"kind":"Name","value":"countMeetsTarget"}},{"kind":"Field","name":{"kind":"Name","value":"amountMeetsTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearOnYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countGrowthBp"}},{"kind":"Field","name":{"kind":"Name","value":"amountGrowthBp"}},{"kind":"Field","name":{"kind":"Name","value":"amountMeetsTarget"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newLoanCount"}},{"kind":"Field","name":{"kind":"Name","value":"newLoanAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonPerformingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nplRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"averagePledgeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedPatents"}},{"kind":"Field","name":{"kind":"Name","value":"implementedPatents"}},{"kind":"Field","name":{"kind":"Name","value":"implementationRateBp"}}]}}]} as unknown as DocumentNode<FinancingStatisticsQuery, FinancingStatisticsQueryVariables>;
export const SetSubsidyBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSubsidyBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSubsidyBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSubsidyBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<SetSubsidyBudgetMutation, SetSubsidyBudgetMutationVariables>;
export const SubsidyMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubsidyMeQuery, SubsidyMeQueryVariables>;
export const SubsidyLoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyLoans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repaidOn"}},{"kind":"Field","name":{"kind":"Name","value":"defaultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"everOverdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubsidyLoansQuery, SubsidyLoansQueryVariables>;
export const PreviewSubsidyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewSubsidy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewSubsidy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyComputationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyComputationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyComputation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<PreviewSubsidyQuery, PreviewSubsidyQueryVariables>;
export const ApplyForSubsidyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForSubsidy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForSubsidyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForSubsidy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<ApplyForSubsidyMutation, ApplyForSubsidyMutationVariables>;
export const PreviewRiskCompensationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewRiskCompensation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimRiskCompensationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRiskCompensation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyComputationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyComputationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyComputation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<PreviewRiskCompensationQuery, PreviewRiskCompensationQueryVariables>;
export const ClaimRiskCompensationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimRiskCompensation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimRiskCompensationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimRiskCompensation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompensationGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompensationGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompensationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<ClaimRiskCompensationMutation, ClaimRiskCompensationMutationVariables>;
export const SubsidyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<SubsidyApplicationsQuery, SubsidyApplicationsQueryVariables>;
export const CompensationClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompensationClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compensationClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompensationGrantFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompensationGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompensationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<CompensationClaimsQuery, CompensationClaimsQueryVariables>;
export const SubsidyBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"used"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<SubsidyBudgetQuery, SubsidyBudgetQueryVariables>;
export const ApproveSubsidyApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveSubsidyApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveSubsidyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveSubsidyApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<ApproveSubsidyApplicationMutation, ApproveSubsidyApplicationMutationVariables>;
export const RejectSubsidyApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSubsidyApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectSubsidyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSubsidyApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<RejectSubsidyApplicationMutation, RejectSubsidyApplicationMutationVariables>;
export const RecordSubsidyPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSubsidyPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSubsidyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSubsidyPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<RecordSubsidyPaymentMutation, RecordSubsidyPaymentMutationVariables>;
export const ApproveCompensationClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCompensationClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveSubsidyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCompensationClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompensationGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompensationGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompensationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<ApproveCompensationClaimMutation, ApproveCompensationClaimMutationVariables>;
export const RejectCompensationClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectCompensationClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectSubsidyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCompensationClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompensationGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompensationGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompensationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<RejectCompensationClaimMutation, RejectCompensationClaimMutationVariables>;
export const RecordCompensationPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCompensationPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSubsidyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCompensationPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompensationGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompensationGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompensationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<RecordCompensationPaymentMutation, RecordCompensationPaymentMutationVariables>;
export const RewardRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RewardRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RewardRegionsQuery, RewardRegionsQueryVariables>;
export const ValuerRewardLoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValuerRewardLoans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuerRewardLoans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaidOn"}},{"kind":"Field","name":{"kind":"Name","value":"everOverdue"}}]}}]}}]} as unknown as DocumentNode<ValuerRewardLoansQuery, ValuerRewardLoansQueryVariables>;
export const PreviewBankRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewBankReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBankReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyComputationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyComputationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyComputation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<PreviewBankRewardQuery, PreviewBankRewardQueryVariables>;
export const ApplyForBankRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForBankReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForBankRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForBankReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"periodYear"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<ApplyForBankRewardMutation, ApplyForBankRewardMutationVariables>;
export const PreviewValuerRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewValuerReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewValuerReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loanId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyComputationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyComputationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyComputation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<PreviewValuerRewardQuery, PreviewValuerRewardQueryVariables>;
export const ApplyForValuerRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForValuerReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForValuerRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForValuerReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"periodYear"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<ApplyForValuerRewardMutation, ApplyForValuerRewardMutationVariables>;
export const RewardApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RewardApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewardApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardGrantFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"periodYear"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<RewardApplicationsQuery, RewardApplicationsQueryVariables>;
export const ApproveRewardApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRewardApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveSubsidyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRewardApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"periodYear"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<ApproveRewardApplicationMutation, ApproveRewardApplicationMutationVariables>;
export const RejectRewardApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRewardApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectSubsidyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRewardApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"periodYear"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<RejectRewardApplicationMutation, RejectRewardApplicationMutationVariables>;
export const RecordRewardPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRewardPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSubsidyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRewardPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RewardGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RewardGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"periodYear"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]} as unknown as DocumentNode<RecordRewardPaymentMutation, RecordRewardPaymentMutationVariables>;
export const FirmCreditRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmCreditRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"clawback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<FirmCreditRecordsQuery, FirmCreditRecordsQueryVariables>;
export const MarkSubsidyFraudDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSubsidyFraud"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkSubsidyFraudInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSubsidyFraud"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<MarkSubsidyFraudMutation, MarkSubsidyFraudMutationVariables>;
export const ValuationEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValuationEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ValuationEngagementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ValuationEngagementSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAsset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationEngagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipAsset"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAsset"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValuationEngagementsQuery, ValuationEngagementsQueryVariables>;
export const RecordValuationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordValuation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordValuationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordValuation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<RecordValuationMutation, RecordValuationMutationVariables>;
export const DeclineEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelValuationEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelValuationEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<DeclineEngagementMutation, DeclineEngagementMutationVariables>;