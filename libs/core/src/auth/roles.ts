import { registerEnumType } from '@nestjs/graphql';

/** Kinds of organisation on the platform (DOMAIN.md, "Actors and roles"). */
export enum OrganizationType {
  PLATFORM = 'PLATFORM',
  ENTERPRISE = 'ENTERPRISE',
  BANK = 'BANK',
  GUARANTOR = 'GUARANTOR',
  INSURER = 'INSURER',
  VALUER = 'VALUER',
  AGENCY = 'AGENCY',
  GOVERNMENT_OFFICE = 'GOVERNMENT_OFFICE',
  SERVICE_WINDOW = 'SERVICE_WINDOW',
  PARK = 'PARK',
}

/** What a user may do; a user's roles fit the type of their organisation. */
export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  /** Manages the users of their own organisation. */
  ORG_ADMIN = 'ORG_ADMIN',
  ENTERPRISE_USER = 'ENTERPRISE_USER',
  BANK_OFFICER = 'BANK_OFFICER',
  GUARANTOR_OFFICER = 'GUARANTOR_OFFICER',
  INSURER_OFFICER = 'INSURER_OFFICER',
  VALUER = 'VALUER',
  AGENCY_USER = 'AGENCY_USER',
  GOV_OFFICER = 'GOV_OFFICER',
  WINDOW_OFFICER = 'WINDOW_OFFICER',
  PARK_OFFICER = 'PARK_OFFICER',
}

/** The role a user of each organisation type gets by default. */
export const ROLE_FOR_ORGANIZATION_TYPE: Record<OrganizationType, Role> = {
  [OrganizationType.PLATFORM]: Role.PLATFORM_ADMIN,
  [OrganizationType.ENTERPRISE]: Role.ENTERPRISE_USER,
  [OrganizationType.BANK]: Role.BANK_OFFICER,
  [OrganizationType.GUARANTOR]: Role.GUARANTOR_OFFICER,
  [OrganizationType.INSURER]: Role.INSURER_OFFICER,
  [OrganizationType.VALUER]: Role.VALUER,
  [OrganizationType.AGENCY]: Role.AGENCY_USER,
  [OrganizationType.GOVERNMENT_OFFICE]: Role.GOV_OFFICER,
  [OrganizationType.SERVICE_WINDOW]: Role.WINDOW_OFFICER,
  [OrganizationType.PARK]: Role.PARK_OFFICER,
};

registerEnumType(OrganizationType, {
  name: 'OrganizationType',
  description: '机构类型 — the kind of organisation: enterprise 企业, bank 银行, guarantor 担保公司, insurer 保险公司, valuer 评估机构, agency 代理机构/律所, government office 知识产权局, service window 服务窗口, park 园区, platform 平台',
});
registerEnumType(Role, { name: 'Role', description: '角色 — what a user may do on the platform' });
