import { registerEnumType } from '@nestjs/graphql';

/** 登记方式. */
export enum PledgeChannel {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
}

/** 质押登记状态: submitted → accepted → registered, or returned with a reason at either step. */
export enum PledgeRegistrationStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REGISTERED = 'REGISTERED',
  RETURNED = 'RETURNED',
}

/** Statuses that still wait for the registry (a warning or a breach can still come). */
export const PENDING_REGISTRATION_STATUSES: readonly PledgeRegistrationStatus[] = [PledgeRegistrationStatus.SUBMITTED, PledgeRegistrationStatus.ACCEPTED];

registerEnumType(PledgeChannel, {
  name: 'PledgeChannel',
  description: '登记方式 — how the pledge registration is filed',
  valuesMap: {
    ONLINE: { description: 'Online (网上办理)' },
    OFFLINE: { description: 'Offline (窗口办理). At the registry’s window' },
  },
});

registerEnumType(PledgeRegistrationStatus, {
  name: 'PledgeRegistrationStatus',
  description: '质押登记状态 — where a pledge registration stands',
  valuesMap: {
    SUBMITTED: { description: 'Submitted (已提交). Waits for the registry to accept it' },
    ACCEPTED: { description: 'Accepted (已受理). The registry examines it' },
    REGISTERED: { description: 'Registered (已登记). The pledge is in force; the loan may be disbursed' },
    RETURNED: { description: 'Returned (已退回). With the registry’s reason; the bank submits again' },
  },
});
