import { addressProblem, AddressClass, classifyAddress } from './webhook-address';

describe('classifyAddress', () => {
  const cases: [string, AddressClass][] = [
    // the addresses of the issue
    ['100.100.100.200', 'metadata'],
    ['172.20.0.1', 'private'],
    ['0.0.0.0', 'unspecified'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['[fd00::1]', 'unique-local'],
    ['[fe80::1]', 'link-local'],
    // loopback
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    // private
    ['10.0.0.8', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:192.168.0.1', 'private'],
    ['fec0::1', 'private'],
    // link-local and metadata
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['192.0.0.192', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['febf::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    // CGNAT
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    // unspecified
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['[::]', 'unspecified'],
    ['::ffff:0.0.0.0', 'unspecified'],
    // unique-local
    ['fc00::1', 'unique-local'],
    ['fdff:ffff::1', 'unique-local'],
    // multicast, broadcast, reserved
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['203.0.113.5', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::7f00:1', 'reserved'],
    // IPv4 carried in IPv6 reaches the IPv4 address
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['2002:7f00:1::1', 'loopback'],
    ['2002:0808:0808::1', 'public'],
    // public
    ['8.8.8.8', 'public'],
    ['100.63.255.255', 'public'],
    ['100.128.0.0', 'public'],
    ['172.15.255.255', 'public'],
    ['172.32.0.0', 'public'],
    ['169.253.255.255', 'public'],
    ['11.0.0.1', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    ['2400:3200::1', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['fe00::1', 'public'],
    // not addresses
    ['localhost', 'invalid'],
    ['256.0.0.1', 'invalid'],
    ['1.2.3', 'invalid'],
    ['bank.example.com', 'invalid'],
    ['', 'invalid'],
  ];
  it.each(cases)('%s is %s', (address, cls) => {
    expect(classifyAddress(address)).toBe(cls);
  });
});

describe('addressProblem', () => {
  it('allows public addresses and, only when told to, loopback', () => {
    expect(addressProblem('8.8.8.8', { allowLoopback: false })).toBeNull();
    expect(addressProblem('127.0.0.1', { allowLoopback: false })).toMatch(/loopback.*WEBHOOK_ALLOW_LOOPBACK/);
    expect(addressProblem('127.0.0.1', { allowLoopback: true })).toBeNull();
    expect(addressProblem('::ffff:127.0.0.1', { allowLoopback: true })).toBeNull();
  });

  it('refuses every non-public class even with loopback allowed', () => {
    for (const address of ['100.100.100.200', '172.20.0.1', '0.0.0.0', 'fd00::1', 'fe80::1', '10.0.0.1', '169.254.169.254', '224.0.0.1', 'localhost']) {
      expect(addressProblem(address, { allowLoopback: true })).not.toBeNull();
    }
    expect(addressProblem('100.100.100.200', { allowLoopback: true })).toBe('100.100.100.200 is a metadata address');
  });
});
