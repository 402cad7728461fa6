import { seedReferencePolicies } from '@zhirong/policy';
import { refreshStatistics } from '@zhirong/stats';
import { configureDemoWebhooks } from '@zhirong/whitelist';
import { seedDemoLoans } from './loans.seed';
import { seedDemoSubsidies } from './subsidies.seed';
import { seedDemoPledges } from './pledges.seed';
import { DataSource } from 'typeorm';
import { runSeedPlan } from '../generator/plan';
import { DEMO_ORGANIZATIONS } from './identity.data';
import { seedDemoEvent } from './events.seed';
import { seedDemoIdentity } from './identity.seed';

export * from './identity.data';
export * from './identity.seed';
export * from './events.seed';

export const DEMO_SIZES = { enterprises: 300, products: 48, banks: 12, needRatio: 0.7 };

/**
 * The whole demo data set: regions, organisations, accounts, 300 firms with 1,500
 * IP assets, valuations, bundles and needs, 12 banks with 48 products. Running it
 * again changes nothing.
 */
export async function seedDemo(dataSource: DataSource, options: { business?: boolean } = {}): Promise<void> {
  const identity = await dataSource.transaction((manager) => seedDemoIdentity(manager));
  // The policy documents' regions get their reference policies (issue 14), as reference data with the regions.
  await dataSource.transaction((manager) => seedReferencePolicies(manager));
  if (options.business === false) return;
  const org = (key: string) => identity.organizations.get(key)!;
  // The two demo banks receive whitelist pushes on the development receiver that `npm start` runs.
  await configureDemoWebhooks(dataSource, `http://127.0.0.1:${process.env.WEBHOOK_RECEIVER_PORT ?? 3100}/hook`, [org('bank').id, org('bank2').id]);
  const firm = DEMO_ORGANIZATIONS.find((o) => o.key === 'firm')!;
  // The demo firm's profile marks business data as loaded: a database seeded by an
  // earlier version keeps its data rather than clashing with regenerated rows.
  const [loaded] = await dataSource.query('select 1 from enterprise where organization_id = $1', [org('firm').id]);
  // The demo's matchmaking event (issue 13) joins databases seeded before it too.
  // The demo's loans (issue 14), their pledge registrations, an alert and subsidies join databases seeded before them too.
  const event = async () => {
    await seedDemoEvent(dataSource, { office: org('office').id, firm: org('firm').id, bank: org('bank').id, bank2: org('bank2').id });
    await seedDemoLoans(dataSource, { firm: org('firm').id, bank: org('bank').id, bank2: org('bank2').id, guarantor: org('guarantor').id });
    await seedDemoPledges(dataSource, { bank: org('bank').id, bank2: org('bank2').id });
    await seedDemoSubsidies(dataSource, { firm: org('firm').id, bank: org('bank').id, office: org('office').id });
    // The loans were written with plain SQL: the statistics view learns of them now, not at the nightly refresh.
    await refreshStatistics(dataSource);
  };
  if (loaded) return event();
  await runSeedPlan(dataSource, {
    ns: 'demo',
    enterprises: DEMO_SIZES.enterprises,
    products: DEMO_SIZES.products,
    existingBankIds: [org('bank').id, org('bank2').id],
    extraBanks: DEMO_SIZES.banks - 2,
    existingValuerIds: [org('valuer').id],
    existingWindowIds: new Map([['310112', org('window').id]]),
    needRatio: DEMO_SIZES.needRatio,
    batchSize: 300,
    overrides: new Map([[0, { organizationId: org('firm').id, name: firm.name, creditCode: firm.creditCode!, regionCode: '310112' }]]),
  });
  // The demo valuer's work queue: the demo firm asked it to appraise two of its valid assets (评估委托).
  await dataSource.query(
    `insert into valuation_engagement (ip_asset_id, enterprise_id, valuer_organization_id, requested_by_organization_id, note)
     select a.id, a.enterprise_id, $1, $2, '质押融资评估' from ip_asset a join enterprise e on e.id = a.enterprise_id
     where e.organization_id = $2 and a.legal_status = 'VALID' order by a.number limit 2
     on conflict (ip_asset_id, valuer_organization_id) where status = 'OPEN' do nothing`,
    [org('valuer').id, org('firm').id],
  );
  // The need library (融资项目需求库): the demo firm and about a third of the other firms have
  // published their open, collateralised needs to banks; banks whose products match see them anonymised.
  await dataSource.query(
    `update financing_need n set published_to_banks_at = n.created_at
      where n.status = 'OPEN' and n.bundle_id is not null
        and (abs(hashtext(n.id::text)) % 3 = 0 or n.enterprise_id in (select e.id from enterprise e where e.organization_id = $1))`,
    [org('firm').id],
  );
  // The Minhang office's verification queue (待核实): the demo firm says it became a 专精特新“小巨人”.
  await dataSource.query(
    `insert into enterprise_fact_declaration (enterprise_id, fact, value, region_path, declared_by_organization_id)
     select e.id, 'TAGS', jsonb_build_object('fact', 'TAGS', 'tags', to_jsonb(array_append(array_remove(e.tags::text[], 'LITTLE_GIANT'), 'LITTLE_GIANT'))), e.region_path, $1
     from enterprise e where e.organization_id = $1
     on conflict (enterprise_id, fact, year) where status = 'PENDING' do nothing`,
    [org('firm').id],
  );
  await event();
}
