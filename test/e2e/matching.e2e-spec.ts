import { TestApp } from '@zhirong/platform/testing';
import { startApi, tokenFor } from '../support/api';

/** Issue 4's promise on the demo seed: the demo firm sees ranked, explained matches for its need. */
describe('matching on the demo data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApi()));
  afterAll(() => t.close());

  it('shows firm@zhirong.test eligible and failing products for its need, the failing ones with hints', async () => {
    const token = await tokenFor(t, 'firm@zhirong.test');
    const needs = await t.gql<{ financingNeeds: { edges: { node: { id: string } }[] } }>('{ financingNeeds(first: 5) { edges { node { id } } } }', {}, token);
    expect(needs.errors).toBeUndefined();
    const needId = needs.data!.financingNeeds.edges[0].node.id;

    const res = await t.gql<{
      matchesForNeed: {
        totalCount: number;
        edges: { node: { eligible: boolean; score: number; hints: string[]; checks: { criterion: string; passed: boolean; detail: string }[]; product: { id: string } } }[];
      };
    }>(
      `query($needId: ID!) { matchesForNeed(needId: $needId, first: 100) { totalCount edges { node {
         eligible score hints checks { criterion passed detail } product { id } } } } }`,
      { needId },
      token,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.matchesForNeed.edges.map((e) => e.node);
    const eligible = nodes.filter((n) => n.eligible);
    const failing = nodes.filter((n) => !n.eligible);
    expect(eligible.length).toBeGreaterThanOrEqual(1);
    expect(failing.length).toBeGreaterThanOrEqual(1);
    // Ranked: eligible first, by score.
    expect(nodes.slice(0, eligible.length).every((n) => n.eligible)).toBe(true);
    const scores = eligible.map((n) => n.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Explained: every failing pair names a failed check and says what would make it pass.
    for (const n of failing) {
      expect(n.checks.some((c) => !c.passed)).toBe(true);
      expect(n.hints.length).toBeGreaterThan(0);
    }

    const explained = await t.gql<{ explainMatch: { eligible: boolean; checks: unknown[] } }>(
      'query($n: ID!, $p: ID!) { explainMatch(needId: $n, productId: $p) { eligible checks { criterion passed detail detailEn } hints } }',
      { n: needId, p: failing[0].product.id },
      token,
    );
    expect(explained.data!.explainMatch.eligible).toBe(false);
  });

  it('keeps other firms and banks out of the firm’s matches, but for a bank with a reason it can name', async () => {
    const firmToken = await tokenFor(t, 'firm@zhirong.test');
    const needs = await t.gql<{ financingNeeds: { edges: { node: { id: string } }[] } }>('{ financingNeeds(first: 1) { edges { node { id } } } }', {}, firmToken);
    const needId = needs.data!.financingNeeds.edges[0].node.id;
    // A demo bank meets the firm at the demo matchmaking event (EVENT_MEETING) and so sees it; one without a grant does not.
    for (const bank of ['bank@zhirong.test', 'bank2@zhirong.test']) {
      const grants = (await t.dataSource.query(
        `select g.reason from enterprise_bank_access g join enterprise e on e.id = g.enterprise_id join app_user f on f.organization_id = e.organization_id
           join app_user b on b.organization_id = g.bank_organization_id where f.email = 'firm@zhirong.test' and b.email = $1`,
        [bank],
      )) as { reason: string }[];
      const asBank = await t.gql('query($n: ID!) { matchesForNeed(needId: $n) { totalCount } }', { n: needId }, await tokenFor(t, bank));
      if (grants.length) expect(asBank.errors).toBeUndefined();
      else expect(asBank.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const asGuarantor = await t.gql('query($n: ID!) { matchesForNeed(needId: $n) { totalCount } }', { n: needId }, await tokenFor(t, 'guarantor@zhirong.test'));
    expect(asGuarantor.errors![0].extensions!.code).toBe('FORBIDDEN');
    const asBeijing = await t.gql('query($n: ID!) { matchesForNeed(needId: $n) { totalCount } }', { n: needId }, await tokenFor(t, 'office.bj@zhirong.test'));
    expect(asBeijing.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
