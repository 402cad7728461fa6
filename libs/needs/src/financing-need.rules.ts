import { Access, Actor, badInput, FEN_PATTERN, forbidden, formatYuan, isPlatformAdmin, requireIntIn, Role } from '@zhirong/core';

/** The documented limits of a financing need's fields (also shown in the GraphQL descriptions). */
export const NEED_LIMITS = {
  /** ¥1,000,000,000: far above any IP-pledge loan, low enough to catch a slipped digit. */
  maxAmountFen: 100_000_000_000n,
  termMonths: { min: 1, max: 120 },
  rateBp: { min: 1, max: 3600 },
  purposeLength: 500,
} as const;

/** The fields of a need that the rules below judge, as they would be stored. */
export interface FinancingNeedTerms {
  amountFen: string;
  termMonths: number;
  purpose: string;
  maxRateBp: number;
}

/** Everything about a need that can be judged without the database; throws the first problem, naming the field. */
export function validateFinancingNeedTerms(t: FinancingNeedTerms, at = 'input'): void {
  const amountField = `${at}.amount.amountFen`;
  if (!FEN_PATTERN.test(t.amountFen)) throw badInput(amountField, 'must be a whole number of fen written as digits');
  const amount = BigInt(t.amountFen);
  if (amount <= 0n) throw badInput(amountField, 'must be more than zero');
  if (amount > NEED_LIMITS.maxAmountFen) throw badInput(amountField, `must be at most ${formatYuan(NEED_LIMITS.maxAmountFen)}`);

  requireIntIn(t.termMonths, NEED_LIMITS.termMonths, `${at}.termMonths`, 'months');
  requireIntIn(t.maxRateBp, NEED_LIMITS.rateBp, `${at}.maxRateBp`, 'basis points');

  const purpose = t.purpose.trim();
  if (purpose.length < 1 || purpose.length > NEED_LIMITS.purposeLength) {
    throw badInput(`${at}.purpose`, `must be 1 to ${NEED_LIMITS.purposeLength} characters`);
  }
}

/** Offices and service windows collect needs on a firm's behalf within their region [minhang]. */
const ON_BEHALF_ROLES = [Role.WINDOW_OFFICER, Role.GOV_OFFICER];

/**
 * Who may post or change a firm's need: the firm itself, an office or service
 * window whose region holds the firm, and the platform.
 */
export function requireActForEnterprise(actor: Actor, enterprise: { organizationId: string | null; regionPath: string }): void {
  if (isPlatformAdmin(actor)) return;
  if (actor.roles.includes(Role.ENTERPRISE_USER) && enterprise.organizationId === actor.organizationId) return;
  if (ON_BEHALF_ROLES.some((r) => actor.roles.includes(r))) {
    Access.requireRegion(actor, enterprise.regionPath);
    return;
  }
  throw forbidden('Only the firm itself, or an office or service window of its region, may do this');
}
