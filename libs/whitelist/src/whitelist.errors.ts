import { defineDomainError } from '@zhirong/core';

export enum WhitelistErrorCode {
  /** A published or superseded batch never changes; screen again for a new version. */
  BATCH_NOT_DRAFT = 'BATCH_NOT_DRAFT',
  /** Only a published batch is pushed, so banks see what the office signed off. */
  BATCH_NOT_PUBLISHED = 'BATCH_NOT_PUBLISHED',
  /** The office has not defined screening rules for its region yet. */
  NO_RULE_SET = 'NO_RULE_SET',
  /** A bank answers only on firms pushed to it. */
  FIRM_NOT_PUSHED = 'FIRM_NOT_PUSHED',
  /** A bank id given to a push is not a bank in or above the office's region. */
  BANK_NOT_ELIGIBLE = 'BANK_NOT_ELIGIBLE',
  /** No bank to push to. */
  NO_BANKS = 'NO_BANKS',
  /** A webhook URL must be http(s) and resolve only to public addresses (loopback where WEBHOOK_ALLOW_LOOPBACK allows). */
  WEBHOOK_URL_REJECTED = 'WEBHOOK_URL_REJECTED',
  /** The firm is already in (or already out of) the batch. */
  ENTRY_UNCHANGED = 'ENTRY_UNCHANGED',
}

export const WhitelistError = defineDomainError<WhitelistErrorCode>('WhitelistError', {
  [WhitelistErrorCode.BATCH_NOT_DRAFT]: 'CONFLICT',
  [WhitelistErrorCode.BATCH_NOT_PUBLISHED]: 'CONFLICT',
  [WhitelistErrorCode.NO_RULE_SET]: 'CONFLICT',
  [WhitelistErrorCode.FIRM_NOT_PUSHED]: 'FORBIDDEN',
  [WhitelistErrorCode.BANK_NOT_ELIGIBLE]: 'BAD_USER_INPUT',
  [WhitelistErrorCode.NO_BANKS]: 'CONFLICT',
  [WhitelistErrorCode.WEBHOOK_URL_REJECTED]: 'BAD_USER_INPUT',
  [WhitelistErrorCode.ENTRY_UNCHANGED]: 'CONFLICT',
});
