import { graphql } from '../gql';
import type { LoanApplicationPageQuery, LoanApplicationsQuery, LoanPageQuery, LoansQuery } from '../gql/graphql';

export const LOAN_APPLICATIONS = graphql(`
  query LoanApplications($after: String, $filter: LoanApplicationFilter) {
    loanApplications(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          enterpriseName
          bankName
          productName
          requestedAmount {
            amountFen
          }
          requestedTermMonths
          offeredAmount {
            amountFen
          }
          loanId
          createdAt
        }
      }
    }
  }
`);

export type ApplicationRow = LoanApplicationsQuery['loanApplications']['edges'][number]['node'];

export const APPLICATION_FIELDS = graphql(`
  fragment LoanApplicationFields on LoanApplication {
    id
    status
    version
    enterpriseId
    enterpriseName
    bankName
    productId
    productName
    needId
    pledgeBundleId
    ipAssetIds
    requestedAmount {
      amountFen
    }
    requestedTermMonths
    requestedRepaymentMethod
    purpose
    offeredAmount {
      amountFen
    }
    offeredAnnualRateBp
    offeredTermMonths
    offeredRepaymentMethod
    guaranteeRequired
    insuranceRequired
    decisionNote
    declineReason
    decidedAt
    loanId
    createdAt
    transitions {
      id
      fromStatus
      toStatus
      note
      at
    }
    documentList {
      id
      kind
      fileName
      sizeBytes
      sha256
      uploadedAt
    }
  }
`);

export const LOAN_APPLICATION_PAGE = graphql(`
  query LoanApplicationPage($id: ID!) {
    loanApplication(id: $id) {
      ...LoanApplicationFields
    }
  }
`);

export type ApplicationDetail = LoanApplicationPageQuery['loanApplication'];

/** The product's ranges, for the decision form's limits and the firm's application form. */
export const PRODUCT_TERMS = graphql(`
  query LoanProductTerms($id: ID!) {
    loanProduct(id: $id) {
      id
      name
      bank {
        id
        name
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
      bundleAllowed
    }
  }
`);

/** What the firm may pledge: its bundles and its assets, with what they are worth now. */
export const PLEDGE_CHOICES = graphql(`
  query LoanPledgeChoices($enterpriseId: ID!) {
    pledgeBundles(enterpriseId: $enterpriseId, first: 50) {
      edges {
        node {
          id
          name
          assetCount
          appraisedValue {
            amountFen
          }
        }
      }
    }
    ipAssets(first: 100) {
      edges {
        node {
          id
          number
          title
          legalStatus
          pledgeStatus
          latestValuation {
            value {
              amountFen
            }
          }
        }
      }
    }
  }
`);

export const APPLY_FOR_LOAN = graphql(`
  mutation ApplyForLoan($input: ApplyForLoanInput!) {
    applyForLoan(input: $input) {
      id
    }
  }
`);

export const DECIDE_LOAN_APPLICATION = graphql(`
  mutation DecideLoanApplication($input: DecideLoanApplicationInput!) {
    decideLoanApplication(input: $input) {
      ...LoanApplicationFields
    }
  }
`);

export const RESPOND_TO_COUNTER_OFFER = graphql(`
  mutation RespondToCounterOffer($input: RespondToCounterOfferInput!) {
    respondToCounterOffer(input: $input) {
      ...LoanApplicationFields
    }
  }
`);

export const WITHDRAW_LOAN_APPLICATION = graphql(`
  mutation WithdrawLoanApplication($input: WithdrawLoanApplicationInput!) {
    withdrawLoanApplication(input: $input) {
      ...LoanApplicationFields
    }
  }
`);

export const UPLOAD_LOAN_DOCUMENT = graphql(`
  mutation UploadLoanDocument($input: UploadLoanDocumentInput!) {
    uploadLoanDocument(input: $input) {
      id
    }
  }
`);

export const LOANS = graphql(`
  query Loans($after: String, $filter: LoanFilter) {
    loans(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          principal {
            amountFen
          }
          outstandingPrincipal {
            amountFen
          }
          annualRateBp
          termMonths
          repaymentMethod
          disbursedOn
          maturityDate
          daysPastDue
          application {
            id
            enterpriseName
            bankName
            productName
          }
        }
      }
    }
  }
`);

export type LoanRow = LoansQuery['loans']['edges'][number]['node'];

export const LOAN_FIELDS = graphql(`
  fragment LoanFields on Loan {
    id
    status
    version
    principal {
      amountFen
    }
    outstandingPrincipal {
      amountFen
    }
    appraisedValue {
      amountFen
    }
    pledgeRateBp
    annualRateBp
    termMonths
    repaymentMethod
    dayCount
    contractedAt
    disbursedOn
    maturityDate
    everOverdue
    daysPastDue
    maxDaysPastDue
    defaultedOn
    repaidOn
    application {
      id
      enterpriseName
      bankName
      productName
      guaranteeRequired
      insuranceRequired
      decisionNote
    }
    schedule {
      id
      seq
      dueDate
      principal {
        amountFen
      }
      interest {
        amountFen
      }
      paidPrincipal {
        amountFen
      }
      paidInterest {
        amountFen
      }
      status
      paidOn
      daysPastDue
    }
    repayments {
      id
      paidOn
      principal {
        amountFen
      }
      interest {
        amountFen
      }
      penalty {
        amountFen
      }
      early
      createdAt
    }
    riskShares {
      id
      role
      shareBp
      passedOnBp
      passedOnTo
    }
    fees {
      id
      kind
      amount {
        amountFen
      }
      paidOn
    }
  }
`);

export const LOAN_PAGE = graphql(`
  query LoanPage($id: ID!) {
    loan(id: $id) {
      ...LoanFields
    }
  }
`);

export type LoanDetail = NonNullable<LoanPageQuery['loan']>;
export type Instalment = LoanDetail['schedule'][number];

export const DISBURSE_LOAN = graphql(`
  mutation DisburseLoan($input: DisburseLoanInput!) {
    disburseLoan(input: $input) {
      ...LoanFields
    }
  }
`);

export const RECORD_REPAYMENT = graphql(`
  mutation RecordRepayment($input: RecordRepaymentInput!) {
    recordRepayment(input: $input) {
      id
      early
    }
  }
`);

/** Active products for applying directly (not from a match). */
export const ACTIVE_PRODUCTS = graphql(`
  query LoanActiveProducts {
    loanProducts(first: 100, filter: { status: ACTIVE }) {
      edges {
        node {
          id
          name
          bank {
            id
            name
          }
        }
      }
    }
  }
`);

/** The institutions a decision's conditions may name. */
export const RISK_PARTIES = graphql(`
  query LoanRiskParties {
    guarantors: institutions(type: GUARANTOR) {
      id
      name
    }
    insurers: institutions(type: INSURER) {
      id
      name
    }
  }
`);
