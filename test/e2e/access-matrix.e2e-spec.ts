import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AccessService, Permission } from '@zhirong/access';
import { Actor } from '@zhirong/core';
import { BankAccessReason } from '@zhirong/enterprises';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { createIdentityFixture, createTestApp, FixtureWho, firstError, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { buildSchema, isObjectType } from 'graphql';
import { AppModule } from '../../apps/api/src/app.module';

/**
 * The authorization matrix: every permission × every kind of actor × every relation an
 * object can have to it, answered by the one access policy against a real database.
 * Relations: own, same region, other region, pushed, not pushed, engaged, cancelled engagement.
 */
type Who = Exclude<FixtureWho, 'office.sj' | 'insurer'>;
const WHO: Who[] = ['admin', 'office', 'office.bj', 'window', 'park', 'bank', 'bank2', 'firm', 'firm2', 'valuer', 'guarantor'];

/** The objects of the fixture, named by their relation to the actors. */
type Subject =
  | 'minhangFirm' // firm's own; office/window's region; pushed to bank, not to bank2
  | 'haidianFirm' // firm2's own; office.bj's region; pushed to nobody
  | 'minhangAsset' // valuer engaged (open)
  | 'haidianAsset' // valuer's engagement cancelled
  | 'minhangNeed' // published to banks, matches bank's active product
  | 'haidianNeed' // matches bank's active product, not published
  | 'minhangInterest' // bank's pending interest in minhangNeed
  | 'activeProduct' // bank's, ACTIVE
  | 'draftProduct' // bank's, DRAFT
  | 'bankReview' // bank's review of the valuer's valuation of minhangAsset
  | 'openEngagement'
  | 'cancelledEngagement'
  | 'minhangFirmOrg'
  | 'bankOrg'
  | 'minhangTagDeclaration' // firm's own declaration, in Minhang
  | 'haidianMoveDeclaration' // firm2 declares a move from Haidian to Minhang
  | 'firmNotification' // a notice in the firm user's inbox
  | 'draftEvent' // the Minhang office's draft
  | 'inviteOnlyEvent' // the Minhang office's, published, invite-only: bank invited, firm registered
  | 'parkEvent' // the park's public event, schedule not published
  | 'firmRegistration' // firm's registration for inviteOnlyEvent
  | 'publishedMeeting' // firm × bank at inviteOnlyEvent, schedule published
  | 'draftMeeting' // firm2 × bank2 at parkEvent, schedule not published
  | 'minhangLoan' // bank's CONTRACTED loan to the Minhang firm (from minhangApplication; the guarantor holds a risk share)
  | 'minhangPledgeRegistration' // its pledge registration
  | 'minhangLoanAlert' // an alert on that loan (its asset's legal status changed)
  | 'minhangLoanAlertDelivery' // its webhook delivery to bank
  | 'minhangApplication' // firm's application to bank's activeProduct, naming the guarantor; minhangLoan is its loan, where the guarantor holds a risk share
  | 'nationalPolicy' // the national default, published (migration)
  | 'minhangDraftPolicy' // a draft version of Minhang's policy
  | 'minhangRegion' // the region itself: POLICY_MANAGE's subject
  | 'minhangSubsidy' // the firm's interest subsidy application on minhangLoan
  | 'minhangClaim' // the bank's compensation claim on minhangLoan
  | 'minhangCreditRecord' // a subsidy-fraud record on the Minhang firm
  | 'minhangBankReward' // bank's reward application for its Minhang lending
  | 'minhangValuerReward'; // valuer's reward application on minhangLoan

const all = (...who: Who[]) => new Set<Who>(['admin', ...who]);

/** Who holds each permission on each subject; anyone else is refused. */
const EXPECTED: { permission: Permission; subject: Subject; allowed: Set<Who> }[] = [
  { permission: Permission.ENTERPRISE_READ, subject: 'minhangFirm', allowed: all('office', 'window', 'firm', 'bank') },
  { permission: Permission.ENTERPRISE_READ, subject: 'haidianFirm', allowed: all('office.bj', 'firm2') },
  { permission: Permission.IP_ASSET_READ, subject: 'minhangAsset', allowed: all('office', 'window', 'firm', 'bank', 'valuer') },
  { permission: Permission.IP_ASSET_READ, subject: 'haidianAsset', allowed: all('office.bj', 'firm2') },
  { permission: Permission.NEED_READ, subject: 'minhangNeed', allowed: all('office', 'window', 'firm', 'bank') },
  { permission: Permission.NEED_READ, subject: 'haidianNeed', allowed: all('office.bj', 'firm2') },
  // The need library: only a bank whose active product a published need matches; consent is the firm's alone.
  { permission: Permission.PUBLISHED_NEED_READ, subject: 'minhangNeed', allowed: all('bank') },
  { permission: Permission.PUBLISHED_NEED_READ, subject: 'haidianNeed', allowed: all() },
  { permission: Permission.NEED_CONSENT, subject: 'minhangNeed', allowed: all('firm') },
  { permission: Permission.NEED_CONSENT, subject: 'haidianNeed', allowed: all('firm2') },
  { permission: Permission.NEED_INTEREST_READ, subject: 'minhangInterest', allowed: all('bank', 'firm', 'office', 'window') },
  { permission: Permission.PRODUCT_READ, subject: 'activeProduct', allowed: all(...WHO) },
  { permission: Permission.PRODUCT_READ, subject: 'draftProduct', allowed: all('bank') },
  { permission: Permission.VALUATION_REVIEW_READ, subject: 'bankReview', allowed: all('bank', 'valuer') },
  { permission: Permission.ENGAGEMENT_READ, subject: 'openEngagement', allowed: all('office', 'window', 'firm', 'bank', 'valuer') },
  // The engagement stays on the valuer's record; the asset and the firm do not (rows above).
  { permission: Permission.ENGAGEMENT_READ, subject: 'cancelledEngagement', allowed: all('office.bj', 'firm2', 'valuer') },
  { permission: Permission.ORGANIZATION_READ, subject: 'minhangFirmOrg', allowed: all('office', 'window', 'firm', 'bank') },
  { permission: Permission.ORGANIZATION_READ, subject: 'bankOrg', allowed: all(...WHO) },
  { permission: Permission.FACT_DECLARATION_READ, subject: 'minhangTagDeclaration', allowed: all('office', 'window', 'firm') },
  { permission: Permission.FACT_VERIFY, subject: 'minhangTagDeclaration', allowed: all('office', 'window') },
  // A move is seen by both offices; the receiving one confirms it (the service also checks the new region).
  { permission: Permission.FACT_DECLARATION_READ, subject: 'haidianMoveDeclaration', allowed: all('office.bj', 'firm2', 'office', 'window') },
  { permission: Permission.FACT_VERIFY, subject: 'haidianMoveDeclaration', allowed: all('office.bj', 'office', 'window') },
  // A notice is its recipient's alone (the inbox itself also leaves out the administrator's view of others').
  { permission: Permission.NOTIFICATION_READ, subject: 'firmNotification', allowed: all('firm') },
  // Events: drafts for their managers; invite-only ones for the invited and registered; public ones for all.
  { permission: Permission.EVENT_READ, subject: 'draftEvent', allowed: all('office') },
  { permission: Permission.EVENT_READ, subject: 'inviteOnlyEvent', allowed: all('office', 'bank', 'firm') },
  { permission: Permission.EVENT_READ, subject: 'parkEvent', allowed: all(...WHO) },
  { permission: Permission.EVENT_MANAGE, subject: 'inviteOnlyEvent', allowed: all('office') },
  { permission: Permission.EVENT_MANAGE, subject: 'parkEvent', allowed: all('park') },
  { permission: Permission.EVENT_REGISTRATION_READ, subject: 'firmRegistration', allowed: all('firm', 'office') },
  // A side sees its meeting once the schedule is published to it; the organisers always.
  { permission: Permission.MEETING_READ, subject: 'publishedMeeting', allowed: all('firm', 'bank', 'office') },
  { permission: Permission.MEETING_READ, subject: 'draftMeeting', allowed: all('park') },
  // A pledge registration: the loan's bank and firm, the offices of the firm's region; the registry's steps are the platform's.
  { permission: Permission.PLEDGE_REGISTRATION_READ, subject: 'minhangPledgeRegistration', allowed: all('bank', 'firm', 'office', 'window') },
  { permission: Permission.PLEDGE_REGISTRATION_SUBMIT, subject: 'minhangLoan', allowed: all('bank') },
  { permission: Permission.LOAN_ALERT_READ, subject: 'minhangLoanAlert', allowed: all('bank', 'firm', 'office', 'window') },
  { permission: Permission.LOAN_ALERT_DELIVERY_READ, subject: 'minhangLoanAlertDelivery', allowed: all('bank') },
  // Loans: the firm, the bank applied to, the named guarantor, the offices, windows and parks of the firm's region.
  { permission: Permission.LOAN_APPLICATION_READ, subject: 'minhangApplication', allowed: all('firm', 'bank', 'guarantor', 'office', 'window') },
  { permission: Permission.LOAN_APPLICATION_DECIDE, subject: 'minhangApplication', allowed: all('bank') },
  { permission: Permission.LOAN_APPLICATION_APPLY, subject: 'minhangApplication', allowed: all('firm') },
  { permission: Permission.LOAN_READ, subject: 'minhangLoan', allowed: all('firm', 'bank', 'guarantor', 'office', 'window') },
  { permission: Permission.LOAN_SERVICE, subject: 'minhangLoan', allowed: all('bank') },
  // Policy: published versions for everyone signed in; a draft and the editing for the offices above the region.
  { permission: Permission.POLICY_READ, subject: 'nationalPolicy', allowed: all(...WHO) },
  { permission: Permission.POLICY_READ, subject: 'minhangDraftPolicy', allowed: all('office') },
  { permission: Permission.POLICY_MANAGE, subject: 'minhangRegion', allowed: all('office') },
  // Statistics count a loan for the offices, windows and parks of its region and for its own bank.
  { permission: Permission.STATISTICS_READ, subject: 'minhangLoan', allowed: all('office', 'window', 'bank') },
  // Subsidies: the firm applies, its region's offices, windows and parks see the queue, only the office decides.
  { permission: Permission.SUBSIDY_READ, subject: 'minhangSubsidy', allowed: all('firm', 'office', 'window') },
  { permission: Permission.SUBSIDY_APPLY, subject: 'minhangLoan', allowed: all('firm') },
  { permission: Permission.SUBSIDY_DECIDE, subject: 'minhangSubsidy', allowed: all('office') },
  // Compensation: any party holding a share of the loan's risk claims; the claimant and the region see the claim.
  { permission: Permission.COMPENSATION_CLAIM, subject: 'minhangLoan', allowed: all('bank', 'guarantor') },
  { permission: Permission.COMPENSATION_READ, subject: 'minhangClaim', allowed: all('bank', 'office', 'window') },
  { permission: Permission.COMPENSATION_DECIDE, subject: 'minhangClaim', allowed: all('office') },
  // A credit record: the firm and its region, never a bank (even one that sees the firm).
  { permission: Permission.CREDIT_RECORD_READ, subject: 'minhangCreditRecord', allowed: all('firm', 'office', 'window') },
  { permission: Permission.SUBSIDY_FRAUD_MARK, subject: 'minhangFirm', allowed: all('office') },
  // Rewards: a bank applies for its own lending in any region, a valuer on a loan its valuation counted for; the applicant and the region see it, the office decides.
  { permission: Permission.BANK_REWARD_APPLY, subject: 'minhangRegion', allowed: all('bank', 'bank2') },
  { permission: Permission.VALUER_REWARD_APPLY, subject: 'minhangLoan', allowed: all('valuer') },
  { permission: Permission.REWARD_READ, subject: 'minhangBankReward', allowed: all('bank', 'office', 'window') },
  { permission: Permission.REWARD_READ, subject: 'minhangValuerReward', allowed: all('valuer', 'office', 'window') },
  { permission: Permission.REWARD_DECIDE, subject: 'minhangBankReward', allowed: all('office') },
  { permission: Permission.REWARD_DECIDE, subject: 'minhangValuerReward', allowed: all('office') },
];

/**
 * Every object type of the printed schema, classified. A type that carries another
 * organisation's data names the permission its reads go through; every other type says
 * why it needs none. A new type without a line here fails the test.
 */
const TYPE_RULES: Record<string, Permission | string> = {
  Enterprise: Permission.ENTERPRISE_READ,
  EnterpriseFactDeclaration: Permission.FACT_DECLARATION_READ,
  EnterpriseContact: 'part of Enterprise',
  AnnualRevenue: 'part of Enterprise',
  FinancingNeedEnterprise: Permission.ENTERPRISE_READ,
  WhitelistedFirm: Permission.ENTERPRISE_READ,
  WhitelistIpSummary: 'part of WhitelistedFirm',
  WhitelistOpenNeed: 'part of WhitelistedFirm',
  FirmSearchHit: Permission.ENTERPRISE_READ,
  IpAsset: Permission.IP_ASSET_READ,
  IpAssetSearchHit: Permission.IP_ASSET_READ,
  FinancingNeed: Permission.NEED_READ,
  PublishedNeed: Permission.PUBLISHED_NEED_READ,
  PublishedNeedMatch: 'part of PublishedNeed',
  PublishedNeedCheck: 'part of PublishedNeed',
  NeedInterest: Permission.NEED_INTEREST_READ,
  Match: Permission.NEED_READ,
  MatchNeed: Permission.NEED_READ,
  MatchCheck: 'part of Match',
  MatchProduct: Permission.PRODUCT_READ,
  LoanProduct: Permission.PRODUCT_READ,
  LoanProductAmountRange: 'part of LoanProduct',
  LoanProductRateRange: 'part of LoanProduct',
  LoanProductTermRange: 'part of LoanProduct',
  PledgeRate: 'part of LoanProduct',
  Valuation: Permission.VALUATION_READ,
  ValuationReview: Permission.VALUATION_REVIEW_READ,
  ValuationEngagement: Permission.ENGAGEMENT_READ,
  PledgeBundle: Permission.BUNDLE_READ,
  Organization: Permission.ORGANIZATION_READ,
  WhitelistOrganization: 'an institution (bank) name: the public directory',
  User: Permission.USER_READ,
  LoginPayload: 'the signed-in user only',
  WhitelistBatch: Permission.WHITELIST_BATCH_READ,
  WhitelistEntry: 'part of WhitelistBatch',
  ScreeningReason: 'part of WhitelistEntry',
  WhitelistNomination: 'part of WhitelistBatch',
  WhitelistPush: 'part of WhitelistBatch',
  WhitelistBankProgress: 'part of WhitelistPush',
  WhitelistResponse: Permission.WHITELIST_RESPONSE_READ,
  WhitelistInterest: 'the firm’s own answers (myWhitelistInterest)',
  BankWebhook: Permission.BANK_WEBHOOK_READ,
  BankAccessRevocation: 'the bank’s own revocations only (bankAccessRevocations)',
  AuditEntry: 'the platform, or an organisation administrator for its own organisation (auditLog)',
  AuditFieldChange: 'part of AuditEntry',
  SearchDeadLetter: 'the platform administrator only (searchDeadLetters): outbox rows name documents of every organisation',
  ScreeningRule: 'part of ScreeningRuleSet',
  ScreeningRuleSet: 'an office’s published screening policy: public data of a region',
  Region: 'the region tree is public',
  Industry: 'the GB/T 4754 code table is public',
  WorkingDayCalendar: 'the working-day calendar is public reference data; the platform administrator loads it',
  CalendarDay: 'part of WorkingDayCalendar',
  PledgeRegistration: Permission.PLEDGE_REGISTRATION_READ,
  LoanAlert: Permission.LOAN_ALERT_READ,
  LoanAlertWebhookDelivery: Permission.LOAN_ALERT_DELIVERY_READ,
  LegalStatusChange: 'the reporter’s own answer (reportLegalStatusChange): an office or the platform reporting',
  LegalStatusFeedImport: 'the importer’s own answer (importLegalStatusFeed)',
  LegalStatusFeedProblem: 'part of LegalStatusFeedImport',
  DisposalListingSearchHit: 'published disposal listings are public',
  DisposalSearchResult: 'published disposal listings are public',
  FirmSearchResult: 'hits are FirmSearchHit',
  IpAssetSearchResult: 'hits are IpAssetSearchHit',
  SearchFacet: 'counts over the actor’s scope only',
  SearchFacetValue: 'counts over the actor’s scope only',
  SearchHighlight: 'part of a hit',
  IpTypeCount: 'counts over the actor’s scope only',
  Money: 'a value type',
  Notification: Permission.NOTIFICATION_READ,
  NotificationDelivery: 'part of Notification',
  LocalizedText: 'a value type',
  CaughtMail: 'the platform administrator only (caughtMail), and only where the development mail catcher runs',
  MatchmakingEvent: Permission.EVENT_READ,
  EventSlot: 'part of MatchmakingEvent',
  EventPlaces: 'counts only, part of MatchmakingEvent',
  EventRegistration: Permission.EVENT_REGISTRATION_READ,
  EventInvitation: Permission.EVENT_MANAGE,
  MeetingSchedule: Permission.EVENT_MANAGE,
  EventPairRule: Permission.EVENT_MANAGE,
  EventReport: Permission.EVENT_MANAGE,
  EventIntentCount: 'part of EventReport',
  EventRatingCount: 'part of EventReport',
  EventBankOutcome: 'part of EventReport',
  Meeting: Permission.MEETING_READ,
  EventSurvey: 'the organisation’s own answer (mySurvey, submitEventSurvey)',
  LoanApplication: Permission.LOAN_APPLICATION_READ,
  LoanApplicationTransition: 'part of LoanApplication',
  LoanDocument: 'part of LoanApplication',
  Loan: Permission.LOAN_READ,
  LoanInstalment: 'part of Loan',
  Repayment: 'part of Loan',
  LoanRiskShare: 'part of Loan',
  LoanFee: 'part of Loan',
  FinancingStatistics: Permission.STATISTICS_READ,
  FinancingFigures: 'part of FinancingStatistics',
  FinancingStatisticsGroup: 'part of FinancingStatistics',
  YearOnYear: 'part of FinancingStatistics',
  SatisfactionFigures: 'part of FinancingStatistics',
  PageInfo: 'pagination',
  RegionalPolicy: Permission.POLICY_READ,
  PolicyRegion: 'regions (public reference data) with the count of versions the caller may read (POLICY_READ), and the caller’s own region',
  EffectivePolicy: 'published policy only: public to every signed-in user',
  PolicyRules: 'part of RegionalPolicy',
  RegistrationRule: 'part of RegionalPolicy',
  OverdueRule: 'part of RegionalPolicy',
  InterestSubsidyRule: 'part of RegionalPolicy',
  CappedRatioRule: 'part of RegionalPolicy',
  FeeSubsidyRules: 'part of RegionalPolicy',
  BankRewardTier: 'part of RegionalPolicy',
  BankRewardRule: 'part of RegionalPolicy',
  ValuerRewardRule: 'part of RegionalPolicy',
  RiskRoleRatios: 'part of RegionalPolicy',
  RiskCompensationRule: 'part of RegionalPolicy',
  PolicyCitation: 'part of RegionalPolicy',
  PolicyCitations: 'part of RegionalPolicy',
  SubsidyApplication: Permission.SUBSIDY_READ,
  CompensationClaim: Permission.COMPENSATION_READ,
  CreditRecord: Permission.CREDIT_RECORD_READ,
  SubsidyFormulaStep: 'part of SubsidyApplication, CompensationClaim or SubsidyComputation',
  SubsidyFact: 'part of SubsidyApplication, CompensationClaim or SubsidyComputation',
  SubsidyComputation:
    'the applicant’s own preview: previewSubsidy asks SUBSIDY_APPLY, previewRiskCompensation COMPENSATION_CLAIM, previewBankReward BANK_REWARD_APPLY, previewValuerReward VALUER_REWARD_APPLY',
  SubsidyBudget: 'a region’s budget figures: the offices that manage the region (POLICY_MANAGE)',
  RewardApplication: Permission.REWARD_READ,
  ValuerRewardLoan: 'the valuer’s own candidates: valuerRewardLoans is scoped by VALUER_REWARD_APPLY',
  Query: 'root',
  Mutation: 'root',
};

const isPlumbing = (name: string) => name.endsWith('Connection') || name.endsWith('Edge') || name.startsWith('__');

describe('the access policy: one rule per permission, checked for every role and relation', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let access: AccessService;
  const ids = {} as Record<Subject, string>;
  const q = <T = unknown>(sql: string, params: unknown[] = []) => t.dataSource.query(sql, params) as Promise<T[]>;

  const actorOf = (who: Who): Actor => {
    const user = f.users[who];
    const org = f.orgs[who];
    const region = Object.values(f.regions).find((r) => r.id === org.regionId)!;
    return { userId: user.id, email: user.email, roles: user.roles, organizationId: org.id, organizationType: org.type, regionPath: region.path };
  };

  beforeAll(async () => {
    t = await createTestApp((config) => AppModule.forRoot(config));
    f = await createIdentityFixture(t);
    access = t.module.get(AccessService);
    const manager = t.dataSource.manager;
    const minhang = await insertTestEnterprise(manager, { name: '闵行矩阵科技有限公司', organizationId: f.orgs.firm.id, region: f.regions.minhang });
    const haidian = await insertTestEnterprise(manager, { name: '海淀矩阵科技有限公司', organizationId: f.orgs.firm2.id, region: f.regions.haidian });
    ids.minhangFirm = minhang.id;
    ids.haidianFirm = haidian.id;
    ids.minhangFirmOrg = f.orgs.firm.id;
    ids.bankOrg = f.orgs.bank.id;
    const asset = async (e: typeof minhang, n: string) =>
      (
        await q<{ id: string }>(
          `insert into ip_asset (enterprise_id, region_path, type, number, title, legal_status, pledge_status)
           values ($1, $2, 'INVENTION_PATENT', $3, '矩阵专利', 'VALID', 'FREE') returning id`,
          [e.id, e.regionPath, n],
        )
      )[0].id;
    ids.minhangAsset = await asset(minhang, 'CN202310123456.6');
    ids.haidianAsset = await asset(haidian, 'CN202310123457.X');
    const need = async (e: typeof minhang) =>
      (
        await q<{ id: string }>(
          `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, max_rate_bp, purpose, status, created_by_organization_id)
           values ($1, $2, 500000000, 12, 800, '研发', 'OPEN', $3) returning id`,
          [e.id, e.regionPath, e.organizationId],
        )
      )[0].id;
    ids.minhangNeed = await need(minhang);
    ids.haidianNeed = await need(haidian);
    const product = async (status: string) =>
      (
        await q<{ id: string }>(
          `insert into loan_product (bank_organization_id, name, status, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
           values ($1, $2, $3, 100000000, 1000000000, 6, 36, 300, 600, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 3000}', current_date) returning id`,
          [f.orgs.bank.id, `矩阵贷${status}`, status],
        )
      )[0].id;
    ids.activeProduct = await product('ACTIVE');
    ids.draftProduct = await product('DRAFT');
    for (const needId of [ids.minhangNeed, ids.haidianNeed]) {
      await q(`insert into match (need_id, product_id, eligible, score, computed_at) values ($1, $2, true, 80, now())`, [needId, ids.activeProduct]);
    }
    await q('update financing_need set published_to_banks_at = now() where id = $1', [ids.minhangNeed]);
    ids.minhangInterest = (
      await q<{ id: string }>(`insert into need_interest (need_id, enterprise_id, bank_organization_id, product_id, created_by_user_id) values ($1, $2, $3, $4, $5) returning id`, [
        ids.minhangNeed,
        minhang.id,
        f.orgs.bank.id,
        ids.activeProduct,
        f.users.bank.id,
      ])
    )[0].id;
    const engagement = async (assetId: string, e: typeof minhang, status: string) =>
      (
        await q<{ id: string }>(
          `insert into valuation_engagement (ip_asset_id, enterprise_id, valuer_organization_id, requested_by_organization_id, status)
           values ($1, $2, $3, $4, $5) returning id`,
          [assetId, e.id, f.orgs.valuer.id, e.organizationId, status],
        )
      )[0].id;
    ids.openEngagement = await engagement(ids.minhangAsset, minhang, 'OPEN');
    ids.cancelledEngagement = await engagement(ids.haidianAsset, haidian, 'CANCELLED');
    const [valuation] = await q<{ id: string }>(
      `insert into valuation (ip_asset_id, valuer_organization_id, method, value_fen, valued_on, valid_until)
       values ($1, $2, 'INCOME', 800000000, current_date - 10, current_date + 300) returning id`,
      [ids.minhangAsset, f.orgs.valuer.id],
    );
    ids.bankReview = (
      await q<{ id: string }>(`insert into valuation_review (valuation_id, bank_organization_id, reviewed_value_fen) values ($1, $2, 600000000) returning id`, [
        valuation.id,
        f.orgs.bank.id,
      ])
    )[0].id;
    await q('insert into enterprise_bank_access (enterprise_id, bank_organization_id, reason) values ($1, $2, $3)', [minhang.id, f.orgs.bank.id, BankAccessReason.WHITELIST_PUSH]);
    const declaration = async (e: typeof minhang, fact: string, value: Record<string, unknown>) =>
      (
        await q<{ id: string }>(
          `insert into enterprise_fact_declaration (enterprise_id, fact, value, region_path, declared_by_organization_id) values ($1, $2, $3, $4, $5) returning id`,
          [e.id, fact, JSON.stringify({ fact, ...value }), e.regionPath, e.organizationId],
        )
      )[0].id;
    ids.minhangTagDeclaration = await declaration(minhang, 'TAGS', { tags: ['HIGH_TECH'] });
    ids.firmNotification = (
      await q<{ id: string }>(
        `insert into notification (recipient_user_id, recipient_organization_id, kind, title_zh, title_en, body_zh, body_en, dedupe_key) values ($1, $2, 'EVENT_INVITATION', '邀请', 'Invitation', '', '', 'matrix') returning id`,
        [f.users.firm.id, f.orgs.firm.id],
      )
    )[0].id;
    const event = async (organizer: Who, region: 'minhang' | 'g60', status: string, visibility: string, schedulePublished: boolean) =>
      (
        await q<{ id: string }>(
          `insert into matchmaking_event (organizer_organization_id, region_id, region_path, type, title, starts_at, ends_at, venue, firm_capacity, bank_capacity, registration_deadline, table_count, visibility, status, schedule_published_at)
           values ($1, $2, $3, 'MATCHMAKING_FAIR', '矩阵对接会', now() + interval '10 days', now() + interval '10 days 8 hours', '会议中心', 10, 5, now() + interval '9 days', 4, $4, $5, $6) returning id`,
          [f.orgs[organizer].id, f.regions[region].id, f.regions[region].path, visibility, status, schedulePublished ? new Date() : null],
        )
      )[0].id;
    ids.draftEvent = await event('office', 'minhang', 'DRAFT', 'PUBLIC', false);
    ids.inviteOnlyEvent = await event('office', 'minhang', 'SCHEDULED', 'INVITE_ONLY', true);
    ids.parkEvent = await event('park', 'g60', 'SCHEDULED', 'PUBLIC', false);
    await q(`insert into event_invitation (event_id, organization_id, source) values ($1, $2, 'HAND_PICKED')`, [ids.inviteOnlyEvent, f.orgs.bank.id]);
    const registration = async (eventId: string, who: Who, e: typeof minhang | null, needId: string | null) =>
      (
        await q<{ id: string }>(
          `insert into event_registration (event_id, organization_id, role, display_name, enterprise_id, need_id, product_ids, status) values ($1, $2, $3, 'x', $4, $5, $6, 'REGISTERED') returning id`,
          [eventId, f.orgs[who].id, e ? 'FIRM' : 'BANK', e?.id ?? null, needId, e ? [] : [ids.activeProduct]],
        )
      )[0].id;
    ids.firmRegistration = await registration(ids.inviteOnlyEvent, 'firm', minhang, ids.minhangNeed);
    const meeting = async (eventId: string, firmReg: string, bankReg: string, e: typeof minhang, bank: Who) =>
      (
        await q<{ id: string }>(
          `insert into meeting (event_id, firm_registration_id, bank_registration_id, enterprise_id, firm_organization_id, bank_organization_id, score, slot_index, table_index, starts_at, ends_at)
           values ($1, $2, $3, $4, $5, $6, 80, 0, 0, now() + interval '10 days', now() + interval '10 days 20 minutes') returning id`,
          [eventId, firmReg, bankReg, e.id, e.organizationId, f.orgs[bank].id],
        )
      )[0].id;
    ids.publishedMeeting = await meeting(ids.inviteOnlyEvent, ids.firmRegistration, await registration(ids.inviteOnlyEvent, 'bank', null, null), minhang, 'bank');
    ids.draftMeeting = await meeting(
      ids.parkEvent,
      await registration(ids.parkEvent, 'firm2', haidian, ids.haidianNeed),
      await registration(ids.parkEvent, 'bank2', null, null),
      haidian,
      'bank2',
    );
    ids.nationalPolicy = (await q<{ id: string }>(`select id from regional_policy where region_id is null and version = 1`, []))[0].id;
    ids.minhangDraftPolicy = (
      await q<{ id: string }>(
        `insert into regional_policy (region_id, version, valid_from, status, rules) select $1, 1, '2026-01-01', 'DRAFT', rules from regional_policy where id = $2 returning id`,
        [f.regions.minhang.id, ids.nationalPolicy],
      )
    )[0].id;
    ids.minhangRegion = f.regions.minhang.id;
    ids.haidianMoveDeclaration = await declaration(haidian, 'REGION', { regionId: f.regions.minhang.id, parkId: null, regionPath: f.regions.minhang.path, placeName: '闵行区' });
    ids.minhangApplication = (
      await q<{ id: string }>(
        `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, guarantee_required, guarantor_organization_id)
         values ($1, $2, $3, 100000000, 12, 'EQUAL_INSTALMENT', true, $4) returning id`,
        [minhang.id, f.orgs.bank.id, ids.activeProduct, f.orgs.guarantor.id],
      )
    )[0].id;
    ids.minhangLoan = (
      await q<{ id: string }>(
        `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, principal_fen, annual_rate_bp, term_months, repayment_method, appraised_value_fen, pledge_rate_bp, contracted_at, outstanding_principal_fen)
         select $1, $2, $3, $4, e.region_id, e.region_path, 100000000, 400, 12, 'EQUAL_INSTALMENT', 400000000, 2500, now(), 100000000 from enterprise e where e.id = $2 returning id`,
        [ids.minhangApplication, minhang.id, f.orgs.bank.id, ids.activeProduct],
      )
    )[0].id;
    await q(`insert into loan_risk_share (loan_id, party_organization_id, role, share_bp) values ($1, $2, 'BANK', 7000), ($1, $3, 'GUARANTOR', 3000)`, [
      ids.minhangLoan,
      f.orgs.bank.id,
      f.orgs.guarantor.id,
    ]);
    await q('insert into loan_pledged_asset (loan_id, ip_asset_id, valuation_id, value_fen) values ($1, $2, $3, 400000000)', [ids.minhangLoan, ids.minhangAsset, valuation.id]);
    ids.minhangPledgeRegistration = (
      await q<{ id: string }>(
        `insert into pledge_registration (loan_id, channel, submitted_at, due_at, sla_working_days, policy_id)
         values ($1, 'ONLINE', now(), now() + interval '7 days', 7, (select id from regional_policy where region_id is null limit 1)) returning id`,
        [ids.minhangLoan],
      )
    )[0].id;
    const [change] = await q<{ id: string }>(
      `insert into legal_status_change (ip_asset_id, from_status, to_status, effective_on, source) values ($1, 'VALID', 'INVALIDATED', '2026-11-30', 'API') returning id`,
      [ids.minhangAsset],
    );
    ids.minhangLoanAlert = (
      await q<{ id: string }>(`insert into loan_alert (loan_id, ip_asset_id, legal_status_change_id, message) values ($1, $2, $3, '质物法律状态变更') returning id`, [
        ids.minhangLoan,
        ids.minhangAsset,
        change.id,
      ])
    )[0].id;
    ids.minhangLoanAlertDelivery = (
      await q<{ id: string }>(`insert into loan_alert_delivery (loan_alert_id, bank_organization_id, status) values ($1, $2, 'DELIVERED') returning id`, [
        ids.minhangLoanAlert,
        f.orgs.bank.id,
      ])
    )[0].id;
    const grant = (table: string, extra: string, values: string) =>
      `insert into ${table} (loan_id, enterprise_id, region_path, amount_fen, steps, facts, policy_id, budget_region_id, budget_year${extra})
       values ($1, $2, $3, 100000, '[]', '{}', $4, $5, 2026${values}) returning id`;
    const grantParams = [ids.minhangLoan, minhang.id, minhang.regionPath, ids.nationalPolicy, f.regions.minhang.id];
    ids.minhangSubsidy = (await q<{ id: string }>(grant('subsidy_application', ', kind', `, 'INTEREST'`), grantParams))[0].id;
    ids.minhangClaim = (await q<{ id: string }>(grant('compensation_claim', ', role, claimant_organization_id', `, 'BANK', $6`), [...grantParams, f.orgs.bank.id]))[0].id;
    const reward = (kind: string, applicant: string, periodYear: number | null, loanId: string | null) =>
      q<{ id: string }>(
        `insert into reward_application (kind, applicant_organization_id, region_id, region_path, period_year, loan_id, amount_fen, steps, facts, policy_id, budget_region_id, budget_year)
         values ($1, $2, $3, $4, $5, $6, 100000, '[]', '{}', $7, $3, 2026) returning id`,
        [kind, applicant, f.regions.minhang.id, minhang.regionPath, periodYear, loanId, ids.nationalPolicy],
      ).then((rows) => rows[0].id);
    ids.minhangBankReward = await reward('BANK', f.orgs.bank.id, 2025, null);
    ids.minhangValuerReward = await reward('VALUER', f.orgs.valuer.id, null, ids.minhangLoan);
    ids.minhangCreditRecord = (
      await q<{ id: string }>(
        `insert into credit_record (enterprise_id, region_path, kind, reason, recorded_by_organization_id) values ($1, $2, 'SUBSIDY_FRAUD', '矩阵', $3) returning id`,
        [minhang.id, minhang.regionPath, f.orgs.office.id],
      )
    )[0].id;
  });

  afterAll(() => t?.close());

  const cases = EXPECTED.flatMap((row) => WHO.map((who) => ({ ...row, who, expected: row.allowed.has(who) })));

  it.each(cases)('$permission on $subject for $who: $expected', async ({ permission, subject, who, expected }) => {
    const allowed = await access.allowed(actorOf(who), permission, [ids[subject]]);
    expect(allowed.has(ids[subject])).toBe(expected);
  });

  it('classifies every object type of the printed schema', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
    const types = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !isPlumbing(type.name));
    const missing = types.map((type) => type.name).filter((name) => !(name in TYPE_RULES));
    expect(missing).toEqual([]);
    expect(Object.keys(TYPE_RULES).filter((name) => !schema.getType(name))).toEqual([]);
  });

  describe('the paths that leaked', () => {
    const gql = async (who: Who, query: string, variables: Record<string, unknown>) => t.gql(query, variables, await f.token(who));

    it('organization(id): a firm’s organisation only for who sees the firm; institutions for all', async () => {
      const query = 'query($id: ID!) { organization(id: $id) { id name } }';
      expect(firstError(await gql('bank2', query, { id: ids.minhangFirmOrg })).extensions?.code).toBe('FORBIDDEN');
      expect((await gql('bank', query, { id: ids.minhangFirmOrg })).errors).toBeUndefined();
      expect((await gql('firm2', query, { id: ids.bankOrg })).errors).toBeUndefined();
    });

    it('a valuer sees the engaged asset, never the owner’s profile, and nothing of a cancelled engagement', async () => {
      const query = '{ valuationEngagements(first: 10) { edges { node { id status ipAsset { id owner { id creditRating } } } } } }';
      const res = await gql('valuer', query, {});
      expect(firstError(res).extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res.data ?? {})).not.toContain('creditRating');
      const assetOnly = await gql('valuer', '{ valuationEngagements(first: 10) { edges { node { id status ipAsset { id } } } } }', {});
      const errors = assetOnly.errors ?? [];
      // The open engagement's asset answers; the cancelled one's is refused.
      expect(errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it('a bank’s review figure is not shown to the firm or the office', async () => {
      const query = 'query($id: ID!) { ipAsset(id: $id) { valuations { id reviews { id reviewedValue { amountFen } } } } }';
      for (const who of ['firm', 'office'] as const) {
        const res = await gql(who, query, { id: ids.minhangAsset });
        expect(res.errors).toBeUndefined();
        expect((res.data as { ipAsset: { valuations: { reviews: unknown[] }[] } }).ipAsset.valuations[0].reviews).toEqual([]);
      }
      const bank = await gql('bank', query, { id: ids.minhangAsset });
      expect((bank.data as { ipAsset: { valuations: { reviews: unknown[] }[] } }).ipAsset.valuations[0].reviews).toHaveLength(1);
    });
  });
});
