import { ACCESS_ENTITIES } from '@zhirong/access';
import { CALENDAR_ENTITIES } from '@zhirong/calendar';
import { AuditLog } from '@zhirong/core';
import { ENTERPRISE_ENTITIES } from '@zhirong/enterprises';
import { EVENT_ENTITIES } from '@zhirong/events';
import { IDENTITY_ENTITIES } from '@zhirong/identity';
import { IP_ASSET_ENTITIES } from '@zhirong/ip-assets';
import { JOB_ENTITIES } from '@zhirong/jobs';
import { LOAN_ENTITIES } from '@zhirong/loans';
import { MATCHING_ENTITIES } from '@zhirong/matching';
import { NEED_ENTITIES } from '@zhirong/needs';
import { NOTIFICATION_ENTITIES } from '@zhirong/notifications';
import { POLICY_ENTITIES } from '@zhirong/policy';
import { PLEDGE_ENTITIES } from '@zhirong/pledges';
import { PRODUCT_ENTITIES } from '@zhirong/products';
import { SEARCH_ENTITIES } from '@zhirong/search';
import { SUBSIDY_ENTITIES } from '@zhirong/subsidies';
import { WHITELIST_ENTITIES } from '@zhirong/whitelist';

/** Every table's entity; the apps, the migration CLI and the tests share this list. */
export const ENTITIES = [
  AuditLog,
  ...ACCESS_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...ENTERPRISE_ENTITIES,
  ...IP_ASSET_ENTITIES,
  ...PRODUCT_ENTITIES,
  ...NEED_ENTITIES,
  ...SEARCH_ENTITIES,
  ...JOB_ENTITIES,
  ...MATCHING_ENTITIES,
  ...WHITELIST_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...EVENT_ENTITIES,
  ...LOAN_ENTITIES,
  ...CALENDAR_ENTITIES,
  ...PLEDGE_ENTITIES,
  ...POLICY_ENTITIES,
  ...SUBSIDY_ENTITIES,
];
