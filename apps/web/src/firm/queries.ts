import { graphql } from '../gql';
import type { FirmBundlesQuery, FirmEngagementsQuery, MyAssetsQuery, MyEnterpriseQuery } from '../gql/graphql';

/** The signed-in firm's own enterprise (a firm sees only itself): its id for the mutations, its revenue. */
export const MY_ENTERPRISE = graphql(`
  query MyEnterprise {
    enterprises(first: 1) {
      edges {
        node {
          id
          name
          annualRevenues {
            year
            revenue {
              amountFen
            }
            growthBp
            verified
            reportedAt
          }
        }
      }
    }
  }
`);

export type MyEnterprise = MyEnterpriseQuery['enterprises']['edges'][number]['node'];

export const MY_ASSETS = graphql(`
  query MyAssets($after: String, $filter: IpAssetFilter, $sort: IpAssetSort) {
    ipAssets(first: 20, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          title
          type
          legalStatus
          pledgeStatus
          filedOn
          expiresOn
          latestValuation {
            value {
              amountFen
            }
            validUntil
          }
        }
      }
    }
  }
`);

export type MyAsset = MyAssetsQuery['ipAssets']['edges'][number]['node'];

/** Every asset of the firm for pickers (bundles, engagements), with the valuers that appraised them. */
export const ASSET_CHOICES = graphql(`
  query AssetChoices {
    ipAssets(first: 100) {
      edges {
        node {
          id
          number
          title
          legalStatus
          pledgeStatus
          valuations {
            valuer {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const REGISTER_IP_ASSET = graphql(`
  mutation RegisterIpAsset($input: RegisterIpAssetInput!) {
    registerIpAsset(input: $input) {
      id
      number
    }
  }
`);

export const FIRM_ENGAGEMENTS = graphql(`
  query FirmEngagements($after: String, $filter: ValuationEngagementFilter) {
    valuationEngagements(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          note
          cancelReason
          createdAt
          closedAt
          ipAsset {
            id
            number
            title
          }
          valuer {
            id
            name
          }
        }
      }
    }
  }
`);

export type FirmEngagement = FirmEngagementsQuery['valuationEngagements']['edges'][number]['node'];

export const ENGAGE_VALUER = graphql(`
  mutation EngageValuer($input: EngageValuerInput!) {
    engageValuer(input: $input) {
      id
    }
  }
`);

export const CANCEL_ENGAGEMENT = graphql(`
  mutation CancelValuationEngagement($input: CancelValuationEngagementInput!) {
    cancelValuationEngagement(input: $input) {
      id
      status
      cancelReason
    }
  }
`);

export const FIRM_BUNDLES = graphql(`
  query FirmBundles($enterpriseId: ID!, $after: String) {
    pledgeBundles(enterpriseId: $enterpriseId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          assetCount
          assetsWithoutValidValuation
          otherCollateral
          createdAt
          appraisedValue {
            amountFen
          }
          assets {
            id
            number
            title
          }
        }
      }
    }
  }
`);

export type FirmBundle = FirmBundlesQuery['pledgeBundles']['edges'][number]['node'];

export const CREATE_PLEDGE_BUNDLE = graphql(`
  mutation CreatePledgeBundle($input: CreatePledgeBundleInput!) {
    createPledgeBundle(input: $input) {
      id
    }
  }
`);

export const REPORT_REVENUE = graphql(`
  mutation ReportAnnualRevenue($input: ReportAnnualRevenueInput!) {
    reportAnnualRevenue(input: $input) {
      year
    }
  }
`);

export const MY_WHITELIST_INTEREST = graphql(`
  query MyWhitelistInterest {
    myWhitelistInterest {
      bank {
        id
        name
      }
      status
      creditLine {
        amountFen
      }
      reason
      respondedAt
    }
  }
`);
