import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook secrets are stored sealed (`v1:` + base64 of AES-256-GCM), longer than the 200 characters
 * of a plaintext secret. Altered in place, not dropped and re-added as generated, so the secrets in
 * clear survive; the API and worker seal them at boot (BankWebhookService.sealLegacySecrets).
 */
export class SealedWebhookSecrets1796202771685 implements MigrationInterface {
  name = 'SealedWebhookSecrets1796202771685';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bank_webhook" ALTER COLUMN "secret" TYPE text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Sealed secrets do not fit 200 characters and cannot be opened here: the banks reconfigure.
    await queryRunner.query(`DELETE FROM "bank_webhook" WHERE length("secret") > 200`);
    await queryRunner.query(`ALTER TABLE "bank_webhook" ALTER COLUMN "secret" TYPE character varying(200)`);
  }
}
