// Test helpers for firms, imported as `@zhirong/enterprises/testing` by the int-specs of every
// domain that needs a firm to hang things on. Never imported by application code.
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@zhirong/core';
import { EntityManager } from 'typeorm';
import { Enterprise } from '../entities/enterprise.entity';

let serial = 0;

/** A valid 统一社会信用代码 that no earlier call in this process returned: a Minhang prefix, a serial in the code's own alphabet, the check character. */
export function testCreditCode(): string {
  let n = serial++;
  let body = '';
  for (let i = 0; i < 6; i++) {
    body = CREDIT_CODE_ALPHABET[n % 31] + body;
    n = Math.floor(n / 31);
  }
  const first17 = `91310112MA1${body}`;
  return first17 + creditCodeCheckChar(first17);
}

export interface TestRegion {
  id: string;
  path: string;
}

/** Columns a test sets; the firm sits in `region`, or in `park` (a park of that region) when given. */
export type TestEnterpriseValues = Partial<Omit<Enterprise, 'regionId' | 'parkId' | 'region' | 'park'>> & { region: TestRegion; park?: TestRegion };

/** A firm row with plain defaults (C39, founded 2016, no tags, unrated), written directly, not through the API. */
export async function insertTestEnterprise(manager: EntityManager, values: TestEnterpriseValues): Promise<Enterprise> {
  const { region, park, ...columns } = values;
  return manager.save(
    manager.create(Enterprise, {
      creditCode: testCreditCode(),
      name: `测试企业${serial}号有限公司`,
      regionId: region.id,
      parkId: park?.id ?? null,
      regionPath: (park ?? region).path,
      industryCode: 'C39',
      foundedOn: '2016-01-01',
      ...columns,
    }),
  );
}
