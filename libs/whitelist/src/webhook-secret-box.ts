import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Webhook secrets at rest: AES-256-GCM under WEBHOOK_SECRET_KEY, stored as
 * `v1:` + base64(iv ‖ tag ‖ ciphertext). The bank's id is the additional data, so a sealed secret
 * copied onto another bank's row does not open. The platform signs with the plaintext, so the
 * secret is encrypted (recoverable), not hashed.
 */
const VERSION = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function isSealedSecret(stored: string): boolean {
  return stored.startsWith(VERSION);
}

export function sealWebhookSecret(plain: string, key: Buffer, bankOrganizationId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(bankOrganizationId));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

/**
 * The plaintext of a stored secret. A row without the version prefix is a secret written before
 * encryption (the boot re-seals those, WhitelistPushService.sealLegacySecrets) and is its own
 * plaintext. Throws when the key or the bank does not match.
 */
export function openWebhookSecret(stored: string, key: Buffer, bankOrganizationId: string): string {
  if (!isSealedSecret(stored)) return stored;
  const raw = Buffer.from(stored.slice(VERSION.length), 'base64');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('sealed webhook secret is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(bankOrganizationId));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
