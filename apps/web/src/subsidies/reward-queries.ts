// Bank and valuer rewards (奖励) and the office's fraud action (骗补) with the firm's credit records.
import { graphql } from '../gql';
import type { RewardApplicationsQuery } from '../gql/graphql';

graphql(`
  fragment RewardGrantFields on RewardApplication {
    id
    kind
    applicantName
    periodYear
    loanId
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

export const REWARD_REGIONS = graphql(`
  query RewardRegions {
    policyRegions {
      id
      name
    }
  }
`);

export const VALUER_REWARD_LOANS = graphql(`
  query ValuerRewardLoans {
    valuerRewardLoans {
      loanId
      status
      principal {
        amountFen
      }
      repaidOn
      everOverdue
    }
  }
`);

export const PREVIEW_BANK_REWARD = graphql(`
  query PreviewBankReward($regionId: ID!, $year: Int!) {
    previewBankReward(regionId: $regionId, year: $year) {
      ...SubsidyComputationFields
    }
  }
`);

export const APPLY_FOR_BANK_REWARD = graphql(`
  mutation ApplyForBankReward($input: ApplyForBankRewardInput!) {
    applyForBankReward(input: $input) {
      ...RewardGrantFields
    }
  }
`);

export const PREVIEW_VALUER_REWARD = graphql(`
  query PreviewValuerReward($loanId: ID!) {
    previewValuerReward(loanId: $loanId) {
      ...SubsidyComputationFields
    }
  }
`);

export const APPLY_FOR_VALUER_REWARD = graphql(`
  mutation ApplyForValuerReward($input: ApplyForValuerRewardInput!) {
    applyForValuerReward(input: $input) {
      ...RewardGrantFields
    }
  }
`);

export const REWARD_APPLICATIONS = graphql(`
  query RewardApplications($after: String) {
    rewardApplications(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RewardGrantFields
        }
      }
    }
  }
`);

export const APPROVE_REWARD = graphql(`
  mutation ApproveRewardApplication($input: ApproveSubsidyInput!) {
    approveRewardApplication(input: $input) {
      ...RewardGrantFields
    }
  }
`);

export const REJECT_REWARD = graphql(`
  mutation RejectRewardApplication($input: RejectSubsidyInput!) {
    rejectRewardApplication(input: $input) {
      ...RewardGrantFields
    }
  }
`);

export const PAY_REWARD = graphql(`
  mutation RecordRewardPayment($input: RecordSubsidyPaymentInput!) {
    recordRewardPayment(input: $input) {
      ...RewardGrantFields
    }
  }
`);

export const FIRM_CREDIT_RECORDS = graphql(`
  query FirmCreditRecords($id: ID!) {
    enterprise(id: $id) {
      id
      name
      creditRecords {
        id
        kind
        reason
        clawback {
          amountFen
        }
        createdAt
      }
    }
  }
`);

export const MARK_SUBSIDY_FRAUD = graphql(`
  mutation MarkSubsidyFraud($input: MarkSubsidyFraudInput!) {
    markSubsidyFraud(input: $input) {
      id
      reason
    }
  }
`);

export type RewardRow = RewardApplicationsQuery['rewardApplications']['edges'][number]['node'];
