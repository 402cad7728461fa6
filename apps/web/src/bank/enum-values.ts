import type { FirmSearchSort, IpType, LoanProductStatus, WhitelistResponseStatus } from '../gql/graphql';

// The generated enums are string unions; a Record over each forces this list to hold every value.
const keys = <T extends string>(r: Record<T, true>) => Object.keys(r) as T[];

export const IP_TYPES = keys<IpType>({
  INVENTION_PATENT: true,
  UTILITY_MODEL: true,
  DESIGN_PATENT: true,
  TRADEMARK: true,
  COPYRIGHT: true,
  SOFTWARE_COPYRIGHT: true,
  IC_LAYOUT: true,
  GEOGRAPHICAL_INDICATION: true,
  LICENSE_REVENUE_RIGHT: true,
});
export const PRODUCT_STATUSES = keys<LoanProductStatus>({ ACTIVE: true, DRAFT: true, ARCHIVED: true });
export const FIRM_SORTS = keys<FirmSearchSort>({ RELEVANCE: true, IP_COUNT_DESC: true, NEED_AMOUNT_DESC: true, NEWEST: true });
export const ANSWERS = keys<WhitelistResponseStatus>({ INTERESTED: true, CREDIT_LINE_OFFERED: true, DECLINED: true, CONTACTED: true });
