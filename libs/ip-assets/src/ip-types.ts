// No Nest, TypeORM or Node here: the web app imports this file and ip-numbers.ts (the same
// number checks as the API, not a copy).

/** Kinds of intellectual property that can be pledged (DOMAIN.md). */
export enum IpType {
  INVENTION_PATENT = 'INVENTION_PATENT',
  UTILITY_MODEL = 'UTILITY_MODEL',
  DESIGN_PATENT = 'DESIGN_PATENT',
  TRADEMARK = 'TRADEMARK',
  COPYRIGHT = 'COPYRIGHT',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
  IC_LAYOUT = 'IC_LAYOUT',
  GEOGRAPHICAL_INDICATION = 'GEOGRAPHICAL_INDICATION',
  LICENSE_REVENUE_RIGHT = 'LICENSE_REVENUE_RIGHT',
}
