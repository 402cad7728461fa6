import { OrganizationType, Role } from '@zhirong/core';
import { RegionLevel } from '@zhirong/identity';

/** The five regions of the policy documents (GB/T 2260 codes), with their parks. */
export const DEMO_REGIONS: { code: string; name: string; level: RegionLevel; parent?: string }[] = [
  { code: '310000', name: '上海市', level: RegionLevel.PROVINCE },
  { code: '310112', name: '闵行区', level: RegionLevel.DISTRICT, parent: '310000' },
  { code: '310117', name: '松江区', level: RegionLevel.DISTRICT, parent: '310000' },
  { code: '310117-G60', name: 'G60科创走廊松江园区', level: RegionLevel.PARK, parent: '310117' },
  { code: '110000', name: '北京市', level: RegionLevel.PROVINCE },
  { code: '110108', name: '海淀区', level: RegionLevel.DISTRICT, parent: '110000' },
  { code: '520000', name: '贵州省', level: RegionLevel.PROVINCE },
  { code: '522600', name: '黔东南苗族侗族自治州', level: RegionLevel.CITY, parent: '520000' },
  { code: '410000', name: '河南省', level: RegionLevel.PROVINCE },
  { code: '411500', name: '信阳市', level: RegionLevel.CITY, parent: '410000' },
  { code: '411500-GX', name: '信阳高新技术产业开发区', level: RegionLevel.PARK, parent: '411500' },
];

export interface DemoOrganization {
  key: string;
  name: string;
  type: OrganizationType;
  region: string;
  creditCode?: string;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { key: 'platform', name: '知融平台运营中心', type: OrganizationType.PLATFORM, region: '310000' },
  { key: 'office', name: '闵行区知识产权局', type: OrganizationType.GOVERNMENT_OFFICE, region: '310112' },
  { key: 'office.sj', name: '松江区知识产权局', type: OrganizationType.GOVERNMENT_OFFICE, region: '310117' },
  { key: 'office.bj', name: '北京市知识产权局', type: OrganizationType.GOVERNMENT_OFFICE, region: '110000' },
  { key: 'office.qdn', name: '黔东南州市场监督管理局（知识产权局）', type: OrganizationType.GOVERNMENT_OFFICE, region: '522600' },
  { key: 'office.xy', name: '信阳市知识产权战略实施工作联席会议办公室', type: OrganizationType.GOVERNMENT_OFFICE, region: '411500' },
  { key: 'window', name: '闵行区知识产权质押融资服务窗口', type: OrganizationType.SERVICE_WINDOW, region: '310112' },
  { key: 'park', name: 'G60科创走廊松江园区管理委员会', type: OrganizationType.PARK, region: '310117-G60' },
  { key: 'bank', name: '申江银行上海科技支行', type: OrganizationType.BANK, region: '310000' },
  { key: 'bank2', name: '浦华银行上海分行', type: OrganizationType.BANK, region: '310000' },
  { key: 'firm', name: '上海闵芯微电子科技有限公司', type: OrganizationType.ENTERPRISE, region: '310112', creditCode: '91310112MA1GBX2K0M' },
  { key: 'valuer', name: '上海中估联资产评估有限公司', type: OrganizationType.VALUER, region: '310000' },
  { key: 'guarantor', name: '沪科融资担保有限公司', type: OrganizationType.GUARANTOR, region: '310000' },
];

/** API-CONTRACT.md's demo accounts; never created by migrations. */
export const DEMO_PASSWORD = 'zhirong-demo-2026';

export const DEMO_USERS: { email: string; displayName: string; org: string; roles: Role[] }[] = [
  { email: 'admin@zhirong.test', displayName: '平台管理员', org: 'platform', roles: [Role.PLATFORM_ADMIN] },
  { email: 'office@zhirong.test', displayName: '闵行区知识产权局 王科长', org: 'office', roles: [Role.GOV_OFFICER, Role.ORG_ADMIN] },
  { email: 'office.sj@zhirong.test', displayName: '松江区知识产权局 钱科长', org: 'office.sj', roles: [Role.GOV_OFFICER] },
  { email: 'office.bj@zhirong.test', displayName: '北京市知识产权局 李处长', org: 'office.bj', roles: [Role.GOV_OFFICER, Role.ORG_ADMIN] },
  { email: 'window@zhirong.test', displayName: '闵行服务窗口 张专员', org: 'window', roles: [Role.WINDOW_OFFICER] },
  { email: 'park@zhirong.test', displayName: 'G60园区 陈主任', org: 'park', roles: [Role.PARK_OFFICER] },
  { email: 'bank@zhirong.test', displayName: '申江银行 赵经理', org: 'bank', roles: [Role.BANK_OFFICER, Role.ORG_ADMIN] },
  { email: 'bank2@zhirong.test', displayName: '浦华银行 孙经理', org: 'bank2', roles: [Role.BANK_OFFICER] },
  { email: 'firm@zhirong.test', displayName: '闵芯微电子 周总', org: 'firm', roles: [Role.ENTERPRISE_USER, Role.ORG_ADMIN] },
  { email: 'valuer@zhirong.test', displayName: '中估联 吴评估师', org: 'valuer', roles: [Role.VALUER] },
  { email: 'guarantor@zhirong.test', displayName: '沪科担保 郑经理', org: 'guarantor', roles: [Role.GUARANTOR_OFFICER] },
];
