/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      organization {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query NeedLibrary($after: String) {\n    needLibrary(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          amount {\n            amountFen\n          }\n          termMonths\n          maxRateBp\n          ipTypes\n          industrySection\n          industrySectionName\n          cityName\n          publishedAt\n          match {\n            productName\n            score\n          }\n          myInterest {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.NeedLibraryDocument,
    "\n  query FirmNeeds($after: String, $filter: FinancingNeedFilter, $sort: FinancingNeedSort) {\n    financingNeeds(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n": typeof types.FirmNeedsDocument,
    "\n  fragment NeedFields on FinancingNeed {\n    id\n    purpose\n    status\n    termMonths\n    maxRateBp\n    bundleId\n    guaranteeAcceptable\n    insuranceAcceptable\n    publishedToBanksAt\n    createdAt\n    amount {\n      amountFen\n    }\n  }\n": typeof types.NeedFieldsFragmentDoc,
    "\n  query FirmNeed($id: ID!) {\n    financingNeed(id: $id) {\n      ...NeedFields\n      bankInterests(first: 50) {\n        id\n        bankName\n        productName\n        message\n        status\n        createdAt\n        respondedAt\n        responseNote\n      }\n    }\n  }\n": typeof types.FirmNeedDocument,
    "\n  mutation CreateFinancingNeed($input: CreateFinancingNeedInput!) {\n    createFinancingNeed(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFinancingNeedDocument,
    "\n  mutation WithdrawFinancingNeed($id: ID!) {\n    withdrawFinancingNeed(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawFinancingNeedDocument,
    "\n  mutation PublishFinancingNeed($id: ID!) {\n    publishFinancingNeed(id: $id) {\n      id\n      publishedToBanksAt\n    }\n  }\n": typeof types.PublishFinancingNeedDocument,
    "\n  mutation UnpublishFinancingNeed($id: ID!) {\n    unpublishFinancingNeed(id: $id) {\n      id\n      publishedToBanksAt\n    }\n  }\n": typeof types.UnpublishFinancingNeedDocument,
    "\n  mutation RespondToNeedInterest($input: RespondToNeedInterestInput!) {\n    respondToNeedInterest(input: $input) {\n      id\n      status\n      respondedAt\n      responseNote\n    }\n  }\n": typeof types.RespondToNeedInterestDocument,
    "\n  mutation WithdrawNeedConsent($id: ID!) {\n    withdrawNeedConsent(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawNeedConsentDocument,
    "\n  fragment MatchFields on Match {\n    eligible\n    score\n    hints\n    computedAt\n    product {\n      id\n      name\n      bankName\n      minRateBp\n    }\n    checks {\n      criterion\n      passed\n      detail\n      detailEn\n    }\n  }\n": typeof types.MatchFieldsFragmentDoc,
    "\n  query NeedMatches($needId: ID!, $after: String, $eligibleOnly: Boolean) {\n    matchesForNeed(needId: $needId, first: 20, after: $after, eligibleOnly: $eligibleOnly) {\n      totalCount\n      refreshing\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MatchFields\n        }\n      }\n    }\n  }\n": typeof types.NeedMatchesDocument,
    "\n  query ExplainMatch($needId: ID!, $productId: ID!) {\n    explainMatch(needId: $needId, productId: $productId) {\n      ...MatchFields\n    }\n  }\n": typeof types.ExplainMatchDocument,
    "\n  query MyEnterprise {\n    enterprises(first: 1) {\n      edges {\n        node {\n          id\n          name\n          annualRevenues {\n            year\n            revenue {\n              amountFen\n            }\n            growthBp\n            verified\n            reportedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyEnterpriseDocument,
    "\n  query MyAssets($after: String, $filter: IpAssetFilter, $sort: IpAssetSort) {\n    ipAssets(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          filedOn\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n            validUntil\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAssetsDocument,
    "\n  query AssetChoices {\n    ipAssets(first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n          legalStatus\n          pledgeStatus\n          valuations {\n            valuer {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssetChoicesDocument,
    "\n  mutation RegisterIpAsset($input: RegisterIpAssetInput!) {\n    registerIpAsset(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.RegisterIpAssetDocument,
    "\n  query FirmEngagements($after: String, $filter: ValuationEngagementFilter) {\n    valuationEngagements(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          note\n          cancelReason\n          createdAt\n          closedAt\n          ipAsset {\n            id\n            number\n            title\n          }\n          valuer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FirmEngagementsDocument,
    "\n  mutation EngageValuer($input: EngageValuerInput!) {\n    engageValuer(input: $input) {\n      id\n    }\n  }\n": typeof types.EngageValuerDocument,
    "\n  mutation CancelValuationEngagement($input: CancelValuationEngagementInput!) {\n    cancelValuationEngagement(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n": typeof types.CancelValuationEngagementDocument,
    "\n  query FirmBundles($enterpriseId: ID!, $after: String) {\n    pledgeBundles(enterpriseId: $enterpriseId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          assetCount\n          assetsWithoutValidValuation\n          otherCollateral\n          createdAt\n          appraisedValue {\n            amountFen\n          }\n          assets {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.FirmBundlesDocument,
    "\n  mutation CreatePledgeBundle($input: CreatePledgeBundleInput!) {\n    createPledgeBundle(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePledgeBundleDocument,
    "\n  mutation ReportAnnualRevenue($input: ReportAnnualRevenueInput!) {\n    reportAnnualRevenue(input: $input) {\n      year\n    }\n  }\n": typeof types.ReportAnnualRevenueDocument,
    "\n  query MyWhitelistInterest {\n    myWhitelistInterest {\n      bank {\n        id\n        name\n      }\n      status\n      creditLine {\n        amountFen\n      }\n      reason\n      respondedAt\n    }\n  }\n": typeof types.MyWhitelistInterestDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      organization {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query NeedLibrary($after: String) {\n    needLibrary(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          amount {\n            amountFen\n          }\n          termMonths\n          maxRateBp\n          ipTypes\n          industrySection\n          industrySectionName\n          cityName\n          publishedAt\n          match {\n            productName\n            score\n          }\n          myInterest {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.NeedLibraryDocument,
    "\n  query FirmNeeds($after: String, $filter: FinancingNeedFilter, $sort: FinancingNeedSort) {\n    financingNeeds(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n": types.FirmNeedsDocument,
    "\n  fragment NeedFields on FinancingNeed {\n    id\n    purpose\n    status\n    termMonths\n    maxRateBp\n    bundleId\n    guaranteeAcceptable\n    insuranceAcceptable\n    publishedToBanksAt\n    createdAt\n    amount {\n      amountFen\n    }\n  }\n": types.NeedFieldsFragmentDoc,
    "\n  query FirmNeed($id: ID!) {\n    financingNeed(id: $id) {\n      ...NeedFields\n      bankInterests(first: 50) {\n        id\n        bankName\n        productName\n        message\n        status\n        createdAt\n        respondedAt\n        responseNote\n      }\n    }\n  }\n": types.FirmNeedDocument,
    "\n  mutation CreateFinancingNeed($input: CreateFinancingNeedInput!) {\n    createFinancingNeed(input: $input) {\n      id\n    }\n  }\n": types.CreateFinancingNeedDocument,
    "\n  mutation WithdrawFinancingNeed($id: ID!) {\n    withdrawFinancingNeed(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawFinancingNeedDocument,
    "\n  mutation PublishFinancingNeed($id: ID!) {\n    publishFinancingNeed(id: $id) {\n      id\n      publishedToBanksAt\n    }\n  }\n": types.PublishFinancingNeedDocument,
    "\n  mutation UnpublishFinancingNeed($id: ID!) {\n    unpublishFinancingNeed(id: $id) {\n      id\n      publishedToBanksAt\n    }\n  }\n": types.UnpublishFinancingNeedDocument,
    "\n  mutation RespondToNeedInterest($input: RespondToNeedInterestInput!) {\n    respondToNeedInterest(input: $input) {\n      id\n      status\n      respondedAt\n      responseNote\n    }\n  }\n": types.RespondToNeedInterestDocument,
    "\n  mutation WithdrawNeedConsent($id: ID!) {\n    withdrawNeedConsent(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawNeedConsentDocument,
    "\n  fragment MatchFields on Match {\n    eligible\n    score\n    hints\n    computedAt\n    product {\n      id\n      name\n      bankName\n      minRateBp\n    }\n    checks {\n      criterion\n      passed\n      detail\n      detailEn\n    }\n  }\n": types.MatchFieldsFragmentDoc,
    "\n  query NeedMatches($needId: ID!, $after: String, $eligibleOnly: Boolean) {\n    matchesForNeed(needId: $needId, first: 20, after: $after, eligibleOnly: $eligibleOnly) {\n      totalCount\n      refreshing\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MatchFields\n        }\n      }\n    }\n  }\n": types.NeedMatchesDocument,
    "\n  query ExplainMatch($needId: ID!, $productId: ID!) {\n    explainMatch(needId: $needId, productId: $productId) {\n      ...MatchFields\n    }\n  }\n": types.ExplainMatchDocument,
    "\n  query MyEnterprise {\n    enterprises(first: 1) {\n      edges {\n        node {\n          id\n          name\n          annualRevenues {\n            year\n            revenue {\n              amountFen\n            }\n            growthBp\n            verified\n            reportedAt\n          }\n        }\n      }\n    }\n  }\n": types.MyEnterpriseDocument,
    "\n  query MyAssets($after: String, $filter: IpAssetFilter, $sort: IpAssetSort) {\n    ipAssets(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          filedOn\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n            validUntil\n          }\n        }\n      }\n    }\n  }\n": types.MyAssetsDocument,
    "\n  query AssetChoices {\n    ipAssets(first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n          legalStatus\n          pledgeStatus\n          valuations {\n            valuer {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AssetChoicesDocument,
    "\n  mutation RegisterIpAsset($input: RegisterIpAssetInput!) {\n    registerIpAsset(input: $input) {\n      id\n      number\n    }\n  }\n": types.RegisterIpAssetDocument,
    "\n  query FirmEngagements($after: String, $filter: ValuationEngagementFilter) {\n    valuationEngagements(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          note\n          cancelReason\n          createdAt\n          closedAt\n          ipAsset {\n            id\n            number\n            title\n          }\n          valuer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FirmEngagementsDocument,
    "\n  mutation EngageValuer($input: EngageValuerInput!) {\n    engageValuer(input: $input) {\n      id\n    }\n  }\n": types.EngageValuerDocument,
    "\n  mutation CancelValuationEngagement($input: CancelValuationEngagementInput!) {\n    cancelValuationEngagement(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n": types.CancelValuationEngagementDocument,
    "\n  query FirmBundles($enterpriseId: ID!, $after: String) {\n    pledgeBundles(enterpriseId: $enterpriseId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          assetCount\n          assetsWithoutValidValuation\n          otherCollateral\n          createdAt\n          appraisedValue {\n            amountFen\n          }\n          assets {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n": types.FirmBundlesDocument,
    "\n  mutation CreatePledgeBundle($input: CreatePledgeBundleInput!) {\n    createPledgeBundle(input: $input) {\n      id\n    }\n  }\n": types.CreatePledgeBundleDocument,
    "\n  mutation ReportAnnualRevenue($input: ReportAnnualRevenueInput!) {\n    reportAnnualRevenue(input: $input) {\n      year\n    }\n  }\n": types.ReportAnnualRevenueDocument,
    "\n  query MyWhitelistInterest {\n    myWhitelistInterest {\n      bank {\n        id\n        name\n      }\n      status\n      creditLine {\n        amountFen\n      }\n      reason\n      respondedAt\n    }\n  }\n": types.MyWhitelistInterestDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      organization {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      organization {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedLibrary($after: String) {\n    needLibrary(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          amount {\n            amountFen\n          }\n          termMonths\n          maxRateBp\n          ipTypes\n          industrySection\n          industrySectionName\n          cityName\n          publishedAt\n          match {\n            productName\n            score\n          }\n          myInterest {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedLibrary($after: String) {\n    needLibrary(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          amount {\n            amountFen\n          }\n          termMonths\n          maxRateBp\n          ipTypes\n          industrySection\n          industrySectionName\n          cityName\n          publishedAt\n          match {\n            productName\n            score\n          }\n          myInterest {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmNeeds($after: String, $filter: FinancingNeedFilter, $sort: FinancingNeedSort) {\n    financingNeeds(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmNeeds($after: String, $filter: FinancingNeedFilter, $sort: FinancingNeedSort) {\n    financingNeeds(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedFields on FinancingNeed {\n    id\n    purpose\n    status\n    termMonths\n    maxRateBp\n    bundleId\n    guaranteeAcceptable\n    insuranceAcceptable\n    publishedToBanksAt\n    createdAt\n    amount {\n      amountFen\n    }\n  }\n"): (typeof documents)["\n  fragment NeedFields on FinancingNeed {\n    id\n    purpose\n    status\n    termMonths\n    maxRateBp\n    bundleId\n    guaranteeAcceptable\n    insuranceAcceptable\n    publishedToBanksAt\n    createdAt\n    amount {\n      amountFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmNeed($id: ID!) {\n    financingNeed(id: $id) {\n      ...NeedFields\n      bankInterests(first: 50) {\n        id\n        bankName\n        productName\n        message\n        status\n        createdAt\n        respondedAt\n        responseNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmNeed($id: ID!) {\n    financingNeed(id: $id) {\n      ...NeedFields\n      bankInterests(first: 50) {\n        id\n        bankName\n        productName\n        message\n        status\n        createdAt\n        respondedAt\n        responseNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFinancingNeed($input: CreateFinancingNeedInput!) {\n    createFinancingNeed(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFinancingNeed($input: CreateFinancingNeedInput!) {\n    createFinancingNeed(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFinancingNeed($id: ID!) {\n    withdrawFinancingNeed(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFinancingNeed($id: ID!) {\n    withdrawFinancingNeed(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFinancingNeed($id: ID!) {\n    publishFinancingNeed(id: $id) {\n      id\n      publishedToBanksAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishFinancingNeed($id: ID!) {\n    publishFinancingNeed(id: $id) {\n      id\n      publishedToBanksAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishFinancingNeed($id: ID!) {\n    unpublishFinancingNeed(id: $id) {\n      id\n      publishedToBanksAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishFinancingNeed($id: ID!) {\n    unpublishFinancingNeed(id: $id) {\n      id\n      publishedToBanksAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToNeedInterest($input: RespondToNeedInterestInput!) {\n    respondToNeedInterest(input: $input) {\n      id\n      status\n      respondedAt\n      responseNote\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToNeedInterest($input: RespondToNeedInterestInput!) {\n    respondToNeedInterest(input: $input) {\n      id\n      status\n      respondedAt\n      responseNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNeedConsent($id: ID!) {\n    withdrawNeedConsent(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawNeedConsent($id: ID!) {\n    withdrawNeedConsent(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchFields on Match {\n    eligible\n    score\n    hints\n    computedAt\n    product {\n      id\n      name\n      bankName\n      minRateBp\n    }\n    checks {\n      criterion\n      passed\n      detail\n      detailEn\n    }\n  }\n"): (typeof documents)["\n  fragment MatchFields on Match {\n    eligible\n    score\n    hints\n    computedAt\n    product {\n      id\n      name\n      bankName\n      minRateBp\n    }\n    checks {\n      criterion\n      passed\n      detail\n      detailEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedMatches($needId: ID!, $after: String, $eligibleOnly: Boolean) {\n    matchesForNeed(needId: $needId, first: 20, after: $after, eligibleOnly: $eligibleOnly) {\n      totalCount\n      refreshing\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MatchFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedMatches($needId: ID!, $after: String, $eligibleOnly: Boolean) {\n    matchesForNeed(needId: $needId, first: 20, after: $after, eligibleOnly: $eligibleOnly) {\n      totalCount\n      refreshing\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MatchFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainMatch($needId: ID!, $productId: ID!) {\n    explainMatch(needId: $needId, productId: $productId) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  query ExplainMatch($needId: ID!, $productId: ID!) {\n    explainMatch(needId: $needId, productId: $productId) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterprise {\n    enterprises(first: 1) {\n      edges {\n        node {\n          id\n          name\n          annualRevenues {\n            year\n            revenue {\n              amountFen\n            }\n            growthBp\n            verified\n            reportedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEnterprise {\n    enterprises(first: 1) {\n      edges {\n        node {\n          id\n          name\n          annualRevenues {\n            year\n            revenue {\n              amountFen\n            }\n            growthBp\n            verified\n            reportedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssets($after: String, $filter: IpAssetFilter, $sort: IpAssetSort) {\n    ipAssets(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          filedOn\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n            validUntil\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAssets($after: String, $filter: IpAssetFilter, $sort: IpAssetSort) {\n    ipAssets(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          filedOn\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n            validUntil\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetChoices {\n    ipAssets(first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n          legalStatus\n          pledgeStatus\n          valuations {\n            valuer {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssetChoices {\n    ipAssets(first: 100) {\n      edges {\n        node {\n          id\n          number\n          title\n          legalStatus\n          pledgeStatus\n          valuations {\n            valuer {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterIpAsset($input: RegisterIpAssetInput!) {\n    registerIpAsset(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterIpAsset($input: RegisterIpAssetInput!) {\n    registerIpAsset(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmEngagements($after: String, $filter: ValuationEngagementFilter) {\n    valuationEngagements(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          note\n          cancelReason\n          createdAt\n          closedAt\n          ipAsset {\n            id\n            number\n            title\n          }\n          valuer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmEngagements($after: String, $filter: ValuationEngagementFilter) {\n    valuationEngagements(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          note\n          cancelReason\n          createdAt\n          closedAt\n          ipAsset {\n            id\n            number\n            title\n          }\n          valuer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngageValuer($input: EngageValuerInput!) {\n    engageValuer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EngageValuer($input: EngageValuerInput!) {\n    engageValuer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelValuationEngagement($input: CancelValuationEngagementInput!) {\n    cancelValuationEngagement(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n"): (typeof documents)["\n  mutation CancelValuationEngagement($input: CancelValuationEngagementInput!) {\n    cancelValuationEngagement(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmBundles($enterpriseId: ID!, $after: String) {\n    pledgeBundles(enterpriseId: $enterpriseId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          assetCount\n          assetsWithoutValidValuation\n          otherCollateral\n          createdAt\n          appraisedValue {\n            amountFen\n          }\n          assets {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmBundles($enterpriseId: ID!, $after: String) {\n    pledgeBundles(enterpriseId: $enterpriseId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          assetCount\n          assetsWithoutValidValuation\n          otherCollateral\n          createdAt\n          appraisedValue {\n            amountFen\n          }\n          assets {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePledgeBundle($input: CreatePledgeBundleInput!) {\n    createPledgeBundle(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePledgeBundle($input: CreatePledgeBundleInput!) {\n    createPledgeBundle(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAnnualRevenue($input: ReportAnnualRevenueInput!) {\n    reportAnnualRevenue(input: $input) {\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation ReportAnnualRevenue($input: ReportAnnualRevenueInput!) {\n    reportAnnualRevenue(input: $input) {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWhitelistInterest {\n    myWhitelistInterest {\n      bank {\n        id\n        name\n      }\n      status\n      creditLine {\n        amountFen\n      }\n      reason\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  query MyWhitelistInterest {\n    myWhitelistInterest {\n      bank {\n        id\n        name\n      }\n      status\n      creditLine {\n        amountFen\n      }\n      reason\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;