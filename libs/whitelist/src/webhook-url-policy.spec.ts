import { LookupAddress } from 'node:dns';
import { isSealedSecret, openWebhookSecret, sealWebhookSecret } from './webhook-secret-box';
import { guardedLookup, WebhookAddressRefusedError, webhookUrlProblem } from './webhook-url-policy';
import { DEV_WEBHOOK_SECRET_KEY, loadWhitelistDeliveryConfig, parseSecretKey } from './whitelist.config';

const STRICT = { allowLoopback: false };
const DEV = { allowLoopback: true };

/** A resolver answering fixed addresses per host, as a DNS server under an attacker's control would. */
function dns(answers: Record<string, string[]>) {
  return async (host: string): Promise<LookupAddress[]> => {
    const list = answers[host];
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

describe('webhookUrlProblem', () => {
  const resolve = dns({
    'bank.example.com': ['203.0.114.10'],
    'internal.example.com': ['10.0.0.5'],
    'mixed.example.com': ['8.8.8.8', '172.20.0.1'],
    'rebind.example.com': ['::ffff:127.0.0.1'],
    'v6.example.com': ['2400:3200::1'],
  });

  it.each([
    'http://100.100.100.200/latest/meta-data',
    'http://172.20.0.1/hook',
    'http://0.0.0.0:3100/hook',
    'http://[::ffff:127.0.0.1]:3100/hook',
    'http://[fd00::1]/hook',
    'http://[fe80::1]/hook',
    'http://169.254.169.254/',
    'http://127.0.0.1:3100/hook',
    'http://[::1]/hook',
    'http://internal.example.com/hook',
    'http://mixed.example.com/hook',
    'http://rebind.example.com/hook',
    'http://unknown.example.com/hook',
  ])('refuses %s in production', async (url) => {
    expect(await webhookUrlProblem(url, STRICT, resolve)).not.toBeNull();
  });

  it('names the resolved address and its class', async () => {
    expect(await webhookUrlProblem('http://internal.example.com/hook', STRICT, resolve)).toBe('must not point at a refused address: internal.example.com → 10.0.0.5 is a private address');
    expect(await webhookUrlProblem('http://unknown.example.com/hook', STRICT, resolve)).toBe('host unknown.example.com does not resolve');
  });

  it('accepts public hosts and addresses', async () => {
    expect(await webhookUrlProblem('https://bank.example.com/hook', STRICT, resolve)).toBeNull();
    expect(await webhookUrlProblem('https://v6.example.com/hook', STRICT, resolve)).toBeNull();
    expect(await webhookUrlProblem('https://8.8.8.8/hook', STRICT, resolve)).toBeNull();
  });

  it('allows loopback, and nothing else local, only with the explicit setting', async () => {
    expect(await webhookUrlProblem('http://127.0.0.1:3100/hook', DEV, resolve)).toBeNull();
    expect(await webhookUrlProblem('http://rebind.example.com/hook', DEV, resolve)).toBeNull();
    expect(await webhookUrlProblem('http://localhost:3100/hook', DEV)).toBeNull();
    expect(await webhookUrlProblem('http://localhost:3100/hook', STRICT)).toMatch(/loopback/);
    for (const url of ['http://172.20.0.1/hook', 'http://[fd00::1]/hook', 'http://100.100.100.200/', 'http://0.0.0.0/']) expect(await webhookUrlProblem(url, DEV, resolve)).not.toBeNull();
  });

  it('refuses other schemes and credentials', async () => {
    expect(await webhookUrlProblem('ftp://8.8.8.8/x', STRICT, resolve)).toBe('must be http or https');
    expect(await webhookUrlProblem('file:///etc/passwd', STRICT, resolve)).toBe('must be http or https');
    expect(await webhookUrlProblem('https://u:p@bank.example.com/', STRICT, resolve)).toBe('must not carry credentials');
    expect(await webhookUrlProblem('not a url', STRICT, resolve)).toBe('is not a URL');
  });
});

describe('guardedLookup', () => {
  const lookup = (policy: { allowLoopback: boolean }, host: string, all: boolean) =>
    new Promise<{ err: Error | null; address: unknown }>((resolve) =>
      guardedLookup(policy)(host, { all }, (err: NodeJS.ErrnoException | null, address: unknown) => resolve({ err, address })),
    );

  it('refuses at connect time what resolves to a refused address', async () => {
    const { err } = await lookup(STRICT, 'localhost', false);
    expect(err).toBeInstanceOf(WebhookAddressRefusedError);
    expect(err?.message).toMatch(/webhook address refused: localhost → .* loopback/);
  });

  it('answers allowed addresses in the form asked for', async () => {
    expect((await lookup(DEV, 'localhost', false)).address).toMatch(/^(127\.0\.0\.1|::1)$/);
    const all = await lookup(DEV, 'localhost', true);
    expect(Array.isArray(all.address) && all.address.length).toBeGreaterThan(0);
  });
});

describe('webhook secrets at rest', () => {
  const key = parseSecretKey(DEV_WEBHOOK_SECRET_KEY)!;
  const other = Buffer.alloc(32, 7);

  it('seals with a fresh IV and opens to the plaintext for the same bank only', () => {
    const a = sealWebhookSecret('s3cret-s3cret-s3cret', key, 'bank-1');
    expect(isSealedSecret(a)).toBe(true);
    expect(a).not.toContain('s3cret');
    expect(sealWebhookSecret('s3cret-s3cret-s3cret', key, 'bank-1')).not.toBe(a);
    expect(openWebhookSecret(a, key, 'bank-1')).toBe('s3cret-s3cret-s3cret');
    expect(() => openWebhookSecret(a, key, 'bank-2')).toThrow();
    expect(() => openWebhookSecret(a, other, 'bank-1')).toThrow();
    expect(() => openWebhookSecret(`${a.slice(0, -4)}AAAA`, key, 'bank-1')).toThrow();
  });

  it('reads a secret stored before encryption as its own plaintext', () => {
    expect(openWebhookSecret('legacy-plaintext-secret', key, 'bank-1')).toBe('legacy-plaintext-secret');
  });

  it('fits the longest secret a bank may set in the column', () => {
    expect(openWebhookSecret(sealWebhookSecret('密'.repeat(200), key, 'b'), key, 'b')).toBe('密'.repeat(200));
  });
});

describe('loadWhitelistDeliveryConfig', () => {
  const REAL_KEY = Buffer.alloc(32, 1).toString('base64');

  it('takes the key as hex or base64, and refuses anything else', () => {
    expect(parseSecretKey('ab'.repeat(32))?.length).toBe(32);
    expect(parseSecretKey(REAL_KEY)?.equals(Buffer.alloc(32, 1))).toBe(true);
    expect(parseSecretKey('ab'.repeat(16))).toBeNull();
    expect(parseSecretKey(Buffer.alloc(16).toString('base64'))).toBeNull();
    expect(() => loadWhitelistDeliveryConfig({ WEBHOOK_SECRET_KEY: 'short' }, 'development')).toThrow(/WEBHOOK_SECRET_KEY/);
  });

  it('refuses the development key and loopback outside development and test', () => {
    expect(() => loadWhitelistDeliveryConfig({}, 'production')).toThrow(/WEBHOOK_SECRET_KEY/);
    expect(() => loadWhitelistDeliveryConfig({ WEBHOOK_SECRET_KEY: REAL_KEY, WEBHOOK_ALLOW_LOOPBACK: 'true' }, 'production')).toThrow(/WEBHOOK_ALLOW_LOOPBACK/);
    const prod = loadWhitelistDeliveryConfig({ WEBHOOK_SECRET_KEY: REAL_KEY }, 'production');
    expect(prod.addresses.allowLoopback).toBe(false);
    expect(prod.secretKey.equals(Buffer.alloc(32, 1))).toBe(true);
  });

  it('allows loopback in development only when told to', () => {
    expect(loadWhitelistDeliveryConfig({}, 'development').addresses.allowLoopback).toBe(false);
    expect(loadWhitelistDeliveryConfig({ WEBHOOK_ALLOW_LOOPBACK: 'true' }, 'test').addresses.allowLoopback).toBe(true);
  });
});
