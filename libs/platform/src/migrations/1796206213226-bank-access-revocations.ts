import { MigrationInterface, QueryRunner } from 'typeorm';

export class BankAccessRevocations1796206213226 implements MigrationInterface {
  name = 'BankAccessRevocations1796206213226';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "bank_access_revocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "bank_organization_id" uuid NOT NULL, "grant_reason" character varying(30) NOT NULL, "grant_source_id" uuid, "granted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "reason" character varying(40) NOT NULL, "cause_id" uuid, "revoked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_88b0b597caaef65f040438d2c09" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1f51a64672557b40975884a208" ON "bank_access_revocation"  ("bank_organization_id", "revoked_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_1f51a64672557b40975884a208"`);
    await queryRunner.query(`DROP TABLE "bank_access_revocation"`);
  }
}
