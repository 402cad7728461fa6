import { graphql } from '../gql';
import type { PolicyVersionQuery } from '../gql/graphql';

export const POLICY_RULES_FIELDS = graphql(`
  fragment PolicyRulesFields on PolicyRules {
    registration {
      onlineWorkingDays
      offlineWorkingDays
      warnBeforeHours
    }
    overdue {
      graceDays
      workingDays
      defaultAfterDaysPastDue
    }
    interestSubsidy {
      ratioBp
      capPerLoanFen
      capPerFirmYearFen
      allowIfEverOverdue
    }
    feeSubsidies {
      registration {
        ratioBp
        capFen
      }
      guarantee {
        ratioBp
        capFen
      }
      insurance {
        ratioBp
        capFen
      }
      valuation {
        ratioBp
        capFen
      }
    }
    insurancePremiumSubsidy {
      ratioBp
      capFen
    }
    bankReward {
      tiers {
        uptoFen
        rateBp
      }
      capPerBankYearFen
    }
    valuerReward {
      ratioBp
      perLoanFen
      requiresRiskShare
    }
    riskCompensation {
      ratioBpByRole {
        bank
        guarantor
        insurer
        valuer
        ipService
      }
      capPerLoanFen
      requireFailedRecovery
      excludeBatchPackage
    }
    annualBudgetFen
    citations {
      registration {
        ...PolicyCitationFields
      }
      overdue {
        ...PolicyCitationFields
      }
      interestSubsidy {
        ...PolicyCitationFields
      }
      feeSubsidies {
        ...PolicyCitationFields
      }
      insurancePremiumSubsidy {
        ...PolicyCitationFields
      }
      bankReward {
        ...PolicyCitationFields
      }
      valuerReward {
        ...PolicyCitationFields
      }
      riskCompensation {
        ...PolicyCitationFields
      }
      annualBudgetFen {
        ...PolicyCitationFields
      }
    }
  }
  fragment PolicyCitationFields on PolicyCitation {
    document
    clause
    zh
    en
  }
`);

export const POLICY_REGIONS = graphql(`
  query PolicyRegions {
    policyRegions {
      id
      name
      code
      path
      versionCount
    }
    me {
      id
      roles
      organization {
        id
        region {
          id
        }
      }
    }
  }
`);

export const REGIONAL_POLICIES = graphql(`
  query RegionalPolicies($regionId: ID, $after: String) {
    regionalPolicies(regionId: $regionId, first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          regionId
          version
          status
          validFrom
          validTo
          note
          publishedAt
          createdAt
        }
      }
    }
  }
`);

export const POLICY_VERSION = graphql(`
  query PolicyVersion($id: ID!) {
    regionalPolicy(id: $id) {
      id
      regionId
      version
      status
      validFrom
      validTo
      note
      publishedAt
      createdAt
      rules {
        ...PolicyRulesFields
      }
    }
  }
`);

export type PolicyVersion = PolicyVersionQuery['regionalPolicy'];

export const CREATE_POLICY_VERSION = graphql(`
  mutation CreatePolicyVersion($input: CreatePolicyVersionInput!) {
    createPolicyVersion(input: $input) {
      id
      version
      status
    }
  }
`);

export const PUBLISH_POLICY_VERSION = graphql(`
  mutation PublishPolicyVersion($policyId: ID!) {
    publishPolicyVersion(policyId: $policyId) {
      id
      version
      status
      validFrom
      validTo
    }
  }
`);
