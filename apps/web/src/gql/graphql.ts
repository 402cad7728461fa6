/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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