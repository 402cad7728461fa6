import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchOutbox1795619446899 implements MigrationInterface {
  name = 'SearchOutbox1795619446899';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "index_name" character varying(60) NOT NULL, "document_id" character varying(64) NOT NULL, "operation" character varying(10) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP(3) WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "task_uid" bigint, CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_search_outbox_pending" ON "search_outbox"  ("id") WHERE processed_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_search_outbox_pending"`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
  }
}
