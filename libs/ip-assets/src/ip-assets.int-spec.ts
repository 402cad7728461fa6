import { addDays, todayInShanghai } from '@zhirong/core';
import { BankAccessReason, Enterprise, EnterpriseBankAccess, EnterprisesModule } from '@zhirong/enterprises';
import { insertTestEnterprise, TestEnterpriseValues } from '@zhirong/enterprises/testing';
import { IdentityModule } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, firstError, FixtureRegion, FixtureWho, GraphQLResult, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { appraiseAssets } from './appraisal';
import { IpAsset } from './entities/ip-asset.entity';
import { IpType, LegalStatus, PledgeStatus, ValuationMethod } from './entities/ip-asset.enums';
import { ValuationReview } from './entities/valuation-review.entity';
import { Valuation } from './entities/valuation.entity';
import { IpAssetsModule } from './ip-assets.module';
import { patentCheckChar, patentNumber } from './ip-numbers';

const ASSET_FIELDS = `id type typeLabel number title abstract ownerId owner { id name } ipcClasses niceClasses
  filedOn grantedOn expiresOn legalStatus pledgeStatus implemented`;
const REGISTER = `mutation($input: RegisterIpAssetInput!) { registerIpAsset(input: $input) { ${ASSET_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIpAssetInput!) { updateIpAsset(id: $id, input: $input) { ${ASSET_FIELDS} } }`;
const GET = `query($id: ID!) { ipAsset(id: $id) {
  id number latestValuation { id value { amountFen currency } valid }
  valuations { id valuedOn validUntil valid value { amountFen } valuer { id name } reviews { reviewedValue { amountFen } note bank { name } } }
} }`;
const LIST = `query($first: Int, $after: String, $filter: IpAssetFilter, $sort: IpAssetSort) {
  ipAssets(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number title filedOn } }
  }
}`;
const RECORD = `mutation($input: RecordValuationInput!) { recordValuation(input: $input) {
  id ipAssetId method value { amountFen currency } valuedOn validUntil valid note valuer { id name } reviews { id }
} }`;
const REVIEW = `mutation($input: ReviewValuationInput!) { reviewValuation(input: $input) {
  id valuationId reviewedValue { amountFen } note bank { id name }
} }`;
const BUNDLE_FIELDS = `id name ownerId owner { name } otherCollateral assetCount assetsWithoutValidValuation
  appraisedValue { amountFen currency } assets { id number }`;
const CREATE_BUNDLE = `mutation($input: CreatePledgeBundleInput!) { createPledgeBundle(input: $input) { ${BUNDLE_FIELDS} } }`;

interface AssetView {
  id: string;
  type: IpType;
  typeLabel: string;
  number: string;
  title: string;
  ownerId: string;
  owner: { id: string; name: string };
  ipcClasses: string[];
  niceClasses: number[];
  legalStatus: LegalStatus;
  pledgeStatus: PledgeStatus;
  implemented: boolean;
}
interface ListView {
  ipAssets: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; number: string; title: string; filedOn: string | null } }[];
  };
}
interface ValuationView {
  id: string;
  value: { amountFen: string; currency: string };
  valuedOn: string;
  validUntil: string;
  valid: boolean;
  valuer: { id: string; name: string };
}
interface GetView {
  ipAsset: {
    id: string;
    latestValuation: { id: string; value: { amountFen: string }; valid: boolean } | null;
    valuations: (ValuationView & { reviews: { reviewedValue: { amountFen: string }; note: string; bank: { name: string } }[] })[];
  };
}
interface BundleView {
  id: string;
  name: string;
  ownerId: string;
  owner: { name: string };
  otherCollateral: string[];
  assetCount: number;
  assetsWithoutValidValuation: number;
  appraisedValue: { amountFen: string; currency: string };
  assets: { id: string; number: string }[];
}

let patentSerial = 100;
/** A fresh valid invention patent number filed in 2023. */
function newPatent(digit: 1 | 2 | 3 | 8 | 9 = 1): string {
  return patentNumber(2023, digit, patentSerial++);
}



describe('IP assets over GraphQL', () => {
  let t: TestApp;
  let fx: IdentityFixture;
  const today = todayInShanghai();
  const firms = {} as Record<'mh' | 'mh2' | 'g60' | 'hd', Enterprise>;

  async function insertEnterprise(name: string, region: FixtureRegion, values: Partial<TestEnterpriseValues> = {}): Promise<Enterprise> {
    return insertTestEnterprise(t.dataSource.manager, { name, region, industryCode: 'C38', foundedOn: '2015-03-01', ...values });
  }

  function patentInput(overrides: Record<string, unknown> = {}) {
    return {
      enterpriseId: firms.mh.id,
      type: 'INVENTION_PATENT',
      number: newPatent(),
      title: '一种固态锂电池电解质及其制备方法',
      abstract: '本发明涉及新能源电池技术领域。',
      ipcClasses: ['H01M 10/052'],
      filedOn: '2023-03-15',
      grantedOn: '2024-09-01',
      expiresOn: '2043-03-15',
      ...overrides,
    };
  }

  async function register(who: FixtureWho, overrides: Record<string, unknown> = {}): Promise<GraphQLResult<{ registerIpAsset: AssetView }>> {
    return t.gql<{ registerIpAsset: AssetView }>(REGISTER, { input: patentInput(overrides) }, await fx.token(who));
  }

  async function registered(who: FixtureWho, overrides: Record<string, unknown> = {}): Promise<AssetView> {
    const res = await register(who, overrides);
    expect(res.errors).toBeUndefined();
    return res.data!.registerIpAsset;
  }

  /** Engaged as the platform would be asked to, in SQL: the engagement flow has its own tests below. */
  async function engage(assetId: string): Promise<void> {
    await t.dataSource.query(
      `insert into valuation_engagement (ip_asset_id, enterprise_id, valuer_organization_id, requested_by_organization_id)
       select id, enterprise_id, $2, $3 from ip_asset where id = $1
       on conflict (ip_asset_id, valuer_organization_id) where status = 'OPEN' do nothing`,
      [assetId, fx.orgs.valuer.id, fx.orgs.admin.id],
    );
  }

  async function recordValuation(assetId: string, overrides: Record<string, unknown> = {}, who: FixtureWho = 'valuer', engaged = true) {
    if (engaged && who === 'valuer') await engage(assetId);
    return t.gql<{ recordValuation: ValuationView }>(
      RECORD,
      {
        input: {
          ipAssetId: assetId,
          method: 'INCOME',
          value: { amountFen: '500000000' },
          valuedOn: addDays(today, -30),
          validUntil: addDays(today, 335),
          ...overrides,
        },
      },
      await fx.token(who),
    );
  }

  async function valued(assetId: string, amountFen: string, valuedOn: string, validUntil: string): Promise<ValuationView> {
    const res = await recordValuation(assetId, { value: { amountFen }, valuedOn, validUntil });
    expect(res.errors).toBeUndefined();
    return res.data!.recordValuation;
  }

  async function list(who: FixtureWho, variables: Record<string, unknown>): Promise<ListView['ipAssets']> {
    const res = await t.gql<ListView>(LIST, { first: 100, ...variables }, await fx.token(who));
    expect(res.errors).toBeUndefined();
    return res.data!.ipAssets;
  }

  async function audits(action: string, entityId: string): Promise<{ actor_user_id: string | null; before: unknown; after: Record<string, unknown> }[]> {
    return t.dataSource.query('select actor_user_id, before, after from audit_log where action = $1 and entity_id = $2 order by created_at', [action, entityId]);
  }

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, EnterprisesModule, IpAssetsModule]);
    fx = await createIdentityFixture(t);
    const { minhang, songjiang, g60, haidian } = fx.regions;
    firms.mh = await insertEnterprise('闵行甲新能源科技有限公司', minhang, { organizationId: fx.orgs.firm.id });
    firms.mh2 = await insertEnterprise('闵行乙智能装备有限公司', minhang);
    firms.g60 = await insertEnterprise('G60丙半导体有限公司', songjiang, { park: g60 });
    firms.hd = await insertEnterprise('海淀丁信息技术有限公司', haidian, { organizationId: fx.orgs.firm2.id });
    // The Minhang firm applied to the first bank; the second bank has no access to anyone.
    const m = t.dataSource.manager;
    await m.save(m.create(EnterpriseBankAccess, { enterpriseId: firms.mh.id, bankOrganizationId: fx.orgs.bank.id, reason: BankAccessReason.APPLIED }));
  });

  afterAll(() => t.close());

  describe('registerIpAsset', () => {
    it('lets the firm register its own patent, normalising the number, with the owner and an audit row', async () => {
      const number = newPatent();
      const asset = await registered('firm', { number: ` ${number.slice(2).toLowerCase()} `, ipcClasses: ['h01m10/052', 'H01M 10/052'] });
      expect(asset).toMatchObject({
        number,
        type: 'INVENTION_PATENT',
        typeLabel: '发明专利',
        ownerId: firms.mh.id,
        owner: { id: firms.mh.id, name: firms.mh.name },
        ipcClasses: ['H01M 10/052'],
        niceClasses: [],
        legalStatus: 'VALID',
        pledgeStatus: 'FREE',
        implemented: false,
      });
      const rows = await audits('registerIpAsset', asset.id);
      expect(rows).toHaveLength(1);
      expect(rows[0].actor_user_id).toBe(fx.users.firm.id);
      expect(rows[0].after).toMatchObject({ number, enterpriseId: firms.mh.id });
    });

    it.each([
      ['a trademark', { type: 'TRADEMARK', number: '30012345', ipcClasses: [], niceClasses: [35, 9, 42], title: '“知融”商标' }],
      ['a software copyright', { type: 'SOFTWARE_COPYRIGHT', number: '2023sr0123456', ipcClasses: [], title: '知融质押管理系统V1.0' }],
      ['a copyright', { type: 'COPYRIGHT', number: '国作登字-2023-F-00012345', ipcClasses: [], title: '品牌形象设计' }],
      ['an IC layout', { type: 'IC_LAYOUT', number: 'BS.235012345', ipcClasses: [], title: '低功耗MCU布图设计' }],
      ['a geographical indication', { type: 'GEOGRAPHICAL_INDICATION', number: 'gi-2023-0000001', ipcClasses: [], niceClasses: [30], title: '松江大米' }],
      ['a licence-revenue right', { type: 'LICENSE_REVENUE_RIGHT', number: 'LIC-2023-0000001', ipcClasses: [], title: '专利许可收益权' }],
      ['a PCT utility model', { type: 'UTILITY_MODEL', number: patentNumber(2021, 9, 77), filedOn: '2020-06-01', grantedOn: null, expiresOn: null }],
      ['a design', { type: 'DESIGN_PATENT', number: patentNumber(2023, 3, 55), ipcClasses: [] }],
    ])('accepts %s', async (_what, overrides) => {
      const asset = await registered('firm', overrides);
      expect(asset.type).toBe(overrides.type);
    });

    it.each([
      ['the Minhang service window', 'window', 'mh2'],
      ['the Minhang office', 'office', 'mh'],
      ['the G60 park', 'park', 'g60'],
      ['the Songjiang office, for a firm in its park', 'office.sj', 'g60'],
      ['the platform', 'admin', 'hd'],
    ] as const)('lets %s register for a firm of its region', async (_what, who, firm) => {
      const asset = await registered(who, { enterpriseId: firms[firm].id });
      expect(asset.ownerId).toBe(firms[firm].id);
    });

    it.each([
      ['a firm, for another firm', 'firm', 'hd', undefined],
      ['the Minhang window, for a Haidian firm', 'window', 'hd', 'OUT_OF_REGION'],
      ['the Songjiang office, for a Minhang firm', 'office.sj', 'mh', 'OUT_OF_REGION'],
      ['the Beijing office, for a Minhang firm', 'office.bj', 'mh', 'OUT_OF_REGION'],
      ['the G60 park, for a Minhang firm', 'park', 'mh', 'OUT_OF_REGION'],
      ['a bank', 'bank', 'mh', undefined],
      ['a valuer', 'valuer', 'mh', undefined],
      ['a guarantor', 'guarantor', 'mh', undefined],
    ] as const)('refuses %s with FORBIDDEN', async (_what, who, firm, reason) => {
      const res = await register(who, { enterpriseId: firms[firm].id });
      expect(firstError(res).extensions).toMatchObject({ code: 'FORBIDDEN', ...(reason ? { reason } : {}) });
    });

    it('answers NOT_FOUND for an unknown owner', async () => {
      const res = await register('admin', { enterpriseId: '00000000-0000-4000-8000-000000000000' });
      expect(firstError(res).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.enterpriseId' });
    });

    const digits = '202340123456';
    it.each([
      ['a wrong check character', { number: 'CN202310123456.7' }, 'input.number', 'CHECK_CHARACTER'],
      ['an unknown type digit', { number: `CN${digits}.${patentCheckChar(digits)}` }, 'input.number', 'TYPE_DIGIT_UNKNOWN'],
      ['a type digit of another kind of patent', { type: 'UTILITY_MODEL', number: patentNumber(2023, 1, 9) }, 'input.number', 'TYPE_DIGIT_MISMATCH'],
      ['a year before 1985', { number: patentNumber(1984, 1, 9), filedOn: '1984-05-01', grantedOn: null, expiresOn: null }, 'input.number', 'YEAR'],
      ['a malformed trademark number', { type: 'TRADEMARK', number: '012345', ipcClasses: [] }, 'input.number', 'FORMAT'],
      ['a malformed software copyright number', { type: 'SOFTWARE_COPYRIGHT', number: '2023SR123', ipcClasses: [] }, 'input.number', 'FORMAT'],
    ])('refuses %s with BAD_USER_INPUT on the number', async (_what, overrides, field, problem) => {
      const res = await register('firm', overrides);
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_NUMBER', field, problem });
    });

    it.each([
      ['an unknown enum value', { type: 'PATENT' }, 'input.type'],
      ['an over-long title', { title: '专'.repeat(301) }, 'input.title'],
      ['a blank title', { title: '   ' }, 'input.title'],
      ['an over-long abstract', { abstract: 'x'.repeat(5001) }, 'input.abstract'],
      ['a malformed IPC symbol', { ipcClasses: ['H01M-10/052'] }, 'input.ipcClasses'],
      ['IPC classes on a trademark', { type: 'TRADEMARK', number: '30012399' }, 'input.ipcClasses'],
      ['a Nice class above 45', { type: 'TRADEMARK', number: '30012398', ipcClasses: [], niceClasses: [46] }, 'input.niceClasses'],
      ['a filing date in the future', { filedOn: addDays(today, 1), grantedOn: null, expiresOn: null }, 'input.filedOn'],
      ['a grant before the filing', { grantedOn: '2023-01-01' }, 'input.grantedOn'],
      ['an expiry before the grant', { expiresOn: '2024-01-01' }, 'input.expiresOn'],
      ['a date that does not exist', { filedOn: '2023-02-30' }, 'input.filedOn'],
      ['a filing year other than the number’s', { filedOn: '2022-12-31' }, 'input.filedOn'],
      ['a malformed owner id', { enterpriseId: 'not-a-uuid' }, 'input.enterpriseId'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, overrides, field) => {
      const res = await register('firm', overrides);
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('answers CONFLICT for a number already registered, however it is spelt', async () => {
      const asset = await registered('firm');
      const again = await register('office', { enterpriseId: firms.mh2.id, number: asset.number.slice(2) });
      expect(firstError(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'NUMBER_TAKEN', field: 'input.number' });
      // The same number for another type is another right (e.g. a trademark 30012345 vs a GI).
      const [{ n }] = await t.dataSource.query<{ n: number }[]>('select count(*)::int as n from ip_asset where number = $1', [asset.number]);
      expect(n).toBe(1);
    });
  });

  describe('updateIpAsset', () => {
    it('changes what is given and audits before and after', async () => {
      const asset = await registered('firm');
      const res = await t.gql<{ updateIpAsset: AssetView }>(
        UPDATE,
        { id: asset.id, input: { title: '一种改进的固态电解质', implemented: true, legalStatus: 'LAPSED_UNPAID_FEES', expiresOn: null } },
        await fx.token('office'),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateIpAsset).toMatchObject({ title: '一种改进的固态电解质', implemented: true, legalStatus: 'LAPSED_UNPAID_FEES', number: asset.number });
      const rows = await audits('updateIpAsset', asset.id);
      expect(rows).toHaveLength(1);
      expect(rows[0].before).toMatchObject({ title: asset.title, implemented: false });
      expect(rows[0].after).toMatchObject({ title: '一种改进的固态电解质', expiresOn: null });
    });

    it('records a legal status from the office only: the owner, windows and parks cannot set it', async () => {
      const asset = await registered('firm');
      await t.gql(UPDATE, { id: asset.id, input: { legalStatus: 'LAPSED_UNPAID_FEES' } }, await fx.token('office'));
      for (const who of ['firm', 'window'] as const) {
        const res = await t.gql(UPDATE, { id: asset.id, input: { legalStatus: 'VALID' } }, await fx.token(who));
        expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.legalStatus' });
      }
      // Other fields stay the owner's to edit, and repeating the current status is no change.
      const title = await t.gql(UPDATE, { id: asset.id, input: { title: '标题可改', legalStatus: 'LAPSED_UNPAID_FEES' } }, await fx.token('firm'));
      expect(title.errors).toBeUndefined();
      const [{ legal_status }] = await t.dataSource.query<{ legal_status: string }[]>('select legal_status from ip_asset where id = $1', [asset.id]);
      expect(legal_status).toBe('LAPSED_UNPAID_FEES');
    });

    it('refuses a null title, a bank and an out-of-region office, and answers NOT_FOUND for an unknown id', async () => {
      const asset = await registered('firm');
      const nullTitle = await t.gql(UPDATE, { id: asset.id, input: { title: null } }, await fx.token('firm'));
      expect(firstError(nullTitle).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
      const bank = await t.gql(UPDATE, { id: asset.id, input: { title: '银行改的' } }, await fx.token('bank'));
      expect(firstError(bank).extensions!.code).toBe('FORBIDDEN');
      const beijing = await t.gql(UPDATE, { id: asset.id, input: { title: '北京改的' } }, await fx.token('office.bj'));
      expect(firstError(beijing).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });
      const missing = await t.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { title: '无' } }, await fx.token('firm'));
      expect(firstError(missing).extensions!.code).toBe('NOT_FOUND');
    });

    it('locks the pledge-relevant fields of a pledged asset with CONFLICT naming the field, but not its title', async () => {
      const asset = await registered('firm');
      await t.dataSource.manager.update(IpAsset, { id: asset.id }, { pledgeStatus: PledgeStatus.PLEDGED });
      const token = await fx.token('firm');

      const number = await t.gql(UPDATE, { id: asset.id, input: { number: newPatent() } }, token);
      expect(firstError(number).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSET_PLEDGED', field: 'input.number' });
      const owner = await t.gql(UPDATE, { id: asset.id, input: { enterpriseId: firms.mh2.id } }, await fx.token('office'));
      expect(firstError(owner).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSET_PLEDGED', field: 'input.enterpriseId' });
      const classes = await t.gql(UPDATE, { id: asset.id, input: { ipcClasses: ['H01M 4/525'] } }, token);
      expect(firstError(classes).extensions).toMatchObject({ code: 'CONFLICT', field: 'input.ipcClasses' });

      // Repeating the current values (in another spelling) changes nothing and is allowed.
      const same = await t.gql<{ updateIpAsset: AssetView }>(
        UPDATE,
        { id: asset.id, input: { number: asset.number.slice(2), ipcClasses: ['h01m 10/052'], title: '质押中也可改名', implemented: true } },
        token,
      );
      expect(same.errors).toBeUndefined();
      expect(same.data!.updateIpAsset).toMatchObject({ title: '质押中也可改名', implemented: true, number: asset.number });

      await t.dataSource.manager.update(IpAsset, { id: asset.id }, { pledgeStatus: PledgeStatus.IN_DISPOSAL });
      const status = await t.gql(UPDATE, { id: asset.id, input: { legalStatus: 'INVALIDATED' } }, await fx.token('office'));
      expect(firstError(status).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSET_PLEDGED', field: 'input.legalStatus' });
    });

    it('lets a free asset change number and owner, with the new number checked and unique', async () => {
      const asset = await registered('office');
      const other = await registered('firm');
      const taken = await t.gql(UPDATE, { id: asset.id, input: { number: other.number } }, await fx.token('office'));
      expect(firstError(taken).extensions).toMatchObject({ code: 'CONFLICT', reason: 'NUMBER_TAKEN' });
      const bad = await t.gql(UPDATE, { id: asset.id, input: { type: 'DESIGN_PATENT' } }, await fx.token('office'));
      expect(firstError(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.number', problem: 'TYPE_DIGIT_MISMATCH' });
      const moved = await t.gql<{ updateIpAsset: AssetView }>(
        UPDATE,
        { id: asset.id, input: { number: newPatent(), enterpriseId: firms.mh2.id } },
        await fx.token('office'),
      );
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.updateIpAsset.ownerId).toBe(firms.mh2.id);
    });
  });

  describe('visibility and listing', () => {
    const seen = {} as Record<'mh' | 'mh2' | 'g60' | 'hd', string>;

    beforeAll(async () => {
      seen.mh = (await registered('firm', { title: '可见性甲' })).id;
      seen.mh2 = (await registered('office', { enterpriseId: firms.mh2.id, title: '可见性乙' })).id;
      seen.g60 = (await registered('park', { enterpriseId: firms.g60.id, title: '可见性丙' })).id;
      seen.hd = (await registered('admin', { enterpriseId: firms.hd.id, title: '可见性丁' })).id;
    });

    const visibleTo = async (who: FixtureWho) => {
      const page = await list(who, { filter: { titleContains: '可见性' } });
      return page.edges.map((e) => e.node.title).sort();
    };

    it.each([
      ['the firm', 'firm', ['可见性甲']],
      ['the Minhang office', 'office', ['可见性乙', '可见性甲']],
      ['the Minhang window', 'window', ['可见性乙', '可见性甲']],
      ['the Songjiang office', 'office.sj', ['可见性丙']],
      ['the G60 park', 'park', ['可见性丙']],
      ['the bank the firm applied to', 'bank', ['可见性甲']],
      ['another bank', 'bank2', []],
      ['the Haidian firm', 'firm2', ['可见性丁']],
      ['the platform', 'admin', ['可见性丁', '可见性丙', '可见性乙', '可见性甲']],
    ] as const)('shows %s only its assets', async (_what, who, titles) => {
      expect(await visibleTo(who)).toEqual([...titles].sort());
    });

    it('shows a valuer only the assets it has valued', async () => {
      expect(await visibleTo('valuer')).toEqual([]);
      await valued(seen.hd, '100000000', addDays(today, -1), addDays(today, 100));
      expect(await visibleTo('valuer')).toEqual(['可见性丁']);
    });

    it('refuses a guarantor the list, and answers FORBIDDEN or NOT_FOUND for one asset', async () => {
      const res = await t.gql(LIST, { first: 10 }, await fx.token('guarantor'));
      expect(firstError(res).extensions!.code).toBe('FORBIDDEN');
      const other = await t.gql(GET, { id: seen.hd }, await fx.token('firm'));
      expect(firstError(other).extensions!.code).toBe('FORBIDDEN');
      const mine = await t.gql<GetView>(GET, { id: seen.mh }, await fx.token('firm'));
      expect(mine.data!.ipAsset.id).toBe(seen.mh);
      const missing = await t.gql(GET, { id: '00000000-0000-4000-8000-000000000000' }, await fx.token('admin'));
      expect(firstError(missing).extensions!.code).toBe('NOT_FOUND');
    });

    it('refuses first above 100 and a cursor it never gave out', async () => {
      const tooMany = await t.gql(LIST, { first: 101 }, await fx.token('admin'));
      expect(firstError(tooMany).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const badCursor = await t.gql(LIST, { first: 10, after: 'bm9wZQ' }, await fx.token('admin'));
      expect(firstError(badCursor).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('filters by type, status, classes, implementation, owner and region', async () => {
      const firmId = firms.mh2.id;
      const base = { enterpriseId: firmId };
      const mk = (overrides: Record<string, unknown>) => registered('office', { enterpriseId: firmId, title: `筛选${patentSerial}`, ...overrides });
      const battery = await mk({ ipcClasses: ['H01M 4/525'], implemented: true });
      const ai = await mk({ ipcClasses: ['G06N 3/08'], legalStatus: 'PENDING', grantedOn: null });
      const mark = await mk({ type: 'TRADEMARK', number: '31000001', ipcClasses: [], niceClasses: [9, 42] });
      const ids = async (filter: Record<string, unknown>) =>
        (await list('office', { filter: { ...base, titleContains: '筛选', ...filter } })).edges.map((e) => e.node.id).sort();

      expect(await ids({})).toEqual([battery.id, ai.id, mark.id].sort());
      expect(await ids({ type: 'TRADEMARK' })).toEqual([mark.id]);
      expect(await ids({ type: ['INVENTION_PATENT', 'TRADEMARK'] })).toEqual([battery.id, ai.id, mark.id].sort());
      expect(await ids({ legalStatus: 'PENDING' })).toEqual([ai.id]);
      expect(await ids({ pledgeStatus: ['PLEDGED'] })).toEqual([]);
      expect(await ids({ ipcPrefix: 'h01m' })).toEqual([battery.id]);
      expect(await ids({ ipcPrefix: 'G06N 3/' })).toEqual([ai.id]);
      expect(await ids({ niceClass: 42 })).toEqual([mark.id]);
      expect(await ids({ implemented: true })).toEqual([battery.id]);

      const regional = async (regionId: string) => (await list('admin', { filter: { titleContains: '可见性', regionId } })).edges.map((e) => e.node.title).sort();
      expect(await regional(fx.regions.songjiang.id)).toEqual(['可见性丙']);
      expect(await regional(fx.regions.shanghai.id)).toEqual(['可见性丙', '可见性乙', '可见性甲']);
      const unknownRegion = await t.gql(LIST, { filter: { regionId: '00000000-0000-4000-8000-000000000000' } }, await fx.token('admin'));
      expect(firstError(unknownRegion).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionId' });
      const badNice = await t.gql(LIST, { filter: { niceClass: 0 } }, await fx.token('admin'));
      expect(firstError(badNice).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.niceClass' });
    });

    it('pages through every sort without losing or repeating an asset', async () => {
      const all = await list('admin', { first: 100 });
      for (const sort of [
        { field: 'CREATED_AT', direction: 'DESC' },
        { field: 'TITLE', direction: 'ASC' },
        { field: 'FILED_ON', direction: 'DESC' },
        { field: 'FILED_ON', direction: 'ASC' },
      ]) {
        const ids: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 100; guard++) {
          const page: ListView['ipAssets'] = await list('admin', { first: 7, after, sort });
          ids.push(...page.edges.map((e) => e.node.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(all.totalCount);
      }
      const byTitle = await list('admin', { first: 100, sort: { field: 'TITLE', direction: 'ASC' } });
      const titles = byTitle.edges.map((e) => e.node.title);
      const sorted = [...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(titles.length).toBe(sorted.length);
    });
  });

  describe('valuations', () => {
    let assetId: string;

    beforeAll(async () => {
      assetId = (await registered('firm', { title: '评估对象' })).id;
    });

    it('lets a valuer record one, audited, and nobody else', async () => {
      const res = await recordValuation(assetId, { method: 'MARKET', note: '市场法' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordValuation).toMatchObject({
        method: 'MARKET',
        value: { amountFen: '500000000', currency: 'CNY' },
        valid: true,
        valuer: { id: fx.orgs.valuer.id, name: fx.orgs.valuer.name },
      });
      expect(await audits('recordValuation', res.data!.recordValuation.id)).toHaveLength(1);
      for (const who of ['bank', 'firm', 'office', 'admin'] as const) {
        const refused = await recordValuation(assetId, {}, who);
        expect(firstError(refused).extensions!.code).toBe('FORBIDDEN');
      }
    });

    it.each([
      ['a valuation date in the future', { valuedOn: addDays(today, 1), validUntil: addDays(today, 200) }, 'input.valuedOn'],
      ['a validity ending before the valuation', { valuedOn: addDays(today, -10), validUntil: addDays(today, -10) }, 'input.validUntil'],
      ['a validity beyond three years', { valuedOn: addDays(today, -1), validUntil: addDays(today, 3 * 366) }, 'input.validUntil'],
      ['a zero value', { value: { amountFen: '0' } }, 'input.value.amountFen'],
      ['a negative value', { value: { amountFen: '-100' } }, 'input.value.amountFen'],
      ['a fractional value', { value: { amountFen: '100.5' } }, 'input.value.amountFen'],
      ['an unknown method', { method: 'GUESS' }, 'input.method'],
      ['a malformed date', { valuedOn: '2026/01/01' }, 'input.valuedOn'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, overrides, field) => {
      const res = await recordValuation(assetId, overrides);
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('answers NOT_FOUND for an unknown asset', async () => {
      const res = await recordValuation('00000000-0000-4000-8000-000000000000');
      expect(firstError(res).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.ipAssetId' });
    });

    it('takes the newest valid valuation as the latest, ignoring a newer expired one, and keeps the history newest first', async () => {
      const asset = (await registered('firm')).id;
      const older = await valued(asset, '300000000', addDays(today, -300), addDays(today, 65));
      const expired = await valued(asset, '900000000', addDays(today, -100), addDays(today, -1));
      const ancient = await valued(asset, '100000000', addDays(today, -900), addDays(today, -500));
      const res = await t.gql<GetView>(GET, { id: asset }, await fx.token('firm'));
      expect(res.errors).toBeUndefined();
      const view = res.data!.ipAsset;
      expect(view.latestValuation).toMatchObject({ id: older.id, value: { amountFen: '300000000' }, valid: true });
      expect(view.valuations.map((v) => [v.id, v.valid])).toEqual([
        [expired.id, false],
        [older.id, true],
        [ancient.id, false],
      ]);

      const newest = await valued(asset, '400000000', today, addDays(today, 365));
      const again = await t.gql<GetView>(GET, { id: asset }, await fx.token('firm'));
      expect(again.data!.ipAsset.latestValuation!.id).toBe(newest.id);
    });

    it('gives no latest valuation when every one has expired', async () => {
      const asset = (await registered('firm')).id;
      await valued(asset, '300000000', addDays(today, -400), addDays(today, -35));
      const res = await t.gql<GetView>(GET, { id: asset }, await fx.token('firm'));
      expect(res.data!.ipAsset.latestValuation).toBeNull();
    });
  });

  describe('valuation engagements (评估委托)', () => {
    const ENGAGE = `mutation($input: EngageValuerInput!) { engageValuer(input: $input) { id ipAssetId status note valuer { id } requestedBy { id } ipAsset { title } } }`;
    const CANCEL = `mutation($input: CancelValuationEngagementInput!) { cancelValuationEngagement(input: $input) { id status cancelReason closedAt } }`;
    const ENGAGEMENTS = `query($filter: ValuationEngagementFilter, $first: Int, $after: String) { valuationEngagements(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id ipAssetId status valuationId } } } }`;
    type Engagement = { id: string; ipAssetId: string; status: string; note: string; valuer: { id: string }; requestedBy: { id: string }; ipAsset: { title: string } };
    const engageAs = async (who: FixtureWho, ipAssetIds: string[], valuerOrganizationId = fx.orgs.valuer.id, note?: string) =>
      t.gql<{ engageValuer: Engagement[] }>(ENGAGE, { input: { ipAssetIds, valuerOrganizationId, note } }, await fx.token(who));
    const queue = async (who: FixtureWho, filter: Record<string, unknown> = {}) =>
      (await t.gql<{ valuationEngagements: { totalCount: number; edges: { node: { id: string; ipAssetId: string; status: string; valuationId: string | null } }[] } }>(
        ENGAGEMENTS,
        { filter, first: 50 },
        await fx.token(who),
      )).data!.valuationEngagements;
    const visibleToValuer = async (id: string) => !(await t.gql(GET, { id }, await fx.token('valuer'))).errors;

    it('lets the firm engage a valuer, who then sees the asset, appraises it once and completes the engagement', async () => {
      const [a, b] = [(await registered('firm', { title: '委托甲' })).id, (await registered('firm', { title: '委托乙' })).id];
      expect(await visibleToValuer(a)).toBe(false);
      const refused = await recordValuation(a, {}, 'valuer', false);
      expect(firstError(refused).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ENGAGED', field: 'input.ipAssetId' });

      const res = await engageAs('firm', [a, b], fx.orgs.valuer.id, '质押贷款评估');
      expect(res.errors).toBeUndefined();
      expect(res.data!.engageValuer.map((e) => [e.ipAsset.title, e.status, e.note, e.valuer.id, e.requestedBy.id])).toEqual([
        ['委托甲', 'OPEN', '质押贷款评估', fx.orgs.valuer.id, fx.orgs.firm.id],
        ['委托乙', 'OPEN', '质押贷款评估', fx.orgs.valuer.id, fx.orgs.firm.id],
      ]);
      expect(await audits('engageValuer', res.data!.engageValuer[0].id)).toHaveLength(1);
      expect(await visibleToValuer(a)).toBe(true);
      const open = await queue('valuer', { status: 'OPEN' });
      expect(open.edges.map((e) => e.node.ipAssetId)).toEqual(expect.arrayContaining([a, b]));

      const again = await engageAs('office', [b, a]);
      expect(firstError(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ENGAGEMENT_EXISTS', field: 'input.ipAssetIds.0' });

      const done = await recordValuation(a, {}, 'valuer', false);
      expect(done.errors).toBeUndefined();
      const mine = await queue('firm', { ipAssetId: a });
      expect(mine.edges).toEqual([{ node: { id: res.data!.engageValuer[0].id, ipAssetId: a, status: 'COMPLETED', valuationId: done.data!.recordValuation.id } }]);
      // One appraisal per engagement: a second needs a new one.
      expect(firstError(await recordValuation(a, {}, 'valuer', false)).extensions!.reason).toBe('NOT_ENGAGED');
      expect(await visibleToValuer(a)).toBe(true);
    });

    it('lets who asked or the valuer cancel an open engagement, with a reason, and then hides the asset again', async () => {
      const a = (await registered('firm', { title: '撤销委托' })).id;
      const [e] = (await engageAs('office', [a])).data!.engageValuer;
      const cancel = async (who: FixtureWho, reason = '改为委托其他机构') => t.gql<{ cancelValuationEngagement: { status: string; cancelReason: string } }>(CANCEL, { input: { engagementId: e.id, reason } }, await fx.token(who));
      expect(firstError(await cancel('bank')).extensions!.code).toBe('FORBIDDEN');
      expect(firstError(await cancel('office', '   ')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
      const declined = await cancel('valuer', '利益冲突，无法承接');
      expect(declined.data!.cancelValuationEngagement).toMatchObject({ status: 'CANCELLED', cancelReason: '利益冲突，无法承接' });
      expect(firstError(await cancel('office')).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ENGAGEMENT_CLOSED' });
      expect(await visibleToValuer(a)).toBe(false);
      expect(firstError(await recordValuation(a, {}, 'valuer', false)).extensions!.reason).toBe('NOT_ENGAGED');
      expect((await audits('cancelValuationEngagement', e.id))[0].after).toMatchObject({ status: 'CANCELLED' });
    });

    it('lists the queue oldest first when asked, page after page in that order', async () => {
      const older = (await registered('firm', { title: '先委托' })).id;
      const newer = (await registered('firm', { title: '后委托' })).id;
      await engageAs('firm', [older]);
      await engageAs('firm', [newer]);
      const SORTED = `query($sort: ValuationEngagementSort, $first: Int, $after: String) { valuationEngagements(filter: { status: OPEN }, sort: $sort, first: $first, after: $after) {
        pageInfo { endCursor } edges { node { ipAssetId } } } }`;
      type Page = { valuationEngagements: { pageInfo: { endCursor: string }; edges: { node: { ipAssetId: string } }[] } };
      const assets = async (variables: Record<string, unknown>) => {
        const res = await t.gql<Page>(SORTED, { first: 50, ...variables }, await fx.token('valuer'));
        expect(res.errors).toBeUndefined();
        return res.data!.valuationEngagements;
      };
      const newestFirst = (await assets({})).edges.map((e) => e.node.ipAssetId);
      const oldestFirst = (await assets({ sort: { field: 'CREATED_AT', direction: 'ASC' } })).edges.map((e) => e.node.ipAssetId);
      expect(newestFirst.indexOf(newer)).toBeLessThan(newestFirst.indexOf(older));
      expect(oldestFirst).toEqual([...newestFirst].reverse());
      const first = await assets({ sort: { direction: 'ASC' }, first: 1 });
      const second = await assets({ sort: { direction: 'ASC' }, first: 1, after: first.pageInfo.endCursor });
      expect([first, second].map((p) => p.edges[0].node.ipAssetId)).toEqual(oldestFirst.slice(0, 2));
    });

    it('lets a bank engage for firms it sees only, and shows each party only its own engagements', async () => {
      const applicant = await insertEnterprise('申请贷款科技有限公司', fx.regions.minhang);
      const a = (await registered('office', { enterpriseId: applicant.id, title: '银行委托' })).id;
      expect(firstError(await engageAs('bank', [a])).extensions!.code).toBe('FORBIDDEN');
      await t.dataSource.manager.save(
        t.dataSource.manager.create(EnterpriseBankAccess, { enterpriseId: applicant.id, bankOrganizationId: fx.orgs.bank.id, reason: BankAccessReason.APPLIED }),
      );
      const res = await engageAs('bank', [a]);
      expect(res.errors).toBeUndefined();
      expect((await queue('bank')).edges.map((e) => e.node.ipAssetId)).toEqual([a]);
      expect((await queue('bank2')).totalCount).toBe(0);
      expect((await queue('firm2', { ipAssetId: a })).totalCount).toBe(0);
      expect((await queue('office', { ipAssetId: a })).totalCount).toBe(1);
      expect((await queue('office.bj', { ipAssetId: a })).totalCount).toBe(0);
      expect(firstError(await t.gql(ENGAGEMENTS, {}, await fx.token('guarantor'))).extensions!.code).toBe('FORBIDDEN');
    });

    it('refuses what cannot be engaged, naming the field, and writes nothing', async () => {
      const a = (await registered('firm', { title: '校验委托' })).id;
      const foreign = (await registered('office.bj', { enterpriseId: firms.hd.id, title: '海淀资产' })).id;
      const lapsed = (await registered('firm', { title: '失效资产' })).id;
      await t.dataSource.query(`update ip_asset set legal_status = 'EXPIRED' where id = $1`, [lapsed]);
      const before = (await t.dataSource.query('select count(*)::int as n from valuation_engagement'))[0].n;
      expect(firstError(await engageAs('firm', [a], fx.orgs.bank.id)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.valuerOrganizationId' });
      expect(firstError(await engageAs('firm', [a], '00000000-0000-4000-8000-000000000000')).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.valuerOrganizationId' });
      expect(firstError(await engageAs('firm', [a, a])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ipAssetIds.1' });
      expect(firstError(await engageAs('firm', [a, '00000000-0000-4000-8000-000000000000'])).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.ipAssetIds.1' });
      expect(firstError(await engageAs('admin', [a, foreign])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ipAssetIds.1' });
      expect(firstError(await engageAs('firm', [foreign])).extensions!.code).toBe('FORBIDDEN');
      expect(firstError(await engageAs('office.sj', [a])).extensions!.code).toBe('FORBIDDEN');
      expect(firstError(await engageAs('valuer', [a])).extensions!.code).toBe('FORBIDDEN');
      expect(firstError(await engageAs('firm', [a, lapsed])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ASSET_NOT_APPRAISABLE', field: 'input.ipAssetIds.1' });
      expect(firstError(await engageAs('firm', [])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ipAssetIds' });
      expect((await t.dataSource.query('select count(*)::int as n from valuation_engagement'))[0].n).toBe(before);
    });
  });

  describe('reviewValuation', () => {
    it('lets a bank that sees the firm review once per valuation, replacing its figure, and shows it only to that bank', async () => {
      const asset = (await registered('firm')).id;
      const valuation = await valued(asset, '800000000', addDays(today, -5), addDays(today, 360));
      const token = await fx.token('bank');
      const first = await t.gql<{ reviewValuation: { id: string; reviewedValue: { amountFen: string }; bank: { id: string } } }>(
        REVIEW,
        { input: { valuationId: valuation.id, reviewedValue: { amountFen: '600000000' }, note: '折价25%' } },
        token,
      );
      expect(first.errors).toBeUndefined();
      expect(first.data!.reviewValuation).toMatchObject({ reviewedValue: { amountFen: '600000000' }, bank: { id: fx.orgs.bank.id } });
      const second = await t.gql<{ reviewValuation: { id: string; note: string } }>(
        REVIEW,
        { input: { valuationId: valuation.id, reviewedValue: { amountFen: '650000000' }, note: '复核后上调' } },
        token,
      );
      expect(second.errors).toBeUndefined();
      expect(second.data!.reviewValuation.id).toBe(first.data!.reviewValuation.id);
      const stored = await t.dataSource.manager.findBy(ValuationReview, { valuationId: valuation.id });
      expect(stored.map((r) => r.reviewedValueFen)).toEqual(['650000000']);
      const trail = await audits('reviewValuation', first.data!.reviewValuation.id);
      expect(trail).toHaveLength(2);
      expect(trail[1].before).toMatchObject({ reviewedValueFen: '600000000' });

      const asBank = await t.gql<GetView>(GET, { id: asset }, token);
      expect(asBank.data!.ipAsset.valuations[0].reviews).toEqual([{ reviewedValue: { amountFen: '650000000' }, note: '复核后上调', bank: { name: fx.orgs.bank.name } }]);
      const asFirm = await t.gql<GetView>(GET, { id: asset }, await fx.token('firm'));
      // The review figure is the bank's own credit judgement: the firm does not see it.
      expect(asFirm.data!.ipAsset.valuations[0].reviews).toEqual([]);
    });

    it('refuses a bank without access, a valuer and a firm; answers NOT_FOUND and BAD_USER_INPUT', async () => {
      const asset = (await registered('firm')).id;
      const valuation = await valued(asset, '800000000', addDays(today, -5), addDays(today, 360));
      const input = { valuationId: valuation.id, reviewedValue: { amountFen: '1' } };
      const other = await t.gql(REVIEW, { input }, await fx.token('bank2'));
      expect(firstError(other).extensions!.code).toBe('FORBIDDEN');
      for (const who of ['valuer', 'firm', 'office'] as const) {
        expect(firstError(await t.gql(REVIEW, { input }, await fx.token(who))).extensions!.code).toBe('FORBIDDEN');
      }
      const missing = await t.gql(REVIEW, { input: { ...input, valuationId: '00000000-0000-4000-8000-000000000000' } }, await fx.token('bank'));
      expect(firstError(missing).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.valuationId' });
      const zero = await t.gql(REVIEW, { input: { ...input, reviewedValue: { amountFen: '0' } } }, await fx.token('bank'));
      expect(firstError(zero).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reviewedValue.amountFen' });
    });
  });

  describe('pledge bundles', () => {
    /** Values beyond 2^53: a float sum would lose the last digits. */
    const BIG = '9007199254740993';
    const SMALL = '1234567890123';
    let assets: Record<'big' | 'small' | 'none' | 'expired' | 'pending' | 'pledged' | 'foreign', string>;

    beforeAll(async () => {
      const mk = async (overrides: Record<string, unknown> = {}) => (await registered('firm', overrides)).id;
      assets = {
        big: await mk(),
        small: await mk({ type: 'TRADEMARK', number: String(32000000 + patentSerial++), ipcClasses: [], niceClasses: [9] }),
        none: await mk(),
        expired: await mk(),
        pending: await mk({ legalStatus: 'PENDING', grantedOn: null }),
        pledged: await mk(),
        foreign: (await registered('office', { enterpriseId: firms.mh2.id })).id,
      };
      await valued(assets.big, BIG, addDays(today, -10), addDays(today, 300));
      await valued(assets.big, '5', addDays(today, -400), addDays(today, -40));
      await valued(assets.small, SMALL, today, addDays(today, 30));
      await valued(assets.expired, '700000000', addDays(today, -400), addDays(today, -1));
      await t.dataSource.manager.update(IpAsset, { id: assets.pledged }, { pledgeStatus: PledgeStatus.PLEDGED });
    });

    it('sums the latest valid valuations exactly, counts the assets without one, and audits', async () => {
      const res = await t.gql<{ createPledgeBundle: BundleView }>(
        CREATE_BUNDLE,
        { input: { enterpriseId: firms.mh.id, name: ' 新能源专利组合 ', assetIds: [assets.big, assets.small, assets.none, assets.expired], otherCollateral: ['EQUITY', 'EQUITY'] } },
        await fx.token('firm'),
      );
      expect(res.errors).toBeUndefined();
      const bundle = res.data!.createPledgeBundle;
      expect(bundle).toMatchObject({
        name: '新能源专利组合',
        ownerId: firms.mh.id,
        owner: { name: firms.mh.name },
        otherCollateral: ['EQUITY'],
        assetCount: 4,
        assetsWithoutValidValuation: 2,
        appraisedValue: { amountFen: (BigInt(BIG) + BigInt(SMALL)).toString(), currency: 'CNY' },
      });
      expect(bundle.appraisedValue.amountFen).toBe('9008433822631116');
      expect(bundle.assets.map((a) => a.id).sort()).toEqual([assets.big, assets.small, assets.none, assets.expired].sort());
      expect(await audits('createPledgeBundle', bundle.id)).toHaveLength(1);

      const direct = await appraiseAssets(t.dataSource, [assets.big, assets.small, assets.none, assets.expired, assets.big]);
      expect(direct).toMatchObject({ appraisedValueFen: 9008433822631116n, assetCount: 4, assetsWithValidValuation: 2, assetsWithoutValidValuation: 2 });
      expect(direct.valueFenByType).toEqual({ INVENTION_PATENT: BigInt(BIG), TRADEMARK: BigInt(SMALL) });

      const fetched = await t.gql<{ pledgeBundle: BundleView }>(`query($id: ID!) { pledgeBundle(id: $id) { ${BUNDLE_FIELDS} } }`, { id: bundle.id }, await fx.token('bank'));
      expect(fetched.data!.pledgeBundle.appraisedValue.amountFen).toBe('9008433822631116');
      const listed = await t.gql<{ pledgeBundles: { totalCount: number; edges: { node: { id: string } }[] } }>(
        'query($e: ID!) { pledgeBundles(enterpriseId: $e, first: 10) { totalCount edges { node { id } } } }',
        { e: firms.mh.id },
        await fx.token('office'),
      );
      expect(listed.data!.pledgeBundles.edges.map((e) => e.node.id)).toContain(bundle.id);
      const hidden = await t.gql(`query($id: ID!) { pledgeBundle(id: $id) { id } }`, { id: bundle.id }, await fx.token('bank2'));
      expect(firstError(hidden).extensions!.code).toBe('FORBIDDEN');
      const missing = await t.gql(`query($id: ID!) { pledgeBundle(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, await fx.token('admin'));
      expect(firstError(missing).extensions!.code).toBe('NOT_FOUND');
      const unknownFirm = await t.gql('query($e: ID!) { pledgeBundles(enterpriseId: $e) { totalCount } }', { e: '00000000-0000-4000-8000-000000000000' }, await fx.token('admin'));
      expect(firstError(unknownFirm).extensions!.code).toBe('NOT_FOUND');
    });

    it.each([
      ['another firm’s asset', 'foreign'],
      ['a pending asset', 'pending'],
      ['a pledged asset', 'pledged'],
    ] as const)('refuses %s with BAD_USER_INPUT naming it', async (_what, key) => {
      const res = await t.gql(CREATE_BUNDLE, { input: { enterpriseId: firms.mh.id, name: '组合', assetIds: [assets.big, assets[key]] } }, await fx.token('firm'));
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assetIds', assetId: assets[key], index: 1 });
    });

    it('refuses an empty or over-long list, a repeated asset, an unknown one, and the wrong actors', async () => {
      const token = await fx.token('firm');
      const create = (input: Record<string, unknown>, as = token) => t.gql(CREATE_BUNDLE, { input: { enterpriseId: firms.mh.id, name: '组合', ...input } }, as);
      const tooMany = Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
      expect(firstError(await create({ assetIds: tooMany })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assetIds' });
      expect(firstError(await create({ assetIds: [] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assetIds' });
      expect(firstError(await create({ assetIds: [assets.big, assets.big] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', assetId: assets.big });
      const ghost = '00000000-0000-4000-8000-000000000001';
      expect(firstError(await create({ assetIds: [ghost] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', assetId: ghost });
      expect(firstError(await create({ assetIds: [assets.big], otherCollateral: ['GOLD'] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.otherCollateral[0]' });

      const window = await create({ assetIds: [assets.big] }, await fx.token('window'));
      expect(window.errors).toBeUndefined();
      for (const who of ['bank', 'valuer', 'park', 'firm2'] as const) {
        expect(firstError(await create({ assetIds: [assets.big] }, await fx.token(who))).extensions!.code).toBe('FORBIDDEN');
      }
      const beijing = await create({ assetIds: [assets.big] }, await fx.token('office.bj'));
      expect(firstError(beijing).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });
      const unknownFirm = await t.gql(
        CREATE_BUNDLE,
        { input: { enterpriseId: '00000000-0000-4000-8000-000000000000', name: '组合', assetIds: [assets.big] } },
        await fx.token('admin'),
      );
      expect(firstError(unknownFirm).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.enterpriseId' });
    });
  });

  describe('SQL queries per page', () => {
    let busy: Enterprise;
    const PAGE = `query($first: Int, $filter: IpAssetFilter) { ipAssets(first: $first, filter: $filter) { totalCount edges { node {
      id number typeLabel owner { id name region { name } }
      latestValuation { value { amountFen } valid valuer { name } reviews { reviewedValue { amountFen } bank { name } } }
      valuations { id valid value { amountFen } valuer { id name } }
    } } } }`;

    /** Runs one request and counts the SQL statements the API sent for it. */
    async function countQueries(query: string, variables: Record<string, unknown>, token: string): Promise<{ n: number; data: unknown }> {
      const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
      try {
        const res = await t.gql(query, variables, token);
        expect(res.errors).toBeUndefined();
        return { n: spy.mock.calls.length, data: res.data };
      } finally {
        spy.mockRestore();
      }
    }

    beforeAll(async () => {
      const m = t.dataSource.manager;
      busy = await insertEnterprise('批量资产科技有限公司', fx.regions.minhang);
      const rows = Array.from({ length: 120 }, (_, i) =>
        m.create(IpAsset, {
          type: IpType.INVENTION_PATENT,
          number: patentNumber(2022, 1, 500_000 + i),
          title: `批量专利${i}`,
          enterpriseId: busy.id,
          regionPath: busy.regionPath,
          ipcClasses: ['H01M 10/052'],
          filedOn: '2022-05-01',
        }),
      );
      const saved = await m.save(rows);
      const valuations = saved.flatMap((a, i) => [
        m.create(Valuation, {
          ipAssetId: a.id,
          valuerOrganizationId: fx.orgs.valuer.id,
          method: ValuationMethod.INCOME,
          valueFen: String(100_000_000 + i),
          valuedOn: addDays(today, -20),
          validUntil: addDays(today, 345),
        }),
        m.create(Valuation, {
          ipAssetId: a.id,
          valuerOrganizationId: fx.orgs.valuer.id,
          method: ValuationMethod.COST,
          valueFen: '1',
          valuedOn: addDays(today, -800),
          validUntil: addDays(today, -435),
        }),
      ]);
      const savedValuations = await m.save(valuations);
      await m.save(
        savedValuations
          .filter((v) => v.valueFen !== '1')
          .map((v) => m.create(ValuationReview, { valuationId: v.id, bankOrganizationId: fx.orgs.bank.id, reviewedValueFen: '90000000' })),
      );
    });

    it('costs the same bounded number of queries for 10 or 100 assets with owners, valuations, valuers and reviews', async () => {
      const token = await fx.token('admin');
      const small = await countQueries(PAGE, { first: 10, filter: { enterpriseId: busy.id } }, token);
      const large = await countQueries(PAGE, { first: 100, filter: { enterpriseId: busy.id } }, token);
      const page = large.data as { ipAssets: { totalCount: number; edges: { node: { latestValuation: { valid: boolean } | null; valuations: unknown[] } }[] } };
      expect(page.ipAssets.totalCount).toBe(120);
      expect(page.ipAssets.edges).toHaveLength(100);
      expect(page.ipAssets.edges.every((e) => e.node.latestValuation?.valid === true && e.node.valuations.length === 2)).toBe(true);
      expect(large.n).toBe(small.n);
      expect(large.n).toBeLessThanOrEqual(10);
      // Shown in the test output for the closing note.
      process.stdout.write(`ipAssets page of 100 with owner, region, latest valuation, valuer, reviews and history: ${large.n} SQL queries\n`);
    });

    it('batches Enterprise.ipAssets across a page of firms', async () => {
      const query = `{ enterprises(first: 50) { totalCount edges { node { id name ipAssets(first: 5) {
        totalCount pageInfo { hasNextPage } edges { node { id latestValuation { value { amountFen } } } }
      } } } } }`;
      const res = await countQueries(query, {}, await fx.token('admin'));
      const data = res.data as { enterprises: { totalCount: number; edges: { node: { id: string; ipAssets: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: unknown[] } } }[] } };
      const mine = data.enterprises.edges.find((e) => e.node.id === busy.id)!.node.ipAssets;
      expect(mine).toMatchObject({ totalCount: 120, pageInfo: { hasNextPage: true } });
      expect(mine.edges).toHaveLength(5);
      const hd = data.enterprises.edges.find((e) => e.node.id === firms.hd.id)!.node.ipAssets;
      expect(hd.totalCount).toBeGreaterThan(0);
      // enterprises: count + page; ipAssets: counts + ranked ids + rows; latest valuations: 1.
      expect(res.n).toBeLessThanOrEqual(8);
      process.stdout.write(`enterprises page with ipAssets(first: 5) and latest valuations: ${res.n} SQL queries for ${data.enterprises.edges.length} firms\n`);
    });
  });
});
