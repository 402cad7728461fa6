import { graphql } from '../gql';
import type { FirmNeedQuery, FirmNeedsQuery, NeedMatchesQuery } from '../gql/graphql';

export const FIRM_NEEDS = graphql(`
  query FirmNeeds($after: String, $filter: FinancingNeedFilter, $sort: FinancingNeedSort) {
    financingNeeds(first: 20, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NeedFields
        }
      }
    }
  }
`);

export const NEED_FIELDS = graphql(`
  fragment NeedFields on FinancingNeed {
    id
    purpose
    status
    termMonths
    maxRateBp
    bundleId
    guaranteeAcceptable
    insuranceAcceptable
    publishedToBanksAt
    createdAt
    amount {
      amountFen
    }
  }
`);

export type FirmNeed = FirmNeedsQuery['financingNeeds']['edges'][number]['node'];

export const FIRM_NEED = graphql(`
  query FirmNeed($id: ID!) {
    financingNeed(id: $id) {
      ...NeedFields
      bankInterests(first: 50) {
        id
        bankName
        productName
        message
        status
        createdAt
        respondedAt
        responseNote
      }
    }
  }
`);

export type NeedInterest = NonNullable<FirmNeedQuery['financingNeed']>['bankInterests'][number];

export const CREATE_NEED = graphql(`
  mutation CreateFinancingNeed($input: CreateFinancingNeedInput!) {
    createFinancingNeed(input: $input) {
      id
    }
  }
`);

export const WITHDRAW_NEED = graphql(`
  mutation WithdrawFinancingNeed($id: ID!) {
    withdrawFinancingNeed(id: $id) {
      id
      status
    }
  }
`);

export const PUBLISH_NEED = graphql(`
  mutation PublishFinancingNeed($id: ID!) {
    publishFinancingNeed(id: $id) {
      id
      publishedToBanksAt
    }
  }
`);

export const UNPUBLISH_NEED = graphql(`
  mutation UnpublishFinancingNeed($id: ID!) {
    unpublishFinancingNeed(id: $id) {
      id
      publishedToBanksAt
    }
  }
`);

export const RESPOND_TO_INTEREST = graphql(`
  mutation RespondToNeedInterest($input: RespondToNeedInterestInput!) {
    respondToNeedInterest(input: $input) {
      id
      status
      respondedAt
      responseNote
    }
  }
`);

export const WITHDRAW_CONSENT = graphql(`
  mutation WithdrawNeedConsent($id: ID!) {
    withdrawNeedConsent(id: $id) {
      id
      status
    }
  }
`);

export const MATCH_FIELDS = graphql(`
  fragment MatchFields on Match {
    eligible
    score
    hints
    computedAt
    product {
      id
      name
      bankName
      minRateBp
    }
    checks {
      criterion
      passed
      detail
      detailEn
    }
  }
`);

export const NEED_MATCHES = graphql(`
  query NeedMatches($needId: ID!, $after: String, $eligibleOnly: Boolean) {
    matchesForNeed(needId: $needId, first: 20, after: $after, eligibleOnly: $eligibleOnly) {
      totalCount
      refreshing
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MatchFields
        }
      }
    }
  }
`);

export type NeedMatch = NeedMatchesQuery['matchesForNeed']['edges'][number]['node'];

export const EXPLAIN_MATCH = graphql(`
  query ExplainMatch($needId: ID!, $productId: ID!) {
    explainMatch(needId: $needId, productId: $productId) {
      ...MatchFields
    }
  }
`);
