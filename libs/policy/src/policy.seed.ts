import { Region } from '@zhirong/identity';
import { EntityManager, IsNull } from 'typeorm';
import { PolicyStatus, RegionalPolicy } from './entities/regional-policy.entity';
import { NATIONAL_DEFAULT_RULES, REFERENCE_POLICIES } from './policy.data';
import { checkPolicyRules } from './policy-rules';

/**
 * Reference policies as data, like the regions they attach to: the national default (if a
 * database somehow lacks it) and version 1 of each policy document's region that exists and has
 * no version yet. Running it again changes nothing; offices change policy through new versions.
 */
export async function seedReferencePolicies(manager: EntityManager, publishedAt: Date = new Date('2026-01-01T00:00:00+08:00')): Promise<void> {
  const insert = async (regionId: string | null, validFrom: string, validTo: string | null, note: string, rules: typeof NATIONAL_DEFAULT_RULES) => {
    const checked = checkPolicyRules(rules);
    if (!checked.ok) throw new Error(`reference policy for ${regionId ?? 'national'} is invalid: ${JSON.stringify(checked.issues)}`);
    await manager.insert(RegionalPolicy, {
      regionId,
      version: 1,
      validFrom,
      validTo,
      status: PolicyStatus.PUBLISHED,
      rules: checked.rules,
      note,
      createdBy: null,
      publishedBy: null,
      publishedAt,
    });
  };
  if (!(await manager.existsBy(RegionalPolicy, { regionId: IsNull() }))) {
    await insert(null, '2020-01-01', null, '全国默认规则（national default）', NATIONAL_DEFAULT_RULES);
  }
  for (const p of REFERENCE_POLICIES) {
    const region = await manager.findOneBy(Region, { code: p.regionCode });
    if (!region || (await manager.existsBy(RegionalPolicy, { regionId: region.id }))) continue;
    await insert(region.id, p.validFrom, p.validTo, p.note, p.rules);
  }
}
