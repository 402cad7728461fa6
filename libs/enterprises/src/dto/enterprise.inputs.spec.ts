import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { CreateEnterpriseInput, EnterpriseFilter, UpdateEnterpriseInput } from './enterprise.inputs';

/** Paths of the failing fields, as the validation pipe reports them under `input`. */
async function badFields<T extends object>(cls: new () => T, plain: object): Promise<string[]> {
  const walk = (errors: ValidationError[], parent: string): string[] =>
    errors.flatMap((e) => {
      const path = parent ? `${parent}.${e.property}` : e.property;
      return [...(e.constraints ? [path] : []), ...walk(e.children ?? [], path)];
    });
  return walk(await validate(plainToInstance(cls, plain)), '');
}

const valid = {
  creditCode: '91440101MA5CJQ4N59',
  name: '上海某某科技有限公司',
  regionId: '6f1c1a8e-0000-4000-8000-000000000001',
  industryCode: 'C39',
  foundedOn: '2015-06-01',
  employees: 120,
  annualRevenue: { amountFen: '5000000000' },
  contacts: [{ name: '张三', phone: '+86 21-5555 0000', email: 'zhang@example.cn' }],
};

describe('CreateEnterpriseInput', () => {
  it('accepts a complete profile', async () => {
    expect(await badFields(CreateEnterpriseInput, valid)).toEqual([]);
  });

  it.each([
    ['an over-long name', { name: '企'.repeat(201) }, 'name'],
    ['negative employees', { employees: -1 }, 'employees'],
    ['a fractional revenue', { annualRevenue: { amountFen: '12.5' } }, 'annualRevenue.amountFen'],
    ['a foreign currency', { annualRevenue: { amountFen: '1', currency: 'USD' } }, 'annualRevenue.currency'],
    ['a date in another format', { foundedOn: '2015/06/01' }, 'foundedOn'],
    ['a malformed region id', { regionId: 'minhang' }, 'regionId'],
    ['a bad phone', { contacts: [{ name: '张三', phone: 'call me' }] }, 'contacts.0.phone'],
    ['a bad e-mail', { contacts: [{ name: '张三', email: 'zhang' }] }, 'contacts.0.email'],
    ['a long contact name', { contacts: [{ name: '张'.repeat(51) }] }, 'contacts.0.name'],
    ['eleven contacts', { contacts: Array.from({ length: 11 }, () => ({ name: '李' })) }, 'contacts'],
    ['an unknown tag', { tags: ['FAMOUS'] }, 'tags'],
  ])('names the field for %s', async (_what, change, field) => {
    expect(await badFields(CreateEnterpriseInput, { ...valid, ...change })).toEqual([field]);
  });
});

describe('UpdateEnterpriseInput', () => {
  it('lets optional fields be cleared with null but not required ones', async () => {
    expect(await badFields(UpdateEnterpriseInput, { employees: null, annualRevenue: null, parkId: null, creditRating: null })).toEqual([]);
    expect(await badFields(UpdateEnterpriseInput, { name: null, industryCode: null, regionId: null })).toEqual(['name', 'regionId', 'industryCode']);
  });
});

describe('EnterpriseFilter', () => {
  it.each(['C', 'C3', 'c39'])('accepts the industry prefix %s', async (prefix) => {
    expect(await badFields(EnterpriseFilter, { industryCodePrefix: prefix })).toEqual([]);
  });

  it('refuses a prefix that is not one', async () => {
    expect(await badFields(EnterpriseFilter, { industryCodePrefix: 'C%' })).toEqual(['industryCodePrefix']);
  });
});
