import { registerEnumType } from '@nestjs/graphql';

/** Recognitions a firm holds; products and whitelist rules ask for them. */
export enum EnterpriseTag {
  HIGH_TECH = 'HIGH_TECH',
  SPECIALIZED_NEW = 'SPECIALIZED_NEW',
  LITTLE_GIANT = 'LITTLE_GIANT',
  TECH_SME = 'TECH_SME',
  IP_ADVANTAGE = 'IP_ADVANTAGE',
  GAZELLE = 'GAZELLE',
  LISTED_RESERVE = 'LISTED_RESERVE',
}

export const ENTERPRISE_TAG_LABELS: Record<EnterpriseTag, string> = {
  [EnterpriseTag.HIGH_TECH]: '高新技术企业',
  [EnterpriseTag.SPECIALIZED_NEW]: '专精特新',
  [EnterpriseTag.LITTLE_GIANT]: '专精特新“小巨人”',
  [EnterpriseTag.TECH_SME]: '科技型中小企业',
  [EnterpriseTag.IP_ADVANTAGE]: '知识产权优势企业',
  [EnterpriseTag.GAZELLE]: '瞪羚企业',
  [EnterpriseTag.LISTED_RESERVE]: '上市后备企业',
};

/** The same in English, for texts people read (codes stay in the structured fields). */
export const ENTERPRISE_TAG_LABELS_EN: Record<EnterpriseTag, string> = {
  [EnterpriseTag.HIGH_TECH]: 'high-tech enterprise',
  [EnterpriseTag.SPECIALIZED_NEW]: 'specialised and innovative SME',
  [EnterpriseTag.LITTLE_GIANT]: '“little giant” enterprise',
  [EnterpriseTag.TECH_SME]: 'technology-based SME',
  [EnterpriseTag.IP_ADVANTAGE]: 'IP advantage enterprise',
  [EnterpriseTag.GAZELLE]: 'gazelle enterprise',
  [EnterpriseTag.LISTED_RESERVE]: 'listing reserve enterprise',
};

/** Credit grade, best first; a product's minimum rating admits this grade and better. */
export enum CreditRating {
  AAA = 'AAA',
  AA = 'AA',
  A = 'A',
  BBB = 'BBB',
  BB = 'BB',
  B = 'B',
  CCC = 'CCC',
  CC = 'CC',
  C = 'C',
}

export const CREDIT_RATING_ORDER: CreditRating[] = Object.values(CreditRating);

/** True when `rating` is `minimum` or better. */
export function meetsRating(rating: CreditRating | null, minimum: CreditRating): boolean {
  return rating !== null && CREDIT_RATING_ORDER.indexOf(rating) <= CREDIT_RATING_ORDER.indexOf(minimum);
}

/** Why a bank may see a firm's private profile: it applied to the bank, an office pushed it, or it accepted the bank's interest in a published need. */
export enum BankAccessReason {
  APPLIED = 'APPLIED',
  WHITELIST_PUSH = 'WHITELIST_PUSH',
  NEED_PUBLISHED = 'NEED_PUBLISHED',
  EVENT_MEETING = 'EVENT_MEETING',
}

registerEnumType(EnterpriseTag, {
  name: 'EnterpriseTag',
  description: '企业资质标签 — a recognition a firm holds',
  valuesMap: {
    HIGH_TECH: { description: 'High-tech enterprise (高新技术企业)' },
    SPECIALIZED_NEW: { description: 'Specialised and innovative SME (专精特新)' },
    LITTLE_GIANT: { description: '“Little giant” enterprise (专精特新“小巨人”)' },
    TECH_SME: { description: 'Technology-based SME (科技型中小企业)' },
    IP_ADVANTAGE: { description: 'IP advantage enterprise (知识产权优势企业)' },
    GAZELLE: { description: 'Gazelle enterprise (瞪羚企业)' },
    LISTED_RESERVE: { description: 'Listing reserve enterprise (上市后备企业)' },
  },
});
registerEnumType(CreditRating, {
  name: 'CreditRating',
  description: '信用评级 — credit grade, AAA best',
  valuesMap: {
    AAA: { description: 'AAA (AAA级)' },
    AA: { description: 'AA (AA级)' },
    A: { description: 'A (A级)' },
    BBB: { description: 'BBB (BBB级)' },
    BB: { description: 'BB (BB级)' },
    B: { description: 'B (B级)' },
    CCC: { description: 'CCC (CCC级)' },
    CC: { description: 'CC (CC级)' },
    C: { description: 'C (C级)' },
  },
});
registerEnumType(BankAccessReason, {
  name: 'BankAccessReason',
  description: '银行可见原因 — why a bank sees a firm',
  valuesMap: {
    APPLIED: { description: 'Applied (企业申请). The firm applied to the bank' },
    WHITELIST_PUSH: { description: 'Whitelist push (白名单推送). An office pushed the firm to the bank' },
    NEED_PUBLISHED: { description: 'Published need (发布融资需求). The firm accepted the bank’s interest in its published need' },
    EVENT_MEETING: { description: 'Event meeting (对接会洽谈). The firm registered for a matchmaking event and meets the bank there' },
  },
});
