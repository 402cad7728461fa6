import { Actor, OrganizationType, Role } from '@zhirong/core';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { IdentityModule } from '@zhirong/identity';
import { PolicyModule, seedReferencePolicies } from '@zhirong/policy';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import fc from 'fast-check';
import { SubsidyKind } from './entities/subsidy.enums';
import { SubsidiesModule } from './subsidies.module';
import { SUBSIDY_GRANT, SubsidyDecisionService } from './subsidy-decision.service';
import { SubsidyService } from './subsidy.service';

jest.setTimeout(180_000);

const PER_LOAN_CAP = 30_000_000n; // Minhang: ¥300,000 per loan
const PER_FIRM_YEAR_CAP = 50_000_000n; // ¥500,000 per firm and year

/**
 * Property: whatever a firm's repaid loans paid in interest and in whatever order its applications
 * are filed and approved, no grant exceeds 50% of its loan's interest or the per-loan cap, and the
 * year's approved total never exceeds the per-firm cap — the approval runs the formula again, so
 * applications computed before others were approved cannot overshoot. Against Minhang's reference
 * policy on a real Postgres; each run is a new firm.
 */
describe('subsidies never exceed their caps', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let productId: string;
  let office: Actor;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, PolicyModule, SubsidiesModule]);
    f = await createIdentityFixture(t);
    await t.dataSource.transaction((m) => seedReferencePolicies(m));
    [{ id: productId }] = await t.dataSource.query(
      `insert into loan_product (bank_organization_id, name, status, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
       values ($1, '贴息性质测试贷', 'ACTIVE', 100000, 10000000000, 1, 36, 300, 800, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 3000}', current_date) returning id`,
      [f.orgs.bank.id],
    );
    // Every run is a new firm but all share Minhang's year: a budget no run can reach keeps the caps the only limit.
    await t.dataSource.query(`insert into subsidy_budget (region_id, year, amount_fen) values ($1, extract(year from now() at time zone 'Asia/Shanghai')::int, 100000000000000)`, [
      f.regions.minhang.id,
    ]);
    office = {
      userId: f.users.office.id,
      email: f.users.office.email,
      roles: [Role.GOV_OFFICER],
      organizationId: f.orgs.office.id,
      organizationType: OrganizationType.GOVERNMENT_OFFICE,
      regionPath: f.regions.minhang.path,
    };
  });
  afterAll(() => t.close());

  const newFirm = async (): Promise<{ actor: Actor; enterpriseId: string }> => {
    const [org] = (await t.dataSource.query(`insert into organization (name, type, region_id) values ('性质测试企业', 'ENTERPRISE', $1) returning id`, [f.regions.minhang.id])) as {
      id: string;
    }[];
    const firm = await insertTestEnterprise(t.dataSource.manager, { organizationId: org.id, region: f.regions.minhang });
    const actor: Actor = {
      userId: f.users.firm.id,
      email: f.users.firm.email,
      roles: [Role.ENTERPRISE_USER],
      organizationId: org.id,
      organizationType: OrganizationType.ENTERPRISE,
      regionPath: f.regions.minhang.path,
    };
    return { actor, enterpriseId: firm.id };
  };

  const repaidLoan = async (enterpriseId: string, interestFen: bigint): Promise<string> => {
    const [app] = (await t.dataSource.query(
      `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, status)
       values ($1, $2, $3, 100000000, 12, 'INTEREST_ONLY_BULLET', 'APPROVED') returning id`,
      [enterpriseId, f.orgs.bank.id, productId],
    )) as { id: string }[];
    const [loan] = (await t.dataSource.query(
      `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, principal_fen, annual_rate_bp, term_months, repayment_method,
         appraised_value_fen, pledge_rate_bp, status, contracted_at, disbursed_on, maturity_date, outstanding_principal_fen, repaid_on)
       select $1, e.id, $2, $3, e.region_id, e.region_path, 100000000, 400, 12, 'INTEREST_ONLY_BULLET', 400000000, 2500, 'REPAID', now() - interval '400 days', current_date - 390, current_date - 25, 0, current_date - 25
         from enterprise e where e.id = $4 returning id`,
      [app.id, f.orgs.bank.id, productId, enterpriseId],
    )) as { id: string }[];
    if (interestFen > 0n)
      await t.dataSource.query(`insert into repayment (loan_id, paid_on, principal_fen, interest_fen) values ($1, current_date - 25, 100000000, $2)`, [
        loan.id,
        interestFen.toString(),
      ]);
    return loan.id;
  };

  it('holds 50% of interest paid, the per-loan cap and the per-firm-year cap in any order of applying and approving', async () => {
    const subsidies = t.module.get(SubsidyService);
    const decisions = t.module.get(SubsidyDecisionService);
    const plan = fc.array(fc.record({ interestFen: fc.bigInt({ min: 1n, max: 150_000_000n }), approveAtOnce: fc.boolean() }), { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(plan, async (loans) => {
        const { actor, enterpriseId } = await newFirm();
        const later: { id: string; version: number }[] = [];
        // The caps may leave nothing for a loan: that is refused (NOTHING_TO_GRANT), never stored or approved as zero.
        const unlessNothing = async (run: () => Promise<unknown>) => {
          try {
            await run();
            return true;
          } catch (e) {
            expect(e).toMatchObject({ reason: 'INELIGIBLE', details: { ineligibleCode: 'NOTHING_TO_GRANT' } });
            return false;
          }
        };
        let approved = 0;
        for (const l of loans) {
          const loanId = await repaidLoan(enterpriseId, l.interestFen);
          let applied: { id: string; version: number } | undefined;
          if (!(await unlessNothing(async () => (applied = await subsidies.apply(actor, { loanId, kind: SubsidyKind.INTEREST })))) || !applied) continue;
          const a = applied;
          if (l.approveAtOnce) approved += Number(await unlessNothing(() => decisions.approve(office, SUBSIDY_GRANT, { id: a.id, expectedVersion: a.version })));
          else later.push(a);
        }
        for (const a of later) approved += Number(await unlessNothing(() => decisions.approve(office, SUBSIDY_GRANT, { id: a.id, expectedVersion: a.version })));
        const rows = (await t.dataSource.query(
          `select sa.amount_fen::text amount, (select sum(r.interest_fen) from repayment r where r.loan_id = sa.loan_id)::text interest
             from subsidy_application sa where sa.enterprise_id = $1 and sa.status = 'APPROVED'`,
          [enterpriseId],
        )) as { amount: string; interest: string }[];
        expect(rows).toHaveLength(approved);
        let total = 0n;
        for (const r of rows) {
          const amount = BigInt(r.amount);
          expect(amount).toBeGreaterThan(0n);
          expect(amount).toBeLessThanOrEqual(BigInt(r.interest) / 2n);
          expect(amount).toBeLessThanOrEqual(PER_LOAN_CAP);
          total += amount;
        }
        expect(total).toBeLessThanOrEqual(PER_FIRM_YEAR_CAP);
        // Nothing is left on the table either: the total is what the caps allow.
        const allowed = loans.reduce((sum, l) => sum + (l.interestFen / 2n < PER_LOAN_CAP ? l.interestFen / 2n : PER_LOAN_CAP), 0n);
        expect(total).toBe(allowed < PER_FIRM_YEAR_CAP ? allowed : PER_FIRM_YEAR_CAP);
      }),
      { numRuns: 25 },
    );
  });
});
