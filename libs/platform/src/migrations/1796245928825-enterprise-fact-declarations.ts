import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnterpriseFactDeclarations1796245928825 implements MigrationInterface {
  name = 'EnterpriseFactDeclarations1796245928825';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."enterprise_fact" AS ENUM('REGION', 'INDUSTRY', 'FOUNDED_ON', 'EMPLOYEES', 'ANNUAL_REVENUE', 'TAGS', 'REVENUE_YEAR')`);
    await queryRunner.query(`CREATE TYPE "public"."fact_declaration_status" AS ENUM('PENDING', 'VERIFIED', 'REJECTED', 'SUPERSEDED')`);
    await queryRunner.query(`CREATE TABLE "enterprise_fact_declaration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "enterprise_id" uuid NOT NULL, "fact" "public"."enterprise_fact" NOT NULL, "year" smallint NOT NULL DEFAULT '0', "value" jsonb NOT NULL, "region_path" character varying(400) NOT NULL, "status" "public"."fact_declaration_status" NOT NULL DEFAULT 'PENDING', "declared_by_organization_id" uuid NOT NULL, "reviewed_by_organization_id" uuid, "reviewed_at" TIMESTAMP(3) WITH TIME ZONE, "review_note" character varying(500), CONSTRAINT "PK_b5e97c654548aa01770099d1db9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_70047708e41568fe5d3c9e7078" ON "enterprise_fact_declaration"  ("status", "region_path") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_59b7b8322cc89a0148cc0024a8" ON "enterprise_fact_declaration"  ("enterprise_id", "fact", "year") WHERE status = 'PENDING'`);
    await queryRunner.query(`ALTER TABLE "enterprise_fact_declaration" ADD CONSTRAINT "FK_44b158b3fc602766cb73772190b" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprise_fact_declaration" DROP CONSTRAINT "FK_44b158b3fc602766cb73772190b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_59b7b8322cc89a0148cc0024a8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70047708e41568fe5d3c9e7078"`);
    await queryRunner.query(`DROP TABLE "enterprise_fact_declaration"`);
    await queryRunner.query(`DROP TYPE "public"."fact_declaration_status"`);
    await queryRunner.query(`DROP TYPE "public"."enterprise_fact"`);
  }
}
