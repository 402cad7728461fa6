import { isIP } from 'node:net';

/** What an IP address is, for deciding whether a webhook may reach it. Only `public` is routable on the internet. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unspecified'
  | 'unique-local'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'metadata'
  | 'invalid';

interface Range {
  base: bigint;
  bits: number;
  cls: AddressClass;
}

function v4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => (n << 8n) | BigInt(Number(p)), 0n);
}

/** 128-bit value of an IPv6 address (an embedded dotted IPv4 tail included); null when it is not one. */
function v6(text: string): bigint | null {
  if (isIP(text) !== 6) return null;
  let tail: bigint | null = null;
  let body = text;
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    tail = v4(dotted[2]);
    if (tail === null) return null;
    body = `${dotted[1]}0:0`;
  }
  const [head, rest] = body.includes('::') ? body.split('::') : [body, null];
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const groups = rest === null ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  if (groups.length !== 8) return null;
  const value = groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
  return tail === null ? value : value | tail;
}

function range(cidr: string, cls: AddressClass): Range {
  const [addr, bits] = cidr.split('/');
  const base = addr.includes(':') ? v6(addr) : v4(addr);
  if (base === null) throw new Error(`bad range ${cidr}`);
  return { base, bits: Number(bits), cls };
}

// Most specific first: the first match wins. Sources: RFC 6890 special-purpose registries, and the
// instance-metadata endpoints of the clouds the platform might run in (AWS, GCP, Azure, Alibaba, Oracle).
const V4: Range[] = [
  range('169.254.169.254/32', 'metadata'),
  range('169.254.170.2/32', 'metadata'), // AWS ECS task metadata
  range('100.100.100.200/32', 'metadata'), // Alibaba Cloud
  range('192.0.0.192/32', 'metadata'), // Oracle Cloud
  range('255.255.255.255/32', 'broadcast'),
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'cgnat'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'reserved'),
  range('192.0.2.0/24', 'reserved'),
  range('192.88.99.0/24', 'reserved'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'reserved'),
  range('198.51.100.0/24', 'reserved'),
  range('203.0.113.0/24', 'reserved'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
];

const V6: Range[] = [
  range('fd00:ec2::254/128', 'metadata'), // AWS IMDS over IPv6
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('64:ff9b:1::/48', 'private'), // local-use NAT64
  range('100::/64', 'reserved'), // discard
  range('2001::/23', 'reserved'), // IETF protocol assignments, Teredo among them
  range('2001:db8::/32', 'reserved'), // documentation
  range('fc00::/7', 'unique-local'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'private'), // deprecated site-local
  range('ff00::/8', 'multicast'),
  range('::/96', 'reserved'), // deprecated IPv4-compatible
];

/** IPv6 forms that carry an IPv4 address, which is what the packet reaches: classified as that address. */
const EMBEDDING: { prefix: Range; extract: (n: bigint) => bigint }[] = [
  { prefix: range('::ffff:0:0/96', 'reserved'), extract: (n) => n & 0xffffffffn }, // IPv4-mapped
  { prefix: range('64:ff9b::/96', 'reserved'), extract: (n) => n & 0xffffffffn }, // NAT64
  { prefix: range('2002::/16', 'reserved'), extract: (n) => (n >> 80n) & 0xffffffffn }, // 6to4
];

function inRange(n: bigint, r: Range, width: number): boolean {
  const shift = BigInt(width - r.bits);
  return n >> shift === r.base >> shift;
}

function classifyV4(n: bigint): AddressClass {
  return V4.find((r) => inRange(n, r, 32))?.cls ?? 'public';
}

/** The class of an IP address (IPv6 with or without brackets or a zone); `invalid` when it is not an address. */
export function classifyAddress(raw: string): AddressClass {
  const text = raw.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '').toLowerCase();
  const four = v4(text);
  if (four !== null) return classifyV4(four);
  const six = v6(text);
  if (six === null) return 'invalid';
  const embedded = EMBEDDING.find((e) => inRange(six, e.prefix, 128));
  if (embedded) return classifyV4(embedded.extract(six));
  return V6.find((r) => inRange(six, r, 128))?.cls ?? 'public';
}

/**
 * Which addresses a webhook may reach. Public ones always; loopback only outside production and only
 * when WEBHOOK_ALLOW_LOOPBACK says so (the development receiver, tests); every other class never,
 * in any environment: private networks, link-local, CGNAT and metadata endpoints are how a webhook
 * becomes a request forgery against the platform's own network.
 */
export interface WebhookAddressPolicy {
  allowLoopback: boolean;
}

/** Why the address is refused, or null when a webhook may connect to it. */
export function addressProblem(address: string, policy: WebhookAddressPolicy): string | null {
  const cls = classifyAddress(address);
  if (cls === 'public' || (cls === 'loopback' && policy.allowLoopback)) return null;
  if (cls === 'loopback') return `${address} is loopback (allowed only with WEBHOOK_ALLOW_LOOPBACK=true outside production)`;
  return `${address} is ${cls === 'invalid' ? 'not an IP address' : `a ${cls} address`}`;
}
