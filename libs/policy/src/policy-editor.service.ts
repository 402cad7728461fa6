import { Injectable } from '@nestjs/common';
import { accessPredicate, AccessService, Permission, positionalBinder } from '@zhirong/access';
import { Actor, addDays, badInput, AuditService, ConnectionShape, forbidden, isPlatformAdmin, notFound, paginate, todayInShanghai, clock } from '@zhirong/core';
import { Region } from '@zhirong/identity';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { CreatePolicyVersionInput, PolicyRegionObject, RegionalPoliciesArgs, rulesFromGraphql } from './dto/policy.objects';
import { PolicyStatus, RegionalPolicy } from './entities/regional-policy.entity';
import { PolicyError, PolicyErrorCode } from './policy.errors';
import { checkPolicyRules } from './policy-rules';
import { EffectivePolicy, PolicyService } from './policy.service';

/** GraphQL gives null for an omitted optional field of an input object; the rules store none. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/**
 * The policy editor (政策编辑): an office drafts a new version of a policy in its region subtree
 * and publishes it; publishing closes the validity of the version it replaces. A new district
 * gets its policy this way, as data, without a release.
 */
@Injectable()
export class PolicyEditorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly policies: PolicyService,
  ) {}

  async list(actor: Actor, args: RegionalPoliciesArgs): Promise<ConnectionShape<RegionalPolicy>> {
    const qb = this.dataSource.manager.createQueryBuilder(RegionalPolicy, 'rp');
    this.access.scope(qb, actor, Permission.POLICY_READ, 'rp.id');
    if (args.regionId) qb.andWhere('rp.region_id = :regionId', { regionId: args.regionId });
    else qb.andWhere('rp.region_id IS NULL');
    return paginate(qb, args, { column: 'rp.version', direction: 'DESC', key: (p) => p.version });
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<RegionalPolicy> {
    const ok = await this.access.allowed(actor, Permission.POLICY_READ, [id], manager);
    const found = ok.has(id) ? await manager.findOneBy(RegionalPolicy, { id }) : null;
    if (!found) throw notFound('RegionalPolicy', id);
    return found;
  }

  /** The regions whose versions the actor may read (most versions first), and the actor's own region (an office's first draft). */
  async regions(actor: Actor): Promise<PolicyRegionObject[]> {
    const params: unknown[] = [];
    const bind = positionalBinder(params);
    const readable = accessPredicate(actor, Permission.POLICY_READ, 'rp.id', bind);
    const own = bind(actor.regionPath);
    return (await this.dataSource.query(
      `select r.id, r.name, r.code, r.path, count(rp.id)::int as "versionCount"
         from region r left join regional_policy rp on rp.region_id = r.id and ${readable}
        group by r.id
       having count(rp.id) > 0 or r.path = ${own}
        order by count(rp.id) desc, r.path`,
      params,
    )) as PolicyRegionObject[];
  }

  async effective(regionId: string, onDate: string | undefined): Promise<EffectivePolicy> {
    if (onDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(onDate)) throw badInput('onDate', 'onDate is a calendar day, YYYY-MM-DD');
    return this.policies.effectiveFor(this.dataSource.manager, regionId, onDate ?? todayInShanghai(clock.now()));
  }

  private async requireManage(actor: Actor, regionId: string | null, manager: EntityManager): Promise<void> {
    if (regionId === null) {
      if (!isPlatformAdmin(actor)) throw forbidden('Only the platform changes the national default');
      return;
    }
    if (!(await manager.existsBy(Region, { id: regionId }))) throw notFound('Region', regionId);
    await this.access.require(actor, Permission.POLICY_MANAGE, regionId, manager);
  }

  async createVersion(actor: Actor, input: CreatePolicyVersionInput): Promise<RegionalPolicy> {
    const checked = checkPolicyRules(withoutNulls(rulesFromGraphql(input.rules)));
    if (!checked.ok) {
      const first = checked.issues[0];
      throw new PolicyError(PolicyErrorCode.INVALID_RULES, `input.rules.${first.path}: ${first.message}`, {
        field: first.path ? `input.rules.${first.path}` : 'input.rules',
        details: { issues: checked.issues },
      });
    }
    if (input.validTo && input.validTo < input.validFrom) {
      throw new PolicyError(PolicyErrorCode.VALIDITY_OVERLAP, 'validTo is before validFrom', { field: 'input.validTo' });
    }
    const regionId = input.regionId ?? null;
    return this.dataSource.transaction(async (manager) => {
      await this.requireManage(actor, regionId, manager);
      // One drafter at a time per region: the region row (or the national version 1) is the lock.
      if (regionId) await manager.query('select 1 from region where id = $1 for update', [regionId]);
      else await manager.query('select 1 from regional_policy where region_id is null and version = 1 for update');
      const [{ next }] = (await manager.query('select coalesce(max(version), 0) + 1 as next from regional_policy where region_id is not distinct from $1', [regionId])) as {
        next: number;
      }[];
      const saved = await manager.save(
        manager.create(RegionalPolicy, {
          regionId,
          version: Number(next),
          validFrom: input.validFrom,
          validTo: input.validTo ?? null,
          status: PolicyStatus.DRAFT,
          rules: checked.rules,
          note: input.note?.trim() ?? '',
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, {
        action: 'createPolicyVersion',
        entityType: 'RegionalPolicy',
        entityId: saved.id,
        after: { regionId, version: saved.version, validFrom: saved.validFrom },
      });
      return saved;
    });
  }

  /**
   * Publishes a draft. The published version of the same region that is open on the draft's first
   * day (or later) ends the day before; one that starts on or after that day cannot be replaced
   * this way (VALIDITY_OVERLAP) — draft a version with a later start.
   */
  async publishVersion(actor: Actor, policyId: string): Promise<RegionalPolicy> {
    return this.dataSource.transaction(async (manager) => {
      const draft = await manager.findOne(RegionalPolicy, { where: { id: policyId }, lock: { mode: 'pessimistic_write' } });
      if (!draft) throw notFound('RegionalPolicy', policyId);
      await this.requireManage(actor, draft.regionId, manager);
      if (draft.status !== PolicyStatus.DRAFT)
        throw new PolicyError(PolicyErrorCode.POLICY_STATUS, `Version ${draft.version} is ${draft.status}, not a draft`, { field: 'policyId' });
      const published = await manager.find(RegionalPolicy, {
        where: { regionId: draft.regionId === null ? IsNull() : draft.regionId, status: PolicyStatus.PUBLISHED, id: Not(draft.id) },
        lock: { mode: 'pessimistic_write' },
      });
      const later = published.find((p) => p.validFrom >= draft.validFrom);
      if (later) {
        throw new PolicyError(PolicyErrorCode.VALIDITY_OVERLAP, `Version ${later.version} already applies from ${later.validFrom}; a new version must start after it`, {
          field: 'policyId',
          details: { versionId: later.id, validFrom: later.validFrom },
        });
      }
      const closed: { id: string; version: number; validTo: string }[] = [];
      for (const p of published) {
        if (p.validTo === null || p.validTo >= draft.validFrom) {
          p.validTo = addDays(draft.validFrom, -1);
          await manager.update(RegionalPolicy, { id: p.id }, { validTo: p.validTo });
          closed.push({ id: p.id, version: p.version, validTo: p.validTo });
        }
      }
      draft.status = PolicyStatus.PUBLISHED;
      draft.publishedBy = actor.userId;
      draft.publishedAt = clock.now();
      const saved = await manager.save(draft);
      await this.audit.record(manager, {
        action: 'publishPolicyVersion',
        entityType: 'RegionalPolicy',
        entityId: saved.id,
        after: { version: saved.version, validFrom: saved.validFrom, closed },
      });
      return saved;
    });
  }
}
