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
