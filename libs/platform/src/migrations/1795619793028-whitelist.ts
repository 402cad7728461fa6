import { MigrationInterface, QueryRunner } from 'typeorm';

export class Whitelist1795619793028 implements MigrationInterface {
  name = 'Whitelist1795619793028';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "screening_rule_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "region_id" uuid NOT NULL, "region_path" character varying(400) NOT NULL, "office_organization_id" uuid NOT NULL, "version" integer NOT NULL, "criteria" jsonb NOT NULL, "min_score" integer NOT NULL, CONSTRAINT "PK_e9bc1a3444f026618bd8b000b4b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_50f85405eed1ac14c95a1d6887" ON "screening_rule_set"  ("region_id", "version") `);
    await queryRunner.query(`CREATE TYPE "public"."whitelist_batch_status" AS ENUM('DRAFT', 'PUBLISHED', 'SUPERSEDED')`);
    await queryRunner.query(`CREATE TABLE "whitelist_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "office_organization_id" uuid NOT NULL, "region_id" uuid NOT NULL, "region_path" character varying(400) NOT NULL, "version" integer NOT NULL, "rule_set_id" uuid NOT NULL, "status" "public"."whitelist_batch_status" NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP(3) WITH TIME ZONE, "superseded_by_id" uuid, CONSTRAINT "PK_ade761980c98e913da3329b1d69" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_95bed80a872e9d3c287967b75b" ON "whitelist_batch"  ("region_path") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8c5fbca4918a431e24fba94e03" ON "whitelist_batch"  ("office_organization_id", "version") `);
    await queryRunner.query(`CREATE TYPE "public"."whitelist_manual_change" AS ENUM('ADDED', 'REMOVED')`);
    await queryRunner.query(`CREATE TABLE "whitelist_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "batch_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "score" integer NOT NULL, "included" boolean NOT NULL, "nominated" boolean NOT NULL DEFAULT false, "nomination_ids" uuid array NOT NULL DEFAULT '{}', "manual_change" "public"."whitelist_manual_change", "manual_reason" character varying(500), "reasons" jsonb NOT NULL, CONSTRAINT "PK_f890ed24c99a6e6c036be80d6c6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7bcf6b82bb318be9903150d231" ON "whitelist_entry"  ("enterprise_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_21f89268117ab419306c1dd7aa" ON "whitelist_entry"  ("batch_id", "enterprise_id") `);
    await queryRunner.query(`CREATE TABLE "whitelist_nomination" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "enterprise_id" uuid NOT NULL, "region_path" character varying(400) NOT NULL, "nominator_organization_id" uuid NOT NULL, "nominator_type" "public"."organization_type" NOT NULL, "target_office_organization_id" uuid, "reason" character varying(500) NOT NULL, CONSTRAINT "PK_4b40cd751026bab5c0edeb3b8dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0ca8b774e4dd0ad849cc6583e8" ON "whitelist_nomination"  ("region_path") `);
    await queryRunner.query(`CREATE INDEX "IDX_629c1103146bc0b49278670855" ON "whitelist_nomination"  ("enterprise_id") `);
    await queryRunner.query(`CREATE TABLE "whitelist_push" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "batch_id" uuid NOT NULL, "office_organization_id" uuid NOT NULL, "bank_organization_ids" uuid array NOT NULL, CONSTRAINT "PK_a983276597023b8091c9ecad89f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_80e8286ec8e132ced092f88c62" ON "whitelist_push"  ("batch_id") `);
    await queryRunner.query(`CREATE TYPE "public"."whitelist_delivery_status" AS ENUM('QUEUED', 'FAILED', 'DELIVERED', 'DEAD')`);
    await queryRunner.query(`CREATE TABLE "whitelist_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "idempotency_key" character varying(120) NOT NULL, "push_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "bank_organization_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "status" "public"."whitelist_delivery_status" NOT NULL DEFAULT 'QUEUED', "inbox_at" TIMESTAMP(3) WITH TIME ZONE, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "webhook_attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(500), "redrives" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_2bc376916cf8cb1de2a7e11f181" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5bdf399ce5c8cfa3db5c22e950" ON "whitelist_delivery"  ("idempotency_key") `);
    await queryRunner.query(`CREATE INDEX "IDX_97f3d1475d0aa999e5f4c4306e" ON "whitelist_delivery"  ("bank_organization_id", "enterprise_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_648ac53ddfb63699db6b62da81" ON "whitelist_delivery"  ("push_id", "bank_organization_id", "status") `);
    await queryRunner.query(`CREATE TABLE "bank_webhook" ("bank_organization_id" uuid NOT NULL, "url" character varying(500) NOT NULL, "secret" character varying(200) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3b36a38cb32e70f3cfe899b6c4e" PRIMARY KEY ("bank_organization_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."whitelist_response_status" AS ENUM('INTERESTED', 'CREDIT_LINE_OFFERED', 'DECLINED', 'CONTACTED')`);
    await queryRunner.query(`CREATE TABLE "whitelist_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "enterprise_id" uuid NOT NULL, "bank_organization_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "status" "public"."whitelist_response_status" NOT NULL, "credit_line_fen" bigint, "reason" character varying(1000), "share_reason_with_firm" boolean NOT NULL DEFAULT false, "responded_by_user_id" uuid NOT NULL, CONSTRAINT "PK_d40408ff5186c3668972b2bbfc0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7a50ff49db946aaf331d18d401" ON "whitelist_response"  ("batch_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_9ce42cd409a76ca018aa231334" ON "whitelist_response"  ("enterprise_id", "bank_organization_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_9ce42cd409a76ca018aa231334"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a50ff49db946aaf331d18d401"`);
    await queryRunner.query(`DROP TABLE "whitelist_response"`);
    await queryRunner.query(`DROP TYPE "public"."whitelist_response_status"`);
    await queryRunner.query(`DROP TABLE "bank_webhook"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_648ac53ddfb63699db6b62da81"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97f3d1475d0aa999e5f4c4306e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5bdf399ce5c8cfa3db5c22e950"`);
    await queryRunner.query(`DROP TABLE "whitelist_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."whitelist_delivery_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80e8286ec8e132ced092f88c62"`);
    await queryRunner.query(`DROP TABLE "whitelist_push"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_629c1103146bc0b49278670855"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ca8b774e4dd0ad849cc6583e8"`);
    await queryRunner.query(`DROP TABLE "whitelist_nomination"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21f89268117ab419306c1dd7aa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7bcf6b82bb318be9903150d231"`);
    await queryRunner.query(`DROP TABLE "whitelist_entry"`);
    await queryRunner.query(`DROP TYPE "public"."whitelist_manual_change"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c5fbca4918a431e24fba94e03"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_95bed80a872e9d3c287967b75b"`);
    await queryRunner.query(`DROP TABLE "whitelist_batch"`);
    await queryRunner.query(`DROP TYPE "public"."whitelist_batch_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_50f85405eed1ac14c95a1d6887"`);
    await queryRunner.query(`DROP TABLE "screening_rule_set"`);
  }
}
