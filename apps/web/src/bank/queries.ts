import { graphql } from '../gql';
import type { BankFirmQuery, BankProductsQuery, NeedLibraryQuery, SearchWhitelistedFirmsQuery } from '../gql/graphql';

export const NEED_LIBRARY = graphql(`
  query NeedLibrary($after: String) {
    needLibrary(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          amount {
            amountFen
          }
          termMonths
          maxRateBp
          ipTypes
          industrySection
          industrySectionName
          cityName
          publishedAt
          match {
            productId
            productName
            score
          }
          myInterest {
            id
            status
          }
        }
      }
    }
  }
`);

export type PublishedNeed = NeedLibraryQuery['needLibrary']['edges'][number]['node'];

export const SEARCH_FIRMS = graphql(`
  query SearchWhitelistedFirms($query: String!, $filter: FirmSearchFilter, $first: Int, $offset: Int) {
    searchWhitelistedFirms(query: $query, filter: $filter, first: $first, offset: $offset) {
      totalHits
      processingTimeMs
      facets {
        field
        values {
          value
          count
        }
      }
      hits {
        id
        name
        creditCode
        industryCode
        industryName
        regionName
        tags
        ipCount
        patentCount
        trademarkCount
        copyrightCount
        openNeedCount
        openNeedAmount {
          amountFen
        }
        highlights {
          field
          snippet
        }
      }
    }
  }
`);

export type FirmHit = SearchWhitelistedFirmsQuery['searchWhitelistedFirms']['hits'][number];

export const BANK_FIRM = graphql(`
  query BankFirm($id: ID!) {
    enterprise(id: $id) {
      id
      name
      creditCode
      industryCode
      industryName
      foundedOn
      employees
      creditRating
      tags
      region {
        id
        name
      }
      annualRevenues {
        year
        revenue {
          amountFen
        }
        verified
      }
      ipAssets(first: 100) {
        totalCount
        edges {
          node {
            id
            type
            number
            title
            legalStatus
            pledgeStatus
            latestValuation {
              id
              value {
                amountFen
              }
            }
            valuations {
              id
              valuedOn
              validUntil
              valid
              method
              value {
                amountFen
              }
              valuer {
                id
                name
              }
              reviews {
                id
                reviewedValue {
                  amountFen
                }
                note
              }
            }
          }
        }
      }
    }
    financingNeeds(first: 50, filter: { enterpriseId: $id }) {
      edges {
        node {
          id
          amount {
            amountFen
          }
          termMonths
          maxRateBp
          purpose
          status
        }
      }
    }
    whitelistedFirms(first: 1, filter: { enterpriseId: $id }) {
      edges {
        node {
          id
          myResponse
          pushedAt
        }
      }
    }
  }
`);

export type BankFirm = NonNullable<BankFirmQuery['enterprise']>;
export type FirmAsset = BankFirm['ipAssets']['edges'][number]['node'];
export type FirmValuation = FirmAsset['valuations'][number];
export type FirmNeed = BankFirmQuery['financingNeeds']['edges'][number]['node'];

export const RESPOND = graphql(`
  mutation RespondToWhitelistedFirm($input: WhitelistResponseInput!) {
    respondToWhitelistedFirm(input: $input) {
      id
      status
      creditLine {
        amountFen
      }
      reason
      shareReasonWithFirm
    }
  }
`);

export const REVIEW_VALUATION = graphql(`
  mutation ReviewValuation($input: ReviewValuationInput!) {
    reviewValuation(input: $input) {
      id
      valuationId
      reviewedValue {
        amountFen
      }
      note
    }
  }
`);

export const EXPLAIN_MATCH = graphql(`
  query BankExplainMatch($needId: ID!, $productId: ID!) {
    explainMatch(needId: $needId, productId: $productId) {
      eligible
      score
      hints
      checks {
        criterion
        passed
        detail
        detailEn
      }
    }
  }
`);

/** What the product list and form show of a product (fragments are not masked, see codegen.ts). */
export const BANK_PRODUCT_FIELDS = graphql(`
  fragment BankProductFields on LoanProduct {
    id
    name
    description
    status
    acceptedIpTypes
    requiredTags
    minCreditRating
    minFirmAgeYears
    requiresNoDishonesty
    pledgeRates {
      ipType
      rateBp
    }
    amountRange {
      min {
        amountFen
      }
      max {
        amountFen
      }
    }
    termRange {
      minMonths
      maxMonths
    }
    rateRange {
      minBp
      maxBp
    }
    guaranteeRequired
    insuranceRequired
    whitelistOnly
    bundleAllowed
    createdAt
  }
`);

export const BANK_PRODUCTS = graphql(`
  query BankProducts($first: Int, $after: String, $filter: LoanProductFilter, $sort: LoanProductSort) {
    loanProducts(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BankProductFields
        }
      }
    }
  }
`);

export type BankProduct = BankProductsQuery['loanProducts']['edges'][number]['node'];

export const BANK_PRODUCT = graphql(`
  query BankProduct($id: ID!) {
    loanProduct(id: $id) {
      ...BankProductFields
    }
  }
`);

export const CREATE_PRODUCT = graphql(`
  mutation CreateBankProduct($input: CreateLoanProductInput!) {
    createLoanProduct(input: $input) {
      ...BankProductFields
    }
  }
`);

export const UPDATE_PRODUCT = graphql(`
  mutation UpdateBankProduct($id: ID!, $input: UpdateLoanProductInput!) {
    updateLoanProduct(id: $id, input: $input) {
      ...BankProductFields
    }
  }
`);

export const ARCHIVE_PRODUCT = graphql(`
  mutation ArchiveBankProduct($id: ID!) {
    archiveLoanProduct(id: $id) {
      id
      status
    }
  }
`);

export const EXPRESS_INTEREST = graphql(`
  mutation ExpressInterestInNeed($input: ExpressNeedInterestInput!) {
    expressInterestInNeed(input: $input) {
      id
      status
    }
  }
`);

export const WITHDRAW_INTEREST = graphql(`
  mutation WithdrawNeedInterest($id: ID!) {
    withdrawNeedInterest(id: $id) {
      id
      status
    }
  }
`);

export const NEED_OF_INTEREST = graphql(`
  query NeedOfInterest($id: ID!) {
    financingNeed(id: $id) {
      id
      enterpriseId
    }
  }
`);

export const MY_WEBHOOK = graphql(`
  query MyBankWebhook {
    myBankWebhook {
      url
      updatedAt
    }
  }
`);

export const CONFIGURE_WEBHOOK = graphql(`
  mutation ConfigureBankWebhook($url: String!, $secret: String!) {
    configureBankWebhook(url: $url, secret: $secret) {
      url
      updatedAt
    }
  }
`);
