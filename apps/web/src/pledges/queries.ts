import { graphql } from '../gql';
import type { LoanPledgePanelQuery, MonitoringAlertsQuery, PledgeRegistrationsQuery } from '../gql/graphql';

export const REGISTRATION_FIELDS = graphql(`
  fragment PledgeRegistrationFields on PledgeRegistration {
    id
    loanId
    channel
    status
    submittedAt
    dueAt
    slaWorkingDays
    acceptedAt
    registeredAt
    returnedAt
    returnedReason
    certificateNumber
    warnedAt
    breachedAt
    overdue
  }
`);

export const PLEDGE_REGISTRATIONS = graphql(`
  query PledgeRegistrations($after: String, $filter: PledgeRegistrationFilter) {
    pledgeRegistrations(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PledgeRegistrationFields
          loan {
            id
            status
            principal {
              amountFen
            }
            application {
              id
              enterpriseName
              bankName
            }
          }
        }
      }
    }
  }
`);

export type RegistrationRow = PledgeRegistrationsQuery['pledgeRegistrations']['edges'][number]['node'];

/** A loan's registration and alerts, for the loan page. */
export const LOAN_PLEDGE_PANEL = graphql(`
  query LoanPledgePanel($loanId: ID!) {
    loanPledgeRegistration(loanId: $loanId) {
      ...PledgeRegistrationFields
    }
    loanAlerts(loanId: $loanId) {
      id
      ipAssetId
      message
      createdAt
    }
  }
`);

export type LoanRegistration = NonNullable<LoanPledgePanelQuery['loanPledgeRegistration']>;

export const SUBMIT_PLEDGE_REGISTRATION = graphql(`
  mutation SubmitPledgeRegistration($input: SubmitPledgeRegistrationInput!) {
    submitPledgeRegistration(input: $input) {
      ...PledgeRegistrationFields
    }
  }
`);

export const ACCEPT_PLEDGE_REGISTRATION = graphql(`
  mutation AcceptPledgeRegistration($registrationId: ID!) {
    acceptPledgeRegistration(registrationId: $registrationId) {
      ...PledgeRegistrationFields
    }
  }
`);

export const REGISTER_PLEDGE = graphql(`
  mutation RegisterPledge($input: RegisterPledgeInput!) {
    registerPledge(input: $input) {
      ...PledgeRegistrationFields
    }
  }
`);

export const RETURN_PLEDGE_REGISTRATION = graphql(`
  mutation ReturnPledgeRegistration($input: ReturnPledgeRegistrationInput!) {
    returnPledgeRegistration(input: $input) {
      ...PledgeRegistrationFields
    }
  }
`);

export const MONITORING_ALERTS = graphql(`
  query MonitoringAlerts($after: String) {
    monitoringAlerts(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          loanId
          ipAssetId
          message
          createdAt
          loan {
            id
            status
            application {
              id
              enterpriseName
            }
          }
        }
      }
    }
  }
`);

export type AlertRow = MonitoringAlertsQuery['monitoringAlerts']['edges'][number]['node'];
