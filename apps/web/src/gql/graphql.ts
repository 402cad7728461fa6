/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** 定义筛选规则 — an office sets the screening rules of its region (a new version each time) */
export type DefineScreeningRulesInput = {
  /** 指标 — 1–20 criteria */
  criteria: Array<ScreeningRuleInput>;
  /** 入围分数 — the score (0–100) a firm needs */
  minScore: number;
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

/** 登录 — sign in with e-mail and password */
export type LoginInput = {
  /** E-mail address, case-insensitive */
  email: string;
  /** Password */
  password: string;
};

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

/** 核实企业自报事项 — confirm or reject what a firm declared about itself */
export type ReviewFactDeclarationInput = {
  /** Declaration id */
  declarationId: string | number;
  /** 说明 — why it is rejected (required then) or a remark, at most 500 characters */
  note?: string | null | undefined;
  /** 结论 — VERIFY or REJECT */
  verdict: FactVerdict;
};

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

/** 排序方向 — ascending or descending */
export type SortDirection =
  /** Ascending (升序) */
  | 'ASC'
  /** Descending (降序) */
  | 'DESC';

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, roles: Array<Role>, organization: { id: string, name: string, type: OrganizationType } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresInSeconds: number } };

export type NeedLibraryQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NeedLibraryQuery = { needLibrary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, termMonths: number, maxRateBp: number, ipTypes: Array<IpType>, industrySection: string, industrySectionName: string | null, cityName: string, publishedAt: string, amount: { amountFen: string }, match: { productName: string, score: number } | null, myInterest: { id: string, status: NeedInterestStatus } | null } }> } };

export type MyAssetsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyAssetsQuery = { ipAssets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, title: string, type: IpType, legalStatus: LegalStatus, pledgeStatus: PledgeStatus, expiresOn: string | null, latestValuation: { value: { amountFen: string } } | null } }> } };

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


export type WhitelistBatchQuery = { whitelistBatch: { id: string, version: number, status: WhitelistBatchStatus, regionPath: string, createdAt: string, publishedAt: string | null, entryCount: number, includedCount: number, entries: Array<{ id: string, enterpriseId: string, enterpriseName: string, score: number, included: boolean, nominated: boolean, manualChange: WhitelistManualChange | null, manualReason: string | null, reasons: Array<{ criterion: ScreeningCriterion, passed: boolean, required: boolean, weight: number, threshold: string | null, value: string | null, reasonZh: string, reasonEn: string }> }> } | null };

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

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { accessToken: string, expiresInSeconds: number } };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const NeedLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"ipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industrySection"}},{"kind":"Field","name":{"kind":"Name","value":"industrySectionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedLibraryQuery, NeedLibraryQueryVariables>;
export const MyAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAssetsQuery, MyAssetsQueryVariables>;
export const ScreeningRuleSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screeningRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]} as unknown as DocumentNode<ScreeningRuleSetsQuery, ScreeningRuleSetsQueryVariables>;
export const DefineScreeningRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineScreeningRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineScreeningRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineScreeningRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DefineScreeningRulesMutation, DefineScreeningRulesMutationVariables>;
export const RunWhitelistScreeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunWhitelistScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleSetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runWhitelistScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ruleSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleSetId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RunWhitelistScreeningMutation, RunWhitelistScreeningMutationVariables>;
export const WhitelistBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhitelistBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whitelistBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhitelistBatchesQuery, WhitelistBatchesQueryVariables>;
export const WhitelistBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhitelistBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includedOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whitelistBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"includedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includedOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"manualChange"}},{"kind":"Field","name":{"kind":"Name","value":"manualReason"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhitelistBatchQuery, WhitelistBatchQueryVariables>;
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
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;