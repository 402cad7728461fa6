import { LoanApplication, LoanApplicationAsset, LoanApplicationTransition, LoanDocument } from './loan-application.entity';
import { Loan, LoanFee, LoanInstalment, LoanPledgedAsset, LoanRecovery, LoanRiskShare, Repayment } from './loan.entity';

export * from './loan.enums';
export * from './loan-application.entity';
export * from './loan.entity';

export const LOAN_ENTITIES = [
  LoanApplication,
  LoanApplicationAsset,
  LoanApplicationTransition,
  LoanDocument,
  Loan,
  LoanPledgedAsset,
  LoanInstalment,
  Repayment,
  LoanFee,
  LoanRiskShare,
  LoanRecovery,
];
