import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import fc from 'fast-check';
import { AssetFacts, evaluate, NeedFacts, ProductFacts, screen } from './match-engine';

const TODAY = '2026-11-25';
const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 11, 31) }).map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
const fen = fc.bigInt({ min: 0n, max: 10_000_000_000n });
const ipType = fc.constantFrom(...Object.values(IpType));
const region = fc.constantFrom('310000', '310000/310112', '310000/310117', '110000/110108', '310000/310117/310117-G60');

const assetArb: fc.Arbitrary<AssetFacts> = fc.record({
  id: fc.uuid(),
  type: ipType,
  legalStatus: fc.constantFrom(LegalStatus.VALID, LegalStatus.VALID, LegalStatus.EXPIRED),
  pledgeStatus: fc.constantFrom(PledgeStatus.FREE, PledgeStatus.FREE, PledgeStatus.PLEDGED),
  valuation: fc.option(fc.record({ valueFen: fen, valuedOn: day, validUntil: day })),
  expiresOn: fc.option(day),
  implemented: fc.boolean(),
});

const needArb: fc.Arbitrary<NeedFacts> = fc.record({
  id: fc.uuid(),
  amountFen: fen,
  termMonths: fc.integer({ min: 1, max: 60 }),
  maxRateBp: fc.integer({ min: 100, max: 900 }),
  guaranteeAcceptable: fc.boolean(),
  insuranceAcceptable: fc.boolean(),
  bundleId: fc.option(fc.uuid(), { freq: 5 }),
  assets: fc.array(assetArb, { maxLength: 4 }),
  enterprise: fc.record({
    id: fc.uuid(),
    regionPath: region,
    industryCode: fc.constantFrom('C39', 'C27', 'I65', 'M73'),
    foundedOn: day,
    tags: fc.uniqueArray(fc.constantFrom(...Object.values(EnterpriseTag))),
    dishonest: fc.boolean(),
    creditRating: fc.option(fc.constantFrom(...Object.values(CreditRating))),
    whitelistedBankIds: fc.uniqueArray(fc.constantFrom('bank-1', 'bank-2')).map((ids) => new Set(ids)),
  }),
});

const productArb: fc.Arbitrary<ProductFacts> = fc
  .record({
    id: fc.uuid(),
    bankOrganizationId: fc.constantFrom('bank-1', 'bank-2'),
    minAmountFen: fen,
    spanFen: fen,
    minTermMonths: fc.integer({ min: 1, max: 12 }),
    maxTermMonths: fc.integer({ min: 12, max: 60 }),
    minRateBp: fc.integer({ min: 100, max: 900 }),
    acceptedIpTypes: fc.uniqueArray(ipType, { minLength: 1 }),
    rate: fc.integer({ min: 0, max: 10_000 }),
    regionPaths: fc.uniqueArray(region, { maxLength: 2 }),
    industries: fc.uniqueArray(fc.constantFrom('C', 'C39', 'I', 'M73'), { maxLength: 2 }),
    minFirmAgeYears: fc.integer({ min: 0, max: 10 }),
    requiredTags: fc.uniqueArray(fc.constantFrom(...Object.values(EnterpriseTag)), { maxLength: 2 }),
    requiresNoDishonesty: fc.boolean(),
    minCreditRating: fc.option(fc.constantFrom(...Object.values(CreditRating))),
    guaranteeRequired: fc.boolean(),
    insuranceRequired: fc.boolean(),
    whitelistOnly: fc.boolean(),
    bundleAllowed: fc.boolean(),
    status: fc.constantFrom('ACTIVE', 'ACTIVE', 'DRAFT', 'ARCHIVED'),
    activeFrom: day,
    activeUntil: fc.option(day),
  })
  .map(({ spanFen, rate, ...p }) => ({
    ...p,
    maxAmountFen: p.minAmountFen + spanFen,
    maxRateBp: p.minRateBp + 100,
    pledgeRates: Object.fromEntries(p.acceptedIpTypes.map((t) => [t, rate])) as Partial<Record<IpType, number>>,
  }));

describe('match engine properties', () => {
  it('a pair is eligible exactly when every hard check passes, and the bulk screen agrees', () => {
    fc.assert(
      fc.property(needArb, productArb, (need, product) => {
        const result = evaluate(need, product, TODAY);
        expect(result.eligible).toBe(result.checks.every((c) => c.passed));
        expect(result.hints.length === 0).toBe(result.eligible);
        const s = screen(need, product, TODAY);
        expect(s?.failed).toEqual(result.checks.filter((c) => !c.passed).map((c) => c.criterion));
        expect(s?.eligible).toBe(result.eligible);
        expect(s?.score).toBe(result.score);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the score within 0–100', () => {
    fc.assert(
      fc.property(needArb, productArb, (need, product) => {
        const { score } = evaluate(need, product, TODAY);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers the score of an eligible pair when the product’s rate drops', () => {
    fc.assert(
      fc.property(needArb, productArb, fc.integer({ min: 1, max: 300 }), (need, product, cut) => {
        const better = { ...product, minRateBp: Math.max(0, product.minRateBp - cut) };
        expect(evaluate(need, better, TODAY).score).toBeGreaterThanOrEqual(evaluate(need, product, TODAY).score);
      }),
      { numRuns: 300 },
    );
  });
});
