import { todayInShanghai } from '@zhirong/core';
import { Region } from '@zhirong/identity';
import { EntityManager, In } from 'typeorm';
import { checkRevenueYear, placeEnterprise } from './enterprise.rules';
import { EnterpriseAnnualRevenue } from './entities/enterprise-annual-revenue.entity';
import { Enterprise } from './entities/enterprise.entity';
import { EnterpriseTag } from './entities/enterprise.enums';
import { DeclaredValue, EnterpriseFact } from './entities/enterprise-fact-declaration.entity';

/**
 * The verified facts of a profile and how a declared value lands on them. Both the
 * direct writes of a verifier and the confirmation of a firm's declaration go through
 * here, so the two cannot store a fact differently.
 */

export function uniqueTags(tags: readonly EnterpriseTag[]): EnterpriseTag[] {
  return [...new Set(tags)];
}

/** Loads and checks a region and park inside the transaction; gives the path to store. */
export async function placeIn(
  manager: EntityManager,
  regionId: string,
  parkId: string | null,
  fields?: { region: string; park: string },
): Promise<{ regionPath: string; placeName: string }> {
  const ids = parkId ? [regionId, parkId] : [regionId];
  const found = await manager.findBy(Region, { id: In(ids) });
  const region = found.find((r) => r.id === regionId) ?? null;
  const park = parkId ? (found.find((r) => r.id === parkId) ?? null) : null;
  const { regionPath } = placeEnterprise(region, regionId, park, parkId, fields);
  return { regionPath, placeName: park ? `${region?.name ?? ''} ${park.name}`.trim() : (region?.name ?? '') };
}

/**
 * Stores one fiscal year's verified revenue; the profile's annual revenue follows the
 * newest year. The caller holds the firm's row lock, so "newest year" cannot race.
 */
export async function writeRevenueYear(
  manager: EntityManager,
  enterprise: Enterprise,
  year: number,
  revenueFen: string,
  reporterOrganizationId: string | null,
): Promise<{ row: EnterpriseAnnualRevenue; before: { year: number; revenueFen: string } | null; profileChanged: boolean }> {
  checkRevenueYear(year, enterprise.foundedOn, todayInShanghai());
  const row = (await manager.findOneBy(EnterpriseAnnualRevenue, { enterpriseId: enterprise.id, year })) ?? manager.create(EnterpriseAnnualRevenue, { enterpriseId: enterprise.id, year });
  const before = row.revenueFen === undefined ? null : { year, revenueFen: row.revenueFen };
  row.revenueFen = revenueFen;
  row.reportedByOrganizationId = reporterOrganizationId;
  const saved = await manager.save(row);
  const [newest] = (await manager.query('SELECT max(year) AS year FROM enterprise_annual_revenue WHERE enterprise_id = $1', [enterprise.id])) as { year: number }[];
  let profileChanged = false;
  if (newest.year === year && enterprise.annualRevenueFen !== saved.revenueFen) {
    enterprise.annualRevenueFen = saved.revenueFen;
    await manager.update(Enterprise, { id: enterprise.id }, { annualRevenueFen: saved.revenueFen });
    profileChanged = true;
  }
  return { row: saved, before, profileChanged };
}

/** Whether the declared value is what the profile already holds as verified. */
export async function isVerifiedValue(manager: EntityManager, enterprise: Enterprise, value: DeclaredValue): Promise<boolean> {
  switch (value.fact) {
    case EnterpriseFact.REGION:
      return enterprise.regionId === value.regionId && enterprise.parkId === value.parkId;
    case EnterpriseFact.INDUSTRY:
      return enterprise.industryCode === value.industryCode;
    case EnterpriseFact.FOUNDED_ON:
      return enterprise.foundedOn === value.foundedOn;
    case EnterpriseFact.EMPLOYEES:
      return enterprise.employees === value.employees;
    case EnterpriseFact.ANNUAL_REVENUE:
      return enterprise.annualRevenueFen === value.revenueFen;
    case EnterpriseFact.TAGS: {
      const held = new Set(enterprise.tags);
      return held.size === value.tags.length && value.tags.every((t) => held.has(t));
    }
    case EnterpriseFact.REVENUE_YEAR: {
      const row = await manager.findOneBy(EnterpriseAnnualRevenue, { enterpriseId: enterprise.id, year: value.year });
      return row?.revenueFen === value.revenueFen;
    }
  }
}

/**
 * Writes a confirmed value onto the profile (the caller saves the enterprise row),
 * checking it again: a park may have moved or a year may have closed since it was declared.
 */
export async function applyVerifiedValue(manager: EntityManager, enterprise: Enterprise, value: DeclaredValue, reporterOrganizationId: string | null): Promise<void> {
  switch (value.fact) {
    case EnterpriseFact.REGION: {
      const { regionPath } = await placeIn(manager, value.regionId, value.parkId);
      Object.assign(enterprise, { regionId: value.regionId, parkId: value.parkId, regionPath });
      return;
    }
    case EnterpriseFact.INDUSTRY:
      enterprise.industryCode = value.industryCode;
      return;
    case EnterpriseFact.FOUNDED_ON:
      enterprise.foundedOn = value.foundedOn;
      return;
    case EnterpriseFact.EMPLOYEES:
      enterprise.employees = value.employees;
      return;
    case EnterpriseFact.ANNUAL_REVENUE:
      enterprise.annualRevenueFen = value.revenueFen;
      return;
    case EnterpriseFact.TAGS:
      enterprise.tags = uniqueTags(value.tags);
      return;
    case EnterpriseFact.REVENUE_YEAR:
      await writeRevenueYear(manager, enterprise, value.year, value.revenueFen, reporterOrganizationId);
      return;
  }
}

/** The unique key of a declaration: its fact, and the fiscal year for revenue years. */
export function declarationYear(value: DeclaredValue): number {
  return value.fact === EnterpriseFact.REVENUE_YEAR ? value.year : 0;
}
