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
    "\n  query MyAssets($after: String) {\n    ipAssets(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAssetsDocument,
    "\n  query DisposalMarket($query: String!, $filter: DisposalSearchFilter, $first: Int, $offset: Int) {\n    searchDisposalListings(query: $query, filter: $filter, first: $first, offset: $offset) {\n      totalHits\n      hits {\n        id\n        title\n        description\n        mode\n        status\n        assetTypes\n        assetTitles\n        regionPath\n        endsAt\n        price {\n          amountFen\n        }\n      }\n    }\n  }\n": typeof types.DisposalMarketDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query ValuationEngagements($after: String, $filter: ValuationEngagementFilter, $sort: ValuationEngagementSort, $withAsset: Boolean!) {\n    valuationEngagements(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          note\n          createdAt\n          closedAt\n          cancelReason\n          ipAssetId\n          requestedBy {\n            id\n            name\n          }\n          # A cancelled engagement no longer opens its asset to the valuer (FORBIDDEN).\n          ipAsset @include(if: $withAsset) {\n            id\n            number\n            title\n            type\n            legalStatus\n          }\n        }\n      }\n    }\n  }\n": typeof types.ValuationEngagementsDocument,
    "\n  mutation RecordValuation($input: RecordValuationInput!) {\n    recordValuation(input: $input) {\n      id\n      ipAssetId\n      value {\n        amountFen\n      }\n    }\n  }\n": typeof types.RecordValuationDocument,
    "\n  mutation DeclineEngagement($input: CancelValuationEngagementInput!) {\n    cancelValuationEngagement(input: $input) {\n      id\n      status\n      cancelReason\n      closedAt\n    }\n  }\n": typeof types.DeclineEngagementDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      organization {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query NeedLibrary($after: String) {\n    needLibrary(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          amount {\n            amountFen\n          }\n          termMonths\n          maxRateBp\n          ipTypes\n          industrySection\n          industrySectionName\n          cityName\n          publishedAt\n          match {\n            productName\n            score\n          }\n          myInterest {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.NeedLibraryDocument,
    "\n  query MyAssets($after: String) {\n    ipAssets(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyAssetsDocument,
    "\n  query DisposalMarket($query: String!, $filter: DisposalSearchFilter, $first: Int, $offset: Int) {\n    searchDisposalListings(query: $query, filter: $filter, first: $first, offset: $offset) {\n      totalHits\n      hits {\n        id\n        title\n        description\n        mode\n        status\n        assetTypes\n        assetTitles\n        regionPath\n        endsAt\n        price {\n          amountFen\n        }\n      }\n    }\n  }\n": types.DisposalMarketDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n": types.SignInDocument,
    "\n  query ValuationEngagements($after: String, $filter: ValuationEngagementFilter, $sort: ValuationEngagementSort, $withAsset: Boolean!) {\n    valuationEngagements(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          note\n          createdAt\n          closedAt\n          cancelReason\n          ipAssetId\n          requestedBy {\n            id\n            name\n          }\n          # A cancelled engagement no longer opens its asset to the valuer (FORBIDDEN).\n          ipAsset @include(if: $withAsset) {\n            id\n            number\n            title\n            type\n            legalStatus\n          }\n        }\n      }\n    }\n  }\n": types.ValuationEngagementsDocument,
    "\n  mutation RecordValuation($input: RecordValuationInput!) {\n    recordValuation(input: $input) {\n      id\n      ipAssetId\n      value {\n        amountFen\n      }\n    }\n  }\n": types.RecordValuationDocument,
    "\n  mutation DeclineEngagement($input: CancelValuationEngagementInput!) {\n    cancelValuationEngagement(input: $input) {\n      id\n      status\n      cancelReason\n      closedAt\n    }\n  }\n": types.DeclineEngagementDocument,
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
export function graphql(source: "\n  query MyAssets($after: String) {\n    ipAssets(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAssets($after: String) {\n    ipAssets(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          type\n          legalStatus\n          pledgeStatus\n          expiresOn\n          latestValuation {\n            value {\n              amountFen\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisposalMarket($query: String!, $filter: DisposalSearchFilter, $first: Int, $offset: Int) {\n    searchDisposalListings(query: $query, filter: $filter, first: $first, offset: $offset) {\n      totalHits\n      hits {\n        id\n        title\n        description\n        mode\n        status\n        assetTypes\n        assetTitles\n        regionPath\n        endsAt\n        price {\n          amountFen\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisposalMarket($query: String!, $filter: DisposalSearchFilter, $first: Int, $offset: Int) {\n    searchDisposalListings(query: $query, filter: $filter, first: $first, offset: $offset) {\n      totalHits\n      hits {\n        id\n        title\n        description\n        mode\n        status\n        assetTypes\n        assetTitles\n        regionPath\n        endsAt\n        price {\n          amountFen\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresInSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValuationEngagements($after: String, $filter: ValuationEngagementFilter, $sort: ValuationEngagementSort, $withAsset: Boolean!) {\n    valuationEngagements(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          note\n          createdAt\n          closedAt\n          cancelReason\n          ipAssetId\n          requestedBy {\n            id\n            name\n          }\n          # A cancelled engagement no longer opens its asset to the valuer (FORBIDDEN).\n          ipAsset @include(if: $withAsset) {\n            id\n            number\n            title\n            type\n            legalStatus\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ValuationEngagements($after: String, $filter: ValuationEngagementFilter, $sort: ValuationEngagementSort, $withAsset: Boolean!) {\n    valuationEngagements(first: 20, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          note\n          createdAt\n          closedAt\n          cancelReason\n          ipAssetId\n          requestedBy {\n            id\n            name\n          }\n          # A cancelled engagement no longer opens its asset to the valuer (FORBIDDEN).\n          ipAsset @include(if: $withAsset) {\n            id\n            number\n            title\n            type\n            legalStatus\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordValuation($input: RecordValuationInput!) {\n    recordValuation(input: $input) {\n      id\n      ipAssetId\n      value {\n        amountFen\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordValuation($input: RecordValuationInput!) {\n    recordValuation(input: $input) {\n      id\n      ipAssetId\n      value {\n        amountFen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineEngagement($input: CancelValuationEngagementInput!) {\n    cancelValuationEngagement(input: $input) {\n      id\n      status\n      cancelReason\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineEngagement($input: CancelValuationEngagementInput!) {\n    cancelValuationEngagement(input: $input) {\n      id\n      status\n      cancelReason\n      closedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;