import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1795619621164 implements MigrationInterface {
  name = 'Matching1795619621164';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "match" ("need_id" uuid NOT NULL, "product_id" uuid NOT NULL, "eligible" boolean NOT NULL, "score" real NOT NULL, "failed_criteria" text array NOT NULL DEFAULT '{}', "computed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_455d3684cf1e3d1b53ed2277471" PRIMARY KEY ("need_id", "product_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_match_product_rank" ON "match"  ("product_id", "eligible", "score", "need_id") `);
    await queryRunner.query(`CREATE INDEX "idx_match_need_rank" ON "match"  ("need_id", "eligible", "score", "product_id") `);
    await queryRunner.query(`CREATE TABLE "match_need_state" ("need_id" uuid NOT NULL, "computed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "computed_for" date NOT NULL, "stored_pairs" integer NOT NULL, CONSTRAINT "PK_c6c303d3f618d3a81dada7b57f9" PRIMARY KEY ("need_id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_need_state"`);
    await queryRunner.query(`DROP INDEX "public"."idx_match_need_rank"`);
    await queryRunner.query(`DROP INDEX "public"."idx_match_product_rank"`);
    await queryRunner.query(`DROP TABLE "match"`);
  }
}
