/** What each role may do, as pages: the navigation shows a user only these. */
export interface NavItem {
  path: string;
  label: string;
  roles: readonly string[] | 'all';
}

export const NAVIGATION: readonly NavItem[] = [
  { path: '/', label: 'nav.home', roles: 'all' },
  { path: '/firm/assets', label: 'nav.myAssets', roles: ['ENTERPRISE_USER'] },
  { path: '/bank/need-library', label: 'nav.needLibrary', roles: ['BANK_OFFICER'] },
];

export function navigationFor(roles: readonly string[]): NavItem[] {
  return NAVIGATION.filter((n) => n.roles === 'all' || n.roles.some((r) => roles.includes(r)));
}
