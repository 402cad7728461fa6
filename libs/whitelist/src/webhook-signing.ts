import { createHmac, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_HEADERS = {
  timestamp: 'x-zhirong-timestamp',
  signature: 'x-zhirong-signature',
  idempotencyKey: 'x-zhirong-idempotency-key',
} as const;

/** Hex HMAC-SHA256 over `${timestamp}.${body}`: the timestamp is signed so a captured request cannot be replayed later. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** True when the signature matches and the timestamp (unix seconds) is within `toleranceSeconds` of now. */
export function verifyWebhook(secret: string, timestamp: string, body: string, signature: string, toleranceSeconds = 300, nowMs = Date.now()): boolean {
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowMs / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Why a webhook URL is refused, or null when it is acceptable. */
export function webhookUrlProblem(raw: string, loopbackOnly: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be http or https';
  if (url.username || url.password) return 'must not carry credentials';
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
  if (loopbackOnly && !loopback) return 'must point at loopback (127.0.0.1 / localhost) outside production';
  if (!loopbackOnly && (loopback || /^(10|192\.168|169\.254)\./.test(url.hostname))) return 'must not point at a private or loopback address';
  return null;
}
