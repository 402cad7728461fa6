import { defineDomainError } from '@zhirong/core';

export enum PledgesErrorCode {
  /** Registration is filed for a CONTRACTED loan (approved, signed, not yet disbursed). */
  LOAN_NOT_CONTRACTED = 'LOAN_NOT_CONTRACTED',
  /** The loan has a registration under way or done: a new one only after a RETURNED one. */
  REGISTRATION_EXISTS = 'REGISTRATION_EXISTS',
  /** The registration's status does not allow this step. */
  REGISTRATION_STATUS = 'REGISTRATION_STATUS',
  /** Only the loan's bank files its registration. */
  NOT_THE_PLEDGEE = 'NOT_THE_PLEDGEE',
}

export const PledgesError = defineDomainError<PledgesErrorCode>('PledgesError', {
  [PledgesErrorCode.LOAN_NOT_CONTRACTED]: 'CONFLICT',
  [PledgesErrorCode.REGISTRATION_EXISTS]: 'CONFLICT',
  [PledgesErrorCode.REGISTRATION_STATUS]: 'CONFLICT',
  [PledgesErrorCode.NOT_THE_PLEDGEE]: 'FORBIDDEN',
});
