/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 撤销评估委托 — withdraw an open engagement, or (as the valuer) decline it */
export type CancelValuationEngagementInput = {
  /** 评估委托 — the engagement */
  engagementId: string | number;
  /** 原因 — why, 1–500 characters */
  reason: string;
};

/** 组合担保 — PHYSICAL 实物抵押, CREDIT 信用, EQUITY 股权质押 */
export type CollateralKind =
  | 'CREDIT'
  | 'EQUITY'
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

/** 委托评估 — commission a valuation firm to appraise some of one firm’s IP assets (评估委托) */
export type EngageValuerInput = {
  /** 知识产权 — 1–50 assets of one firm, each VALID or PENDING, none twice */
  ipAssetIds: Array<string | number>;
  /** 委托说明 — purpose or scope, at most 1000 characters */
  note?: string | null | undefined;
  /** 评估机构 — the valuation firm (an organisation of type VALUER) */
  valuerOrganizationId: string | number;
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

/** 融资需求排序 — AMOUNT 金额, TERM_MONTHS 期限, CREATED_AT 发布时间 */
export type FinancingNeedSortField =
  /** 金额 — by the amount sought */
  | 'AMOUNT'
  /** 发布时间 — by when the need was posted */
  | 'CREATED_AT'
  /** 期限 — by the term in months */
  | 'TERM_MONTHS';

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

/** 知识产权排序字段 — CREATED_AT 登记时间, FILED_ON 申请日 (assets without one sort as oldest), TITLE 名称 */
export type IpAssetSortField =
  | 'CREATED_AT'
  | 'FILED_ON'
  | 'TITLE';

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

/** 质押状态 — FREE 未质押, PLEDGED 已质押, IN_DISPOSAL 处置中, DISPOSED 已处置 */
export type PledgeStatus =
  | 'DISPOSED'
  | 'FREE'
  | 'IN_DISPOSAL'
  | 'PLEDGED';

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

/** 填报年度营收 — report (or correct) a firm’s revenue for one completed fiscal year */
export type ReportAnnualRevenueInput = {
  /** Enterprise id */
  enterpriseId: string | number;
  /** 营业收入 — the year’s revenue in integer fen */
  revenue: MoneyInput;
  /** 会计年度 — a completed fiscal year, from the founding year (and 1990) to last year */
  year: number;
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

/** 评估委托筛选 — conditions, all of which must hold */
export type ValuationEngagementFilter = {
  /** 知识产权 — only engagements for this asset */
  ipAssetId?: string | number | null | undefined;
  /** 状态 — only engagements in this state */
  status?: ValuationEngagementStatus | null | undefined;
};

/** 评估委托状态 — OPEN 待评估, COMPLETED 已出具评估, CANCELLED 已撤销或评估机构拒绝 */
export type ValuationEngagementStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'OPEN';

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


export type NeedLibraryQuery = { needLibrary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, termMonths: number, maxRateBp: number, ipTypes: Array<IpType>, industrySection: string, industrySectionName: string | null, cityName: string, publishedAt: string, amount: { amountFen: string }, match: { productName: string, score: number } | null, myInterest: { id: string, status: NeedInterestStatus } | null } }> } };

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

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { accessToken: string, expiresInSeconds: number } };

export const NeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"bundleId"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"publishedToBanksAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<NeedFieldsFragment, unknown>;
export const MatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"hints"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"minRateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}}]}}]} as unknown as DocumentNode<MatchFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const NeedLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"ipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industrySection"}},{"kind":"Field","name":{"kind":"Name","value":"industrySectionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedLibraryQuery, NeedLibraryQueryVariables>;
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
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;