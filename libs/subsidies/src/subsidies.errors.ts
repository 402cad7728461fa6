import { defineDomainError } from '@zhirong/core';

export enum SubsidiesErrorCode {
  /** The formula found the loan not eligible; `extensions.ineligibleCode` says why (NOT_REPAID_NORMALLY, EVER_OVERDUE …). */
  INELIGIBLE = 'INELIGIBLE',
  /** A live application for this loan and kind (or claim for this loan and role) exists already. */
  DUPLICATE = 'DUPLICATE',
  /** Someone changed the application or claim after you read it: read it again. */
  STALE_VERSION = 'STALE_VERSION',
  /** The status does not allow this step. */
  STATUS = 'STATUS',
  /** Approving would take the region's granted total for the year past its budget. */
  BUDGET_EXCEEDED = 'BUDGET_EXCEEDED',
  /** No budget is set for the region and year, and its policy names none. */
  NO_BUDGET = 'NO_BUDGET',
  /** The firm has a subsidy-fraud credit record: it may not apply. */
  FRAUD_RECORD = 'FRAUD_RECORD',
  /** Only the loan's firm applies for subsidies; only a risk-sharing party claims compensation. */
  NOT_A_PARTY = 'NOT_A_PARTY',
}

export const SubsidiesError = defineDomainError<SubsidiesErrorCode>('SubsidiesError', {
  [SubsidiesErrorCode.INELIGIBLE]: 'CONFLICT',
  [SubsidiesErrorCode.DUPLICATE]: 'CONFLICT',
  [SubsidiesErrorCode.STALE_VERSION]: 'CONFLICT',
  [SubsidiesErrorCode.STATUS]: 'CONFLICT',
  [SubsidiesErrorCode.BUDGET_EXCEEDED]: 'CONFLICT',
  [SubsidiesErrorCode.NO_BUDGET]: 'CONFLICT',
  [SubsidiesErrorCode.FRAUD_RECORD]: 'FORBIDDEN',
  [SubsidiesErrorCode.NOT_A_PARTY]: 'FORBIDDEN',
});

/**
 * INELIGIBLE from a formula's result: its own code when it refused, NOTHING_TO_GRANT when it was
 * eligible but the caps leave nothing (a zero grant is not stored, and not approved).
 */
export function refuseUnlessGrantable(result: { eligible: boolean; amountFen: bigint; ineligible?: { code: string; zh: string; en: string } }, prefix = ''): void {
  if (!result.eligible) {
    const why = result.ineligible!;
    throw new SubsidiesError(SubsidiesErrorCode.INELIGIBLE, `${prefix}${why.zh} / ${why.en}`, { details: { ineligibleCode: why.code } });
  }
  if (result.amountFen <= 0n) {
    throw new SubsidiesError(SubsidiesErrorCode.INELIGIBLE, `${prefix}按上限已无可补贴金额 / Nothing left to grant under the caps`, {
      details: { ineligibleCode: 'NOTHING_TO_GRANT' },
    });
  }
}
