import { AccessService, BankAccessService, Permission } from '@zhirong/access';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Access, Actor, AuditService, badInput, ConnectionArgs, ConnectionShape, forbidden, isPlatformAdmin, isWithinRegion, notFound, OrganizationType, paginate, Role, subtreePattern } from '@zhirong/core';
import { CreditRating, Enterprise, EnterpriseTag } from '@zhirong/enterprises';
import { Organization, Region } from '@zhirong/identity';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { DefineScreeningRulesInput, NominateWhitelistFirmInput, RunWhitelistScreeningInput, WhitelistEntryChangeInput } from './dto/whitelist.inputs';
import { ScreeningRule, ScreeningRuleSet } from './entities/screening-rule-set.entity';
import { WhitelistBatch, WhitelistEntry } from './entities/whitelist-batch.entity';
import { WhitelistBatchStatus, WhitelistManualChange } from './entities/whitelist.enums';
import { WhitelistNomination } from './entities/whitelist-nomination.entity';
import { checkRule, evaluateFirm, FirmFacts, HIGH_VALUE_PATENT_MIN_FEN, HIGH_VALUE_PATENT_MIN_YEARS, isIncluded, REVENUE_RECENT_YEARS } from './screening.rules';
import { WhitelistError, WhitelistErrorCode } from './whitelist.errors';

interface FactsRow {
  id: string;
  dishonest: boolean;
  credit_rating: CreditRating | null;
  tags: EnterpriseTag[];
  employees: number | null;
  declared_tags: EnterpriseTag[] | null;
  declared_employees: number | null;
  revenue_year: number | null;
  revenue_fen: string | null;
  previous_revenue_fen: string | null;
  valid_inv: number;
  high_value: number;
  total_val: string;
}

/**
 * The facts screening needs for every firm of a subtree, in one statement: the latest
 * valid valuation of each asset (DISTINCT ON), patent counts and valuation totals per firm.
 */
export async function loadFirmFacts(manager: EntityManager, regionPath: string, enterpriseIds?: string[]): Promise<FirmFacts[]> {
  const rows = (await manager.query(
    `with firms as (
       select e.id, e.dishonest, e.credit_rating, e.tags::text[] as tags, e.employees,
         (select array(select jsonb_array_elements_text(d.value->'tags')) from enterprise_fact_declaration d
           where d.enterprise_id = e.id and d.fact = 'TAGS' and d.status = 'PENDING') as declared_tags,
         (select (d.value->>'employees')::int from enterprise_fact_declaration d
           where d.enterprise_id = e.id and d.fact = 'EMPLOYEES' and d.status = 'PENDING') as declared_employees
       from enterprise e
       where (e.region_path = $1 or e.region_path like $2) and ($3::uuid[] is null or e.id = any($3::uuid[]))
     ),
     assets as (
       select a.id, a.enterprise_id, a.type, a.legal_status, a.filed_on
       from ip_asset a where a.enterprise_id in (select id from firms) and a.legal_status in ('VALID', 'PENDING')
     ),
     latest as (
       select distinct on (v.ip_asset_id) v.ip_asset_id, v.value_fen
       from valuation v
       where v.ip_asset_id in (select id from assets) and v.valid_until >= (now() at time zone 'Asia/Shanghai')::date
       order by v.ip_asset_id, v.valued_on desc, v.created_at desc
     ),
     revenue as (
       select distinct on (r.enterprise_id) r.enterprise_id, r.year, r.revenue_fen,
         (select p.revenue_fen from enterprise_annual_revenue p where p.enterprise_id = r.enterprise_id and p.year = r.year - 1) as previous_fen
       from enterprise_annual_revenue r
       where r.enterprise_id in (select id from firms)
         and r.year >= extract(year from (now() at time zone 'Asia/Shanghai'))::int - $6
       order by r.enterprise_id, r.year desc
     )
     select f.id, f.dishonest, f.credit_rating, f.tags, f.employees, f.declared_tags, f.declared_employees,
       rv.year as revenue_year, rv.revenue_fen::text as revenue_fen, rv.previous_fen::text as previous_revenue_fen,
       (count(a.id) filter (where a.type = 'INVENTION_PATENT' and a.legal_status = 'VALID'))::int as valid_inv,
       (count(a.id) filter (where a.type = 'INVENTION_PATENT' and a.legal_status = 'VALID'
          and (l.value_fen >= $4 or a.filed_on <= (now() at time zone 'Asia/Shanghai')::date - make_interval(years => $5))))::int as high_value,
       coalesce(sum(l.value_fen), 0)::text as total_val
     from firms f
     left join assets a on a.enterprise_id = f.id
     left join latest l on l.ip_asset_id = a.id
     left join revenue rv on rv.enterprise_id = f.id
     group by f.id, f.dishonest, f.credit_rating, f.tags, f.employees, f.declared_tags, f.declared_employees, rv.year, rv.revenue_fen, rv.previous_fen`,
    [regionPath, subtreePattern(regionPath), enterpriseIds ?? null, HIGH_VALUE_PATENT_MIN_FEN.toString(), HIGH_VALUE_PATENT_MIN_YEARS, REVENUE_RECENT_YEARS],
  )) as FactsRow[];
  return rows.map((r) => ({
    enterpriseId: r.id,
    dishonest: r.dishonest,
    creditRating: r.credit_rating,
    tags: r.tags,
    employees: r.employees,
    declaredTags: r.declared_tags ?? [],
    declaredEmployees: r.declared_employees,
    revenue: r.revenue_year === null ? null : { year: r.revenue_year, fen: BigInt(r.revenue_fen!), previousFen: r.previous_revenue_fen === null ? null : BigInt(r.previous_revenue_fen) },
    validInventionPatents: r.valid_inv,
    highValuePatents: r.high_value,
    totalValuationFen: BigInt(r.total_val),
  }));
}

const INSERT_CHUNK = 1000;

/** Screening rules, batches, nominations and hand edits: everything before a batch is pushed. */
@Injectable()
export class WhitelistService {
  constructor(
    @InjectRepository(WhitelistBatch) private readonly batches: Repository<WhitelistBatch>,
    @InjectRepository(WhitelistEntry) private readonly entries: Repository<WhitelistEntry>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly bankAccess: BankAccessService,
    private readonly access: AccessService,
  ) {}

  /** The office's own region (id and path); screening and rules are always for it. */
  private async officeRegion(manager: EntityManager, actor: Actor): Promise<Region> {
    const org = await manager.findOne(Organization, { where: { id: actor.organizationId }, relations: { region: true } });
    if (!org?.region) throw notFound('Organization', actor.organizationId);
    return org.region;
  }

  async defineRules(actor: Actor, input: DefineScreeningRulesInput): Promise<ScreeningRuleSet> {
    Access.requireRole(actor, Role.GOV_OFFICER);
    const criteria: ScreeningRule[] = input.criteria.map((c, i) =>
      checkRule({ criterion: c.criterion, threshold: c.threshold ?? null, weight: c.weight, required: c.required }, `input.criteria.${i}`),
    );
    return this.dataSource.transaction(async (manager) => {
      const region = await this.officeRegion(manager, actor);
      // Serialises concurrent definitions in one region so versions stay dense and unique.
      await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`whitelist-rules:${region.id}`]);
      const { max } = (await manager.query('select coalesce(max(version), 0)::int as max from screening_rule_set where region_id = $1', [region.id]))[0] as { max: number };
      const saved = await manager.save(
        manager.create(ScreeningRuleSet, { regionId: region.id, regionPath: region.path, officeOrganizationId: actor.organizationId, version: max + 1, criteria, minScore: input.minScore }),
      );
      await this.audit.record(manager, { action: 'defineScreeningRules', entityType: 'ScreeningRuleSet', entityId: saved.id, after: saved });
      return saved;
    });
  }

  async ruleSets(actor: Actor): Promise<ScreeningRuleSet[]> {
    Access.requireRole(actor, Role.GOV_OFFICER);
    const region = await this.officeRegion(this.dataSource.manager, actor);
    return this.dataSource.manager.find(ScreeningRuleSet, { where: { regionId: region.id }, order: { version: 'DESC' } });
  }

  /**
   * Screens every firm of the office's subtree with one bulk query, merges the pending
   * nominations from below and from banks, and writes a new DRAFT version.
   */
  async runScreening(actor: Actor, input: RunWhitelistScreeningInput): Promise<WhitelistBatch> {
    Access.requireRole(actor, Role.GOV_OFFICER);
    return this.dataSource.transaction(async (manager) => {
      const region = await this.officeRegion(manager, actor);
      const ruleSet = input.ruleSetId
        ? await manager.findOneBy(ScreeningRuleSet, { id: input.ruleSetId })
        : await manager.findOne(ScreeningRuleSet, { where: { regionId: region.id }, order: { version: 'DESC' } });
      if (input.ruleSetId && (!ruleSet || ruleSet.regionId !== region.id)) throw notFound('ScreeningRuleSet', input.ruleSetId);
      if (!ruleSet) throw new WhitelistError(WhitelistErrorCode.NO_RULE_SET, 'Define screening rules for your region first (defineScreeningRules)');

      await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`whitelist-batch:${actor.organizationId}`]);
      const { max } = (await manager.query('select coalesce(max(version), 0)::int as max from whitelist_batch where office_organization_id = $1', [actor.organizationId]))[0] as { max: number };
      const batch = await manager.save(
        manager.create(WhitelistBatch, {
          officeOrganizationId: actor.organizationId,
          regionId: region.id,
          regionPath: region.path,
          version: max + 1,
          ruleSetId: ruleSet.id,
          status: WhitelistBatchStatus.DRAFT,
          publishedAt: null,
          supersededById: null,
        }),
      );

      const nominations = (await manager.query(
        `select n.id, n.enterprise_id from whitelist_nomination n
         where (n.region_path = $1 or n.region_path like $2) and n.nominator_organization_id <> $3
           and (n.target_office_organization_id is null or n.target_office_organization_id = $3)
           and not exists (select 1 from whitelist_entry we join whitelist_batch wb on wb.id = we.batch_id
                           where wb.office_organization_id = $3 and n.id = any(we.nomination_ids))`,
        [region.path, subtreePattern(region.path), actor.organizationId],
      )) as { id: string; enterprise_id: string }[];
      const nominatedBy = new Map<string, string[]>();
      for (const n of nominations) nominatedBy.set(n.enterprise_id, [...(nominatedBy.get(n.enterprise_id) ?? []), n.id]);

      const facts = await loadFirmFacts(manager, region.path);
      const rows = facts.map((f) => {
        const evaluation = evaluateFirm(ruleSet.criteria, f);
        const nominationIds = nominatedBy.get(f.enterpriseId) ?? [];
        return {
          batchId: batch.id,
          enterpriseId: f.enterpriseId,
          score: evaluation.score,
          included: isIncluded(evaluation, ruleSet.minScore, nominationIds.length > 0),
          nominated: nominationIds.length > 0,
          nominationIds,
          manualChange: null,
          manualReason: null,
          reasons: evaluation.reasons,
        };
      });
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await manager.createQueryBuilder().insert().into(WhitelistEntry).values(rows.slice(i, i + INSERT_CHUNK)).updateEntity(false).execute();
      }
      await this.audit.record(manager, {
        action: 'runWhitelistScreening',
        entityType: 'WhitelistBatch',
        entityId: batch.id,
        after: { ...batch, screened: rows.length, included: rows.filter((r) => r.included).length, nominated: nominations.length },
      });
      return batch;
    });
  }

  /** Offices see the batches of their subtree; the platform all. */
  async getBatch(actor: Actor, id: string): Promise<WhitelistBatch> {
    const batch = await this.batches.findOneBy({ id });
    if (!batch) throw notFound('WhitelistBatch', id);
    this.requireBatchViewer(actor, batch);
    return batch;
  }

  /** The office's own batches, newest version first: where its work on the whitelist is picked up again. */
  async listBatches(actor: Actor, args: ConnectionArgs): Promise<ConnectionShape<WhitelistBatch>> {
    Access.requireRole(actor, Role.GOV_OFFICER);
    const qb = this.batches.createQueryBuilder('b').where('b.office_organization_id = :org', { org: actor.organizationId });
    return paginate(qb, args, { column: 'b.version', direction: 'DESC', key: (b) => b.version });
  }

  requireBatchViewer(actor: Actor, batch: WhitelistBatch): void {
    if (isPlatformAdmin(actor)) return;
    if (!actor.roles.includes(Role.GOV_OFFICER)) throw forbidden('Only government offices see whitelist batches');
    Access.requireRegion(actor, batch.regionPath);
  }

  async includedCount(batchId: string): Promise<number> {
    return this.entries.countBy({ batchId, included: true });
  }

  async batchEntries(batchId: string, includedOnly: boolean, page: { first: number; offset: number }): Promise<(WhitelistEntry & { enterpriseName: string })[]> {
    const qb = this.entries
      .createQueryBuilder('we')
      .innerJoin(Enterprise, 'e', 'e.id = we.enterprise_id')
      .addSelect('e.name', 'enterprise_name')
      .where('we.batch_id = :id', { id: batchId })
      .orderBy('we.score', 'DESC')
      .addOrderBy('e.name', 'ASC')
      .addOrderBy('we.id', 'ASC')
      .offset(page.offset)
      .limit(page.first);
    if (includedOnly) qb.andWhere('we.included');
    const { entities, raw } = await qb.getRawAndEntities<{ enterprise_name: string }>();
    return entities.map((e, i) => Object.assign(e, { enterpriseName: raw[i].enterprise_name }));
  }

  async entryCount(batchId: string): Promise<number> {
    return this.entries.countBy({ batchId });
  }

  /** Locks a batch of the actor's own office for a change; only a DRAFT changes. */
  private async lockDraft(manager: EntityManager, actor: Actor, batchId: string): Promise<WhitelistBatch> {
    Access.requireRole(actor, Role.GOV_OFFICER);
    const batch = await manager.findOne(WhitelistBatch, { where: { id: batchId }, lock: { mode: 'pessimistic_write' } });
    if (!batch) throw notFound('WhitelistBatch', batchId);
    Access.requireOwnOrganization(actor, batch.officeOrganizationId);
    if (batch.status !== WhitelistBatchStatus.DRAFT) {
      throw new WhitelistError(WhitelistErrorCode.BATCH_NOT_DRAFT, `Batch v${batch.version} is ${batch.status} and can no longer change; run a new screening`, {
        details: { batchId, status: batch.status },
      });
    }
    return batch;
  }

  async publish(actor: Actor, batchId: string): Promise<WhitelistBatch> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.lockDraft(manager, actor, batchId);
      const now = new Date();
      const superseded = (await manager.query(
        `update whitelist_batch set status = 'SUPERSEDED', superseded_by_id = $1, updated_at = now()
         where office_organization_id = $2 and status = 'PUBLISHED' and id <> $1 returning id`,
        [batch.id, batch.officeOrganizationId],
      )) as [{ id: string }[], number];
      batch.status = WhitelistBatchStatus.PUBLISHED;
      batch.publishedAt = now;
      const saved = await manager.save(batch);
      // Push access lasts while the firm is on the office's current batch.
      const revoked = await this.bankAccess.revokeDroppedFromWhitelist(manager, { officeOrganizationId: batch.officeOrganizationId, batchId: batch.id });
      await this.audit.record(manager, {
        action: 'publishWhitelistBatch',
        entityType: 'WhitelistBatch',
        entityId: batch.id,
        before: { status: WhitelistBatchStatus.DRAFT },
        after: { status: saved.status, publishedAt: saved.publishedAt, superseded: superseded[0].map((r) => r.id), revokedBankAccess: revoked.length },
      });
      return saved;
    });
  }

  async addFirm(actor: Actor, input: WhitelistEntryChangeInput): Promise<WhitelistEntry> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.lockDraft(manager, actor, input.batchId);
      const enterprise = await manager.findOneBy(Enterprise, { id: input.enterpriseId });
      if (!enterprise) throw notFound('Enterprise', input.enterpriseId);
      Access.requireRegion(actor, enterprise.regionPath);
      const existing = await manager.findOneBy(WhitelistEntry, { batchId: batch.id, enterpriseId: enterprise.id });
      if (existing?.included) throw new WhitelistError(WhitelistErrorCode.ENTRY_UNCHANGED, 'The firm is already in this batch');
      const before = existing ? { ...existing } : null;
      let entry = existing;
      if (!entry) {
        const ruleSet = await manager.findOneByOrFail(ScreeningRuleSet, { id: batch.ruleSetId });
        const [facts] = await loadFirmFacts(manager, enterprise.regionPath, [enterprise.id]);
        const evaluation = evaluateFirm(ruleSet.criteria, facts);
        entry = manager.create(WhitelistEntry, { batchId: batch.id, enterpriseId: enterprise.id, score: evaluation.score, nominated: false, nominationIds: [], reasons: evaluation.reasons });
      }
      entry.included = true;
      entry.manualChange = WhitelistManualChange.ADDED;
      entry.manualReason = input.reason.trim();
      const saved = await manager.save(entry);
      await this.audit.record(manager, { action: 'addWhitelistFirm', entityType: 'WhitelistEntry', entityId: saved.id, before, after: saved });
      return saved;
    });
  }

  async removeFirm(actor: Actor, input: WhitelistEntryChangeInput): Promise<WhitelistEntry> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.lockDraft(manager, actor, input.batchId);
      const entry = await manager.findOneBy(WhitelistEntry, { batchId: batch.id, enterpriseId: input.enterpriseId });
      if (!entry) throw notFound('WhitelistEntry', input.enterpriseId);
      if (!entry.included) throw new WhitelistError(WhitelistErrorCode.ENTRY_UNCHANGED, 'The firm is not in this batch');
      const before = { ...entry };
      entry.included = false;
      entry.manualChange = WhitelistManualChange.REMOVED;
      entry.manualReason = input.reason.trim();
      const saved = await manager.save(entry);
      await this.audit.record(manager, { action: 'removeWhitelistFirm', entityType: 'WhitelistEntry', entityId: saved.id, before, after: saved });
      return saved;
    });
  }

  /**
   * A park or lower-level office proposes a firm of its subtree; a bank a firm it may see
   * (pushed to it, applied to it, or consented on a published need). The next screening of an office above merges it.
   */
  async nominate(actor: Actor, input: NominateWhitelistFirmInput): Promise<WhitelistNomination> {
    Access.requireRole(actor, Role.GOV_OFFICER, Role.PARK_OFFICER, Role.BANK_OFFICER);
    return this.dataSource.transaction(async (manager) => {
      const enterprise = await manager.findOneBy(Enterprise, { id: input.enterpriseId });
      if (!enterprise) throw notFound('Enterprise', input.enterpriseId);
      // Offices and parks their region's firms, a bank the firms it may see: the one policy decides.
      await this.access.require(actor, Permission.ENTERPRISE_READ, enterprise.id, manager);
      if (input.officeId) {
        const office = await manager.findOne(Organization, { where: { id: input.officeId }, relations: { region: true } });
        if (!office || office.type !== OrganizationType.GOVERNMENT_OFFICE || !office.region || !isWithinRegion(office.region.path, enterprise.regionPath)) {
          throw badInput('input.officeId', 'must be a government office whose region contains the firm');
        }
      }
      const saved = await manager.save(
        manager.create(WhitelistNomination, {
          enterpriseId: enterprise.id,
          regionPath: enterprise.regionPath,
          nominatorOrganizationId: actor.organizationId,
          nominatorType: actor.organizationType,
          targetOfficeOrganizationId: input.officeId ?? null,
          reason: input.reason.trim(),
        }),
      );
      await this.audit.record(manager, { action: 'nominateWhitelistFirm', entityType: 'WhitelistNomination', entityId: saved.id, after: saved });
      return saved;
    });
  }
}
