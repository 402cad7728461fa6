import { graphql } from '../gql';
import type { CompensationClaimsQuery, SubsidyApplicationsQuery, SubsidyComputationFieldsFragment } from '../gql/graphql';

graphql(`
  fragment SubsidyComputationFields on SubsidyComputation {
    eligible
    amount {
      amountFen
    }
    ineligibleCode
    reasonZh
    reasonEn
    policyId
    steps {
      labelZh
      labelEn
      expression
    }
  }
`);

graphql(`
  fragment SubsidyGrantFields on SubsidyApplication {
    id
    loanId
    enterpriseId
    enterpriseName
    kind
    status
    version
    amount {
      amountFen
    }
    budgetYear
    rejectReason
    paidOn
    paymentReference
    createdAt
    steps {
      labelZh
      labelEn
      expression
    }
  }
`);

graphql(`
  fragment CompensationGrantFields on CompensationClaim {
    id
    loanId
    enterpriseName
    role
    status
    version
    amount {
      amountFen
    }
    budgetYear
    rejectReason
    paidOn
    paymentReference
    createdAt
    steps {
      labelZh
      labelEn
      expression
    }
  }
`);

export const SUBSIDY_ME = graphql(`
  query SubsidyMe {
    me {
      id
      roles
      organization {
        id
        region {
          id
          name
        }
      }
    }
  }
`);

export const SUBSIDY_LOANS = graphql(`
  query SubsidyLoans($filter: LoanFilter) {
    loans(first: 100, filter: $filter) {
      edges {
        node {
          id
          status
          principal {
            amountFen
          }
          disbursedOn
          repaidOn
          defaultedOn
          everOverdue
        }
      }
    }
  }
`);

export const PREVIEW_SUBSIDY = graphql(`
  query PreviewSubsidy($loanId: ID!, $kind: SubsidyKind!) {
    previewSubsidy(loanId: $loanId, kind: $kind) {
      ...SubsidyComputationFields
    }
  }
`);

export const APPLY_FOR_SUBSIDY = graphql(`
  mutation ApplyForSubsidy($input: ApplyForSubsidyInput!) {
    applyForSubsidy(input: $input) {
      ...SubsidyGrantFields
    }
  }
`);

export const PREVIEW_COMPENSATION = graphql(`
  query PreviewRiskCompensation($input: ClaimRiskCompensationInput!) {
    previewRiskCompensation(input: $input) {
      ...SubsidyComputationFields
    }
  }
`);

export const CLAIM_COMPENSATION = graphql(`
  mutation ClaimRiskCompensation($input: ClaimRiskCompensationInput!) {
    claimRiskCompensation(input: $input) {
      ...CompensationGrantFields
    }
  }
`);

export const SUBSIDY_APPLICATIONS = graphql(`
  query SubsidyApplications($after: String, $filter: SubsidyFilter) {
    subsidyApplications(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SubsidyGrantFields
        }
      }
    }
  }
`);

export const COMPENSATION_CLAIMS = graphql(`
  query CompensationClaims($after: String, $filter: SubsidyFilter) {
    compensationClaims(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CompensationGrantFields
        }
      }
    }
  }
`);

export const SUBSIDY_BUDGET = graphql(`
  query SubsidyBudget($regionId: ID!, $year: Int!) {
    subsidyBudget(regionId: $regionId, year: $year) {
      regionId
      year
      source
      amount {
        amountFen
      }
      used {
        amountFen
      }
      remaining {
        amountFen
      }
    }
  }
`);

export const APPROVE_SUBSIDY = graphql(`
  mutation ApproveSubsidyApplication($input: ApproveSubsidyInput!) {
    approveSubsidyApplication(input: $input) {
      ...SubsidyGrantFields
    }
  }
`);

export const REJECT_SUBSIDY = graphql(`
  mutation RejectSubsidyApplication($input: RejectSubsidyInput!) {
    rejectSubsidyApplication(input: $input) {
      ...SubsidyGrantFields
    }
  }
`);

export const PAY_SUBSIDY = graphql(`
  mutation RecordSubsidyPayment($input: RecordSubsidyPaymentInput!) {
    recordSubsidyPayment(input: $input) {
      ...SubsidyGrantFields
    }
  }
`);

export const APPROVE_COMPENSATION = graphql(`
  mutation ApproveCompensationClaim($input: ApproveSubsidyInput!) {
    approveCompensationClaim(input: $input) {
      ...CompensationGrantFields
    }
  }
`);

export const REJECT_COMPENSATION = graphql(`
  mutation RejectCompensationClaim($input: RejectSubsidyInput!) {
    rejectCompensationClaim(input: $input) {
      ...CompensationGrantFields
    }
  }
`);

export const PAY_COMPENSATION = graphql(`
  mutation RecordCompensationPayment($input: RecordSubsidyPaymentInput!) {
    recordCompensationPayment(input: $input) {
      ...CompensationGrantFields
    }
  }
`);

export type Computation = SubsidyComputationFieldsFragment;
export type SubsidyRow = SubsidyApplicationsQuery['subsidyApplications']['edges'][number]['node'];
export type ClaimRow = CompensationClaimsQuery['compensationClaims']['edges'][number]['node'];
export type FormulaSteps = SubsidyRow['steps'];
