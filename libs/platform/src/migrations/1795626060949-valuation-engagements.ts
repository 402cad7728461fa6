import { MigrationInterface, QueryRunner } from 'typeorm';

export class ValuationEngagements1795626060949 implements MigrationInterface {
  name = 'ValuationEngagements1795626060949';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."valuation_engagement_status" AS ENUM('OPEN', 'COMPLETED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "valuation_engagement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "ip_asset_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "valuer_organization_id" uuid NOT NULL, "requested_by_organization_id" uuid NOT NULL, "status" "public"."valuation_engagement_status" NOT NULL DEFAULT 'OPEN', "note" character varying(1000) NOT NULL DEFAULT '', "valuation_id" uuid, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "cancel_reason" character varying(500), CONSTRAINT "PK_2291ffbe69b10acd14f4b3ce498" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_valuation_engagement_open" ON "valuation_engagement"  ("ip_asset_id", "valuer_organization_id") WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "IDX_93d19f759283c813b313843aa3" ON "valuation_engagement"  ("ip_asset_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5eccde409ad01ad9a6fb681cc0" ON "valuation_engagement"  ("enterprise_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_288858b518a76e20487da48e59" ON "valuation_engagement"  ("valuer_organization_id", "status", "created_at") `);
    await queryRunner.query(`ALTER TABLE "valuation_engagement" ADD CONSTRAINT "FK_93d19f759283c813b313843aa38" FOREIGN KEY ("ip_asset_id") REFERENCES "ip_asset"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "valuation_engagement" ADD CONSTRAINT "FK_a33c5a8019324ef0b03065bd9eb" FOREIGN KEY ("valuer_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "valuation_engagement" DROP CONSTRAINT "FK_a33c5a8019324ef0b03065bd9eb"`);
    await queryRunner.query(`ALTER TABLE "valuation_engagement" DROP CONSTRAINT "FK_93d19f759283c813b313843aa38"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_288858b518a76e20487da48e59"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5eccde409ad01ad9a6fb681cc0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_93d19f759283c813b313843aa3"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_valuation_engagement_open"`);
    await queryRunner.query(`DROP TABLE "valuation_engagement"`);
    await queryRunner.query(`DROP TYPE "public"."valuation_engagement_status"`);
  }
}
