import { graphql } from '../gql';
import type { AuditLogQuery, OfficeFirmsQuery, WhitelistAnswersQuery, WhitelistBatchQuery, WhitelistBatchesQuery } from '../gql/graphql';

export const SCREENING_RULE_SETS = graphql(`
  query ScreeningRuleSets {
    screeningRuleSets {
      id
      version
      minScore
      createdAt
      criteria {
        criterion
        threshold
        weight
        required
      }
    }
  }
`);

export const DEFINE_SCREENING_RULES = graphql(`
  mutation DefineScreeningRules($input: DefineScreeningRulesInput!) {
    defineScreeningRules(input: $input) {
      id
      version
    }
  }
`);

export const RUN_WHITELIST_SCREENING = graphql(`
  mutation RunWhitelistScreening($ruleSetId: ID) {
    runWhitelistScreening(input: { ruleSetId: $ruleSetId }) {
      id
      version
    }
  }
`);

export const WHITELIST_BATCHES = graphql(`
  query WhitelistBatches($after: String) {
    whitelistBatches(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          status
          createdAt
          publishedAt
          includedCount
          entryCount
        }
      }
    }
  }
`);

export const WHITELIST_BATCH = graphql(`
  query WhitelistBatch($id: ID!, $offset: Int!, $includedOnly: Boolean!) {
    whitelistBatch(id: $id) {
      id
      version
      status
      regionPath
      regionName
      createdAt
      publishedAt
      entryCount
      includedCount
      entries(first: 20, offset: $offset, includedOnly: $includedOnly) {
        id
        enterpriseId
        enterpriseName
        score
        included
        nominated
        manualChange
        manualReason
        reasons {
          criterion
          passed
          required
          weight
          threshold
          value
          reasonZh
          reasonEn
        }
      }
    }
  }
`);

export const WHITELIST_PUSHES = graphql(`
  query WhitelistPushes($id: ID!) {
    whitelistBatch(id: $id) {
      id
      pushableBanks {
        id
        name
      }
      pushes {
        id
        createdAt
        total
        perBank {
          bank {
            id
            name
          }
          queued
          delivered
          failed
          dead
          total
        }
      }
    }
  }
`);

export const PUBLISH_WHITELIST_BATCH = graphql(`
  mutation PublishWhitelistBatch($batchId: ID!) {
    publishWhitelistBatch(batchId: $batchId) {
      id
      status
      publishedAt
    }
  }
`);

export const PUSH_WHITELIST_BATCH = graphql(`
  mutation PushWhitelistBatch($batchId: ID!, $bankIds: [ID!]) {
    pushWhitelistBatch(batchId: $batchId, bankIds: $bankIds) {
      id
      total
    }
  }
`);

export const REDRIVE_WHITELIST_DELIVERIES = graphql(`
  mutation RedriveWhitelistDeliveries($pushId: ID!) {
    redriveWhitelistDeliveries(pushId: $pushId)
  }
`);

export const ADD_WHITELIST_FIRM = graphql(`
  mutation AddWhitelistFirm($input: WhitelistEntryChangeInput!) {
    addWhitelistFirm(input: $input) {
      id
      included
      manualChange
      manualReason
    }
  }
`);

export const REMOVE_WHITELIST_FIRM = graphql(`
  mutation RemoveWhitelistFirm($input: WhitelistEntryChangeInput!) {
    removeWhitelistFirm(input: $input) {
      id
      included
      manualChange
      manualReason
    }
  }
`);

export const FIRM_OPTIONS = graphql(`
  query FirmOptions($name: String) {
    enterprises(first: 20, filter: { nameContains: $name }, sort: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const WHITELIST_ANSWERS = graphql(`
  query WhitelistAnswers($batchId: ID!, $after: String, $filter: WhitelistResponseFilter) {
    whitelistBatch(id: $batchId) {
      id
      version
      pushableBanks {
        id
        name
      }
    }
    whitelistResponses(batchId: $batchId, first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          enterpriseId
          enterpriseName
          bank {
            id
            name
          }
          status
          creditLine {
            amountFen
          }
          reason
          createdAt
        }
      }
    }
    chart: whitelistResponses(batchId: $batchId, first: 100) {
      edges {
        node {
          id
          bank {
            id
            name
          }
          status
        }
      }
    }
  }
`);

export const OFFICE_FIRMS = graphql(`
  query OfficeFirms($after: String, $filter: EnterpriseFilter, $sort: EnterpriseSort) {
    enterprises(first: 20, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          creditRating
          employees
          tags
          region {
            id
            name
          }
          declaredFacts {
            id
            fact
            summary
            declaredAt
            status
          }
        }
      }
    }
  }
`);

export const REVIEW_FACT_DECLARATION = graphql(`
  mutation ReviewFactDeclaration($input: ReviewFactDeclarationInput!) {
    reviewFactDeclaration(input: $input) {
      id
      status
      reviewNote
    }
  }
`);

export const NOMINATE_WHITELIST_FIRM = graphql(`
  mutation NominateWhitelistFirm($input: NominateWhitelistFirmInput!) {
    nominateWhitelistFirm(input: $input) {
      id
    }
  }
`);

export const CREATE_FINANCING_NEED = graphql(`
  mutation CreateFinancingNeedForFirm($input: CreateFinancingNeedInput!) {
    createFinancingNeed(input: $input) {
      id
    }
  }
`);

export const AUDIT_LOG = graphql(`
  query AuditLog($after: String, $filter: AuditLogFilter) {
    auditLog(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          action
          actorName
          actorOrganizationName
          entityType
          entityId
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

export type BatchListItem = WhitelistBatchesQuery['whitelistBatches']['edges'][number]['node'];
export type Batch = NonNullable<WhitelistBatchQuery['whitelistBatch']>;
export type BatchEntry = Batch['entries'][number];
export type Answer = WhitelistAnswersQuery['whitelistResponses']['edges'][number]['node'];
export type RegionFirm = OfficeFirmsQuery['enterprises']['edges'][number]['node'];
export type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];
