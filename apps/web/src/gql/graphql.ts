/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { accessToken: string, expiresInSeconds: number } };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const NeedLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"ipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"industrySection"}},{"kind":"Field","name":{"kind":"Name","value":"industrySectionName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedLibraryQuery, NeedLibraryQueryVariables>;
export const MyAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAssetsQuery, MyAssetsQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInSeconds"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;