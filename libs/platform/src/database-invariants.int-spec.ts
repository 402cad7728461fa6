import { Client, DatabaseError } from 'pg';
import type { QueryRunner } from 'typeorm';
import { DatabaseInvariants1796301160171 } from './migrations/1796301160171-database-invariants';
import { createTestDatabase, TestDatabase } from './testing/test-database';

/**
 * Postgres itself refuses what validation refuses (migration DatabaseInvariants): each
 * statement here is raw SQL, past every service, and must fail with the named constraint.
 */
describe('database invariants', () => {
  let db: TestDatabase;
  let client: Client;
  /** Valid rows the bad ones lean on. */
  const ids: Record<string, string> = {};
  const absent = '00000000-0000-4000-8000-000000000000';

  /** `sql` with each `@key` replaced by the id of that fixture row. */
  const fill = (sql: string) => sql.replace(/@(\w+)/g, (_m, key: string) => ids[key]);
  const one = async (sql: string, params: unknown[] = []): Promise<string> => (await client.query<{ id: string }>(sql, params)).rows[0].id;

  /** The error Postgres answers `sql` with; fails the test when it accepts it. */
  async function refusal(sql: string, params: unknown[] = []): Promise<DatabaseError> {
    try {
      await client.query(sql, params);
    } catch (e) {
      if (e instanceof DatabaseError) return e;
      throw e;
    }
    throw new Error(`Postgres accepted: ${sql}`);
  }

  /** The name of the foreign key on `table`.`column`. */
  async function foreignKey(table: string, column: string): Promise<string> {
    const { rows } = await client.query<{ name: string }>(
      `select c.conname as name from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       where c.contype = 'f' and c.conrelid = $1::regclass and a.attname = $2`,
      [table, column],
    );
    expect(rows).toHaveLength(1);
    return rows[0].name;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    ids.region = await one(`insert into region (code, name, level, path) values ('970000', '测试省', 'PROVINCE', '970000') returning id`);
    const org = (name: string, type: string) => one(`insert into organization (name, type, region_id) values ($1, $2, $3) returning id`, [name, type, ids.region]);
    ids.bank = await org('测试银行', 'BANK');
    ids.office = await org('测试知识产权局', 'GOVERNMENT_OFFICE');
    ids.valuer = await org('测试评估所', 'VALUER');
    ids.user = await one(
      `insert into app_user (email, password_hash, display_name, roles, organization_id) values ('officer@bank.test', 'x', '信贷员', '{BANK_OFFICER}', $1) returning id`,
      [ids.bank],
    );
    ids.firm = await one(
      `insert into enterprise (credit_code, name, region_id, region_path, industry_code, founded_on) values ('91970000MA1GBX2K0X', '测试科技', $1, '970000', 'C39', '2020-01-01') returning id`,
      [ids.region],
    );
    ids.asset = await one(
      `insert into ip_asset (type, number, title, enterprise_id, region_path, filed_on, granted_on, expires_on)
       values ('INVENTION_PATENT', 'ZL202010000001.1', '一种测试装置', $1, '970000', '2020-01-01', '2021-01-01', '2040-01-01') returning id`,
      [ids.firm],
    );
    ids.need = await one(
      `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, purpose, max_rate_bp, created_by_organization_id)
       values ($1, '970000', 100000000, 12, '流动资金', 500, $2) returning id`,
      [ids.firm, ids.office],
    );
    ids.product = await one(
      `insert into loan_product (bank_organization_id, name, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
       values ($1, '知识产权质押贷', 100000000, 1000000000, 6, 36, 350, 600, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 3000}', '2026-01-01') returning id`,
      [ids.bank],
    );
    ids.ruleSet = await one(
      `insert into screening_rule_set (region_id, region_path, office_organization_id, version, criteria, min_score) values ($1, '970000', $2, 1, '[]', 60) returning id`,
      [ids.region, ids.office],
    );
    ids.batch = await one(`insert into whitelist_batch (office_organization_id, region_id, region_path, version, rule_set_id) values ($1, $2, '970000', 1, $3) returning id`, [
      ids.office,
      ids.region,
      ids.ruleSet,
    ]);
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  describe('CHECK constraints refuse what validation refuses (23514)', () => {
    const product = (columns: string, values: string) =>
      `insert into loan_product (bank_organization_id, name, accepted_ip_types, ${columns}) values ($1, '坏产品', '{INVENTION_PATENT}', ${values})`;
    const productDefaults = { amount: '100, 200', term: '6, 12', rate: '350, 600', rates: `'{"INVENTION_PATENT": 3000}'`, from: `'2026-01-01', null` };
    const badProduct = (o: Partial<typeof productDefaults>) => {
      const v = { ...productDefaults, ...o };
      return product(
        'min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, pledge_rates, active_from, active_until',
        `${v.amount}, ${v.term}, ${v.rate}, ${v.rates}, ${v.from}`,
      );
    };

    it.each([
      ['a need of negative amount', 'CHK_financing_need_amount', -1, 12, 500],
      ['a need of no term', 'CHK_financing_need_term', 100, 0, 500],
      ['a need accepting a rate above 10,000 bp', 'CHK_financing_need_rate', 100, 12, 10_001],
      ['a need accepting a negative rate', 'CHK_financing_need_rate', 100, 12, -1],
    ])('%s', async (_what, constraint, amount, term, rate) => {
      const e = await refusal(
        `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, purpose, max_rate_bp, created_by_organization_id) values ($1, '970000', $2, $3, '坏需求', $4, $5)`,
        [ids.firm, amount, term, rate, ids.office],
      );
      expect({ code: e.code, constraint: e.constraint }).toEqual({ code: '23514', constraint });
    });

    it.each([
      ['a product whose least amount exceeds its most', 'CHK_loan_product_amount_range', { amount: '300, 200' }],
      ['a product of negative amounts', 'CHK_loan_product_amount_range', { amount: '-200, -100' }],
      ['a product whose shortest term exceeds its longest', 'CHK_loan_product_term_range', { term: '24, 12' }],
      ['a product of no term', 'CHK_loan_product_term_range', { term: '0, 12' }],
      ['a product whose lowest rate exceeds its highest', 'CHK_loan_product_rate_range', { rate: '600, 350' }],
      ['a product charging above 10,000 bp', 'CHK_loan_product_rate_range', { rate: '350, 10001' }],
      ['a pledge rate above 10,000 bp', 'CHK_loan_product_pledge_rates', { rates: `'{"INVENTION_PATENT": 3000, "TRADEMARK": 10001}'` }],
      ['a negative pledge rate', 'CHK_loan_product_pledge_rates', { rates: `'{"INVENTION_PATENT": -1}'` }],
      ['a pledge rate that is not a number', 'CHK_loan_product_pledge_rates', { rates: `'{"INVENTION_PATENT": "3000"}'` }],
      ['pledge rates that are not an object', 'CHK_loan_product_pledge_rates', { rates: `'[3000]'` }],
      ['a product ending before it starts', 'CHK_loan_product_active_window', { from: `'2026-06-01', '2026-05-31'` }],
    ])('%s', async (_what, constraint, bad) => {
      const e = await refusal(badProduct(bad), [ids.bank]);
      expect({ code: e.code, constraint: e.constraint }).toEqual({ code: '23514', constraint });
    });

    it('accepts the edges: equal bounds, 0 and 10,000 bp, an open-ended product', async () => {
      await client.query(badProduct({ amount: '0, 0', term: '12, 12', rate: '0, 10000', rates: `'{"INVENTION_PATENT": 10000, "TRADEMARK": 0}'` }), [ids.bank]);
    });

    it.each([
      ['granted before it was filed', 'CHK_ip_asset_granted_after_filed', '2021-01-01', '2020-12-31', '2040-01-01'],
      ['expiring before it was granted', 'CHK_ip_asset_expires_after_start', '2020-01-01', '2021-01-01', '2020-06-01'],
      ['expiring before it was filed (never granted)', 'CHK_ip_asset_expires_after_start', '2020-01-01', null, '2019-12-31'],
    ])('an asset %s', async (_what, constraint, filed, granted, expires) => {
      const e = await refusal(
        `insert into ip_asset (type, number, title, enterprise_id, region_path, filed_on, granted_on, expires_on) values ('TRADEMARK', '99999999', '坏商标', $1, '970000', $2, $3, $4)`,
        [ids.firm, filed, granted, expires],
      );
      expect({ code: e.code, constraint: e.constraint }).toEqual({ code: '23514', constraint });
    });

    it.each([
      ['of negative value', 'CHK_valuation_value', -1, '2026-01-01', '2027-01-01'],
      ['valid until before it was made', 'CHK_valuation_dates', 100, '2026-01-01', '2025-12-31'],
    ])('a valuation %s', async (_what, constraint, value, valuedOn, validUntil) => {
      const e = await refusal(`insert into valuation (ip_asset_id, valuer_organization_id, method, value_fen, valued_on, valid_until) values ($1, $2, 'INCOME', $3, $4, $5)`, [
        ids.asset,
        ids.valuer,
        value,
        valuedOn,
        validUntil,
      ]);
      expect({ code: e.code, constraint: e.constraint }).toEqual({ code: '23514', constraint });
    });

    it.each([
      ['a firm of negative headcount', 'CHK_enterprise_employees', `update enterprise set employees = -1 where id = $1`, 'firm'],
      ['a firm of negative revenue', 'CHK_enterprise_annual_revenue', `update enterprise set annual_revenue_fen = -1 where id = $1`, 'firm'],
      [
        'a negative yearly revenue',
        'CHK_enterprise_annual_revenue_revenue',
        `insert into enterprise_annual_revenue (enterprise_id, year, revenue_fen) values ($1, 2025, -1)`,
        'firm',
      ],
      ['a minimum score above 100', 'CHK_screening_rule_set_min_score', `update screening_rule_set set min_score = 101 where id = $1`, 'ruleSet'],
      [
        'a whitelist score below 0',
        'CHK_whitelist_entry_score',
        `insert into whitelist_entry (batch_id, enterprise_id, score, included, reasons) values ($1, '@firm', -1, false, '[]')`,
        'batch',
      ],
    ])('%s', async (_what, constraint, sql, key) => {
      const e = await refusal(fill(sql), [ids[key]]);
      expect({ code: e.code, constraint: e.constraint }).toEqual({ code: '23514', constraint });
    });

    it('a negative credit line in a bank’s answer', async () => {
      const e = await refusal(
        `insert into whitelist_response (enterprise_id, bank_organization_id, batch_id, status, credit_line_fen, responded_by_user_id) values ($1, $2, $3, 'CREDIT_LINE_OFFERED', -1, $4)`,
        [ids.firm, ids.bank, ids.batch, ids.user],
      );
      expect({ code: e.code, constraint: e.constraint }).toEqual({ code: '23514', constraint: 'CHK_whitelist_response_credit_line' });
    });
  });

  describe('foreign keys refuse a row naming nothing (23503)', () => {
    it.each([
      ['a match of an unknown need', 'match', 'need_id', `insert into match (need_id, product_id, eligible, score, computed_at) values ($1, '@product', true, 50, now())`],
      ['a match of an unknown product', 'match', 'product_id', `insert into match (need_id, product_id, eligible, score, computed_at) values ('@need', $1, true, 50, now())`],
      [
        'the match state of an unknown need',
        'match_need_state',
        'need_id',
        `insert into match_need_state (need_id, computed_at, computed_for, stored_pairs) values ($1, now(), '2026-12-01', 0)`,
      ],
      [
        'a batch under an unknown rule set',
        'whitelist_batch',
        'rule_set_id',
        `insert into whitelist_batch (office_organization_id, region_id, region_path, version, rule_set_id) values ('@office', '@region', '970000', 2, $1)`,
      ],
      [
        'an entry of an unknown batch',
        'whitelist_entry',
        'batch_id',
        `insert into whitelist_entry (batch_id, enterprise_id, score, included, reasons) values ($1, '@firm', 50, true, '[]')`,
      ],
      [
        'an entry of an unknown firm',
        'whitelist_entry',
        'enterprise_id',
        `insert into whitelist_entry (batch_id, enterprise_id, score, included, reasons) values ('@batch', $1, 50, true, '[]')`,
      ],
      [
        'a nomination of an unknown firm',
        'whitelist_nomination',
        'enterprise_id',
        `insert into whitelist_nomination (enterprise_id, region_path, nominator_organization_id, nominator_type, reason) values ($1, '970000', '@bank', 'BANK', '推荐')`,
      ],
      [
        'a push of an unknown batch',
        'whitelist_push',
        'batch_id',
        `insert into whitelist_push (batch_id, office_organization_id, bank_organization_ids) values ($1, '@office', '{}')`,
      ],
      [
        'an answer by an unknown user',
        'whitelist_response',
        'responded_by_user_id',
        `insert into whitelist_response (enterprise_id, bank_organization_id, batch_id, status, responded_by_user_id) values ('@firm', '@bank', '@batch', 'INTERESTED', $1)`,
      ],
      [
        'a webhook of an unknown bank',
        'bank_webhook',
        'bank_organization_id',
        `insert into bank_webhook (bank_organization_id, url, secret) values ($1, 'https://bank.test/hook', 'v1:x')`,
      ],
      [
        'a revocation of an unknown firm',
        'bank_access_revocation',
        'enterprise_id',
        `insert into bank_access_revocation (enterprise_id, bank_organization_id, grant_reason, granted_at, reason) values ($1, '@bank', 'WHITELIST_PUSH', now(), 'DROPPED_FROM_WHITELIST')`,
      ],
      [
        'a declaration by an unknown organisation',
        'enterprise_fact_declaration',
        'declared_by_organization_id',
        `insert into enterprise_fact_declaration (enterprise_id, fact, value, region_path, declared_by_organization_id) values ('@firm', 'EMPLOYEES', '{}', '970000', $1)`,
      ],
      [
        'an engagement for an unknown firm',
        'valuation_engagement',
        'enterprise_id',
        `insert into valuation_engagement (ip_asset_id, enterprise_id, valuer_organization_id, requested_by_organization_id) values ('@asset', $1, '@valuer', '@office')`,
      ],
    ])('%s', async (_what, table, column, sql) => {
      const e = await refusal(fill(sql), [absent]);
      expect({ code: e.code, constraint: e.constraint }).toEqual({ code: '23503', constraint: await foreignKey(table, column) });
    });

    it('a deleted need takes its matches and match state with it', async () => {
      const need = await one(
        `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, purpose, max_rate_bp, created_by_organization_id) values ($1, '970000', 100, 12, '将删除', 500, $2) returning id`,
        [ids.firm, ids.office],
      );
      await client.query(`insert into match (need_id, product_id, eligible, score, computed_at) values ($1, $2, true, 50, now())`, [need, ids.product]);
      await client.query(`insert into match_need_state (need_id, computed_at, computed_for, stored_pairs) values ($1, now(), '2026-12-01', 1)`, [need]);
      await client.query('delete from financing_need where id = $1', [need]);
      const { rows } = await client.query(
        `select (select count(*)::int from match where need_id = $1) matches, (select count(*)::int from match_need_state where need_id = $1) states`,
        [need],
      );
      expect(rows[0]).toEqual({ matches: 0, states: 0 });
    });

    it('an organisation whose office published a batch cannot be deleted', async () => {
      const e = await refusal('delete from organization where id = $1', [ids.office]);
      expect(e.code).toBe('23503');
    });
  });

  describe('the catalogue', () => {
    /** Every foreign key of the tables that had none, as `table.column -> referenced (on delete)`. */
    it('holds a foreign key for every reference of the matching and whitelist tables and their neighbours', async () => {
      const { rows } = await client.query<{ fk: string }>(
        `select c.conrelid::regclass || '.' || a.attname || ' -> ' || c.confrelid::regclass || ' ' ||
                case c.confdeltype when 'c' then 'CASCADE' when 'r' then 'RESTRICT' when 'n' then 'SET NULL' when 'a' then 'NO ACTION' else c.confdeltype::text end as fk
         from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
         where c.contype = 'f' and c.conrelid::regclass::text = any($1)
         order by 1`,
        [
          [
            'match',
            'match_need_state',
            'screening_rule_set',
            'whitelist_batch',
            'whitelist_entry',
            'whitelist_nomination',
            'whitelist_push',
            'whitelist_delivery',
            'whitelist_response',
            'bank_webhook',
            'bank_access_revocation',
            'enterprise_fact_declaration',
            'valuation_engagement',
          ],
        ],
      );
      expect(rows.map((r) => r.fk)).toEqual([
        'bank_access_revocation.bank_organization_id -> organization CASCADE',
        'bank_access_revocation.enterprise_id -> enterprise CASCADE',
        'bank_webhook.bank_organization_id -> organization CASCADE',
        'enterprise_fact_declaration.declared_by_organization_id -> organization RESTRICT',
        'enterprise_fact_declaration.enterprise_id -> enterprise CASCADE',
        'enterprise_fact_declaration.reviewed_by_organization_id -> organization RESTRICT',
        'match.need_id -> financing_need CASCADE',
        'match.product_id -> loan_product CASCADE',
        'match_need_state.need_id -> financing_need CASCADE',
        'screening_rule_set.office_organization_id -> organization RESTRICT',
        'screening_rule_set.region_id -> region RESTRICT',
        'valuation_engagement.enterprise_id -> enterprise RESTRICT',
        'valuation_engagement.ip_asset_id -> ip_asset CASCADE',
        'valuation_engagement.requested_by_organization_id -> organization RESTRICT',
        'valuation_engagement.valuation_id -> valuation SET NULL',
        'valuation_engagement.valuer_organization_id -> organization RESTRICT',
        'whitelist_batch.office_organization_id -> organization RESTRICT',
        'whitelist_batch.region_id -> region RESTRICT',
        'whitelist_batch.rule_set_id -> screening_rule_set RESTRICT',
        'whitelist_batch.superseded_by_id -> whitelist_batch SET NULL',
        'whitelist_delivery.bank_organization_id -> organization CASCADE',
        'whitelist_delivery.batch_id -> whitelist_batch CASCADE',
        'whitelist_delivery.enterprise_id -> enterprise CASCADE',
        'whitelist_delivery.push_id -> whitelist_push CASCADE',
        'whitelist_entry.batch_id -> whitelist_batch CASCADE',
        'whitelist_entry.enterprise_id -> enterprise RESTRICT',
        'whitelist_nomination.enterprise_id -> enterprise CASCADE',
        'whitelist_nomination.nominator_organization_id -> organization RESTRICT',
        'whitelist_nomination.target_office_organization_id -> organization RESTRICT',
        'whitelist_push.batch_id -> whitelist_batch CASCADE',
        'whitelist_push.office_organization_id -> organization RESTRICT',
        'whitelist_response.bank_organization_id -> organization RESTRICT',
        'whitelist_response.batch_id -> whitelist_batch RESTRICT',
        'whitelist_response.enterprise_id -> enterprise RESTRICT',
        'whitelist_response.responded_by_user_id -> app_user RESTRICT',
      ]);
    });

    it('leaves without a foreign key only the uuid columns that name no single table', async () => {
      const { rows } = await client.query<{ col: string }>(
        `select c.table_name || '.' || c.column_name as col from information_schema.columns c
         where c.table_schema = 'public' and c.udt_name in ('uuid', '_uuid') and c.column_name <> 'id'
           and not exists (select 1 from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
                           where k.contype = 'f' and k.conrelid = c.table_name::regclass and a.attname = c.column_name)
         order by 1`,
      );
      // Each says why on its entity: audit rows outlive who they name; sources and causes are of
      // several tables; Postgres has no foreign keys from array elements.
      expect(rows.map((r) => r.col)).toEqual([
        'audit_log.actor_organization_id',
        'audit_log.actor_user_id',
        'bank_access_revocation.cause_id',
        'bank_access_revocation.grant_source_id',
        'enterprise_bank_access.source_id',
        'event_registration.product_ids',
        'matchmaking_event.invited_batch_ids',
        'matchmaking_event.invited_organization_ids',
        'matchmaking_event.invited_park_ids',
        'matchmaking_event.invited_region_ids',
        'notification.subject_id',
        'whitelist_entry.nomination_ids',
        'whitelist_push.bank_organization_ids',
      ]);
    });

    it('holds the CHECK constraints validation relies on', async () => {
      const { rows } = await client.query<{ name: string }>(`select conname as name from pg_constraint where contype = 'c' and connamespace = 'public'::regnamespace order by 1`);
      expect(rows.map((r) => r.name)).toEqual([
        'CHK_calendar_day_kind_weekday',
        'CHK_calendar_day_year',
        'CHK_calendar_year_range',
        'CHK_compensation_claim_amount',
        'CHK_compensation_claim_paid',
        'CHK_enterprise_annual_revenue',
        'CHK_enterprise_annual_revenue_revenue',
        'CHK_enterprise_employees',
        'CHK_event_capacity',
        'CHK_event_registration_role',
        'CHK_event_slot_times',
        'CHK_event_survey_rating',
        'CHK_event_times',
        'CHK_financing_need_amount',
        'CHK_financing_need_rate',
        'CHK_financing_need_term',
        'CHK_ip_asset_expires_after_start',
        'CHK_ip_asset_granted_after_filed',
        'CHK_loan_alert_delivery_attempts',
        'CHK_loan_amounts',
        'CHK_loan_application_decline',
        'CHK_loan_application_offer',
        'CHK_loan_application_requested',
        'CHK_loan_defaulted',
        'CHK_loan_disbursed',
        'CHK_loan_document_sha256',
        'CHK_loan_document_size',
        'CHK_loan_fee_amount',
        'CHK_loan_instalment_amounts',
        'CHK_loan_product_active_window',
        'CHK_loan_product_amount_range',
        'CHK_loan_product_min_firm_age',
        'CHK_loan_product_pledge_rates',
        'CHK_loan_product_rate_range',
        'CHK_loan_product_term_range',
        'CHK_loan_recovery_amount',
        'CHK_loan_repaid',
        'CHK_loan_risk_share_bp',
        'CHK_loan_terms',
        'CHK_match_need_state_stored_pairs',
        'CHK_meeting_offer',
        'CHK_notification_delivery_attempts',
        'CHK_pair_rule_pin',
        'CHK_pledge_registration_registered',
        'CHK_pledge_registration_returned',
        'CHK_pledge_registration_sla',
        'CHK_regional_policy_published',
        'CHK_regional_policy_validity',
        'CHK_regional_policy_version',
        'CHK_repayment_amounts',
        'CHK_reward_application_amount',
        'CHK_reward_application_paid',
        'CHK_reward_application_shape',
        'CHK_screening_rule_set_min_score',
        'CHK_subsidy_application_amount',
        'CHK_subsidy_application_paid',
        'CHK_subsidy_budget',
        'CHK_subsidy_clawback_amount',
        'CHK_valuation_dates',
        'CHK_valuation_review_value',
        'CHK_valuation_value',
        'CHK_whitelist_delivery_counters',
        'CHK_whitelist_entry_score',
        'CHK_whitelist_response_credit_line',
      ]);
    });
  });
});

/** The migration's cleaning, on a database holding rows written before Postgres kept the rules. */
describe('migration DatabaseInvariants', () => {
  let db: TestDatabase;
  let client: Client;
  const migration = new DatabaseInvariants1796301160171();
  // The migration only ever calls `query`.
  const runner = () => ({ query: (sql: string) => client.query(sql).then((r) => r.rows) }) as unknown as QueryRunner;
  const one = async (sql: string, params: unknown[] = []): Promise<string> => (await client.query<{ id: string }>(sql, params)).rows[0].id;
  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await client.query<{ n: string }>(sql, params)).rows[0].n);
  const constraints = `select count(*) n from pg_constraint where contype in ('c', 'f') and connamespace = 'public'::regnamespace`;
  let constraintsWhenMigrated: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    constraintsWhenMigrated = await count(constraints);
    await migration.down(runner());
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('cleans the rows that break the constraints, then adds them', async () => {
    const gone = '00000000-0000-4000-8000-000000000000';
    const region = await one(`insert into region (code, name, level, path) values ('960000', '测试省', 'PROVINCE', '960000') returning id`);
    const bank = await one(`insert into organization (name, type, region_id) values ('测试银行', 'BANK', $1) returning id`, [region]);
    const firm = await one(
      `insert into enterprise (credit_code, name, region_id, region_path, industry_code, founded_on, employees, created_by_organization_id)
       values ('91960000MA1GBX2K0X', '测试科技', $1, '960000', 'C39', '2020-01-01', -5, $2) returning id`,
      [region, gone],
    );
    const asset = await one(
      `insert into ip_asset (type, number, title, enterprise_id, region_path, filed_on, granted_on, expires_on)
       values ('INVENTION_PATENT', 'ZL202010000002.X', '一种装置', $1, '960000', '2021-01-01', '2020-01-01', '2019-01-01') returning id`,
      [firm],
    );
    const need = await one(
      `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, purpose, max_rate_bp, created_by_organization_id) values ($1, '960000', 100, 12, '好需求', 500, $2) returning id`,
      [firm, bank],
    );
    const badNeed = await one(
      `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, purpose, max_rate_bp, created_by_organization_id) values ($1, '960000', -100, 12, '坏需求', 500, $2) returning id`,
      [firm, bank],
    );
    const product = await one(
      `insert into loan_product (bank_organization_id, name, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
       values ($1, '好产品', 100, 200, 6, 12, 350, 600, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 3000}', '2026-01-01') returning id`,
      [bank],
    );
    await client.query(
      `insert into loan_product (bank_organization_id, name, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
       values ($1, '坏产品', 100, 200, 6, 12, 350, 600, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 20000}', '2026-01-01')`,
      [bank],
    );
    const insertMatch = `insert into match (need_id, product_id, eligible, score, computed_at) values ($1, $2, true, 50, now())`;
    await client.query(insertMatch, [need, product]);
    await client.query(insertMatch, [badNeed, product]);
    await client.query(insertMatch, [gone, product]);
    await client.query(
      `insert into valuation (ip_asset_id, valuer_organization_id, method, value_fen, valued_on, valid_until) values ($1, $2, 'INCOME', 100, '2026-01-01', '2025-01-01')`,
      [asset, bank],
    );

    await migration.up(runner());

    expect((await client.query('select employees, created_by_organization_id from enterprise where id = $1', [firm])).rows[0]).toEqual({
      employees: null,
      created_by_organization_id: null,
    });
    // The grant date that precedes filing is dropped; the expiry then becomes the filing date.
    expect((await client.query(`select granted_on::text, expires_on::text from ip_asset where id = $1`, [asset])).rows[0]).toEqual({ granted_on: null, expires_on: '2021-01-01' });
    expect(await count('select count(*) n from valuation where ip_asset_id = $1', [asset])).toBe(0);
    expect(await count('select count(*) n from financing_need')).toBe(1);
    expect(await count(`select count(*) n from loan_product`)).toBe(1);
    expect((await client.query('select need_id from match')).rows).toEqual([{ need_id: need }]);
    expect(await count(constraints)).toBe(constraintsWhenMigrated);
  });
});
