import { Injectable } from '@nestjs/common';
import { notFound } from '@zhirong/core';
import { Region } from '@zhirong/identity';
import { EntityManager } from 'typeorm';
import { PolicyStatus, RegionalPolicy } from './entities/regional-policy.entity';
import { PolicyError, PolicyErrorCode } from './policy.errors';
import type { PolicyRules } from './policy-rules';

/** The policy that governs a region on a day, and where in the tree it came from. */
export interface EffectivePolicy {
  policy: RegionalPolicy;
  rules: PolicyRules;
  /** The region whose version applies (the asked region or one above it); null for the national default. */
  sourceRegionId: string | null;
  sourceRegionCode: string | null;
  sourceRegionName: string | null;
  national: boolean;
}

@Injectable()
export class PolicyService {
  /**
   * The published version valid on `onDate` (Asia/Shanghai calendar day, `YYYY-MM-DD`) of the
   * nearest region up the tree from `regionId` (park → district → city → province), else the
   * national default. Every database has a national default (migration), so this throws only
   * if someone retired it: NO_POLICY. An unknown region is NOT_FOUND.
   */
  async effectiveFor(manager: EntityManager, regionId: string, onDate: string): Promise<EffectivePolicy> {
    const region = await manager.findOne(Region, { where: { id: regionId }, select: { id: true, path: true } });
    if (!region) throw notFound('Region', regionId);
    const codes = region.path.split('/');
    const rows: (RegionalPolicy & { sourceCode: string | null; sourceName: string | null })[] = await manager
      .createQueryBuilder(RegionalPolicy, 'p')
      .leftJoin(Region, 'r', 'r.id = p.region_id')
      .addSelect(['r.code', 'r.name'])
      .where('p.status = :published', { published: PolicyStatus.PUBLISHED })
      .andWhere('p.valid_from <= :onDate AND (p.valid_to IS NULL OR p.valid_to >= :onDate)', { onDate })
      .andWhere('(p.region_id IS NULL OR r.code IN (:...codes))', { codes })
      // Deepest region first (its path is longest), the national default last; within a region the latest start.
      .orderBy('length(r.path)', 'DESC', 'NULLS LAST')
      .addOrderBy('p.valid_from', 'DESC')
      .addOrderBy('p.version', 'DESC')
      .limit(1)
      .getRawAndEntities()
      .then(({ raw, entities }) => entities.map((e, i) => Object.assign(e, { sourceCode: raw[i]?.r_code ?? null, sourceName: raw[i]?.r_name ?? null })));
    const found = rows[0];
    if (!found) throw new PolicyError(PolicyErrorCode.NO_POLICY, `No published policy covers ${onDate} for region ${regionId}`, { details: { regionId, onDate } });
    return {
      policy: found,
      rules: found.rules,
      sourceRegionId: found.regionId,
      sourceRegionCode: found.sourceCode,
      sourceRegionName: found.sourceName,
      national: found.regionId === null,
    };
  }

  /** One version by id (e.g. the version a subsidy was computed with). */
  async version(manager: EntityManager, id: string): Promise<RegionalPolicy> {
    const found = await manager.findOneBy(RegionalPolicy, { id });
    if (!found) throw notFound('RegionalPolicy', id);
    return found;
  }
}
