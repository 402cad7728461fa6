import { LegalStatus } from '@zhirong/ip-assets';
import { parseLegalStatusFeed } from './legal-status.rules';

describe('the legal-status feed file', () => {
  it('reads number,status,date lines and names each bad line', () => {
    const text = [
      'number,status,date',
      'ZL202010000001.X,INVALIDATED,2026-11-30',
      '',
      'ZL202010000002.X,GONE,2026-11-30',
      'ZL202010000003.X,EXPIRED,2026-02-30',
      'only-two,VALID',
    ].join('\n');
    const { lines, problems } = parseLegalStatusFeed(text);
    expect(lines).toEqual([{ line: 2, number: 'ZL202010000001.X', status: LegalStatus.INVALIDATED, effectiveOn: '2026-11-30' }]);
    expect(problems.map((p) => p.line)).toEqual([4, 5, 6]);
    expect(problems[0].message).toMatch(/unknown status GONE/);
    expect(problems[1].message).toMatch(/not a date/);
    expect(problems[2].message).toMatch(/expected number,status,date/);
  });
});
