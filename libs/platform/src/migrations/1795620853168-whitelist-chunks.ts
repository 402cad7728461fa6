import { MigrationInterface, QueryRunner } from 'typeorm';

export class WhitelistChunks1795620853168 implements MigrationInterface {
  name = 'WhitelistChunks1795620853168';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" ADD "chunk" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE INDEX "IDX_cb234c09b5c80d8a126ed95b2e" ON "whitelist_delivery"  ("push_id", "bank_organization_id", "chunk") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_cb234c09b5c80d8a126ed95b2e"`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" DROP COLUMN "chunk"`);
  }
}
