import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795617301161 implements MigrationInterface {
  name = 'Initial1795617301161';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action" character varying(100) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(64), "actor_user_id" uuid, "actor_organization_id" uuid, "before" jsonb, "after" jsonb, "request_id" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_318a700ebaeb8bd8cf07b14543" ON "audit_log"  ("actor_user_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_43fef0ec7f613c19c612fffe62" ON "audit_log"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE TYPE "public"."region_level" AS ENUM('PROVINCE', 'CITY', 'DISTRICT', 'PARK')`);
    await queryRunner.query(`CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "level" "public"."region_level" NOT NULL, "parent_id" uuid, "path" character varying(400) NOT NULL, CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_74f7723fdff738f92929c0056c" ON "region"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_fe5ebce493b47061fe693b660a" ON "region"  ("path") `);
    await queryRunner.query(`CREATE TYPE "public"."organization_type" AS ENUM('PLATFORM', 'ENTERPRISE', 'BANK', 'GUARANTOR', 'INSURER', 'VALUER', 'AGENCY', 'GOVERNMENT_OFFICE', 'SERVICE_WINDOW', 'PARK')`);
    await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "type" "public"."organization_type" NOT NULL, "region_id" uuid NOT NULL, "credit_code" character varying(18), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f285bd230fa5366458c78a7105" ON "organization"  ("credit_code") WHERE credit_code IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_84c115a0965fd668574d52ea04" ON "organization"  ("type", "region_id") `);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('PLATFORM_ADMIN', 'ORG_ADMIN', 'ENTERPRISE_USER', 'BANK_OFFICER', 'GUARANTOR_OFFICER', 'INSURER_OFFICER', 'VALUER', 'AGENCY_USER', 'GOV_OFFICER', 'WINDOW_OFFICER', 'PARK_OFFICER')`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "password_hash" character varying(200) NOT NULL, "display_name" character varying(100) NOT NULL, "roles" "public"."user_role" array NOT NULL, "organization_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(`ALTER TABLE "region" ADD CONSTRAINT "FK_2547f55866c0274d35fdd9a29c0" FOREIGN KEY ("parent_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "FK_984b937c84d1eec3780db3e6f75" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_c4c90a083fb10c1386782b5aac5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_c4c90a083fb10c1386782b5aac5"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_984b937c84d1eec3780db3e6f75"`);
    await queryRunner.query(`ALTER TABLE "region" DROP CONSTRAINT "FK_2547f55866c0274d35fdd9a29c0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_84c115a0965fd668574d52ea04"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f285bd230fa5366458c78a7105"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fe5ebce493b47061fe693b660a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_74f7723fdff738f92929c0056c"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TYPE "public"."region_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43fef0ec7f613c19c612fffe62"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_318a700ebaeb8bd8cf07b14543"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
