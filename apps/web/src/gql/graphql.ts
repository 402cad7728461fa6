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

/** 处置方式 — AUCTION 拍卖, TRANSFER 转让, LICENSE 许可, EQUITY_CONVERSION 质权转股权 */
export type DisposalMode =
  | 'AUCTION'
  | 'EQUITY_CONVERSION'
  | 'LICENSE'
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

/** 处置搜索排序 — relevance 相关度, price 价格, ending soon 即将结束, newest 最新 */
export type DisposalSearchSort =
  | 'ENDING_SOON'
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'RELEVANCE';

/** 挂牌状态 — DRAFT 草稿, PUBLISHED 已发布, ENDED 已结束, SOLD 已成交, WITHDRAWN 已撤回 */
export type DisposalStatus =
  | 'DRAFT'
  | 'ENDED'
  | 'PUBLISHED'
  | 'SOLD'
  | 'WITHDRAWN';

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

/** 评估委托排序 — order of the engagement list (default newest first; a valuer may work oldest first) */
export type ValuationEngagementSort = {
  /** 排序方向 — ascending or descending */
  direction?: SortDirection;
  /** 排序字段 — sort by this field; ties are broken by id */
  field?: ValuationEngagementSortField;
};

/** 评估委托排序字段 — CREATED_AT 委托时间 */
export type ValuationEngagementSortField =
  /** 委托时间 — when the engagement was made */
  | 'CREATED_AT';

/** 评估委托状态 — OPEN 待评估, COMPLETED 已出具评估, CANCELLED 已撤销或评估机构拒绝 */
export type ValuationEngagementStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'OPEN';

/** 评估方法 — INCOME 收益法, MARKET 市场法, COST 成本法 */
export type ValuationMethod =
  | 'COST'
  | 'INCOME'
  | 'MARKET';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, roles: Array<Role>, organization: { id: string, name: string, type: OrganizationType } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type NeedLibraryQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NeedLibraryQuery = { needLibrary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, termMonths: number, maxRateBp: number, ipTypes: Array<IpType>, industrySection: string, industrySectionName: string | null, cityName: string, publishedAt: string, amount: { amountFen: string }, match: { productName: string, score: number } | null, myInterest: { id: string, status: NeedInterestStatus } | null } }> } };

export type MyAssetsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyAssetsQuery = { ipAssets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, title: string, type: IpType, legalStatus: LegalStatus, pledgeStatus: PledgeStatus, expiresOn: string | null, latestValuation: { value: { amountFen: string } } | null } }> } };

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


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const NeedLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"ipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industrySection"}},{"kind":"Field","name":{"kind":"Name","value":"industrySectionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedLibraryQuery, NeedLibraryQueryVariables>;
export const MyAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAssetsQuery, MyAssetsQueryVariables>;
export const DisposalMarketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisposalMarket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisposalSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchDisposalListings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHits"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assetTypes"}},{"kind":"Field","name":{"kind":"Name","value":"assetTitles"}},{"kind":"Field","name":{"kind":"Name","value":"regionPath"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisposalMarketQuery, DisposalMarketQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ValuationEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValuationEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ValuationEngagementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ValuationEngagementSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAsset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationEngagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipAsset"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAsset"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValuationEngagementsQuery, ValuationEngagementsQueryVariables>;
export const RecordValuationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordValuation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordValuationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordValuation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ipAssetId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<RecordValuationMutation, RecordValuationMutationVariables>;
export const DeclineEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelValuationEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelValuationEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<DeclineEngagementMutation, DeclineEngagementMutationVariables>;