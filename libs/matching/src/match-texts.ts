import { addYears, formatYuan, INDUSTRY_SECTIONS } from '@zhirong/core';
import { ENTERPRISE_TAG_LABELS, ENTERPRISE_TAG_LABELS_EN, EnterpriseTag } from '@zhirong/enterprises';
import { IP_TYPE_LABELS, IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { countsOn, formatRate, MatchCheck, MatchCriterion, Pair, ProductFacts, requiredValuationFen, wholeYearsBetween } from './match-engine';

/**
 * The texts of checks and hints, "中文 (English)", for the people who read them: regions,
 * industries, recognitions and IP types in words (codes stay in the structured fields).
 */
const typeList = (types: readonly IpType[]): [string, string] => [types.map((t) => IP_TYPE_LABELS[t]).join('、'), types.map((t) => `${t.toLowerCase().replace(/_/g, ' ')} (${IP_TYPE_LABELS[t]})`).join(', ')];
/** Texts name things in words: 高新技术企业 / "high-tech enterprise (高新技术企业)", 上海市闵行区, C39（制造业）. */
const tagEn = (t: EnterpriseTag): string => `${ENTERPRISE_TAG_LABELS_EN[t]} (${ENTERPRISE_TAG_LABELS[t]})`;
const tagList = (tags: readonly EnterpriseTag[]): [string, string] => [tags.map((t) => ENTERPRISE_TAG_LABELS[t]).join('、'), tags.map(tagEn).join(', ')];
const productRegions = (p: ProductFacts): string[] => p.regionPaths.map((path, i) => p.regionNames?.[i] ?? path);
const industryWords = (code: string): string => (INDUSTRY_SECTIONS[code[0]] ? `${code}（${INDUSTRY_SECTIONS[code[0]].name}）` : code);

/** Missing tags, those the firm declared marked as such: "专精特新（已申报，未核实）". */
const declaredTagList = (tags: readonly EnterpriseTag[], declared: readonly EnterpriseTag[]): [string, string] => [
  tags.map((t) => `${ENTERPRISE_TAG_LABELS[t]}${declared.includes(t) ? '（已申报，未核实）' : ''}`).join('、'),
  tags.map((t) => `${tagEn(t)}${declared.includes(t) ? ' (declared, not verified)' : ''}`).join(', '),
];

export function describe(criterion: MatchCriterion, { need, product, today }: Pair, passed: boolean, ceilingFen: bigint): [string, string] {
  const e = need.enterprise;
  const amount = formatYuan(need.amountFen);
  switch (criterion) {
    case MatchCriterion.PRODUCT_ACTIVE: {
      const until = product.activeUntil ?? '长期';
      const untilEn = product.activeUntil ?? 'open-ended';
      return passed
        ? [`产品在售（${product.activeFrom} 至 ${until}）`, `the product is on offer (${product.activeFrom} to ${untilEn})`]
        : [
            `产品未在售：状态 ${product.status}，有效期 ${product.activeFrom} 至 ${until}，今天 ${today}`,
            `the product is not on offer: status ${product.status}, ${product.activeFrom} to ${untilEn}, today ${today}`,
          ];
    }
    case MatchCriterion.AMOUNT_RANGE: {
      const range = `${formatYuan(product.minAmountFen)}–${formatYuan(product.maxAmountFen)}`;
      return [`融资金额 ${amount}，产品额度 ${range}`, `amount ${amount}, product range ${range}`];
    }
    case MatchCriterion.TERM_RANGE:
      return [
        `期限 ${need.termMonths} 个月，产品期限 ${product.minTermMonths}–${product.maxTermMonths} 个月`,
        `term ${need.termMonths} months, product range ${product.minTermMonths}–${product.maxTermMonths} months`,
      ];
    case MatchCriterion.RATE:
      return [
        `可接受最高年利率 ${formatRate(need.maxRateBp)}，产品最低年利率 ${formatRate(product.minRateBp)}`,
        `highest acceptable rate ${formatRate(need.maxRateBp)}, product's lowest rate ${formatRate(product.minRateBp)}`,
      ];
    case MatchCriterion.BUNDLE:
      if (need.bundleId === null || need.assets.length === 0) return ['未提供质押组合', 'no pledge bundle offered'];
      return need.assets.length === 1
        ? ['以单项知识产权质押', 'a single asset is pledged']
        : product.bundleAllowed
          ? [`组合质押 ${need.assets.length} 项，产品接受组合质押`, `a bundle of ${need.assets.length} assets; the product accepts bundles`]
          : [`组合质押 ${need.assets.length} 项，产品不接受组合质押`, `a bundle of ${need.assets.length} assets; the product takes single assets only`];
    case MatchCriterion.IP_TYPES: {
      const offered = [...new Set(need.assets.map((a) => a.type))];
      const rejected = offered.filter((t) => !product.acceptedIpTypes.includes(t));
      const [acc, accEn] = typeList(product.acceptedIpTypes);
      if (passed) return [`质押物类型均被接受（产品接受：${acc}）`, `every IP type in the bundle is accepted (${accEn})`];
      const [rej, rejEn] = typeList(rejected);
      return [`产品不接受：${rej}（产品接受：${acc}）`, `not accepted: ${rejEn} (the product takes ${accEn})`];
    }
    case MatchCriterion.ASSET_STATUS: {
      const bad = need.assets.filter((a) => a.legalStatus !== LegalStatus.VALID || a.pledgeStatus !== PledgeStatus.FREE);
      if (passed) return [`质押物均有效且未质押（${need.assets.length} 项）`, `every asset is valid and unpledged (${need.assets.length})`];
      const list = bad.map((a) => `${a.legalStatus}/${a.pledgeStatus}`).join('，');
      return [`${bad.length} 项质押物法律状态无效或已质押：${list}`, `${bad.length} asset(s) not valid or already pledged: ${list}`];
    }
    case MatchCriterion.PLEDGE_RATE: {
      const ceiling = formatYuan(ceilingFen);
      return [
        `融资金额 ${amount}，按质押率计算的最高可贷 ${ceiling}（有效评估价值 × 质押率）`,
        `amount ${amount}, pledge ceiling ${ceiling} (latest valid valuations × pledge rates)`,
      ];
    }
    case MatchCriterion.REGION:
      return product.regionPaths.length === 0
        ? ['产品不限地区', 'the product is offered everywhere']
        : [
            `企业所在地区 ${e.regionName ?? e.regionPath}，产品适用地区 ${productRegions(product).join('、')}`,
            `firm's region ${e.regionName ?? e.regionPath}, product regions ${productRegions(product).join(', ')}`,
          ];
    case MatchCriterion.INDUSTRY:
      return product.industries.length === 0
        ? ['产品不限行业', 'the product is open to any industry']
        : [
            `企业行业 ${industryWords(e.industryCode)}，产品适用行业 ${product.industries.map(industryWords).join('、')}`,
            `firm's industry ${industryWords(e.industryCode)}, product industries ${product.industries.map(industryWords).join(', ')}`,
          ];
    case MatchCriterion.FIRM_AGE: {
      const age = wholeYearsBetween(e.foundedOn, today);
      return [
        `企业成立 ${age} 年（${e.foundedOn}），产品要求至少 ${product.minFirmAgeYears} 年`,
        `firm is ${age} years old (founded ${e.foundedOn}), the product asks for at least ${product.minFirmAgeYears}`,
      ];
    }
    case MatchCriterion.TAGS: {
      if (!product.requiredTags.length) return ['产品无资质要求', 'the product requires no recognitions'];
      const [req, reqEn] = tagList(product.requiredTags);
      const missing = product.requiredTags.filter((t) => !e.tags.includes(t));
      if (passed) return [`企业具备所需资质（已核实）：${req}`, `the firm holds the required recognitions (verified): ${reqEn}`];
      const [miss, missEn] = declaredTagList(missing, e.declaredTags ?? []);
      return [`企业缺少已核实的资质：${miss}（产品要求：${req}）`, `the firm lacks verified: ${missEn} (required: ${reqEn})`];
    }
    case MatchCriterion.DISHONESTY:
      if (!product.requiresNoDishonesty) return ['产品不审查失信记录', 'the product does not screen for dishonesty records'];
      return passed ? ['企业无失信被执行人记录', 'the firm has no dishonest-debtor record'] : ['企业为失信被执行人', 'the firm is on the dishonest-debtor list'];
    case MatchCriterion.CREDIT_RATING: {
      const rating = e.creditRating ?? '无评级';
      const ratingEn = e.creditRating ?? 'unrated';
      return product.minCreditRating === null
        ? ['产品无信用评级要求', 'the product asks for no credit rating']
        : [`企业信用评级 ${rating}，产品要求 ${product.minCreditRating} 或以上`, `firm's rating ${ratingEn}, the product asks for ${product.minCreditRating} or better`];
    }
    case MatchCriterion.GUARANTEE:
      if (!product.guaranteeRequired) return ['产品不要求担保', 'no guarantee required'];
      return passed ? ['产品要求担保，企业接受担保', 'a guarantee is required and acceptable to the firm'] : ['产品要求担保，企业不接受担保', 'a guarantee is required but the firm does not accept one'];
    case MatchCriterion.INSURANCE:
      if (!product.insuranceRequired) return ['产品不要求保险', 'no insurance required'];
      return passed ? ['产品要求保险，企业接受保险', 'insurance is required and acceptable to the firm'] : ['产品要求保险，企业不接受保险', 'insurance is required but the firm does not accept it'];
    case MatchCriterion.WHITELIST:
      if (!product.whitelistOnly) return ['产品不限白名单企业', 'the product is not limited to whitelisted firms'];
      return passed ? ['企业已通过白名单推送至该银行', 'the firm was pushed to this bank in a whitelist'] : ['产品仅限白名单企业，企业未被推送至该银行', 'whitelisted firms only, and the firm was not pushed to this bank'];
  }
}

/** What would make the pair pass, computed from the numbers; `中文 (English)` in one string. */
export function hintsFor({ need, product, today }: Pair, checks: readonly MatchCheck[], ceilingFen: bigint): string[] {
  const failed = new Set(checks.filter((c) => !c.passed).map((c) => c.criterion));
  const e = need.enterprise;
  const hints: string[] = [];
  const add = (zh: string, en: string) => hints.push(`${zh} (${en})`);

  if (failed.has(MatchCriterion.PRODUCT_ACTIVE)) {
    if (product.status === 'ACTIVE' && today < product.activeFrom) add(`产品 ${product.activeFrom} 起生效`, `the product opens on ${product.activeFrom}`);
    else add('产品已不在售，请选择其他产品', 'the product is no longer offered: choose another');
  }
  if (failed.has(MatchCriterion.BUNDLE)) {
    if (need.bundleId === null || need.assets.length === 0) add('为需求指定质押组合', 'name a pledge bundle for the need');
    else add('改为以单项知识产权质押', 'pledge a single asset: the product takes no bundles');
  }
  if (failed.has(MatchCriterion.IP_TYPES)) {
    const rejected = [...new Set(need.assets.map((a) => a.type))].filter((t) => !product.acceptedIpTypes.includes(t));
    const [rej, rejEn] = typeList(rejected);
    add(`从质押组合中移除：${rej}`, `remove from the bundle: ${rejEn}`);
  }
  if (failed.has(MatchCriterion.ASSET_STATUS)) {
    const bad = need.assets.filter((a) => a.legalStatus !== LegalStatus.VALID || a.pledgeStatus !== PledgeStatus.FREE).length;
    add(`移除 ${bad} 项无效或已质押的知识产权`, `remove the ${bad} asset(s) that are not valid or already pledged`);
  }

  let reduceTo: bigint | null = null;
  if (failed.has(MatchCriterion.AMOUNT_RANGE) && need.amountFen > product.maxAmountFen) reduceTo = product.maxAmountFen;
  if (failed.has(MatchCriterion.AMOUNT_RANGE) && need.amountFen < product.minAmountFen) {
    add(`融资金额至少 ${formatYuan(product.minAmountFen)}`, `an amount of at least ${formatYuan(product.minAmountFen)}`);
  }
  if (failed.has(MatchCriterion.PLEDGE_RATE) && need.assets.length > 0) {
    const needed = requiredValuationFen(need, product, today);
    if (needed !== null) add(`质押组合评估价值至少需要 ${formatYuan(needed)}`, `a valuation of at least ${formatYuan(needed)} for the bundle`);
    const unvalued = need.assets.filter((a) => !countsOn(a.valuation, today)).length;
    if (unvalued) add(`${unvalued} 项知识产权缺少有效评估，请重新评估`, `${unvalued} asset(s) have no valid valuation: have them appraised`);
    if (ceilingFen > 0n && (reduceTo === null || ceilingFen < reduceTo)) reduceTo = ceilingFen;
  }
  if (reduceTo !== null && reduceTo >= product.minAmountFen) add(`将金额降至 ${formatYuan(reduceTo)}`, `reduce the amount to ${formatYuan(reduceTo)}`);

  if (failed.has(MatchCriterion.TERM_RANGE)) {
    if (need.termMonths > product.maxTermMonths) add(`期限不超过 ${product.maxTermMonths} 个月`, `term at most ${product.maxTermMonths} months`);
    else add(`期限不少于 ${product.minTermMonths} 个月`, `term at least ${product.minTermMonths} months`);
  }
  if (failed.has(MatchCriterion.RATE)) add(`可接受年利率提高到 ${formatRate(product.minRateBp)}`, `accept an annual rate of ${formatRate(product.minRateBp)}`);
  if (failed.has(MatchCriterion.GUARANTEE)) add('增加担保', 'add a guarantee');
  if (failed.has(MatchCriterion.INSURANCE)) add('增加知识产权质押保险', 'add IP pledge insurance');
  if (failed.has(MatchCriterion.REGION)) add(`产品仅面向 ${productRegions(product).join('、')} 的企业，请选择本地区产品`, `only for firms in ${productRegions(product).join(', ')}: choose a product offered in your region`);
  if (failed.has(MatchCriterion.INDUSTRY)) add(`产品仅面向行业 ${product.industries.map(industryWords).join('、')}`, `only for industries ${product.industries.map(industryWords).join(', ')}`);
  if (failed.has(MatchCriterion.FIRM_AGE)) {
    const from = addYears(e.foundedOn, product.minFirmAgeYears);
    add(`企业成立满 ${product.minFirmAgeYears} 年后（${from} 起）可申请`, `eligible from ${from}, when the firm is ${product.minFirmAgeYears} years old`);
  }
  if (failed.has(MatchCriterion.TAGS)) {
    const missing = product.requiredTags.filter((t) => !e.tags.includes(t));
    const declared = missing.filter((t) => e.declaredTags?.includes(t));
    const absent = missing.filter((t) => !declared.includes(t));
    if (declared.length) {
      const [d, dEn] = tagList(declared);
      add(`请所在地知识产权局、服务窗口或园区核实已申报的资质：${d}`, `have your office, service window or park verify the declared recognition: ${dEn}`);
    }
    if (absent.length) {
      const [miss, missEn] = tagList(absent);
      add(`取得资质：${miss}`, `obtain the recognition: ${missEn}`);
    }
  }
  if (failed.has(MatchCriterion.DISHONESTY)) add('移出失信被执行人名单', 'get off the dishonest-debtor list');
  if (failed.has(MatchCriterion.CREDIT_RATING) && product.minCreditRating !== null) {
    add(`信用评级达到 ${product.minCreditRating} 或以上`, `a credit rating of ${product.minCreditRating} or better`);
  }
  if (failed.has(MatchCriterion.WHITELIST)) add('经知识产权局白名单推送至该银行', 'be pushed to this bank in an IP office whitelist');
  return hints;
}
