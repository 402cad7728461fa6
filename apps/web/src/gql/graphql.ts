/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** 信用评级 — credit grade, AAA best */
export type CreditRating =
  | 'A'
  | 'AA'
  | 'AAA'
  | 'B'
  | 'BB'
  | 'BBB'
  | 'C'
  | 'CC'
  | 'CCC';

/** 企业资质标签 — HIGH_TECH 高新技术企业, SPECIALIZED_NEW 专精特新, LITTLE_GIANT 专精特新“小巨人”, TECH_SME 科技型中小企业, IP_ADVANTAGE 知识产权优势企业, GAZELLE 瞪羚企业, LISTED_RESERVE 上市后备企业 */
export type EnterpriseTag =
  | 'GAZELLE'
  | 'HIGH_TECH'
  | 'IP_ADVANTAGE'
  | 'LISTED_RESERVE'
  | 'LITTLE_GIANT'
  | 'SPECIALIZED_NEW'
  | 'TECH_SME';

/** 表达对接意向 — your bank’s interest in a published need, through one of your products it matches */
export type ExpressNeedInterestInput = {
  /** 致企业 — a note to the firm (what you offer, whom to call), at most 500 characters */
  message?: string | null | undefined;
  /** 需求 id — from your need library */
  needId: string | number;
  /** 我行产品 — your active product that the need matches */
  productId: string | number;
};

/** 需求状态 — OPEN 征集中, MATCHED 已对接, FUNDED 已放款, WITHDRAWN 已撤回, EXPIRED 已过期 */
export type FinancingNeedStatus =
  /** 已过期 — lapsed without a loan */
  | 'EXPIRED'
  /** 已放款 — a loan was disbursed for it */
  | 'FUNDED'
  /** 已对接 — a bank has taken it up */
  | 'MATCHED'
  /** 征集中 — open to banks; the only status in which it can change */
  | 'OPEN'
  /** 已撤回 — withdrawn by the firm or on its behalf */
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

/** 企业搜索排序 — relevance 相关度, IP count 知识产权数量, open need amount 融资需求金额, newest 最新 */
export type FirmSearchSort =
  | 'IP_COUNT_DESC'
  | 'NEED_AMOUNT_DESC'
  | 'NEWEST'
  | 'RELEVANCE';

/** 知识产权类型 — INVENTION_PATENT 发明专利, UTILITY_MODEL 实用新型, DESIGN_PATENT 外观设计, TRADEMARK 商标专用权, COPYRIGHT 著作权, SOFTWARE_COPYRIGHT 软件著作权, IC_LAYOUT 集成电路布图设计, GEOGRAPHICAL_INDICATION 地理标志, LICENSE_REVENUE_RIGHT 许可收益权 */
export type IpType =
  | 'COPYRIGHT'
  | 'DESIGN_PATENT'
  | 'GEOGRAPHICAL_INDICATION'
  | 'IC_LAYOUT'
  | 'INVENTION_PATENT'
  | 'LICENSE_REVENUE_RIGHT'
  | 'SOFTWARE_COPYRIGHT'
  | 'TRADEMARK'
  | 'UTILITY_MODEL';

/** 法律状态 — VALID 有效, PENDING 审查中, LAPSED_UNPAID_FEES 未缴年费终止, INVALIDATED 被宣告无效, EXPIRED 期限届满, TRANSFERRED 已转让 */
export type LegalStatus =
  | 'EXPIRED'
  | 'INVALIDATED'
  | 'LAPSED_UNPAID_FEES'
  | 'PENDING'
  | 'TRANSFERRED'
  | 'VALID';

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

/** 金融产品排序 — MIN_RATE 最低利率, MAX_AMOUNT 最高金额, CREATED_AT 发布时间 */
export type LoanProductSortField =
  /** 发布时间 — by when the product was created */
  | 'CREATED_AT'
  /** 最高金额 — by the largest amount lent */
  | 'MAX_AMOUNT'
  /** 最低利率 — by the lowest annual rate */
  | 'MIN_RATE';

/** 产品状态 — DRAFT 草稿 (only its bank sees it), ACTIVE 上架 (in the product library 产品资源库), ARCHIVED 已下架 (kept for history) */
export type LoanProductStatus =
  /** 上架 — in the product library, seen by everyone signed in */
  | 'ACTIVE'
  /** 已下架 — withdrawn for good, kept for history */
  | 'ARCHIVED'
  /** 草稿 — being prepared; only its bank and the platform see it */
  | 'DRAFT';

/** 登录 — sign in with e-mail and password */
export type LoginInput = {
  /** E-mail address, case-insensitive */
  email: string;
  /** Password */
  password: string;
};

/** 匹配条件 — the hard checks of a need × product pair */
export type MatchCriterion =
  /** 金额区间 — the amount lies within the product’s range (limits included) */
  | 'AMOUNT_RANGE'
  /** 质押物状态 — every asset is legally valid (有效) and not pledged elsewhere (未质押) */
  | 'ASSET_STATUS'
  /** 质押组合 — a pledge bundle is offered, and a multi-asset bundle only where the product allows bundles (组合质押) */
  | 'BUNDLE'
  /** 信用评级 — the firm’s rating is the product’s minimum or better */
  | 'CREDIT_RATING'
  /** 失信记录 — no dishonest-debtor record (失信被执行人) where the product screens for it */
  | 'DISHONESTY'
  /** 成立年限 — the firm is at least the required number of whole years old */
  | 'FIRM_AGE'
  /** 担保 — a guarantee the product requires is acceptable to the firm */
  | 'GUARANTEE'
  /** 行业 — the firm’s GB/T 4754 industry falls under one of the product’s (none listed = any) */
  | 'INDUSTRY'
  /** 保险 — insurance the product requires is acceptable to the firm */
  | 'INSURANCE'
  /** 知识产权类型 — every IP type in the bundle is accepted by the product */
  | 'IP_TYPES'
  /** 质押率 — amount ≤ Σ latest valid valuation × the product’s pledge rate for the asset’s type */
  | 'PLEDGE_RATE'
  /** 产品在售 — the product is active and today lies in its offer period */
  | 'PRODUCT_ACTIVE'
  /** 利率 — the firm’s highest acceptable rate is at least the product’s lowest rate */
  | 'RATE'
  /** 地区 — the firm lies in one of the product’s regions (none listed = everywhere) */
  | 'REGION'
  /** 资质 — the firm holds every required recognition, e.g. 高新技术企业 */
  | 'TAGS'
  /** 期限区间 — the term lies within the product’s range (limits included) */
  | 'TERM_RANGE'
  /** 白名单 — a whitelist-only product is open to firms pushed to its bank */
  | 'WHITELIST';

/** 金额 — an amount in integer fen */
export type MoneyInput = {
  /** Integer fen as a string, e.g. "500000000" for ¥5,000,000 */
  amountFen: string;
  /** Only CNY is accepted */
  currency?: string | null | undefined;
};

/** 意向状态 — a bank’s interest in a published need */
export type NeedInterestStatus =
  /** 企业已同意 — the firm consented: the bank sees the firm like a pushed one */
  | 'ACCEPTED'
  /** 已关闭 — the need was unpublished or closed */
  | 'CLOSED'
  /** 企业撤回授权 — the firm withdrew its consent; the bank’s access ended */
  | 'CONSENT_WITHDRAWN'
  /** 企业已婉拒 — the firm declined; the bank never learnt who it is */
  | 'DECLINED'
  /** 待企业答复 — waits for the firm */
  | 'PENDING'
  /** 银行已撤回 — the bank withdrew its interest */
  | 'WITHDRAWN';

/** 机构类型 — the kind of organisation: enterprise 企业, bank 银行, guarantor 担保公司, insurer 保险公司, valuer 评估机构, agency 代理机构/律所, government office 知识产权局, service window 服务窗口, park 园区, platform 平台 */
export type OrganizationType =
  | 'AGENCY'
  | 'BANK'
  | 'ENTERPRISE'
  | 'GOVERNMENT_OFFICE'
  | 'GUARANTOR'
  | 'INSURER'
  | 'PARK'
  | 'PLATFORM'
  | 'SERVICE_WINDOW'
  | 'VALUER';

/** 质押率 — the pledge rate offered for one accepted IP type */
export type PledgeRateInput = {
  /** 知识产权类型 — one of the accepted IP types */
  ipType: IpType;
  /** 质押率 — basis points of appraised value, 100–9000 (2500 = 25%) */
  rateBp: number;
};

/** 质押状态 — FREE 未质押, PLEDGED 已质押, IN_DISPOSAL 处置中, DISPOSED 已处置 */
export type PledgeStatus =
  | 'DISPOSED'
  | 'FREE'
  | 'IN_DISPOSAL'
  | 'PLEDGED';

/** 评估复核 — a bank records its own figure for a valuation; a second review by the same bank replaces the first */
export type ReviewValuationInput = {
  /** 复核意见 — note, at most 1000 characters */
  note?: string | null | undefined;
  /** 复核价值 — the bank’s own figure in fen, more than zero */
  reviewedValue: MoneyInput;
  /** 评估 — the reviewed valuation */
  valuationId: string | number;
};

/** 角色 — what a user may do on the platform */
export type Role =
  | 'AGENCY_USER'
  | 'BANK_OFFICER'
  | 'ENTERPRISE_USER'
  | 'GOV_OFFICER'
  | 'GUARANTOR_OFFICER'
  | 'INSURER_OFFICER'
  | 'ORG_ADMIN'
  | 'PARK_OFFICER'
  | 'PLATFORM_ADMIN'
  | 'VALUER'
  | 'WINDOW_OFFICER';

/** 排序方向 — ascending or descending */
export type SortDirection =
  | 'ASC'
  | 'DESC';

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

/** 评估方法 — INCOME 收益法, MARKET 市场法, COST 成本法 */
export type ValuationMethod =
  | 'COST'
  | 'INCOME'
  | 'MARKET';

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

/** 银行反馈 — INTERESTED 有意向, CREDIT_LINE_OFFERED 已给予授信额度, DECLINED 不予支持, CONTACTED 已对接 */
export type WhitelistResponseStatus =
  | 'CONTACTED'
  | 'CREDIT_LINE_OFFERED'
  | 'DECLINED'
  | 'INTERESTED';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, roles: Array<Role>, organization: { id: string, name: string, type: OrganizationType } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

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

export type BankProductFieldsFragment = { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } };

export type BankProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LoanProductFilter | null | undefined;
  sort?: LoanProductSort | null | undefined;
}>;


export type BankProductsQuery = { loanProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } } }> } };

export type BankProductQueryVariables = Exact<{
  id: string | number;
}>;


export type BankProductQuery = { loanProduct: { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } } | null };

export type CreateBankProductMutationVariables = Exact<{
  input: CreateLoanProductInput;
}>;


export type CreateBankProductMutation = { createLoanProduct: { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } } };

export type UpdateBankProductMutationVariables = Exact<{
  id: string | number;
  input: UpdateLoanProductInput;
}>;


export type UpdateBankProductMutation = { updateLoanProduct: { id: string, name: string, description: string, status: LoanProductStatus, acceptedIpTypes: Array<IpType>, guaranteeRequired: boolean, insuranceRequired: boolean, whitelistOnly: boolean, bundleAllowed: boolean, createdAt: string, pledgeRates: Array<{ ipType: IpType, rateBp: number }>, amountRange: { min: { amountFen: string }, max: { amountFen: string } }, termRange: { minMonths: number, maxMonths: number }, rateRange: { minBp: number, maxBp: number } } };

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

export type MyAssetsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyAssetsQuery = { ipAssets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, title: string, type: IpType, legalStatus: LegalStatus, pledgeStatus: PledgeStatus, expiresOn: string | null, latestValuation: { value: { amountFen: string } } | null } }> } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { accessToken: string, expiresInSeconds: number } };

export const BankProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BankProductFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const NeedLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"ipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industrySection"}},{"kind":"Field","name":{"kind":"Name","value":"industrySectionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedLibraryQuery, NeedLibraryQueryVariables>;
export const SearchWhitelistedFirmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchWhitelistedFirms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchWhitelistedFirms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHits"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"ipCount"}},{"kind":"Field","name":{"kind":"Name","value":"patentCount"}},{"kind":"Field","name":{"kind":"Name","value":"trademarkCount"}},{"kind":"Field","name":{"kind":"Name","value":"copyrightCount"}},{"kind":"Field","name":{"kind":"Name","value":"openNeedCount"}},{"kind":"Field","name":{"kind":"Name","value":"openNeedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchWhitelistedFirmsQuery, SearchWhitelistedFirmsQueryVariables>;
export const BankFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"creditRating"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"whitelistedFirms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"}},{"kind":"Field","name":{"kind":"Name","value":"pushedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankFirmQuery, BankFirmQueryVariables>;
export const RespondToWhitelistedFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToWhitelistedFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitelistResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToWhitelistedFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"shareReasonWithFirm"}}]}}]}}]} as unknown as DocumentNode<RespondToWhitelistedFirmMutation, RespondToWhitelistedFirmMutationVariables>;
export const ReviewValuationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewValuation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewValuationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewValuation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valuationId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ReviewValuationMutation, ReviewValuationMutationVariables>;
export const BankExplainMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankExplainMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"hints"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}}]}}]}}]} as unknown as DocumentNode<BankExplainMatchQuery, BankExplainMatchQueryVariables>;
export const BankProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProductSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BankProductsQuery, BankProductsQueryVariables>;
export const BankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BankProductQuery, BankProductQueryVariables>;
export const CreateBankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLoanProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLoanProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateBankProductMutation, CreateBankProductMutationVariables>;
export const UpdateBankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLoanProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLoanProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedIpTypes"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipType"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBp"}},{"kind":"Field","name":{"kind":"Name","value":"maxBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"whitelistOnly"}},{"kind":"Field","name":{"kind":"Name","value":"bundleAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateBankProductMutation, UpdateBankProductMutationVariables>;
export const ArchiveBankProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveBankProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveLoanProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveBankProductMutation, ArchiveBankProductMutationVariables>;
export const ExpressInterestInNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExpressInterestInNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpressNeedInterestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expressInterestInNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ExpressInterestInNeedMutation, ExpressInterestInNeedMutationVariables>;
export const WithdrawNeedInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNeedInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNeedInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawNeedInterestMutation, WithdrawNeedInterestMutationVariables>;
export const NeedOfInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedOfInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}}]}}]}}]} as unknown as DocumentNode<NeedOfInterestQuery, NeedOfInterestQueryVariables>;
export const MyBankWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBankWebhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBankWebhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MyBankWebhookQuery, MyBankWebhookQueryVariables>;
export const ConfigureBankWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureBankWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureBankWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ConfigureBankWebhookMutation, ConfigureBankWebhookMutationVariables>;
export const MyAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAssetsQuery, MyAssetsQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;