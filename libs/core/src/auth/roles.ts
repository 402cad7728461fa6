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
  description: '机构类型 — the kind of organisation (DOMAIN.md, actors)',
  valuesMap: {
    PLATFORM: { description: 'Platform (平台). The operator of Zhirong' },
    ENTERPRISE: { description: 'Enterprise (企业)' },
    BANK: { description: 'Bank (银行). A bank or other lender (金融机构)' },
    GUARANTOR: { description: 'Guarantor (担保公司)' },
    INSURER: { description: 'Insurer (保险公司)' },
    VALUER: { description: 'Valuer (评估机构). An asset appraisal firm (资产评估机构)' },
    AGENCY: { description: 'IP agency or law firm (知识产权代理机构/律所)' },
    GOVERNMENT_OFFICE: { description: 'IP office (知识产权局). A government office that sets local policy and builds the whitelist' },
    SERVICE_WINDOW: { description: 'Service window (服务窗口)' },
    PARK: { description: 'Park (园区)' },
  },
});
registerEnumType(Role, {
  name: 'Role',
  description: '角色 — what a user may do on the platform',
  valuesMap: {
    PLATFORM_ADMIN: { description: 'Platform administrator (平台管理员)' },
    ORG_ADMIN: { description: 'Organisation administrator (机构管理员). Manages the users of their own organisation' },
    ENTERPRISE_USER: { description: 'Enterprise user (企业用户)' },
    BANK_OFFICER: { description: 'Bank officer (银行工作人员)' },
    GUARANTOR_OFFICER: { description: 'Guarantor officer (担保公司工作人员)' },
    INSURER_OFFICER: { description: 'Insurer officer (保险公司工作人员)' },
    VALUER: { description: 'Valuer (评估师)' },
    AGENCY_USER: { description: 'Agency user (代理机构用户)' },
    GOV_OFFICER: { description: 'IP office officer (知识产权局工作人员)' },
    WINDOW_OFFICER: { description: 'Service window officer (服务窗口工作人员)' },
    PARK_OFFICER: { description: 'Park officer (园区工作人员)' },
  },
});
