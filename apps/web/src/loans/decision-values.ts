import type { DecideLoanApplicationInput, LoanDecisionKind, RepaymentMethod } from '../gql/graphql';
import type { FieldOf } from '../shared/errors';
import { fenToYuan, yuanToFen } from '../shared/money';
import { percentToBp } from './loan-values';

export interface DecisionValues {
  decision: LoanDecisionKind;
  /** Yuan, as typed. */
  amount?: string;
  /** Percent, e.g. 4.35. */
  annualRate?: number | null;
  termMonths?: number | null;
  repaymentMethod?: RepaymentMethod;
  guaranteeRequired?: boolean;
  guarantorOrganizationId?: string;
  insuranceRequired?: boolean;
  insurerOrganizationId?: string;
  note?: string;
  declineReason?: string;
}

/** What the bank decides on: the application as requested, the version it read. */
export interface DecisionSubject {
  id: string;
  version: number;
  requestedAmount: { amountFen: string };
  requestedTermMonths: number;
  requestedRepaymentMethod: RepaymentMethod;
  /** The product's own conditions, carried by the application. */
  guaranteeRequired?: boolean;
  insuranceRequired?: boolean;
}

/** The form starts from the firm's request, the product's lowest rate and its conditions. */
export function initialDecision(app: DecisionSubject, minRateBp?: number): DecisionValues {
  return {
    decision: 'APPROVE',
    amount: fenToYuan(app.requestedAmount.amountFen),
    annualRate: minRateBp === undefined ? null : minRateBp / 100,
    termMonths: app.requestedTermMonths,
    repaymentMethod: app.requestedRepaymentMethod,
    guaranteeRequired: app.guaranteeRequired ?? false,
    insuranceRequired: app.insuranceRequired ?? false,
  };
}

/**
 * The mutation's input: a decline sends its reason only; an approval or counter-offer its
 * terms, money as fen by text and the rate in basis points.
 */
export function decisionInput(values: DecisionValues, app: DecisionSubject): DecideLoanApplicationInput {
  const base = { applicationId: app.id, expectedVersion: app.version, decision: values.decision, note: values.note?.trim() || undefined };
  if (values.decision === 'DECLINE') return { ...base, declineReason: values.declineReason?.trim() ?? '' };
  const amountFen = values.amount ? yuanToFen(values.amount) : null;
  return {
    ...base,
    amount: amountFen ? { amountFen } : undefined,
    annualRateBp: percentToBp(values.annualRate) ?? undefined,
    termMonths: values.termMonths ?? undefined,
    repaymentMethod: values.repaymentMethod,
    guaranteeRequired: values.guaranteeRequired ?? false,
    guarantorOrganizationId: values.guaranteeRequired ? values.guarantorOrganizationId : undefined,
    insuranceRequired: values.insuranceRequired ?? false,
    insurerOrganizationId: values.insuranceRequired ? values.insurerOrganizationId : undefined,
  };
}

/** The API names inputs; the form holds the rate in percent. */
export const decisionFieldOf: FieldOf = { annualRateBp: ['annualRate'] };
